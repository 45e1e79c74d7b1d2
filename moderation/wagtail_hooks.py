"""Admin hooks: the moderation queue (dashboard panel and report), and publishing only through the workflow."""

from django.http import HttpResponseForbidden
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.models import Page

from moderation.permissions import can_see_queue
from moderation.queue import waiting_items, waiting_states
from moderation.views import ModerationQueueView

DIRECT_PUBLISH_REFUSED = _(
    "Halaman di situs ini hanya terbit melalui moderasi: ajukan untuk moderasi, "
    "lalu penyetuju Diskominfo menerbitkannya."
)


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


def publishes_only_through_workflow(user, page):
    """Pages under a workflow are published by approving it; only superusers may still publish directly."""
    return not user.is_superuser and page.get_workflow() is not None


@hooks.register("construct_page_action_menu")
def hide_direct_publish(menu_items, request, context):
    page = context["parent_page"] if context["view"] == "create" else context["page"]
    if publishes_only_through_workflow(request.user, page):
        menu_items[:] = [item for item in menu_items if item.name != "action-publish"]


@hooks.register("before_publish_page")
def refuse_direct_publish(request, page):
    # A hand-made "action-publish" POST from a user who holds publish_page: the draft is kept, not published.
    if publishes_only_through_workflow(request.user, page):
        messages.error(request, DIRECT_PUBLISH_REFUSED)
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None


@hooks.register("before_bulk_action")
def refuse_bulk_publish(request, action_type, objects, action_class_instance):
    if action_type != "publish" or request.user.is_superuser:
        return None
    if any(isinstance(obj, Page) and publishes_only_through_workflow(request.user, obj) for obj in objects):
        return HttpResponseForbidden(DIRECT_PUBLISH_REFUSED)
    return None


@hooks.register("before_copy_page")
def refuse_copy_and_publish(request, page):
    # "Publish copies" and aliases (which mirror a live page) would put a copy live without review;
    # copying as a draft stays allowed.
    wants_live_copy = request.POST.get("publish_copies") or request.POST.get("alias")
    if request.method == "POST" and wants_live_copy and not request.user.is_superuser:
        messages.error(request, DIRECT_PUBLISH_REFUSED)
        return redirect("wagtailadmin_pages:copy", page.pk)
    return None
