"""The 1×24-hour clock of Gubernur Menjawab: a warning at 20 hours, overdue and escalation at 24.

``check_deadlines`` is run by the ``check_question_deadlines`` cron job (every few minutes). For each
open question (new, routed or escalated, not answered):

* 20 hours after submission, while the deadline has not passed: one warning to the operators of the
  OPD it was routed to, or to Diskominfo (approvers and superusers) while nobody has routed it yet;
* at the deadline (``due_at``, 24 hours): the question is marked overdue, escalated to the Inspektorat
  (``services.escalate_question`` with ``user=None``) and the Inspektorat's members get one e-mail.

Each step happens once per question whatever the schedule does. It is claimed with a conditional
UPDATE (``warned_at``/``overdue_at`` still empty) inside the transaction that sends its e-mail: a
second run finds nothing to claim, and a concurrent run's UPDATE waits on the row lock and then
matches no row. If sending fails the claim is rolled back and the next run tries again; if the commit
fails after the mail left, it is sent again (at least once, never silently lost).

A job that first runs after the deadline (down for a night, say) sends the escalation only: a warning
"4 hours left" for a question already late would be wrong. ``warned_at`` then stays empty, recording
truthfully that no warning went out.

The e-mails carry no personal data of the citizen, not even the question text (citizens write names
and addresses into it): only the ticket number, category, OPD, deadline and a link to the admin.
"""

import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from opd import roles
from questions import services
from questions.models import Question

logger = logging.getLogger(__name__)

OPEN_STATUSES = (Question.Status.NEW, Question.Status.ROUTED, Question.Status.ESCALATED)


@dataclass
class DeadlineReport:
    """What one run did (or, with ``dry_run``, would do): tickets warned and tickets made overdue."""

    warned: list = field(default_factory=list)
    overdue: list = field(default_factory=list)
    escalated: list = field(default_factory=list)
    dry_run: bool = False


def open_questions():
    return Question.objects.filter(status__in=OPEN_STATUSES, answered_at__isnull=True)


def due_for_warning(now):
    """Open questions 20 hours old, not yet warned about, whose deadline has not passed."""
    return open_questions().filter(
        submitted_at__lte=now - services.WARN_AFTER,
        due_at__gt=now,
        warned_at__isnull=True,
        overdue_at__isnull=True,
    )


def due_for_overdue(now):
    """Open questions past their deadline that have not been marked overdue."""
    return open_questions().filter(due_at__lte=now, overdue_at__isnull=True)


def _emails(users):
    return sorted(set(users.filter(is_active=True).exclude(email="").values_list("email", flat=True)))


def diskominfo_recipients():
    users = get_user_model().objects.filter(Q(is_superuser=True) | Q(groups__name=roles.DISKOMINFO_APPROVER))
    return _emails(users)


def warning_recipients(question):
    """The routed OPD's operators; Diskominfo while the question is not routed (or the OPD has no group)."""
    opd = question.opd
    if opd is None or not opd.operator_group_id:
        return diskominfo_recipients()
    return _emails(get_user_model().objects.filter(groups=opd.operator_group_id))


def inspektorat_recipients():
    return _emails(get_user_model().objects.filter(groups__name=roles.INSPEKTORAT))


def _hours_minutes(delta):
    minutes = max(int(delta.total_seconds() // 60), 0)
    return divmod(minutes, 60)


def render(kind, question, now):
    """Subject and plain-text body of the ``kind`` ("warning" or "overdue") e-mail, always in Indonesian."""
    hours_left, minutes_left = _hours_minutes(question.due_at - now)
    hours_late, minutes_late = _hours_minutes(now - question.due_at)
    context = {
        "ticket": question.ticket_number,
        "category": question.get_category_display(),
        "opd": question.opd,
        "submitted_at": timezone.localtime(question.submitted_at),
        "due_at": timezone.localtime(question.due_at),
        "hours_left": hours_left,
        "minutes_left": minutes_left,
        "hours_late": hours_late,
        "minutes_late": minutes_late,
        "escalated": question.status == Question.Status.ESCALATED,
        "admin_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("wagtailadmin_home"),
    }
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string(f"questions/email/{kind}_subject.txt", context)
        body = render_to_string(f"questions/email/{kind}_body.txt", context)
    return " ".join(subject.split()), body.strip() + "\n"


def _send(kind, question, recipients, now):
    if not recipients:
        logger.warning("No recipient for the %s e-mail of question %s", kind, question.ticket_number)
        return
    subject, body = render(kind, question, now)
    EmailMessage(subject=subject, body=body, from_email=settings.DEFAULT_FROM_EMAIL, to=recipients).send()


def warn(question, now):
    """Claim and send the 20-hour warning for ``question``; True if this call sent it."""
    with transaction.atomic():
        claimed = Question.objects.filter(pk=question.pk, warned_at__isnull=True, overdue_at__isnull=True).update(
            warned_at=now
        )
        if claimed != 1:
            return False
        question.refresh_from_db()
        _send("warning", question, warning_recipients(question), now)
    return True


def mark_overdue(question, now):
    """Claim the deadline of ``question``: mark it overdue, escalate it, tell the Inspektorat.

    Returns (claimed, escalated): a question a person already escalated is still marked overdue and
    reported, but ``escalate_question`` leaves the earlier escalation as it was.
    """
    with transaction.atomic():
        claimed = Question.objects.filter(pk=question.pk, overdue_at__isnull=True).update(overdue_at=now)
        if claimed != 1:
            return False, False
        escalated = services.escalate_question(question, user=None, now=now)
        question.refresh_from_db()
        _send("overdue", question, inspektorat_recipients(), now)
    return True, escalated


def check_deadlines(now=None, dry_run=False):
    """Send the warnings and escalations due at ``now``; returns a DeadlineReport of ticket numbers.

    Overdue questions are handled first, so a late run never warns about a question it escalates.
    One failing e-mail is logged and left for the next run; the others still go out.
    """
    now = now or timezone.now()
    report = DeadlineReport(dry_run=dry_run)
    overdue = list(due_for_overdue(now).select_related("opd").order_by("due_at"))
    warnings = list(due_for_warning(now).select_related("opd").order_by("due_at"))
    if dry_run:
        report.overdue = [question.ticket_number for question in overdue]
        report.warned = [question.ticket_number for question in warnings]
        return report
    for question in overdue:
        try:
            claimed, escalated = mark_overdue(question, now)
        except Exception:
            logger.exception("Overdue step of question %s failed; it is retried on the next run", question.pk)
            continue
        if claimed:
            report.overdue.append(question.ticket_number)
        if escalated:
            report.escalated.append(question.ticket_number)
    for question in warnings:
        try:
            if warn(question, now):
                report.warned.append(question.ticket_number)
        except Exception:
            logger.exception("Warning of question %s failed; it is retried on the next run", question.pk)
    return report
