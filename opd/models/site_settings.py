"""Per-site identity: logo, colours, contact details, head of agency, PPID officer."""

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from opd.forms import SiteSettingsForm

hex_colour = RegexValidator(r"^#[0-9a-fA-F]{6}$", _("Gunakan kode warna heksadesimal, mis. #0b5394."))

# WCAG 2.1 AA for normal text: the header puts white text on the primary colour.
MIN_CONTRAST_WITH_WHITE = 4.5


def contrast_with_white(hex_value):
    """WCAG contrast ratio between white and a #rrggbb colour."""

    def channel(value):
        value /= 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(int(hex_value[i : i + 2], 16)) for i in (1, 3, 5))
    luminance = 0.2126 * red + 0.7152 * green + 0.0722 * blue
    return 1.05 / (luminance + 0.05)


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """What makes one site look and read like its own OPD (or the portal)."""

    select_related = ["logo", "head_photo"]
    base_form_class = SiteSettingsForm

    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    primary_colour = models.CharField(_("warna utama"), max_length=7, default="#0b5394", validators=[hex_colour])
    accent_colour = models.CharField(_("warna aksen"), max_length=7, default="#f1c232", validators=[hex_colour])
    tagline = models.CharField(_("slogan"), max_length=255, blank=True)
    address = models.TextField(_("alamat"), blank=True)
    map_url = models.URLField(_("tautan peta"), blank=True)
    phone = models.CharField(_("telepon"), max_length=64, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    office_hours = models.TextField(_("jam layanan"), blank=True)
    facebook_url = models.URLField(_("Facebook"), blank=True)
    instagram_url = models.URLField(_("Instagram"), blank=True)
    x_url = models.URLField(_("X (Twitter)"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)
    head_name = models.CharField(_("nama kepala"), max_length=255, blank=True)
    head_title = models.CharField(_("jabatan kepala"), max_length=255, blank=True)
    head_photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("foto kepala"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    ppid_officer = models.CharField(_("pejabat PPID"), max_length=255, blank=True)
    ppid_contact = models.CharField(_("kontak PPID"), max_length=255, blank=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("logo"), FieldPanel("tagline"), FieldPanel("primary_colour"), FieldPanel("accent_colour")],
            heading=_("Tampilan"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("map_url"),
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("office_hours"),
            ],
            heading=_("Kontak"),
        ),
        MultiFieldPanel(
            [FieldPanel("facebook_url"), FieldPanel("instagram_url"), FieldPanel("x_url"), FieldPanel("youtube_url")],
            heading=_("Media sosial"),
        ),
        MultiFieldPanel(
            [FieldPanel("head_name"), FieldPanel("head_title"), FieldPanel("head_photo")], heading=_("Pimpinan")
        ),
        MultiFieldPanel([FieldPanel("ppid_officer"), FieldPanel("ppid_contact")], heading=_("PPID")),
    ]

    class Meta:
        verbose_name = _("identitas situs")
        verbose_name_plural = _("identitas situs")

    def clean(self):
        super().clean()
        if hex_colour.regex.match(self.primary_colour or "") and (
            contrast_with_white(self.primary_colour) < MIN_CONTRAST_WITH_WHITE
        ):
            raise ValidationError(
                {
                    "primary_colour": _(
                        "Warna utama terlalu terang: teks putih di atasnya sulit dibaca. Pilih warna lebih gelap."
                    )
                }
            )

    @property
    def social_links(self):
        """(label, url) pairs of the social accounts that are filled in."""
        pairs = [
            ("Facebook", self.facebook_url),
            ("Instagram", self.instagram_url),
            ("X", self.x_url),
            ("YouTube", self.youtube_url),
        ]
        return [(label, url) for label, url in pairs if url]
