"""The home page (Beranda) of an OPD site."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from opd.blocks import RICH_TEXT_FEATURES, QuickLinksBlock

from .base import BasePage

HOME_LISTING_SIZE = 4


class OpdHomePage(BasePage):
    """Beranda of one OPD site: greeting, latest news, live announcements, agenda, featured services."""

    greeting_title = models.CharField(_("judul sambutan"), max_length=255, default=_("Sambutan Kepala"))
    greeting = RichTextField(_("sambutan"), features=RICH_TEXT_FEATURES, blank=True)
    quick_links = StreamField(QuickLinksBlock(), verbose_name=_("tautan cepat"), blank=True)

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "opd.ProfilePage",
        "opd.NewsIndexPage",
        "opd.AnnouncementIndexPage",
        "opd.AgendaIndexPage",
        "opd.ServiceIndexPage",
        "opd.PpidPage",
        "opd.GalleryPage",
        "opd.DownloadsPage",
        "opd.ContactPage",
        "opd.StandardPage",
    ]

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel([FieldPanel("greeting_title"), FieldPanel("greeting")], heading=_("Sambutan")),
        FieldPanel("quick_links"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("greeting")]

    class Meta:
        verbose_name = _("beranda OPD")

    def get_context(self, request, *args, **kwargs):
        from .news import AnnouncementPage, EventPage, NewsPage
        from .services import ServicePage

        context = super().get_context(request, *args, **kwargs)
        context["latest_news"] = NewsPage.objects.listing().descendant_of(self)[:HOME_LISTING_SIZE]
        context["announcements"] = AnnouncementPage.objects.listing().descendant_of(self)[:HOME_LISTING_SIZE]
        context["events"] = (
            EventPage.objects.live().public().descendant_of(self).filter(end__gte=timezone.now()).order_by("start")
        )[:HOME_LISTING_SIZE]
        context["featured_services"] = (
            ServicePage.objects.live().public().descendant_of(self).filter(featured=True).order_by("title")
        )[:6]
        return context
