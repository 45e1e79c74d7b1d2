"""The refusal log report ("Penolakan akses"): read-only, for Diskominfo alone (docs/access.md)."""

import django_filters
from django.contrib.auth import get_user_model
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView

from access.models import AccessRefusal
from opd import roles


def _users_with_refusals(request):
    return get_user_model().objects.filter(pk__in=AccessRefusal.objects.values("user")).order_by("username")


class AccessRefusalFilterSet(WagtailFilterSet):
    kind = django_filters.ChoiceFilter(label=_("Jenis"), choices=AccessRefusal.Kind.choices)
    user = django_filters.ModelChoiceFilter(label=_("Pengguna"), queryset=_users_with_refusals)

    class Meta:
        model = AccessRefusal
        fields = ["kind", "user"]


def _user_label(refusal):
    user = refusal.user
    if user is None:
        return "—"
    return user.get_full_name() or user.get_username()


def _user_with_address(refusal):
    return f"{_user_label(refusal)} ({refusal.client_ip or '—'})"


class AccessRefusalReportView(ReportView):
    """Every refused cross-OPD access, newest first, 50 to a page, filtered by user and kind."""

    page_title = _("Penolakan akses")
    header_icon = "warning"
    index_url_name = "access_refusals"
    index_results_url_name = "access_refusals_results"
    filterset_class = AccessRefusalFilterSet
    paginate_by = 50
    columns = [
        DateColumn("created_at", label=_("Waktu")),
        # Four columns, each holding two facts, so the list fits a phone without scrolling sideways.
        Column("user", label=_("Pengguna (alamat klien)"), accessor=_user_with_address),
        Column("kind", label=_("Objek"), accessor=lambda r: f"{r.get_kind_display()} #{r.object_id}"),
        Column("path", label=_("Asal"), accessor=lambda r: f"{r.get_source_display()}: {r.method} {r.path}".strip()),
    ]

    def dispatch(self, request, *args, **kwargs):
        # Nobody but Diskominfo learns that the log exists.
        if not roles.is_diskominfo(request.user):
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return AccessRefusal.objects.select_related("user").order_by("-created_at", "-pk")
