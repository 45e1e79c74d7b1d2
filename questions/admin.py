"""The staff side of Gubernur Menjawab in the admin: the list, the detail page and its actions.

Registered through wagtail-modeladmin (imported by questions/wagtail_hooks.py). Who sees and does
what is decided in questions.permissions; whether a step fits the question's status, in
questions.services. Lists show personal data masked; the detail page shows it in full and logs each
showing in PersonalDataAccess. A question the user may not see answers 404 on every URL.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.urls import re_path
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin.auth import permission_denied
from wagtail.log_actions import registry as log_registry
from wagtail_modeladmin.helpers import PermissionHelper
from wagtail_modeladmin.options import ModelAdmin, modeladmin_register
from wagtail_modeladmin.views import IndexView, InspectView, InstanceSpecificView

from access import refusals
from opd.models import Opd
from questions import lapor, permissions, services
from questions.masking import mask_email, mask_name, mask_phone
from questions.models import LaporForward, PersonalDataAccess, Question
from spreadsheets.cells import XLSX_CONTENT_TYPE

VIEW_PURPOSE = "lihat detail"


def clock_label(question, now=None):
    """The 1×24-hour clock in words: time left, how long overdue, or how long the answer took."""
    if not question.is_open:
        if question.answered_at:
            hours = int((question.answered_at - question.submitted_at).total_seconds() // 3600)
            return _("dijawab dalam %(hours)d jam") % {"hours": hours}
        return "—"
    seconds = int((question.due_at - (now or timezone.now())).total_seconds())
    if seconds >= 0:
        hours, minutes = divmod(seconds // 60, 60)
        return _("sisa %(hours)d jam %(minutes)d menit") % {"hours": hours, "minutes": minutes}
    hours, minutes = divmod(-seconds // 60, 60)
    if hours:
        return _("lewat %(hours)d jam") % {"hours": hours}
    return _("lewat %(minutes)d menit") % {"minutes": minutes}


def allowed_actions(user, question, forward=None):
    """The actions ``user`` may take on ``question`` now: the buttons of its detail page.

    ``forward`` is the question's SP4N-LAPOR! outbox row, if it has one.
    """
    return {
        "route": permissions.can_route(user, question) and question.status in services.ROUTABLE,
        "answer": permissions.can_answer(user, question) and question.status in services.ANSWERABLE,
        "close": permissions.can_close(user, question) and question.status in services.CLOSABLE,
        "escalate": permissions.can_escalate(user, question) and question.is_open and not question.escalated_at,
        "forward": permissions.can_forward(user, question)
        and (forward is None or forward.status == LaporForward.Status.FAILED),
    }


class RouteForm(forms.Form):
    opd = forms.ModelChoiceField(
        label=gettext_lazy("OPD penjawab"),
        queryset=Opd.objects.active().with_site().order_by("name"),
        empty_label=gettext_lazy("— pilih OPD —"),
    )


class AnswerForm(forms.Form):
    answer = forms.CharField(label=gettext_lazy("Jawaban"), widget=forms.Textarea(attrs={"rows": 8}), required=False)


class QuestionPermissionHelper(PermissionHelper):
    """Listing and inspecting by role (questions.permissions); nobody adds, edits or deletes a question."""

    def user_can_list(self, user):
        return permissions.can_list(user)

    def user_can_inspect_obj(self, user, obj):
        return permissions.can_view(user, obj)

    def user_can_create(self, user):
        return False

    def user_can_edit_obj(self, user, obj):
        return False

    def user_can_delete_obj(self, user, obj):
        return False


class VisibleOnlyMixin:
    """A question the user may not see is not found, whatever the view."""

    def dispatch(self, request, *args, **kwargs):
        if not permissions.can_view(request.user, self.instance):
            refusals.record_if_exists(Question, self.instance.pk, "question", request)
            raise Http404
        return super().dispatch(request, *args, **kwargs)


class QuestionInspectView(VisibleOnlyMixin, InspectView):
    """The full question with its personal data; every showing is logged."""

    def get(self, request, *args, **kwargs):
        PersonalDataAccess.objects.create(question=self.instance, user=request.user, purpose=VIEW_PURPOSE)
        return super().get(request, *args, **kwargs)

    def get_page_title(self):
        return self.instance.ticket_number

    def get_page_subtitle(self):
        return self.instance.get_status_display()

    def get_field_display_value(self, field_name, field=None):
        value = super().get_field_display_value(field_name, field)
        if isinstance(value, bool):
            return _("Ya") if value else _("Tidak")
        return value

    def get_context_data(self, **kwargs):
        user, question = self.request.user, self.instance
        forward = services.lapor_forward(question)
        context = super().get_context_data(**kwargs)
        context.update(
            clock=clock_label(question),
            actions=allowed_actions(user, question, forward),
            lapor_forward=forward,
            lapor_endpoint=bool(lapor.endpoint_url()),
            action_urls={action: self.url_helper.get_action_url(action, self.pk_quoted) for action in ACTION_VIEWS},
            route_form=RouteForm(initial={"opd": question.opd_id or question.suggested_opd_id}),
            answer_form=AnswerForm(initial={"answer": question.answer}),
            history=log_registry.get_logs_for_instance(question).select_related("user"),
        )
        if permissions.can_see_access_log(user):
            context["access_log"] = question.personal_data_accesses.select_related("user")
        return context


class QuestionActionView(VisibleOnlyMixin, InstanceSpecificView):
    """A POST that takes one step of the question's flow, then back to its detail page with a message."""

    http_method_names = ["post"]

    def check_action_permitted(self, user):
        return self.permitted(user, self.instance)

    def post(self, request, *args, **kwargs):
        try:
            message = self.perform(request, self.instance)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, message)
        return redirect(self.url_helper.get_action_url("inspect", self.pk_quoted))


