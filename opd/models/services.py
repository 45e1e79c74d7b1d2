"""Layanan: public services with the Standar Pelayanan of PermenPAN-RB 15/2014 and the Maklumat Pelayanan."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from .base import BasePage, IndexPage

LIST_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]


class ServiceIndexPage(IndexPage):
    """Layanan: the list of services and the agency's service pledge (Maklumat Pelayanan)."""

    maklumat = RichTextField(
        _("maklumat pelayanan"),
        features=LIST_FEATURES,
        blank=True,
        help_text=_("Pernyataan janji penyelenggara untuk melayani sesuai standar pelayanan."),
    )
    maklumat_document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("dokumen maklumat (bertanda tangan)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    parent_page_types = ["opd.OpdHomePage"]
    subpage_types = ["opd.ServicePage"]
    max_count_per_parent = 1

    content_panels = [
        *IndexPage.content_panels,
        MultiFieldPanel([FieldPanel("maklumat"), FieldPanel("maklumat_document")], heading=_("Maklumat Pelayanan")),
    ]
    search_fields = [*IndexPage.search_fields, index.SearchField("maklumat")]
    per_page = 50

    class Meta:
        verbose_name = _("indeks layanan")

    def get_listing(self, request):
        return ServicePage.objects.live().public().child_of(self).order_by("title")


class ServicePage(BasePage):
    """A public service and its Standar Pelayanan (the service-delivery components of PermenPAN-RB 15/2014)."""

    # The components a published standard must fill in to count as complete.
    STANDARD_FIELDS = (
        "legal_basis",
        "requirements",
        "procedure",
        "completion_time",
        "cost",
        "product",
        "complaints",
    )

    summary = models.TextField(_("ringkasan"), blank=True, max_length=500)
    featured = models.BooleanField(_("tampilkan di beranda"), default=False)
    legal_basis = RichTextField(_("dasar hukum"), features=LIST_FEATURES, blank=True)
    requirements = RichTextField(_("persyaratan"), features=LIST_FEATURES, blank=True)
    procedure = RichTextField(_("sistem, mekanisme, dan prosedur"), features=LIST_FEATURES, blank=True)
    completion_time = models.CharField(_("jangka waktu penyelesaian"), max_length=255, blank=True)
    cost = models.CharField(
        _("biaya/tarif"), max_length=255, blank=True, help_text=_("Tulis “Gratis” bila tidak dipungut biaya.")
    )
    product = models.TextField(_("produk pelayanan"), blank=True)
    complaints = RichTextField(_("penanganan pengaduan, saran, dan masukan"), features=LIST_FEATURES, blank=True)
    facilities = models.TextField(_("sarana, prasarana, dan/atau fasilitas"), blank=True)
    service_hours = models.CharField(_("waktu pelayanan"), max_length=255, blank=True)

    parent_page_types = ["opd.ServiceIndexPage"]
    subpage_types = []

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("featured"),
        MultiFieldPanel(
            [FieldPanel(name) for name in STANDARD_FIELDS] + [FieldPanel("facilities"), FieldPanel("service_hours")],
            heading=_("Standar Pelayanan"),
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("requirements"),
        index.SearchField("procedure"),
        index.SearchField("product"),
    ]

    class Meta:
        verbose_name = _("layanan")
        verbose_name_plural = _("layanan")

    @property
    def missing_standard_components(self):
        """Verbose names of the Standar Pelayanan components still empty."""
        return [
            self._meta.get_field(name).verbose_name
            for name in self.STANDARD_FIELDS
            if not (getattr(self, name) or "").strip()
        ]

    @property
    def standard_is_complete(self):
        return not self.missing_standard_components

    @classmethod
    def incomplete_standard_q(cls):
        """A filter for services with at least one empty standard component, for aggregate queries."""
        condition = Q()
        for name in cls.STANDARD_FIELDS:
            condition |= Q(**{name: ""})
        return condition
