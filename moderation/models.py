"""The four-eyes approval task: group approval in which nobody approves their own work."""

from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef, Subquery
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask, Revision


def latest_revision_by(user):
    """A condition on TaskState: the latest revision of the object under review was created by ``user``."""
    latest = (
        Revision.objects.filter(
            base_content_type_id=OuterRef(OuterRef("workflow_state__base_content_type_id")),
            object_id=OuterRef(OuterRef("workflow_state__object_id")),
        )
        .order_by("-created_at", "-id")
        .values("pk")[:1]
    )
    return Exists(Revision.objects.filter(pk=Subquery(latest), user=user))


class FourEyesApprovalTask(AbstractGroupApprovalTask):
    """Members of the task's groups approve or send back; never the submitter or the last editor (DESIGN.md).

    Superusers are bound too. Only the actions are withheld: the submitter may still cancel the
    workflow, as Wagtail allows. Relies on ``WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT`` (checked at
    start-up by ``moderation.checks``): an approval only publishes the revision it was given for.
    """

    class Meta:
        verbose_name = _("persetujuan empat mata")
        verbose_name_plural = _("persetujuan empat mata")

    @classmethod
    def get_description(cls):
        return _("Anggota grup yang dipilih menyetujui atau mengembalikan; pengaju dan pengubah terakhir tidak bisa.")

    @staticmethod
    def authors_of(obj):
        """Ids of the users who may not approve ``obj`` now: who submitted it and who made its latest revision."""
        authors = set()
        state = obj.current_workflow_state
        if state is not None:
            authors.add(state.requested_by_id)
        if obj.latest_revision_id:
            authors.add(Revision.objects.filter(pk=obj.latest_revision_id).values_list("user_id", flat=True).first())
        authors.discard(None)
        return authors

    def _is_author(self, obj, user):
        return user.pk in self.authors_of(obj)

    def get_actions(self, obj, user):
        if self._is_author(obj, user):
            return []
        return super().get_actions(obj, user)

    def user_can_access_editor(self, obj, user):
        return super().user_can_access_editor(obj, user) and not self._is_author(obj, user)

    def locked_for_user(self, obj, user):
        # Whoever may not act on the task may not edit under it either, like any non-reviewer.
        return super().locked_for_user(obj, user) or self._is_author(obj, user)

    def user_can_lock(self, obj, user):
        return super().user_can_lock(obj, user) and not self._is_author(obj, user)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = super().get_task_states_user_can_moderate(user, **kwargs)
        return states.exclude(workflow_state__requested_by=user).exclude(latest_revision_by(user))

    def on_action(self, task_state, user, action_name, **kwargs):
        # Wagtail's action views check get_actions() against the object in the URL, but act on the task
        # state id of the URL, which may belong to another object: check again against the task state's own.
        if user is not None and user.pk in {task_state.workflow_state.requested_by_id, task_state.revision.user_id}:
            raise PermissionDenied
        return super().on_action(task_state, user, action_name, **kwargs)
