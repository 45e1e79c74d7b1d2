"""Wagtail admin hooks of the freshness app: the dashboard panel, the report menu item and the admin URLs."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from freshness import reminder_admin  # noqa: F401
from freshness.permissions import can_see_freshness, own_opds, sees_all_sites
from freshness.scoring import score_all_sites_cached, score_sites
from freshness.views import FreshnessDetailView, FreshnessReportView


class FreshnessPanel(Component):
    """Dashboard panel: every OPD site's freshness for Diskominfo; for an operator, its own site and what to do."""

    name = "freshness"
    order = 215  # below the moderation queue (210), which asks for action today; above "Awaiting your review"

    def __init__(self, sees_all):
        self.sees_all = sees_all

    @property
    def template_name(self):
        return "freshness/admin/panel_all.html" if self.sees_all else "freshness/admin/panel_own.html"

    def get_context_data(self, parent_context):
        if self.sees_all:
            rows = [{"site": site} for site in score_all_sites_cached()]
            return {"rows": rows, "report_url": reverse("freshness_report")}
        return {"sites": score_sites(opds=list(own_opds(parent_context["request"].user)))}


@hooks.register("construct_homepage_panels")
def add_freshness_panel(request, panels):
    sees_all = sees_all_sites(request.user)
    if sees_all or own_opds(request.user).exists():
        panels.append(FreshnessPanel(sees_all))


class FreshnessReportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_freshness(request.user)


@hooks.register("register_reports_menu_item")
def register_freshness_report_menu_item():
    return FreshnessReportMenuItem(
        _("Kebaruan situs OPD"), reverse("freshness_report"), name="freshness-report", icon_name="time", order=795
    )


@hooks.register("register_admin_urls")
def register_freshness_urls():
    return [
        path("kebaruan/", FreshnessReportView.as_view(), name="freshness_report"),
        path("kebaruan/<int:opd_id>/", FreshnessDetailView.as_view(), name="freshness_detail"),
    ]
