"""Personal data of Gubernur Menjawab under UU 27/2022: the retention purge and the subject's copy.

* ``purge_personal_data`` wipes the name, e-mail and phone of questions submitted more than
  ``QUESTION_RETENTION_DAYS`` (default 730) days ago, masks any NIK, phone number or e-mail
  address typed into the question and the answer (questions.redaction), empties the last error
  of their SP4N-LAPOR! forward (LAPOR!'s answer may echo the reporter) and stamps
  ``anonymised_at``. The question and answer otherwise, category, OPD and dates stay, so the
  statistics do; so does the PersonalDataAccess log, which names only the question, the member of
  staff, the time and the purpose.
* ``export_subject_data`` gathers everything held about one e-mail address or phone number: each
  question with its fields and who was shown its personal data, when and why. The export is itself
  an access to personal data and is logged on each question it returns.
"""

import datetime
import re

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone, translation

from questions.models import LaporForward, PersonalDataAccess, Question
from questions.redaction import mask_personal_data

ANONYMISED_NAME = "[dihapus]"
PURGE_BATCH = 500
EXPORT_PURPOSE = "Salinan data untuk subjek data (UU 27/2022)"


def retention_days():
    return settings.QUESTION_RETENTION_DAYS


def purgeable(now=None):
    """Questions submitted more than the retention period before ``now`` whose personal data is still held."""
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(days=retention_days())
    return Question.objects.filter(submitted_at__lt=cutoff, anonymised_at__isnull=True)


def purge_personal_data(now=None, dry_run=False):
    """Anonymise every purgeable question; returns how many were (or, with ``dry_run``, would be)."""
    now = now or timezone.now()
    questions = purgeable(now)
    if dry_run:
        return questions.count()
    pks = list(questions.order_by("pk").values_list("pk", flat=True))
    # The masks are written in the site's language, whoever runs the purge.
    with translation.override(settings.LANGUAGE_CODE):
        return sum(_purge_batch(pks[start : start + PURGE_BATCH], now) for start in range(0, len(pks), PURGE_BATCH))


def _purge_batch(pks, now):
    """Anonymise the still-held questions among ``pks``; returns how many."""
    with transaction.atomic():
        batch = list(
            Question.objects.select_for_update()
            .filter(pk__in=pks, anonymised_at__isnull=True)
            .only("pk", "question", "answer")
        )
        for question in batch:
            question.name, question.email, question.phone = ANONYMISED_NAME, "", ""
            question.question = mask_personal_data(question.question)
            question.answer = mask_personal_data(question.answer)
            question.anonymised_at = now
        Question.objects.bulk_update(batch, ["name", "email", "phone", "question", "answer", "anonymised_at"])
        LaporForward.objects.filter(question__in=batch).exclude(last_error="").update(last_error="")
    return len(batch)


def normalise_phone(phone):
    """Digits only, in the national form: "+62 812-3456" and "0812 3456" are both "08123456"."""
    digits = re.sub(r"\D", "", phone or "")
    if digits.startswith("62"):
        digits = "0" + digits[2:]
    elif digits.startswith("8"):
        digits = "0" + digits
    return digits


def subject_questions(email=None, phone=None):
    """The questions held about ``email`` (case-insensitive) or ``phone`` (compared by its digits)."""
    email = (email or "").strip()
    phone = normalise_phone(phone)
    match = Q(pk__in=[])
    if email:
        match |= Q(email__iexact=email)
    if phone:
        # Phones are stored as typed; compare their digits. Only the rows still holding a phone are read.
        held = Question.objects.filter(anonymised_at__isnull=True).exclude(phone="").values_list("pk", "phone")
        match |= Q(pk__in=[pk for pk, stored in held.iterator() if normalise_phone(stored) == phone])
    return (
        Question.objects.filter(match)
        .select_related("opd", "suggested_opd", "lapor_forward")
        .prefetch_related("personal_data_accesses__user")
        .order_by("submitted_at", "pk")
    )


def _when(moment):
    # Jambi's wall-clock time with its offset (+07:00), as the citizen saw it.
    return timezone.localtime(moment).isoformat() if moment else None


def _who(user):
    if user is None:
        return None
    return user.get_full_name() or user.get_username()


def _opd(opd):
    return {"slug": opd.slug, "name": opd.name} if opd else None


def question_data(question):
    """One question as the subject's copy shows it (no tracking-token hash, which is no data about them)."""
    forward = getattr(question, "lapor_forward", None)
    return {
        "ticket_number": question.ticket_number,
        "name": question.name,
        "email": question.email,
        "phone": question.phone,
        "category": question.category,
        "category_label": str(question.get_category_display()),
        "suggested_opd": _opd(question.suggested_opd),
        "question": question.question,
        "consent_to_publish": question.consent_to_publish,
        "status": question.status,
        "status_label": str(question.get_status_display()),
        "opd": _opd(question.opd),
        "submitted_at": _when(question.submitted_at),
        "due_at": _when(question.due_at),
        "routed_at": _when(question.routed_at),
        "answer": question.answer,
        "answered_at": _when(question.answered_at),
        "closed_at": _when(question.closed_at),
        "overdue_at": _when(question.overdue_at),
        "escalated_at": _when(question.escalated_at),
        "forward_to_lapor": question.forward_to_lapor,
        "lapor_forward": (
            {
                "status": forward.status,
                "sent_at": _when(forward.sent_at),
                "lapor_tracking_id": forward.lapor_tracking_id,
            }
            if forward
            else None
        ),
        "anonymised_at": _when(question.anonymised_at),
        "personal_data_accesses": [
            {"user": _who(access.user), "accessed_at": _when(access.accessed_at), "purpose": access.purpose}
            for access in question.personal_data_accesses.all()
        ],
    }


def export_subject_data(email=None, phone=None, *, user=None, purpose=EXPORT_PURPOSE, now=None):
    """Everything held about the subject with ``email`` or ``phone``, as a JSON-serialisable dict.

    Raises ValueError when neither is given. ``user`` is who makes the copy (None for the command);
    the copy is recorded in each question's access log after it is made.
    """
    if not (email or "").strip() and not normalise_phone(phone):
        raise ValueError("export_subject_data needs an e-mail address or a phone number")
    questions = list(subject_questions(email=email, phone=phone))
    data = {
        "generated_at": _when(now or timezone.now()),
        "subject": {"email": (email or "").strip() or None, "phone": normalise_phone(phone) or None},
        "questions": [question_data(question) for question in questions],
    }
    PersonalDataAccess.objects.bulk_create(
        PersonalDataAccess(question=question, user=user, purpose=purpose[:100]) for question in questions
    )
    return data
