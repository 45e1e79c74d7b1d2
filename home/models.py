"""The provincial portal at BASE_DOMAIN: its home page and the OPD directory."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from opd.blocks import RICH_TEXT_FEATURES
from opd.models import BasePage, NewsPage, Opd
from opd.sites import attach_opds

PORTAL_NEWS_COUNT = 4
OPD_NEWS_COUNT = 8


class PortalHomePage(BasePage):
    """Beranda of the provincial portal: provincial news, the latest news of every OPD, the OPD directory."""

    intro = RichTextField(_("pengantar"), features=RICH_TEXT_FEATURES, blank=True)

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "opd.NewsIndexPage",
        "opd.AnnouncementIndexPage",
        "opd.AgendaIndexPage",
        "opd.PpidPage",
        "opd.ContactPage",
        "opd.StandardPage",
        "home.OpdDirectoryPage",
        "freshness.FreshnessBoardPage",
        "questions.GubernurMenjawabPage",
    ]
    max_count = 1

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]

    class Meta:
        verbose_name = _("beranda portal")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["portal_news"] = NewsPage.objects.listing().descendant_of(self)[:PORTAL_NEWS_COUNT]
        context["opd_news"] = attach_opds(NewsPage.objects.listing().not_descendant_of(self)[:OPD_NEWS_COUNT])
        context["directory"] = OpdDirectoryPage.objects.live().public().child_of(self).first()
        return context


class OpdDirectoryPage(BasePage):
    """Direktori OPD: every active agency of the province with a link to its site."""

    intro = models.TextField(_("pengantar"), blank=True)

    parent_page_types = ["home.PortalHomePage"]
    subpage_types = []
    max_count = 1

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    class Meta:
        verbose_name = _("direktori OPD")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["opds"] = Opd.objects.active().select_related("site")
        return context