class RouteView(QuestionActionView):
    permitted = staticmethod(permissions.can_route)

    def perform(self, request, question):
        form = RouteForm(request.POST)
        if not form.is_valid():
            raise ValidationError(_("Pilih OPD yang aktif dan memiliki situs."))
        opd = form.cleaned_data["opd"]
        services.route_question(question, opd, request.user)
        return _("Pertanyaan %(ticket)s diteruskan ke %(opd)s.") % {"ticket": question.ticket_number, "opd": opd.name}


class AnswerView(QuestionActionView):
    permitted = staticmethod(permissions.can_answer)

    def perform(self, request, question):
        form = AnswerForm(request.POST)
        text = form.cleaned_data["answer"] if form.is_valid() else ""
        services.answer_question(question, text, request.user)
        return _("Jawaban untuk pertanyaan %(ticket)s tersimpan.") % {"ticket": question.ticket_number}


class CloseView(QuestionActionView):
    permitted = staticmethod(permissions.can_close)

    def perform(self, request, question):
        services.close_question(question, request.user)
        return _("Pertanyaan %(ticket)s ditutup.") % {"ticket": question.ticket_number}


class EscalateView(QuestionActionView):
    permitted = staticmethod(permissions.can_escalate)

    def perform(self, request, question):
        if not services.escalate_question(question, request.user):
            raise ValidationError(_("Pertanyaan yang sudah dieskalasi, dijawab atau ditutup tidak dapat dieskalasi."))
        return _("Pertanyaan %(ticket)s dieskalasi ke Inspektorat.") % {"ticket": question.ticket_number}


class ForwardView(QuestionActionView):
    permitted = staticmethod(permissions.can_forward)

    def perform(self, request, question):
        services.forward_to_lapor(question, request.user)
        if lapor.endpoint_url():
            return _("Pertanyaan %(ticket)s masuk antrean dan akan dikirim ke SP4N-LAPOR!.") % {
                "ticket": question.ticket_number
            }
        return _(
            "Pertanyaan %(ticket)s masuk antrean SP4N-LAPOR!. Endpoint belum diatur: ekspor antrean sebagai XLSX "
            "dari daftar pertanyaan untuk dimasukkan manual."
        ) % {"ticket": question.ticket_number}


ACTION_VIEWS = {
    "route": RouteView,
    "answer": AnswerView,
    "close": CloseView,
    "escalate": EscalateView,
    "forward": ForwardView,
}


