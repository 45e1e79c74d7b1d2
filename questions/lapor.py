"""The SP4N-LAPOR! outbox: forward questions to the national complaint system, with retries.

SP4N-LAPOR! publishes no API, so the province configures one (``LAPOR_ENDPOINT_URL``) when it has
an agreement; until then pending forwards are exported as a spreadsheet for manual entry.

* ``queue_forward(question)`` puts a question in the outbox (once: a second call returns the same row;
  a FAILED row goes back to PENDING with its attempts reset and the same idempotency key).
* ``send_pending()`` POSTs each due forward as JSON with ``Authorization: Bearer <LAPOR_API_TOKEN>``
  and ``Idempotency-Key: <the row's UUID>`` (the same on every retry, so the receiver can drop a
  repeat when our commit was lost after it had accepted). 2xx → SENT with LAPOR!'s tracking id;
  a network error, a timeout, 429 or 5xx → retried after 1, 2, 4 … minutes (at most 6 hours), FAILED
  after ``LAPOR_MAX_ATTEMPTS``; any other 4xx → FAILED at once (resending the same request cannot help).
* ``export_pending_xlsx()`` gives the pending forwards as an XLSX file and marks them MANUAL.

Every disclosure of a citizen's personal data to LAPOR! (a successful post, a row in an export) is
logged in PersonalDataAccess, like a member of staff opening the question.

Personal data: the body carries the citizen's name, e-mail and phone, because a report in LAPOR!
needs a reporter to reply to — forwarding is the purpose they were collected for (UU 27/2022). It is
read from the question when sending, so the outbox itself stores none, and a question the retention
purge has anonymised is sent without it.

Concurrent senders do not send a row twice: each row is claimed with ``SELECT … FOR UPDATE SKIP LOCKED``
in its own transaction (on PostgreSQL; SQLite has one writer and ignores it).
"""

import datetime
import http.client
import io
import json
import logging
import urllib.error
import urllib.request
from dataclasses import dataclass, field

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from openpyxl import Workbook

from questions.models import LaporForward, PersonalDataAccess, Question
from spreadsheets.cells import put_cell

logger = logging.getLogger(__name__)

BACKOFF_BASE = datetime.timedelta(minutes=1)
BACKOFF_CAP = datetime.timedelta(hours=6)
ERROR_MAX_LENGTH = 1000


SENT_PURPOSE = "dikirim ke SP4N-LAPOR!"
EXPORT_PURPOSE = "ekspor manual SP4N-LAPOR!"


# Said by the admin and the command when asked to export while the outbox is sent automatically.
ENDPOINT_SET = _("LAPOR_ENDPOINT_URL sudah diatur: penerusan dikirim otomatis, bukan diekspor.")


def endpoint_url():
    return settings.LAPOR_ENDPOINT_URL or None


def pending_forwards():
    """The forwards waiting to be sent or exported."""
    return LaporForward.objects.filter(status=LaporForward.Status.PENDING)


def queue_forward(question):
    """Put ``question`` in the outbox; returns ``(forward, queued)``.

    ``queued`` is True when this call put it there: a new row, or a FAILED one sent back to PENDING
    (attempts reset, same idempotency key). A row already pending, sent or exported is left alone.
    """
    with transaction.atomic():
        forward, created = LaporForward.objects.select_for_update().get_or_create(question=question)
        requeued = not created and forward.status == LaporForward.Status.FAILED
        if requeued:
            forward.status, forward.attempts, forward.next_attempt_at = LaporForward.Status.PENDING, 0, None
            forward.save(update_fields=["status", "attempts", "next_attempt_at"])
        if not question.forward_to_lapor:
            Question.objects.filter(pk=question.pk).update(forward_to_lapor=True)
            question.forward_to_lapor = True
    return forward, created or requeued


def backoff(attempts):
    """The wait after the ``attempts``-th failed attempt: 1 minute, doubling, at most BACKOFF_CAP."""
    return min(BACKOFF_BASE * 2 ** max(attempts - 1, 0), BACKOFF_CAP)


