"""Admin hooks: the moderation queue (dashboard panel and report), and publishing only through the workflow.

Each guard below asks ``moderation.publishing``; the admin API's page actions are guarded by
``moderation.api``, plugged in here.
"""

from django.http import HttpResponseForbidden
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.models import Page

from moderation import publishing
from moderation.api import ModeratedPagesAdminAPIViewSet
from moderation.permissions import can_see_queue
from moderation.queue import waiting_items, waiting_states
from moderation.views import ModerationQueueView


class ModerationQueuePanel(Component):
    """Dashboard panel: the longest-waiting submissions on every site, with a link to the full report."""

    name = "moderation_queue"
    template_name = "moderation/queue_panel.html"
    order = 210  # above Wagtail's "Awaiting your review"
    limit = 10

    def get_context_data(self, parent_context):
        states = waiting_states()
        return {
            "items": waiting_items(states[: self.limit]),
            "total": states.count(),
            "report_url": reverse("moderation_queue"),
        }


@hooks.register("construct_homepage_panels")
def add_moderation_queue_panel(request, panels):
    if can_see_queue(request.user):
        panels.append(ModerationQueuePanel())


class ModerationQueueMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_queue(request.user)


@hooks.register("register_reports_menu_item")
def register_moderation_queue_menu_item():
    return ModerationQueueMenuItem(
        _("Antrean moderasi"), reverse("moderation_queue"), name="moderation-queue", icon_name="tasks", order=790
    )


@hooks.register("register_admin_urls")
def register_moderation_urls():
    return [
        path("moderasi/antrean/", ModerationQueueView.as_view(), name="moderation_queue"),
        path(
            "moderasi/antrean/hasil/",
            ModerationQueueView.as_view(results_only=True),
            name="moderation_queue_results",
        ),
    ]


@hooks.register("construct_page_action_menu")
def hide_direct_publish(menu_items, request, context):
    page = context["parent_page"] if context["view"] == "create" else context["page"]
    if not publishing.may_publish(request.user, page):
        menu_items[:] = [item for item in menu_items if item.name != "action-publish"]


@hooks.register("before_publish_page")
def refuse_direct_publish(request, page):
    # A hand-made "action-publish" POST (publish, schedule, revert-and-publish) from a user who holds
    # publish_page: the draft is kept, not published.
    if not publishing.may_publish(request.user, page):
        messages.error(request, publishing.DIRECT_PUBLISH_REFUSED)
        return redirect("wagtailadmin_pages:edit", page.pk)
    if not publishing.may_publish(None, page):
        publishing.record_bypass(request.user, page, "editor:publish")
    return None


def _bulk_rule(action_type, action_class_instance):
    """The rule that decides a page bulk action, or None for one that never publishes."""
    if action_type == "publish":
        return publishing.may_publish
    if action_type == "move":
        destination = action_class_instance.cleaned_form.cleaned_data["chooser"]
        return lambda user, page: publishing.may_move(user, page, destination)
    return None


@hooks.register("before_bulk_action")
def refuse_bulk_publishing(request, action_type, objects, action_class_instance):
    pages = [obj for obj in objects if isinstance(obj, Page)]
    rule = _bulk_rule(action_type, action_class_instance) if pages else None
    if rule is None:
        return None
    if not request.user.is_superuser:
        if not all(rule(request.user, page) for page in pages):
            return HttpResponseForbidden(publishing.DIRECT_PUBLISH_REFUSED)
        return None
    for page in pages:
        if not rule(None, page):
            publishing.record_bypass(request.user, page, f"bulk:{action_type}")
    return None


def _live_copy_allowed(user, destination, post):
    """May ``user`` make the copy the copy form asks for? Only "publish copies" and aliases can go live."""
    if post.get("alias"):
        return publishing.may_create_alias(user, destination)
    if post.get("publish_copies"):
        return publishing.may_copy(user, destination, keep_live=True)
    return True


@hooks.register("before_copy_page")
def refuse_copy_and_publish(request, page):
    # "Publish copies" and aliases (which mirror a live page) would put a copy live without review;
    # copying as a draft stays allowed. Wagtail validates the destination after this hook.
    if request.method != "POST":
        return None
    destination = publishing.page_or_none(request.POST.get("new_parent_page")) or page.get_parent()
    if not _live_copy_allowed(request.user, destination, request.POST):
        messages.error(request, publishing.DIRECT_PUBLISH_REFUSED)
        return redirect("wagtailadmin_pages:copy", page.pk)
    if not _live_copy_allowed(None, destination, request.POST):
        publishing.record_bypass(request.user, page, "editor:copy", destination)
    return None


@hooks.register("before_move_page")
def refuse_move_that_publishes(request, page, destination):
    # Moving live content into another site publishes it there (Wagtail's own rule, see may_move).
    if not publishing.may_move(request.user, page, destination):
        messages.error(request, publishing.DIRECT_PUBLISH_REFUSED)
        return redirect("wagtailadmin_pages:move", page.pk)
    if request.method == "POST" and not publishing.may_move(None, page, destination):
        publishing.record_bypass(request.user, page, "editor:move", destination)
    return None


@hooks.register("before_convert_alias_page")
def refuse_convert_alias(request, page):
    if not publishing.may_convert_alias(request.user, page):
        messages.error(request, publishing.DIRECT_PUBLISH_REFUSED)
        return redirect("wagtailadmin_pages:edit", page.pk)
    if request.method == "POST" and not publishing.may_convert_alias(None, page):
        publishing.record_bypass(request.user, page, "editor:convert_alias")
    return None


# wagtail.admin registers the pages endpoint before any hook runs; this replaces it (access's hook, order
# 100, replaces the image and document endpoints, and never touches this one).
@hooks.register("construct_admin_api")
def moderate_admin_api_page_actions(router):
    router.register_endpoint("pages", ModeratedPagesAdminAPIViewSet)


@hooks.register("register_log_actions")
def register_moderation_log_actions(actions):
    actions.register_action(
        publishing.BYPASS_LOG_ACTION,
        _("Diterbitkan tanpa moderasi (administrator)"),
        _("Diterbitkan tanpa moderasi oleh administrator"),
    )
    actions.register_action(
        publishing.SCHEDULE_REFUSED_LOG_ACTION,
        _("Jadwal terbit dibatalkan: belum disetujui"),
        _("Jadwal terbit dibatalkan karena revisi belum disetujui melalui moderasi"),
    )
