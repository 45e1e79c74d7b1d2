"""The OPD registry: every regional agency of the province, with or without a site."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from opd.validators import validate_host_label, validate_hostname


class OpdQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status=Opd.Status.ACTIVE)

    def with_site(self):
        return self.filter(site__isnull=False).select_related("site")


class Opd(models.Model):
    """A regional agency (Organisasi Perangkat Daerah) and the site, collection and group it owns."""

    class Kind(models.TextChoices):
        DINAS = "dinas", _("Dinas")
        BADAN = "badan", _("Badan")
        INSPEKTORAT = "inspektorat", _("Inspektorat")
        SEKRETARIAT = "sekretariat", _("Sekretariat")
        BIRO = "biro", _("Biro")
        SATUAN = "satuan", _("Satuan")
        RUMAH_SAKIT = "rumah_sakit", _("Rumah Sakit Daerah")
        LAINNYA = "lainnya", _("Lainnya")

    class Status(models.TextChoices):
        ACTIVE = "aktif", _("Aktif")
        MERGED = "digabung", _("Digabung")
        DISSOLVED = "dibubarkan", _("Dibubarkan")

    name = models.CharField(_("nama"), max_length=255, unique=True)
    slug = models.CharField(
        _("slug (subdomain)"),
        max_length=63,
        unique=True,
        validators=[validate_host_label],
        help_text=_("Menjadi subdomain situs, mis. “dinkes” untuk dinkes.jambiprov.go.id."),
    )
    acronym = models.CharField(_("singkatan"), max_length=32, blank=True)
    kind = models.CharField(_("jenis"), max_length=20, choices=Kind.choices, default=Kind.DINAS)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.ACTIVE)
    successor = models.ForeignKey(
        "self",
        verbose_name=_("OPD penerus"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="predecessors",
        help_text=_("Wajib diisi bila OPD digabung ke OPD lain."),
    )
    head_of_agency = models.CharField(_("kepala OPD"), max_length=255, blank=True)
    verified = models.BooleanField(
        _("subdomain terverifikasi"),
        default=False,
        help_text=_("Centang bila subdomain sudah dipastikan dipakai di bawah domain provinsi."),
    )
    head_review = models.BooleanField(
        _("tinjauan Kepala OPD"),
        default=False,
        help_text=_(
            "Centang bila setiap kiriman dari situs ini harus disetujui Kepala OPD (grup “Kepala <OPD>”) "
            "sebelum Diskominfo menyetujuinya."
        ),
    )
    custom_hostname = models.CharField(
        _("nama host khusus"),
        max_length=253,
        blank=True,
        validators=[validate_hostname],
        help_text=_("Kosongkan untuk memakai <slug>.<domain dasar>."),
    )
    site = models.OneToOneField(
        "wagtailcore.Site",
        verbose_name=_("situs"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="opd",
    )
    collection = models.OneToOneField(
        "wagtailcore.Collection",
        verbose_name=_("koleksi media"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="opd",
    )
    operator_group = models.OneToOneField(
        "auth.Group",
        verbose_name=_("grup operator"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="operator_of",
    )
    created_at = models.DateTimeField(_("dibuat"), auto_now_add=True)
    updated_at = models.DateTimeField(_("diperbarui"), auto_now=True)

    objects = OpdQuerySet.as_manager()

    class Meta:
        verbose_name = _("OPD")
        verbose_name_plural = _("OPD")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def short_name(self):
        return self.acronym or self.slug.upper()

    @property
    def hostname(self):
        """The host this OPD's site answers on."""
        return self.custom_hostname or f"{self.slug}.{settings.BASE_DOMAIN}"

    def clean(self):
        super().clean()
        if self.status == self.Status.MERGED and not self.successor_id:
            raise ValidationError({"successor": _("OPD yang digabung harus menyebut OPD penerusnya.")})
        if self.successor_id and self.successor_id == self.pk:
            raise ValidationError({"successor": _("OPD tidak dapat menjadi penerus dirinya sendiri.")})