def payload(question):
    """The JSON body of one forward (see the module docstring on the personal data in it)."""
    return {
        "ticket_number": question.ticket_number,
        "category": question.category,
        "category_label": str(question.get_category_display()),
        "question": question.question,
        "submitted_at": timezone.localtime(question.submitted_at).isoformat(),  # WIB, with its offset
        "reporter": {"name": question.name, "email": question.email, "phone": question.phone},
        "source": "Gubernur Menjawab – Pemerintah Provinsi Jambi",
    }


class PermanentError(Exception):
    """LAPOR! refused the request itself (4xx other than 429): retrying the same body cannot succeed."""


class TemporaryError(Exception):
    """A network error, a timeout, 429 or 5xx: worth another attempt later."""


def post(forward):
    """POST one forward; returns LAPOR!'s tracking id ("" when it gave none) or raises one of the errors above."""
    url = endpoint_url()
    if not url.lower().startswith(("https://", "http://")):
        raise PermanentError(f"LAPOR_ENDPOINT_URL must be an http(s) URL, not {url!r}")
    request = urllib.request.Request(  # noqa: S310 -- the URL comes from settings and is checked to be http(s)
        url,
        data=json.dumps(payload(forward.question), ensure_ascii=False).encode(),
        method="POST",
        headers={
            "Authorization": f"Bearer {settings.LAPOR_API_TOKEN}",
            "Idempotency-Key": str(forward.idempotency_key),
            "Content-Type": "application/json; charset=utf-8",
            "Accept": "application/json",
        },
    )
    try:
        # The URL comes from settings (LAPOR_ENDPOINT_URL), never from a request; its scheme is checked above.
        with urllib.request.urlopen(request, timeout=float(settings.LAPOR_TIMEOUT_SECONDS)) as response:  # noqa: S310
            body = response.read()
    except urllib.error.HTTPError as error:
        detail = f"HTTP {error.code}: {error.read(500).decode(errors='replace')}"
        if 400 <= error.code < 500 and error.code != 429:
            raise PermanentError(detail) from error
        raise TemporaryError(detail) from error
    except (OSError, http.client.HTTPException) as error:  # URLError, timeouts, refused or reset connections
        raise TemporaryError(f"{type(error).__name__}: {error}") from error
    try:
        data = json.loads(body) if body else {}
    except ValueError:
        data = {}
    tracking = (data.get("tracking_id") or data.get("id")) if isinstance(data, dict) else None
    return str(tracking or "")[:100]


@dataclass
class SendReport:
    """Ticket numbers of the forwards one run sent, will retry, and gave up on."""

    sent: list = field(default_factory=list)
    retrying: list = field(default_factory=list)
    failed: list = field(default_factory=list)


def due_forwards(now):
    return pending_forwards().filter(Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now))


def _claim_next(now, seen):
    """Lock and return the next due forward nobody else holds, or None (call inside a transaction)."""
    rows = due_forwards(now).exclude(pk__in=seen).order_by("created_at", "pk")
    if connection.features.has_select_for_update_skip_locked:
        rows = rows.select_for_update(skip_locked=True, of=("self",))
    return rows.select_related("question").first()


