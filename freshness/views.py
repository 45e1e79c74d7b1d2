"""The freshness report in the admin: every OPD site it may show, filterable and exportable, and one site in detail.

Diskominfo sees every site; an operator sees only the OPDs it operates, and another OPD's detail is
a 404 (as if it did not exist). Both views cost a fixed number of queries: ``score_sites`` does the
counting, the views only filter and draw.
"""

from urllib.parse import urlencode

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from freshness.charts import monthly_chart_svg
from freshness.exports import FORMATS, export_response
from freshness.permissions import can_see_freshness, sees_all_sites, visible_opds
from freshness.scoring import STATUS_LABELS, STATUS_ORDER, score_sites
from freshness.thresholds import get_thresholds
from opd.models import Opd


class FreshnessFilterForm(forms.Form):
    """The report's GET filters; an unknown value is ignored rather than refused."""

    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("Semua status"))]
        + [(code, STATUS_LABELS[code]) for code in sorted(STATUS_ORDER, key=STATUS_ORDER.get)],
    )
    kind = forms.ChoiceField(label=_("Jenis OPD"), required=False, choices=[("", _("Semua jenis")), *Opd.Kind.choices])


def chart_title(site):
    return _("Terbitan per bulan, %(opd)s") % {"opd": site.opd.name}


def chart_rows(sites):
    """Each site with its small chart, for the report table."""
    return [
        {"site": site, "chart": monthly_chart_svg(site.monthly, small=True, title=chart_title(site))} for site in sites
    ]


class FreshnessAccessMixin:
    """Only Diskominfo and operators of an OPD site open the freshness views."""

    def dispatch(self, request, *args, **kwargs):
        if not can_see_freshness(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class FreshnessReportView(FreshnessAccessMixin, WagtailAdminTemplateMixin, TemplateView):
    """Kebaruan situs OPD: status and figures of every visible site, worst first; ?export=csv|xlsx downloads it."""

    page_title = _("Kebaruan situs OPD")
    header_icon = "time"
    template_name = "freshness/admin/report.html"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get(self, request, *args, **kwargs):
        self.filters = FreshnessFilterForm(request.GET)
        self.sites = self.filtered_sites()
        export_format = request.GET.get("export")
        if export_format in FORMATS:
            return export_response(self.sites, export_format)
        return super().get(request, *args, **kwargs)

    def filtered_sites(self):
        opds = visible_opds(self.request.user)
        self.filters.is_valid()  # cleaned_data keeps the valid fields and drops an unknown value
        kind, status = self.filters.cleaned_data.get("kind"), self.filters.cleaned_data.get("status")
        if kind:
            opds = opds.filter(kind=kind)
        sites = score_sites(opds=list(opds))
        return [site for site in sites if site.status == status] if status else sites

    def export_url(self, export_format):
        params = {name: value for name, value in self.request.GET.items() if name in self.filters.fields and value}
        return "?" + urlencode({**params, "export": export_format})

    def get_context_data(self, **kwargs):
        thresholds = get_thresholds()
        return super().get_context_data(
            filters=self.filters,
            rows=chart_rows(self.sites),
            sees_all=sees_all_sites(self.request.user),
            export_urls={export_format: self.export_url(export_format) for export_format in FORMATS},
            amber_days=thresholds.amber_after_days,
            red_days=thresholds.red_after_days,
            **kwargs,
        )


class FreshnessDetailView(FreshnessAccessMixin, WagtailAdminTemplateMixin, TemplateView):
    """One OPD site: the large chart of twelve months, its figures, and what to do to turn it green."""

    header_icon = "time"
    template_name = "freshness/admin/detail.html"

    def get(self, request, *args, **kwargs):
        opd = visible_opds(request.user).filter(pk=kwargs["opd_id"]).first()
        scored = score_sites(opds=[opd]) if opd else []
        if not scored:
            raise Http404
        self.site = scored[0]
        return super().get(request, *args, **kwargs)

    def get_page_title(self):
        return self.site.opd.name

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("freshness_report"), "label": _("Kebaruan situs OPD")},
            {"url": "", "label": self.site.opd.name},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            site=self.site,
            chart=monthly_chart_svg(self.site.monthly, title=chart_title(self.site)),
            report_url=reverse("freshness_report"),
            **kwargs,
        )
