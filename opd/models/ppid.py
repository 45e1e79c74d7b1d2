"""PPID: the Daftar Informasi Publik (list of public information) under UU 14/2008."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail.search import index

from .base import BasePage, IndexPage

# A periodic (berkala) item must be refreshed at least this often.
BERKALA_MAX_AGE = datetime.timedelta(days=183)


class PpidPage(IndexPage):
    """PPID: the site's Daftar Informasi Publik, grouped by category."""

    parent_page_types = ["opd.OpdHomePage", "home.PortalHomePage"]
    subpage_types = []
    max_count_per_parent = 1

    content_panels = [*IndexPage.content_panels, InlinePanel("information_items", label=_("informasi publik"))]
    search_fields = [
        *IndexPage.search_fields,
        index.RelatedFields("information_items", [index.SearchField("title"), index.SearchField("summary")]),
    ]

    class Meta:
        verbose_name = _("PPID")
        verbose_name_plural = _("PPID")

    def get_context(self, request, *args, **kwargs):
        context = BasePage.get_context(self, request, *args, **kwargs)
        items = list(self.information_items.select_related("document"))
        context["groups"] = [
            (label, [item for item in items if item.category == value])
            for value, label in PublicInformation.Category.choices
        ]
        return context


class PublicInformation(Orderable):
    """One row of the Daftar Informasi Publik, with its nine columns and its category."""

    class Category(models.TextChoices):
        BERKALA = "berkala", _("Informasi berkala")
        SERTA_MERTA = "serta_merta", _("Informasi serta-merta")
        SETIAP_SAAT = "setiap_saat", _("Informasi tersedia setiap saat")
        DIKECUALIKAN = "dikecualikan", _("Informasi yang dikecualikan")

    page = ParentalKey(PpidPage, on_delete=models.CASCADE, related_name="information_items")
    category = models.CharField(_("kategori"), max_length=20, choices=Category.choices)
    title = models.CharField(_("judul informasi"), max_length=255)
    summary = models.TextField(_("ringkasan isi informasi"))
    official_in_charge = models.CharField(_("pejabat/unit yang menguasai informasi"), max_length=255)
    producer = models.CharField(_("penanggung jawab pembuatan informasi"), max_length=255)
    date = models.DateField(_("waktu pembuatan/pemutakhiran"), default=datetime.date.today)
    form = models.CharField(_("bentuk informasi"), max_length=100, default=_("Softcopy dan hardcopy"))
    retention_period = models.CharField(_("jangka waktu penyimpanan"), max_length=100)
    media = models.CharField(_("jenis media"), max_length=100, default=_("Situs web"))
    link = models.URLField(_("tautan"), blank=True)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("dokumen"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    exemption_legal_basis = models.TextField(_("dasar hukum pengecualian"), blank=True)
    consequence_test = models.TextField(_("uji konsekuensi"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("category"), FieldPanel("date")]),
        FieldPanel("title"),
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("official_in_charge"), FieldPanel("producer")]),
        FieldRowPanel([FieldPanel("form"), FieldPanel("media"), FieldPanel("retention_period")]),
        FieldRowPanel([FieldPanel("link"), FieldPanel("document")]),
        MultiFieldPanel(
            [FieldPanel("exemption_legal_basis"), FieldPanel("consequence_test")],
            heading=_("Khusus informasi yang dikecualikan"),
        ),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("informasi publik")
        verbose_name_plural = _("informasi publik")

    def __str__(self):
        return self.title

    @property
    def is_exempt(self):
        return self.category == self.Category.DIKECUALIKAN

    @property
    def needs_refresh(self):
        """A periodic item not refreshed for six months."""
        return self.category == self.Category.BERKALA and self.date < timezone.localdate() - BERKALA_MAX_AGE

    def clean(self):
        super().clean()
        if not self.is_exempt:
            return
        errors = {}
        if not self.exemption_legal_basis.strip():
            errors["exemption_legal_basis"] = _("Informasi yang dikecualikan wajib menyebut dasar hukumnya.")
        if not self.consequence_test.strip():
            errors["consequence_test"] = _("Informasi yang dikecualikan wajib disertai uji konsekuensi.")
        if self.link or self.document_id:
            errors["link"] = _("Isi informasi yang dikecualikan tidak boleh ditautkan atau diunggah ke situs publik.")
        if errors:
            raise ValidationError(errors)
