"""Berita, Pengumuman and Agenda: the dated content of a site."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager, PageQuerySet
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from opd.blocks import BodyBlock

from .base import BasePage, IndexPage

SECTION_PARENTS = ["opd.OpdHomePage", "home.PortalHomePage"]
LEAD_RENDITION = "fill-640x400"


@register_snippet
class NewsCategory(models.Model):
    """A news category, shared by every site so the portal can group OPD news consistently."""

    name = models.CharField(_("nama"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta:
        verbose_name = _("kategori berita")
        verbose_name_plural = _("kategori berita")
        ordering = ["name"]

    def __str__(self):
        return self.name


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey("opd.NewsPage", on_delete=models.CASCADE, related_name="tagged_items")


class NewsQuerySet(PageQuerySet):
    def listing(self):
        """Live public news, newest first, with what a listing card shows fetched up front."""
        return (
            self.live()
            .public()
            .select_related("lead_image", "category")
            .prefetch_related("lead_image__renditions")
            .order_by("-date", "-pk")
        )


class NewsIndexPage(IndexPage):
    """Berita: the news section of a site."""

    parent_page_types = SECTION_PARENTS
    subpage_types = ["opd.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("indeks berita")

    def get_listing(self, request):
        news = NewsPage.objects.listing().child_of(self)
        category = request.GET.get("kategori", "")
        if category:
            news = news.filter(category__slug=category[:100])
        return news


class NewsPage(BasePage):
    """A news item: date, lead image with alt text, summary, body, category, tags, person in charge."""

    date = models.DateField(_("tanggal"), default=datetime.date.today)
    lead_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("gambar utama"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    lead_image_alt = models.CharField(
        _("teks alternatif gambar"), max_length=255, blank=True, help_text=_("Wajib bila ada gambar utama.")
    )
    summary = models.TextField(_("ringkasan"), max_length=500)
    body = StreamField(BodyBlock(), verbose_name=_("isi"))
    category = models.ForeignKey(
        NewsCategory, verbose_name=_("kategori"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    tags = ClusterTaggableManager(verbose_name=_("tag"), through=NewsPageTag, blank=True)
    responsible_person = models.CharField(_("penanggung jawab"), max_length=255, blank=True)

    objects = PageManager.from_queryset(NewsQuerySet)()

    parent_page_types = ["opd.NewsIndexPage"]
    subpage_types = []

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("date"), FieldPanel("category")]),
        MultiFieldPanel([FieldPanel("lead_image"), FieldPanel("lead_image_alt")], heading=_("Gambar utama")),
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("tags"),
        FieldPanel("responsible_person"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("summary"), index.SearchField("body")]

    class Meta:
        verbose_name = _("berita")
        verbose_name_plural = _("berita")

    def clean(self):
        super().clean()
        if self.lead_image_id and not self.lead_image_alt.strip():
            raise ValidationError({"lead_image_alt": _("Isi teks alternatif untuk gambar utama.")})


class AnnouncementQuerySet(PageQuerySet):
    def unexpired(self):
        return self.filter(expiry_date__gte=timezone.localdate())

    def listing(self):
        """Live public announcements that have not expired, newest first."""
        return self.live().public().unexpired().order_by("-date", "-pk")


class AnnouncementIndexPage(IndexPage):
    """Pengumuman: the announcements section; expired announcements are not listed."""

    parent_page_types = SECTION_PARENTS
    subpage_types = ["opd.AnnouncementPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("indeks pengumuman")

    def get_listing(self, request):
        return AnnouncementPage.objects.listing().child_of(self)


class AnnouncementPage(BasePage):
    """An announcement with a required expiry date; after that date it leaves the site."""

    date = models.DateField(_("tanggal"), default=datetime.date.today)
    expiry_date = models.DateField(
        _("berlaku sampai"), help_text=_("Sesudah tanggal ini pengumuman hilang dari situs.")
    )
    body = StreamField(BodyBlock(), verbose_name=_("isi"))

    objects = PageManager.from_queryset(AnnouncementQuerySet)()

    parent_page_types = ["opd.AnnouncementIndexPage"]
    subpage_types = []

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("date"), FieldPanel("expiry_date")]),
        FieldPanel("body"),
        InlinePanel("attachments", label=_("lampiran")),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    class Meta:
        verbose_name = _("pengumuman")
        verbose_name_plural = _("pengumuman")

    @property
    def is_expired(self):
        return self.expiry_date < timezone.localdate()

    def clean(self):
        super().clean()
        if self.date and self.expiry_date and self.expiry_date < self.date:
            raise ValidationError({"expiry_date": _("Tanggal berlaku tidak boleh sebelum tanggal pengumuman.")})

    def save(self, *args, **kwargs):
        # Let `publish_scheduled` unpublish it at the start of the day after expiry.
        if self.expiry_date:
            next_day = datetime.datetime.combine(self.expiry_date + datetime.timedelta(days=1), datetime.time.min)
            self.expire_at = timezone.make_aware(next_day)
        super().save(*args, **kwargs)

    def serve(self, request, *args, **kwargs):
        # Until `publish_scheduled` runs, an expired announcement is still live: never serve it.
        if self.is_expired:
            raise Http404(_("Pengumuman ini sudah tidak berlaku."))
        return super().serve(request, *args, **kwargs)

    def get_sitemap_urls(self, request=None):
        return [] if self.is_expired else super().get_sitemap_urls(request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["attachments"] = self.attachments.select_related("document")
        return context


class AnnouncementAttachment(Orderable):
    """A document attached to an announcement."""

    page = ParentalKey(AnnouncementPage, on_delete=models.CASCADE, related_name="attachments")
    document = models.ForeignKey("wagtaildocs.Document", verbose_name=_("dokumen"), on_delete=models.CASCADE)
    title = models.CharField(_("judul"), max_length=255, blank=True)

    panels = [FieldPanel("document"), FieldPanel("title")]

    class Meta(Orderable.Meta):
        verbose_name = _("lampiran")
        verbose_name_plural = _("lampiran")

    @property
    def label(self):
        return self.title or self.document.title


class AgendaIndexPage(IndexPage):
    """Agenda: upcoming events first, then past ones."""

    parent_page_types = SECTION_PARENTS
    subpage_types = ["opd.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("indeks agenda")

    def get_listing(self, request):
        return EventPage.objects.live().public().child_of(self).filter(end__lt=timezone.now()).order_by("-start")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["upcoming"] = (
            EventPage.objects.live().public().child_of(self).filter(end__gte=timezone.now()).order_by("start")
        )[:50]
        return context


class EventPage(BasePage):
    """An event on the agenda: start, end, place, description."""

    start = models.DateTimeField(_("mulai"))
    end = models.DateTimeField(_("selesai"))
    location = models.CharField(_("tempat"), max_length=255)
    description = StreamField(BodyBlock(), verbose_name=_("deskripsi"), blank=True)

    parent_page_types = ["opd.AgendaIndexPage"]
    subpage_types = []

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
        FieldPanel("location"),
        FieldPanel("description"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("location"), index.SearchField("description")]

    class Meta:
        verbose_name = _("agenda")
        verbose_name_plural = _("agenda")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("Waktu selesai tidak boleh sebelum waktu mulai.")})
