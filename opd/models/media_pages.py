"""Galeri, Unduhan and Kontak."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable

from .base import BasePage, IndexPage


class GalleryPage(IndexPage):
    """Galeri: a set of photos with captions."""

    parent_page_types = ["opd.OpdHomePage"]
    subpage_types = []
    max_count_per_parent = 1

    content_panels = [*IndexPage.content_panels, InlinePanel("gallery_images", label=_("foto"))]

    class Meta:
        verbose_name = _("galeri")
        verbose_name_plural = _("galeri")

    def get_context(self, request, *args, **kwargs):
        context = BasePage.get_context(self, request, *args, **kwargs)
        context["photos"] = self.gallery_images.select_related("image").prefetch_related("image__renditions")
        return context


class GalleryImage(Orderable):
    """One photo in the gallery."""

    page = ParentalKey(GalleryPage, on_delete=models.CASCADE, related_name="gallery_images")
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("gambar"), on_delete=models.CASCADE, related_name="+"
    )
    alt_text = models.CharField(_("teks alternatif"), max_length=255)
    caption = models.CharField(_("keterangan"), max_length=255, blank=True)

    panels = [FieldPanel("image"), FieldPanel("alt_text"), FieldPanel("caption")]


class DownloadsPage(IndexPage):
    """Unduhan: documents offered for download."""

    parent_page_types = ["opd.OpdHomePage"]
    subpage_types = []
    max_count_per_parent = 1

    content_panels = [*IndexPage.content_panels, InlinePanel("downloads", label=_("berkas"))]

    class Meta:
        verbose_name = _("unduhan")
        verbose_name_plural = _("unduhan")

    def get_context(self, request, *args, **kwargs):
        context = BasePage.get_context(self, request, *args, **kwargs)
        context["downloads"] = self.downloads.select_related("document")
        return context


class DownloadItem(Orderable):
    """One downloadable document."""

    page = ParentalKey(DownloadsPage, on_delete=models.CASCADE, related_name="downloads")
    document = models.ForeignKey("wagtaildocs.Document", verbose_name=_("dokumen"), on_delete=models.CASCADE)
    title = models.CharField(_("judul"), max_length=255, blank=True)
    description = models.TextField(_("keterangan"), blank=True)

    panels = [FieldPanel("document"), FieldPanel("title"), FieldPanel("description")]

    @property
    def label(self):
        return self.title or self.document.title


class ContactPage(BasePage):
    """Kontak: address, map link, phone, e-mail and office hours from the site's settings."""

    intro = models.TextField(_("pengantar"), blank=True)

    parent_page_types = ["opd.OpdHomePage", "home.PortalHomePage"]
    subpage_types = []
    max_count_per_parent = 1

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    class Meta:
        verbose_name = _("kontak")
        verbose_name_plural = _("kontak")
