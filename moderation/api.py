"""The admin API's pages endpoint, with every action checked against the moderation rules (docs/moderation.md).

Wagtail's ``PagesAdminAPIViewSet`` runs its actions (``/admin/api/main/pages/<id>/action/<name>/``)
after Wagtail's permission checks only: an approver could publish their own draft, and anyone who
may publish could copy a live page or create an alias on another OPD's site. Here each action goes
through ``moderation.publishing`` first. ``ACTION_RULES`` is an allow-list: an action Wagtail adds in
a later release is refused to everyone but superusers until it is classified here (and in the
enumeration test, tests/moderation/test_publishing_routes.py).
"""

from django.shortcuts import get_object_or_404
from rest_framework import status
from rest_framework.response import Response
from wagtail.admin.api.views import PagesAdminAPIViewSet
from wagtail.models import Page

from moderation import publishing

CHILD_POSITIONS = ("first-child", "last-child", "sorted-child")


def _destination(data, page):
    destination_id = data.get("destination_page_id")
    return get_object_or_404(Page, pk=destination_id) if destination_id else page.get_parent()


def _publish(user, page, data):
    return publishing.may_publish(user, page)


def _copy(user, page, data):
    return publishing.may_copy(user, _destination(data, page), data["keep_live"])


def _create_alias(user, page, data):
    return publishing.may_create_alias(user, _destination(data, page))


def _move(user, page, data):
    # Wagtail puts the page beside the destination page unless the position makes it a child.
    target = _destination(data, page)
    parent = target if data.get("position") in CHILD_POSITIONS else target.get_parent()
    return publishing.may_move(user, page, parent or target)


def _convert_alias(user, page, data):
    return publishing.may_convert_alias(user, page)


def _no_publishing(user, page, data):
    return True


# Every action a non-superuser may ask for, with the rule that decides it. Actions that can put content
# live consult ``moderation.publishing``; the others never publish (revert saves a draft revision, which
# goes live only through the workflow). Not listed (``copy_for_translation``: translation is off) means
# refused.
ACTION_RULES = {
    "publish": _publish,
    "copy": _copy,
    "create_alias": _create_alias,
    "move": _move,
    "convert_alias": _convert_alias,
    "revert_to_page_revision": _no_publishing,
    "unpublish": _no_publishing,
    "delete": _no_publishing,
}


class ModeratedPagesAdminAPIViewSet(PagesAdminAPIViewSet):
    """The admin API's pages endpoint; actions that would bypass moderation answer 403 with a message."""

    def action_view(self, request, pk, action_name):
        if action_name not in self.actions:
            return super().action_view(request, pk, action_name)
        page = self.get_object()
        action_data = self.actions[action_name].serializer(data=request.data)
        if not action_data.is_valid():
            return Response(action_data.errors, status=status.HTTP_400_BAD_REQUEST)
        user, rule = request.user, ACTION_RULES.get(action_name)
        if user.is_superuser:
            # Superusers keep every action; one an ordinary account would be refused is recorded once done.
            bypass = rule is None or not rule(None, page, action_data.data)
            response = super().action_view(request, pk, action_name)
            if bypass and response.status_code < 400:
                destination = publishing.page_or_none(action_data.data.get("destination_page_id"))
                publishing.record_bypass(user, page, f"api:{action_name}", destination)
            return response
        if rule is None or not rule(user, page, action_data.data):
            return Response({"message": str(publishing.DIRECT_PUBLISH_REFUSED)}, status=status.HTTP_403_FORBIDDEN)
        return super().action_view(request, pk, action_name)