class QuestionIndexView(IndexView):
    """The list, with the manual SP4N-LAPOR! export for Diskominfo while no endpoint is configured."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if permissions.can_export_lapor(self.request.user) and not lapor.endpoint_url():
            context["lapor_pending"] = lapor.pending_forwards().count()
            context["lapor_export_url"] = self.model_admin.lapor_export_url()
        return context


LAPOR_EXPORT = "ekspor_lapor"


class QuestionAdmin(ModelAdmin):
    """Gubernur Menjawab: the questions each role may see, personal data masked, with their clocks."""

    model = Question
    permission_helper_class = QuestionPermissionHelper
    index_view_class = QuestionIndexView
    index_template_name = "questions/admin/index.html"
    inspect_view_class = QuestionInspectView
    inspect_view_enabled = True
    history_view_enabled = False  # the detail page shows the history, scoped like the question
    inspect_template_name = "questions/admin/inspect.html"
    menu_label = gettext_lazy("Gubernur Menjawab")
    menu_icon = "help"
    menu_order = 240
    add_to_settings_menu = False
    list_display = (
        "ticket_number",
        "status",
        "category",
        "opd",
        "submitted_at",
        "clock",
        "masked_name",
        "masked_email",
        "masked_phone",
    )
    list_filter = ("status", "category", "opd")
    search_fields = ("ticket_number",)
    list_select_related = ("opd",)
    inspect_view_fields = (
        "status",
        "category",
        "suggested_opd",
        "opd",
        "submitted_at",
        "due_at",
        "routed_at",
        "answered_at",
        "closed_at",
        "escalated_at",
        "consent_to_publish",
        "forward_to_lapor",
    )

    def get_queryset(self, request):
        return permissions.visible_questions(request.user).select_related("opd").order_by("-submitted_at")

    def clock(self, obj):
        return clock_label(obj)

    clock.short_description = gettext_lazy("waktu")

    def masked_name(self, obj):
        return mask_name(obj.name) or "—"

    masked_name.short_description = gettext_lazy("nama")

    def masked_email(self, obj):
        return mask_email(obj.email) or "—"

    masked_email.short_description = gettext_lazy("e-mail")

    def masked_phone(self, obj):
        return mask_phone(obj.phone) or "—"

    masked_phone.short_description = gettext_lazy("telepon")

    @staticmethod
    def _existing_pk(instance_pk):
        """modeladmin's URLs accept any slug; a non-number is no question (rather than a server error)."""
        if not str(instance_pk).isdigit():
            raise Http404

    def inspect_view(self, request, instance_pk):
        self._existing_pk(instance_pk)
        return super().inspect_view(request, instance_pk)

    def edit_view(self, request, instance_pk):
        self._existing_pk(instance_pk)
        if not permissions.visible_questions(request.user).filter(pk=instance_pk).exists():
            refusals.record_if_exists(Question, instance_pk, "question", request)
            raise Http404
        return super().edit_view(request, instance_pk)

    def delete_view(self, request, instance_pk):
        self._existing_pk(instance_pk)
        if not permissions.visible_questions(request.user).filter(pk=instance_pk).exists():
            refusals.record_if_exists(Question, instance_pk, "question", request)
            raise Http404
        return super().delete_view(request, instance_pk)

    def action_view(self, request, instance_pk, action):
        self._existing_pk(instance_pk)
        return ACTION_VIEWS[action].as_view(model_admin=self, instance_pk=instance_pk)(request)

    def lapor_export_url(self):
        return self.url_helper.get_action_url(LAPOR_EXPORT)

    def lapor_export_view(self, request):
        """POST: the pending SP4N-LAPOR! forwards as XLSX for manual entry; they become "Ekspor manual"."""
        if not permissions.can_export_lapor(request.user):
            return permission_denied(request)
        index = self.url_helper.index_url
        if lapor.endpoint_url():
            messages.error(request, lapor.ENDPOINT_SET)
            return redirect(index)
        if not lapor.pending_forwards().exists():
            messages.info(request, _("Tidak ada pertanyaan yang menunggu diteruskan ke SP4N-LAPOR!."))
            return redirect(index)
        data = lapor.export_pending_xlsx(user=request.user)
        response = HttpResponse(data, content_type=XLSX_CONTENT_TYPE)
        stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
        response.headers["Content-Disposition"] = f'attachment; filename="penerusan-sp4n-lapor-{stamp}.xlsx"'
        response.headers["Cache-Control"] = "no-store"
        return response

    def get_admin_urls_for_registration(self):
        actions = tuple(
            re_path(
                self.url_helper.get_action_url_pattern(action),
                self.action_view,
                {"action": action},
                name=self.url_helper.get_action_url_name(action),
            )
            for action in ACTION_VIEWS
        )
        export = re_path(
            rf"^{self.url_helper.base_url_path}/{LAPOR_EXPORT.replace('_', '-')}/$",
            require_POST(self.lapor_export_view),
            name=self.url_helper.get_action_url_name(LAPOR_EXPORT),
        )
        return (*super().get_admin_urls_for_registration(), *actions, export)


modeladmin_register(QuestionAdmin)
