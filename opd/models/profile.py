"""Profil section: free-form pages (Visi dan Misi, Tugas dan Fungsi, ...) and the officials' profiles."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from opd.blocks import BodyBlock

from .base import BasePage, IndexPage


class ProfilePage(IndexPage):
    """Profil: the agency's profile section, listing its sub-pages."""

    body = StreamField(BodyBlock(), verbose_name=_("isi"), blank=True)

    parent_page_types = ["opd.OpdHomePage"]
    subpage_types = ["opd.StandardPage", "opd.OfficialsPage"]
    max_count_per_parent = 1

    content_panels = [*IndexPage.content_panels, FieldPanel("body")]
    search_fields = [*IndexPage.search_fields, index.SearchField("body")]

    class Meta:
        verbose_name = _("profil")

    def get_listing(self, request):
        return self.get_children().live().public()


class StandardPage(BasePage):
    """A free-form content page, e.g. Visi dan Misi or Struktur Organisasi."""

    body = StreamField(BodyBlock(), verbose_name=_("isi"), blank=True)

    parent_page_types = ["opd.ProfilePage", "opd.OpdHomePage", "home.PortalHomePage"]
    subpage_types = []

    content_panels = [*Page.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    class Meta:
        verbose_name = _("halaman umum")


class OfficialsPage(BasePage):
    """Profil Pimpinan: the agency's officials with education, career and LHKPN link."""

    intro = models.TextField(_("pengantar"), blank=True)

    parent_page_types = ["opd.ProfilePage"]
    subpage_types = []
    max_count_per_parent = 1

    content_panels = [*Page.content_panels, FieldPanel("intro"), InlinePanel("officials", label=_("pejabat"))]
    search_fields = [
        *BasePage.search_fields,
        index.RelatedFields("officials", [index.SearchField("name"), index.SearchField("position")]),
    ]

    class Meta:
        verbose_name = _("profil pimpinan")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["officials"] = self.officials.select_related("photo").prefetch_related("photo__renditions")
        return context


class Official(Orderable):
    """One official on a Profil Pimpinan page."""

    page = ParentalKey(OfficialsPage, on_delete=models.CASCADE, related_name="officials")
    name = models.CharField(_("nama"), max_length=255)
    position = models.CharField(_("jabatan"), max_length=255)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("foto"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    education = models.TextField(_("riwayat pendidikan"), blank=True)
    career = models.TextField(_("riwayat jabatan"), blank=True)
    lhkpn_url = models.URLField(
        _("tautan LHKPN"), blank=True, help_text=_("Laporan Harta Kekayaan Penyelenggara Negara (elhkpn.kpk.go.id).")
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("position"),
        FieldPanel("photo"),
        FieldPanel("education"),
        FieldPanel("career"),
        FieldPanel("lhkpn_url"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("pejabat")
        verbose_name_plural = _("pejabat")

    def __str__(self):
        return f"{self.name} ({self.position})"