def send_one(forward, now):
    """Attempt one claimed forward and store the outcome; returns "sent", "retrying" or "failed"."""
    try:
        tracking = post(forward)
    except PermanentError as error:
        forward.attempts += 1
        forward.status, forward.last_error, forward.next_attempt_at = LaporForward.Status.FAILED, str(error), None
    except TemporaryError as error:
        forward.attempts += 1
        forward.last_error = str(error)[:ERROR_MAX_LENGTH]
        if forward.attempts >= settings.LAPOR_MAX_ATTEMPTS:
            forward.status, forward.next_attempt_at = LaporForward.Status.FAILED, None
        else:
            forward.next_attempt_at = now + backoff(forward.attempts)
    else:
        forward.attempts += 1
        forward.status, forward.sent_at, forward.lapor_tracking_id = LaporForward.Status.SENT, now, tracking
        forward.next_attempt_at, forward.last_error = None, ""
        PersonalDataAccess.objects.create(question=forward.question, user=None, purpose=SENT_PURPOSE)
    forward.last_error = forward.last_error[:ERROR_MAX_LENGTH]
    forward.save(update_fields=["status", "attempts", "next_attempt_at", "last_error", "lapor_tracking_id", "sent_at"])
    if forward.status == LaporForward.Status.FAILED:
        # Only the kind of error: LAPOR!'s answer may echo the reporter's data (the full text is in last_error).
        reason = forward.last_error.split(":", 1)[0]
        logger.warning("SP4N-LAPOR! forward of %s failed (%s)", forward.question.ticket_number, reason)
        return "failed"
    return "sent" if forward.status == LaporForward.Status.SENT else "retrying"


def send_pending(now=None):
    """Send every due pending forward to LAPOR_ENDPOINT_URL; returns a SendReport (empty without an endpoint).

    Each row is claimed, posted and stored in its own transaction, so a crash loses at most the one
    in flight (resent later with the same Idempotency-Key) and a slow endpoint blocks no other sender.
    """
    now = now or timezone.now()
    report = SendReport()
    if not endpoint_url():
        return report
    seen = []
    while True:
        with transaction.atomic():
            forward = _claim_next(now, seen)
            if forward is None:
                return report
            seen.append(forward.pk)
            outcome = send_one(forward, now)
        getattr(report, outcome).append(forward.question.ticket_number)


# (heading, value of a LaporForward) of the manual-entry spreadsheet.
COLUMNS = (
    (_("Nomor tiket"), lambda forward: forward.question.ticket_number),
    (_("Diajukan pada"), lambda forward: timezone.localtime(forward.question.submitted_at).replace(tzinfo=None)),
    (_("Kategori"), lambda forward: str(forward.question.get_category_display())),
    (_("Nama pelapor"), lambda forward: forward.question.name),
    (_("E-mail pelapor"), lambda forward: forward.question.email),
    (_("Telepon pelapor"), lambda forward: forward.question.phone),
    (_("Pertanyaan"), lambda forward: forward.question.question),
    (_("Kunci idempotensi"), lambda forward: str(forward.idempotency_key)),
)


def export_pending_xlsx(user=None):
    """The pending forwards as XLSX bytes for manual entry in LAPOR!; marks them MANUAL.

    Each exported question's personal data is logged as shown to ``user`` (None: the command line).

    The rows are locked while exported, so a sender running at the same time cannot also post them.
    Run it inside a transaction with the code that stores the file to keep them pending if that fails.
    """
    with transaction.atomic():
        rows = pending_forwards().order_by("created_at", "pk")
        if connection.features.has_select_for_update_skip_locked:
            rows = rows.select_for_update(skip_locked=True, of=("self",))
        forwards = list(rows.select_related("question"))
        workbook = Workbook()
        sheet = workbook.active
        sheet.title = str(_("Penerusan SP4N-LAPOR!"))
        for column, (heading, _value) in enumerate(COLUMNS, start=1):
            put_cell(sheet, 1, column, str(heading))
        for row_number, forward in enumerate(forwards, start=2):
            for column, (_heading, value) in enumerate(COLUMNS, start=1):
                put_cell(sheet, row_number, column, value(forward))
        sheet.freeze_panes = "B2"
        LaporForward.objects.filter(pk__in=[forward.pk for forward in forwards]).update(
            status=LaporForward.Status.MANUAL, next_attempt_at=None
        )
        PersonalDataAccess.objects.bulk_create(
            PersonalDataAccess(question=forward.question, user=user, purpose=EXPORT_PURPOSE) for forward in forwards
        )
        stream = io.BytesIO()
        workbook.save(stream)
    return stream.getvalue()
