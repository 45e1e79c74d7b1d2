"""The moderation queue report: everything waiting on every site, filterable by OPD (approvers only)."""

import django_filters
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import ReportView
from wagtail.models import WorkflowState

from moderation.permissions import can_see_queue
from moderation.queue import filter_by_root, waiting_items, waiting_states
from opd.models import Opd


class ModerationQueueFilterSet(WagtailFilterSet):
    opd = django_filters.ModelChoiceFilter(
        label=_("OPD"),
        queryset=Opd.objects.with_site().select_related("site__root_page"),
        method="filter_opd",
        empty_label=_("Semua situs"),
    )

    class Meta:
        model = WorkflowState
        fields = []

    def filter_opd(self, queryset, name, value):
        return filter_by_root(queryset, value.site.root_page) if value else queryset


class ModerationQueueView(ReportView):
    """Antrean moderasi: OPD, page, submitter, step and waiting time, oldest first."""

    page_title = _("Antrean moderasi")
    header_icon = "tasks"
    results_template_name = "moderation/queue_report_results.html"
    filterset_class = ModerationQueueFilterSet
    index_url_name = "moderation_queue"
    index_results_url_name = "moderation_queue_results"
    no_results_message = _("Tidak ada halaman yang menunggu moderasi.")

    def dispatch(self, request, *args, **kwargs):
        if not can_see_queue(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return waiting_states()

    def decorate_paginated_queryset(self, object_list):
        return waiting_items(object_list)
