"""What waits in moderation on every site, oldest first, for the dashboard panel and the report.

A fixed number of queries whatever the number of items: the workflow states (with submitter and
current step), their pages, and the OPD of every site (``opd.sites.opds_by_root_path``).
"""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import CharField
from django.db.models.functions import Cast
from django.urls import reverse
from wagtail.models import Page, WorkflowState, get_default_page_content_type

from opd.sites import opd_for_page, opds_by_root_path


@dataclass
class WaitingItem:
    """A page in moderation: where it is, who sent it, which step it waits at and since when."""

    page: Page
    opd: object  # opd.Opd, or None for the portal
    submitted_by: object  # a user, or None
    task_name: str
    waiting_since: datetime

    @property
    def title(self):
        revision = self.page.latest_revision
        return revision.object_str if revision and revision.object_str else self.page.title

    @property
    def edit_url(self):
        return reverse("wagtailadmin_pages:edit", args=(self.page.pk,))

    @property
    def site_label(self):
        return self.opd.short_name if self.opd else "Portal"


def waiting_states():
    """Page workflow states in progress, the longest-waiting (at its current step) first."""
    return (
        WorkflowState.objects.filter(
            status=WorkflowState.STATUS_IN_PROGRESS, base_content_type=get_default_page_content_type()
        )
        .select_related("requested_by", "current_task_state__task")
        .order_by("current_task_state__started_at", "pk")
    )


def filter_by_root(states, root):
    """Narrow ``states`` to pages in the subtree of ``root`` (a page)."""
    page_ids = Page.objects.filter(path__startswith=root.path, depth__gte=root.depth).values(
        pk_text=Cast("pk", output_field=CharField())
    )
    return states.filter(object_id__in=page_ids)


def waiting_items(states):
    """Turn workflow states (a list or queryset) into WaitingItems, in the same order."""
    states = list(states)
    pages = (
        Page.objects.filter(pk__in=[int(state.object_id) for state in states])
        .select_related("latest_revision")
        .defer("latest_revision__content")
        .in_bulk()
    )
    root_paths = opds_by_root_path()
    items = []
    for state in states:
        page = pages.get(int(state.object_id))
        if page is None:
            continue
        task_state = state.current_task_state
        items.append(
            WaitingItem(
                page=page,
                opd=opd_for_page(page, root_paths),
                submitted_by=state.requested_by,
                task_name=task_state.task.name if task_state else "",
                waiting_since=task_state.started_at if task_state else state.created_at,
            )
        )
    return items
