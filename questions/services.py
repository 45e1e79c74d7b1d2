"""What happens to a question: submitted, routed to an OPD, answered, closed, escalated.

Views, the admin and the commands call these functions; each one checks that the step is allowed
from the question's current status, stores it, and leaves a line in Wagtail's audit log (by ticket
number, never with personal data).
"""

import datetime
import secrets

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from questions import lapor
from questions.models import LaporForward, Question

CLOCK = datetime.timedelta(hours=24)
WARN_AFTER = datetime.timedelta(hours=20)
S = Question.Status
# The statuses each step may start from; the admin shows a step's button only where it applies.
ROUTABLE = (S.NEW, S.ROUTED, S.ESCALATED)
ANSWERABLE = (S.ROUTED, S.ESCALATED)
CLOSABLE = (S.ANSWERED,)


def ticket_number(question):
    """GM-<year of submission>-<six-digit serial>, e.g. GM-2026-000123."""
    return f"GM-{timezone.localtime(question.submitted_at).year}-{question.pk:06d}"


@transaction.atomic
def submit_question(*, name, email, phone, category, question, suggested_opd=None, consent_to_publish=False, now=None):
    """Store a citizen's question; returns (question, raw tracking token). The clock starts now."""
    now = now or timezone.now()
    item = Question(
        name=name,
        email=email,
        phone=phone,
        category=category,
        question=question,
        suggested_opd=suggested_opd,
        consent_to_publish=consent_to_publish,
        submitted_at=now,
        due_at=now + CLOCK,
        ticket_number=f"p-{secrets.token_hex(8)}",  # replaced by the serial once the row has its id
    )
    token = item.set_token()
    item.save()
    item.ticket_number = ticket_number(item)
    item.save(update_fields=["ticket_number"])
    log(item, "questions.submit", user=None, timestamp=now)
    return item, token


def _require(question, allowed, message):
    if question.status not in allowed:
        raise ValidationError(message)


@transaction.atomic
def route_question(question, opd, user, now=None):
    """Diskominfo or Humas sends the question to the OPD that answers it."""
    _require(
        question,
        ROUTABLE,
        _("Pertanyaan yang sudah dijawab atau ditutup tidak dapat diteruskan."),
    )
    now = now or timezone.now()
    question.opd, question.routed_at, question.routed_by = opd, now, user
    if question.status == S.NEW:
        question.status = S.ROUTED
    question.save(update_fields=["opd", "routed_at", "routed_by", "status"])
    log(question, "questions.route", user=user, data={"opd": opd.slug}, timestamp=now)


@transaction.atomic
def answer_question(question, text, user, now=None):
    """The OPD answers; the clock stops."""
    _require(question, ANSWERABLE, _("Hanya pertanyaan yang sudah diteruskan ke OPD yang dapat dijawab."))
    if not text.strip():
        raise ValidationError(_("Jawaban tidak boleh kosong."))
    now = now or timezone.now()
    question.answer, question.answered_at, question.answered_by = text.strip(), now, user
    question.status = S.ANSWERED
    question.save(update_fields=["answer", "answered_at", "answered_by", "status"])
    log(question, "questions.answer", user=user, timestamp=now)


@transaction.atomic
def close_question(question, user, now=None):
    """Diskominfo closes an answered question."""
    _require(question, CLOSABLE, _("Hanya pertanyaan yang sudah dijawab yang dapat ditutup."))
    now = now or timezone.now()
    question.status, question.closed_at = Question.Status.CLOSED, now
    question.save(update_fields=["status", "closed_at"])
    log(question, "questions.close", user=user, timestamp=now)


def escalate_question(question, user=None, now=None):
    """Escalate to the Inspektorat (by a person, or by the deadline job with ``user=None``).

    Returns True if this call escalated it, False if it already was: a conditional UPDATE, so two
    concurrent callers cannot both escalate.
    """
    now = now or timezone.now()
    updated = (
        Question.objects.filter(pk=question.pk, escalated_at__isnull=True)
        .exclude(status__in=(Question.Status.ANSWERED, Question.Status.CLOSED))
        .update(status=Question.Status.ESCALATED, escalated_at=now, escalated_by=user)
    )
    if updated:
        question.refresh_from_db()
        log(question, "questions.escalate", user=user, timestamp=now)
    return bool(updated)


@transaction.atomic
def forward_to_lapor(question, user):
    """Mark the question for SP4N-LAPOR!: into the outbox (questions.lapor), or back in after it failed."""
    forward, queued = lapor.queue_forward(question)
    if not queued:
        raise ValidationError(
            _("Pertanyaan ini sudah ada di antrean SP4N-LAPOR! (status: %(status)s).")
            % {"status": forward.get_status_display()}
        )
    log(question, "questions.forward_lapor", user=user)
    return forward


def lapor_forward(question):
    """The question's SP4N-LAPOR! outbox row, or None."""
    return LaporForward.objects.filter(question=question).first()
