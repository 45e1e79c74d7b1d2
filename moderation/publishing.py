"""Who may put content live outside the moderation workflow, and the record of those who do (docs/moderation.md).

On a site under a workflow, content goes live only by approving that workflow. Every route that
could put something live otherwise (the editor's publish button, bulk actions, the admin API, copy,
alias, move, scheduled publishing) asks one of the functions below; none keeps a rule of its own.
Superusers (Diskominfo administrators) keep every action, for emergencies, and each of their direct
publications on a workflow site is recorded by ``record_bypass``.

Every rule takes the acting user; ``None`` asks about an ordinary (non-superuser) account, which is
how a route finds out whether a superuser's action bypasses moderation and must be recorded.
"""

import logging

from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log
from wagtail.models import Page, PageLogEntry, Revision, TaskState, WorkflowState

logger = logging.getLogger(__name__)

BYPASS_LOG_ACTION = "moderation.bypass"
SCHEDULE_REFUSED_LOG_ACTION = "moderation.schedule_refused"

DIRECT_PUBLISH_REFUSED = _(
    "Halaman di situs ini hanya terbit melalui moderasi: ajukan untuk moderasi, "
    "lalu penyetuju Diskominfo menerbitkannya."
)


def publishes_only_through_workflow(user, page):
    """True when ``page`` (or a page created under it) may go live only by approving its workflow.

    That is every page under a workflow, for everyone but superusers.
    """
    is_superuser = user is not None and user.is_superuser
    return not is_superuser and page.get_workflow() is not None


def may_publish(user, page):
    """May ``user`` publish (or schedule) ``page`` directly, outside its workflow? Wagtail still checks permissions."""
    return not publishes_only_through_workflow(user, page)


def has_live_content(page, recursive=True):
    """True when ``page``, or with ``recursive`` any page below it, is live."""
    if page.live:
        return True
    return recursive and page.get_descendants().filter(live=True).exists()


def may_copy(user, destination, keep_live):
    """May ``user`` copy a page under ``destination``, live pages staying live (``keep_live``)?

    A copy that stays live is a publication at the destination, so asking for one is refused on a
    workflow site, whether or not the pages copied are live today; a draft copy is always allowed.
    """
    return not keep_live or may_publish(user, destination)


def may_create_alias(user, destination):
    """May ``user`` create an alias under ``destination``?

    An alias mirrors its source, live state included, and follows every later publication of it:
    on a workflow site that would be content going live there without that site's review.
    """
    return may_publish(user, destination)


def may_convert_alias(user, page):
    """May ``user`` turn the alias ``page`` into a page of its own? Aliases are the administrators' business."""
    return may_publish(user, page)


def same_site(page, destination):
    """True when ``destination`` is inside the site (home page subtree) that holds ``page``."""
    site = page.get_site()
    return site is not None and destination.get_site() == site


def may_move(user, page, destination):
    """May ``user`` move ``page`` under ``destination``?

    Wagtail asks for publish permission at the destination when the subtree holds live pages, because
    moving them publishes them there. We add: on a workflow site, moving live content in from another
    site is publishing it without that site's review, so only a move within the same site stays open.
    Wagtail's own checks (``can_move_to``) still apply.
    """
    if not has_live_content(page) or same_site(page, destination):
        return True
    return may_publish(user, destination)


def page_or_none(page_id):
    """The page with id ``page_id`` (as a form or JSON body gives it), or None when there is none."""
    try:
        return Page.objects.filter(pk=int(page_id)).first()
    except (TypeError, ValueError):
        return None


def record_bypass(user, page, route, destination=None):
    """Record that the superuser ``user`` acted on ``page`` outside the workflow through ``route``.

    For an action that would be refused to an ordinary account (callers ask the rule with ``None``).
    Writes an audit-log entry on ``page`` (*Riwayat situs* and the page's history) and a warning to
    the log; ``destination`` is the page a copy, alias or move went under.
    """
    data = {"route": route}
    if destination is not None:
        data["destination"] = {"id": destination.pk, "title": destination.get_admin_display_title()}
    log(instance=page.specific, action=BYPASS_LOG_ACTION, user=user, data=data)
    logger.warning("Moderation bypassed by superuser %s on page %s via %s", user.pk, page.pk, route)


def scheduled_revision_was_approved(revision):
    """True when the scheduled ``revision`` may go live at its time.

    That is: its page is under no workflow, or the revision was approved through a workflow that
    finished, or a superuser scheduled it.
    """
    page = revision.content_object
    if page.get_workflow() is None:
        return True
    approved_in_workflow = TaskState.objects.filter(
        revision=revision, status=TaskState.STATUS_APPROVED, workflow_state__status=WorkflowState.STATUS_APPROVED
    ).exists()
    if approved_in_workflow:
        return True
    return PageLogEntry.objects.filter(
        revision=revision, action="wagtail.publish.schedule", user__is_superuser=True
    ).exists()


def unapproved_due_revisions(now):
    """Page revisions due to go live by ``now`` that ``scheduled_revision_was_approved`` does not let through."""
    due = Revision.objects.page_revisions().filter(approved_go_live_at__lt=now).order_by("approved_go_live_at")
    return [revision for revision in due if not scheduled_revision_was_approved(revision)]


def withdraw_unapproved_schedule(revision):
    """Clear the go-live time of a scheduled ``revision`` that was never approved, and record why."""
    revision.approved_go_live_at = None
    revision.save(update_fields=["approved_go_live_at"])
    page = revision.content_object
    log(instance=page.specific, action=SCHEDULE_REFUSED_LOG_ACTION, revision=revision, user=None)
    logger.warning("Scheduled revision %s of page %s was not approved: not published", revision.pk, page.pk)
