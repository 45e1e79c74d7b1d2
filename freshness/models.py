"""The public freshness board of the portal, and the record of every freshness reminder sent."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from freshness.scoring import score_all_sites_cached
from freshness.thresholds import get_thresholds
from opd.models import BasePage


class FreshnessBoardPage(BasePage):
    """Kebaruan Situs OPD: every OPD site with its last update and freshness status, for the public."""

    intro = models.TextField(_("pengantar"), blank=True)

    parent_page_types = ["home.PortalHomePage"]
    subpage_types = []
    max_count = 1

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    class Meta:
        verbose_name = _("papan kebaruan situs OPD")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        thresholds = get_thresholds()
        context.update(
            sites=score_all_sites_cached(),
            amber_days=thresholds.amber_after_days,
            red_days=thresholds.red_after_days,
        )
        return context


class Reminder(models.Model):
    """One freshness reminder: which OPD, which period, which rung of the ladder, to whom, and what it said.

    (opd, period, level) is unique, so a period's reminder is sent at most once per rung, however
    often or concurrently ``send_freshness_reminders`` runs.
    """

    class Level(models.TextChoices):
        OPERATOR = "operator", _("Operator OPD")
        HEAD = "kepala", _("Kepala OPD")
        DISKOMINFO = "diskominfo", _("Diskominfo")

    opd = models.ForeignKey("opd.Opd", verbose_name=_("OPD"), on_delete=models.CASCADE, related_name="reminders")
    period = models.CharField(_("periode"), max_length=16, help_text=_("Minggu ISO, mis. 2026-W49."))
    level = models.CharField(_("tingkat"), max_length=12, choices=Level.choices)
    status = models.CharField(_("status situs"), max_length=12)
    recipients = models.TextField(_("penerima"))
    subject = models.CharField(_("subjek"), max_length=255)
    body = models.TextField(_("isi"))
    sent_at = models.DateTimeField(_("dikirim"), auto_now_add=True)

    class Meta:
        verbose_name = _("pengingat kebaruan")
        verbose_name_plural = _("pengingat kebaruan")
        ordering = ["-sent_at"]
        constraints = [models.UniqueConstraint(fields=["opd", "period", "level"], name="one_reminder_per_rung")]

    def __str__(self):
        return f"{self.opd} · {self.period} · {self.get_level_display()}"
