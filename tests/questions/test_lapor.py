"""The SP4N-LAPOR! outbox against a real HTTP server on 127.0.0.1: sending, retries, giving up, the export."""

import datetime
import io
import json
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from io import StringIO

import openpyxl
from django.core.management import CommandError, call_command
from django.test import TestCase, override_settings
from django.utils import timezone

from questions.lapor import backoff, export_pending_xlsx, queue_forward, send_pending
from questions.models import LaporForward, PersonalDataAccess, Question
from questions.services import submit_question

NOW = timezone.make_aware(datetime.datetime(2026, 3, 2, 9, 0))
TOKEN = "token-uji-lapor"


class FakeLapor:
    """A scripted LAPOR! endpoint: answers requests with ``script`` in turn (the last answer repeats)."""

    def __init__(self):
        self.script = [(200, {"tracking_id": "LAPOR-123"}, 0)]
        self.requests = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                fake.requests.append({"path": self.path, "headers": dict(self.headers), "body": json.loads(body)})
                status, answer, delay = fake.script[min(len(fake.requests), len(fake.script)) - 1]
                time.sleep(delay)
                data = json.dumps(answer).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except OSError:
                    pass  # the client timed out and hung up

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.server.block_on_close = False
        self.url = f"http://127.0.0.1:{self.server.server_port}/api/laporan"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


def ask(text="Bantuan sosial belum cair sejak Januari.", **kwargs):
    question, _token = submit_question(
        name=kwargs.pop("name", "Siti Aminah"),
        email=kwargs.pop("email", "siti.aminah@example.net"),
        phone=kwargs.pop("phone", "081234567890"),
        category=Question.Category.KEPENDUDUKAN,
        question=text,
        now=NOW - datetime.timedelta(hours=3),
        **kwargs,
    )
    return question


class LaporTestCase(TestCase):
    def setUp(self):
        self.question = ask()
        self.forward, _queued = queue_forward(self.question)
        self.fake = FakeLapor().__enter__()
        self.addCleanup(self.fake.__exit__)
        settings = override_settings(LAPOR_ENDPOINT_URL=self.fake.url, LAPOR_API_TOKEN=TOKEN)
        settings.enable()
        self.addCleanup(settings.disable)

    def send(self, minutes=0):
        return send_pending(now=NOW + datetime.timedelta(minutes=minutes))

    def reload(self):
        self.forward.refresh_from_db()
        return self.forward


class QueueTests(TestCase):
    def test_queueing_twice_gives_the_same_row(self):
        question = ask()
        (first, queued), (second, queued_again) = queue_forward(question), queue_forward(question)
        self.assertEqual(first.pk, second.pk)
        self.assertEqual((queued, queued_again), (True, False))
        self.assertEqual(LaporForward.objects.filter(question=question).count(), 1)
        self.assertEqual(first.status, LaporForward.Status.PENDING)
        question.refresh_from_db()
        self.assertTrue(question.forward_to_lapor)

    def test_a_failed_forward_is_queued_again_with_the_same_key(self):
        forward, _queued = queue_forward(ask())
        LaporForward.objects.filter(pk=forward.pk).update(
            status=LaporForward.Status.FAILED, attempts=8, last_error="HTTP 503"
        )
        again, queued = queue_forward(forward.question)
        self.assertTrue(queued)
        self.assertEqual(
            (again.pk, again.idempotency_key, again.status, again.attempts, again.next_attempt_at),
            (forward.pk, forward.idempotency_key, LaporForward.Status.PENDING, 0, None),
        )

    def test_a_sent_or_exported_forward_stays_as_it_is(self):
        for status in (LaporForward.Status.SENT, LaporForward.Status.MANUAL):
            with self.subTest(status=status):
                forward, _queued = queue_forward(ask(f"Pertanyaan {status}."))
                LaporForward.objects.filter(pk=forward.pk).update(status=status)
                again, queued = queue_forward(forward.question)
                self.assertEqual((again.status, queued), (status, False))

    def test_backoff_doubles_from_one_minute_up_to_six_hours(self):
        minutes = [backoff(attempt) / datetime.timedelta(minutes=1) for attempt in range(1, 12)]
        self.assertEqual(minutes, [1, 2, 4, 8, 16, 32, 64, 128, 256, 360, 360])


class SendTests(LaporTestCase):
    def test_success_stores_the_tracking_id(self):
        report = self.send()
        self.assertEqual(report.sent, [self.question.ticket_number])
        forward = self.reload()
        self.assertEqual(
            (forward.status, forward.lapor_tracking_id, forward.sent_at, forward.attempts),
            (LaporForward.Status.SENT, "LAPOR-123", NOW, 1),
        )
        (request,) = self.fake.requests
        self.assertEqual(request["path"], "/api/laporan")
        self.assertEqual(request["headers"]["Authorization"], f"Bearer {TOKEN}")
        self.assertEqual(request["headers"]["Idempotency-Key"], str(forward.idempotency_key))
        self.assertTrue(request["headers"]["Content-Type"].startswith("application/json"))
        self.assertEqual(
            request["body"],
            {
                "ticket_number": self.question.ticket_number,
                "category": "kependudukan",
                "category_label": "Kependudukan dan bantuan sosial",
                "question": "Bantuan sosial belum cair sejak Januari.",
                "submitted_at": "2026-03-02T06:00:00+07:00",
                "reporter": {"name": "Siti Aminah", "email": "siti.aminah@example.net", "phone": "081234567890"},
                "source": "Gubernur Menjawab – Pemerintah Provinsi Jambi",
            },
        )
        self.assertEqual(self.send(minutes=60).sent, [])  # sent is sent: never posted again
        self.assertEqual(len(self.fake.requests), 1)
        (access,) = PersonalDataAccess.objects.filter(question=self.question)
        self.assertEqual((access.user, access.purpose), (None, "dikirim ke SP4N-LAPOR!"))

    def test_a_failed_attempt_discloses_nothing_to_the_log(self):
        self.fake.script = [(500, {}, 0)]
        self.send()
        self.assertFalse(PersonalDataAccess.objects.exists())

    def test_an_id_field_is_taken_when_there_is_no_tracking_id(self):
        self.fake.script = [(201, {"id": 98765}, 0)]
        self.send()
        self.assertEqual(self.reload().lapor_tracking_id, "98765")

    def test_a_500_is_retried_after_a_minute_with_the_same_idempotency_key(self):
        self.fake.script = [(500, {"error": "sedang gangguan"}, 0), (200, {"tracking_id": "LAPOR-123"}, 0)]
        report = self.send()
        self.assertEqual(report.retrying, [self.question.ticket_number])
        forward = self.reload()
        self.assertEqual((forward.status, forward.attempts), (LaporForward.Status.PENDING, 1))
        self.assertEqual(forward.next_attempt_at, NOW + datetime.timedelta(minutes=1))
        self.assertIn("HTTP 500", forward.last_error)
        self.assertIn("sedang gangguan", forward.last_error)

        self.send(minutes=0.5)  # not due yet
        self.assertEqual(len(self.fake.requests), 1)

        self.assertEqual(self.send(minutes=1).sent, [self.question.ticket_number])
        forward = self.reload()
        self.assertEqual((forward.status, forward.attempts, forward.lapor_tracking_id), ("terkirim", 2, "LAPOR-123"))
        self.assertEqual(forward.last_error, "")
        keys = {request["headers"]["Idempotency-Key"] for request in self.fake.requests}
        self.assertEqual(keys, {str(forward.idempotency_key)})
        self.assertEqual(len(self.fake.requests), 2)

    @override_settings(LAPOR_TIMEOUT_SECONDS=0.5)
    def test_a_timeout_counts_as_a_failed_attempt(self):
        self.fake.script = [(200, {"tracking_id": "TERLAMBAT"}, 1.5), (200, {"tracking_id": "LAPOR-123"}, 0)]
        started = time.monotonic()
        report = self.send()
        self.assertLess(time.monotonic() - started, 1.4)
        self.assertEqual(report.retrying, [self.question.ticket_number])
        forward = self.reload()
        self.assertEqual((forward.status, forward.attempts, forward.lapor_tracking_id), ("menunggu", 1, ""))
        self.assertIn("timed out", forward.last_error)
        self.send(minutes=1)
        self.assertEqual(self.reload().lapor_tracking_id, "LAPOR-123")

    @override_settings(LAPOR_MAX_ATTEMPTS=3)
    def test_it_gives_up_after_the_maximum_attempts_backing_off_in_between(self):
        self.fake.script = [(503, {}, 0)]
        self.send()
        self.assertEqual(self.reload().next_attempt_at, NOW + datetime.timedelta(minutes=1))
        self.send(minutes=1)
        self.assertEqual(self.reload().next_attempt_at, NOW + datetime.timedelta(minutes=3))
        self.send(minutes=2)  # not due before minute 3
        self.assertEqual(len(self.fake.requests), 2)
        report = self.send(minutes=3)
        self.assertEqual(report.failed, [self.question.ticket_number])
        forward = self.reload()
        self.assertEqual((forward.status, forward.attempts, forward.next_attempt_at), ("gagal", 3, None))
        self.assertIn("HTTP 503", forward.last_error)
        self.send(minutes=600)
        self.assertEqual(len(self.fake.requests), 3)

    def test_a_refusal_fails_at_once(self):
        self.fake.script = [(400, {"error": "kategori tidak dikenal"}, 0)]
        report = self.send()
        self.assertEqual(report.failed, [self.question.ticket_number])
        forward = self.reload()
        self.assertEqual((forward.status, forward.attempts), ("gagal", 1))
        self.assertIn("HTTP 400", forward.last_error)

    def test_too_many_requests_is_retried(self):
        self.fake.script = [(429, {}, 0)]
        self.assertEqual(self.send().retrying, [self.question.ticket_number])
        self.assertEqual(self.reload().status, LaporForward.Status.PENDING)

    def test_an_unreachable_endpoint_is_retried(self):
        with override_settings(LAPOR_ENDPOINT_URL="http://127.0.0.1:9/tidak-ada"):
            self.send()
        forward = self.reload()
        self.assertEqual((forward.status, forward.attempts), (LaporForward.Status.PENDING, 1))
        self.assertIn("URLError", forward.last_error)

    def test_every_due_forward_is_sent_in_one_run(self):
        other, _queued = queue_forward(ask("Pertanyaan kedua."))
        report = self.send()
        self.assertEqual(sorted(report.sent), sorted([self.question.ticket_number, other.question.ticket_number]))
        self.assertEqual(
            {request["body"]["question"] for request in self.fake.requests},
            {
                "Bantuan sosial belum cair sejak Januari.",
                "Pertanyaan kedua.",
            },
        )

    def test_the_command_sends_and_summarises(self):
        out = StringIO()
        call_command("send_lapor_forwards", "--dry-run", stdout=out)
        self.assertIn(self.question.ticket_number, out.getvalue())
        self.assertIn("Uji coba: 1 penerusan akan dikirim", out.getvalue())
        self.assertEqual(self.fake.requests, [])
        out = StringIO()
        call_command("send_lapor_forwards", stdout=out)
        self.assertIn("1 terkirim, 0 akan dicoba lagi, 0 gagal.", out.getvalue())
        self.assertEqual(self.reload().status, LaporForward.Status.SENT)

    def test_the_command_refuses_to_export_when_an_endpoint_is_set(self):
        with self.assertRaises(CommandError):
            call_command("send_lapor_forwards", "--export", "tidak-dipakai.xlsx", stdout=StringIO())
        self.assertEqual(self.reload().status, LaporForward.Status.PENDING)


class ExportTests(TestCase):
    def setUp(self):
        self.question = ask('=HYPERLINK("http://jahat.example","klik")', name="@Budi +62", phone="+62 812")
        self.forward, _queued = queue_forward(self.question)
        self.sent, _queued = queue_forward(ask("Sudah terkirim."))
        LaporForward.objects.filter(pk=self.sent.pk).update(status=LaporForward.Status.SENT)

    def test_without_an_endpoint_nothing_is_sent(self):
        self.assertEqual(send_pending(now=NOW).sent, [])
        self.forward.refresh_from_db()
        self.assertEqual((self.forward.status, self.forward.attempts), (LaporForward.Status.PENDING, 0))

    def test_the_export_lists_pending_forwards_as_text_and_marks_them_manual(self):
        sheet = openpyxl.load_workbook(io.BytesIO(export_pending_xlsx())).active
        rows = list(sheet.iter_rows(values_only=True))
        self.assertEqual(
            rows[0],
            (
                "Nomor tiket",
                "Diajukan pada",
                "Kategori",
                "Nama pelapor",
                "E-mail pelapor",
                "Telepon pelapor",
                "Pertanyaan",
                "Kunci idempotensi",
            ),
        )
        self.assertEqual(len(rows), 2)  # the SENT forward is not exported
        ticket, submitted, category, name, email, phone, text, key = rows[1]
        self.assertEqual(ticket, self.question.ticket_number)
        self.assertEqual(submitted, timezone.localtime(self.question.submitted_at).replace(tzinfo=None))
        self.assertEqual(
            (category, name, email, phone),
            ("Kependudukan dan bantuan sosial", "@Budi +62", "siti.aminah@example.net", "+62 812"),
        )
        self.assertEqual(text, '=HYPERLINK("http://jahat.example","klik")')
        self.assertEqual(key, str(self.forward.idempotency_key))
        for cell in sheet[2]:
            if isinstance(cell.value, str):
                self.assertEqual(cell.data_type, "s")  # a string, never a formula
        self.forward.refresh_from_db()
        self.assertEqual(self.forward.status, LaporForward.Status.MANUAL)
        rows = list(openpyxl.load_workbook(io.BytesIO(export_pending_xlsx())).active.iter_rows(values_only=True))
        self.assertEqual(len(rows), 1)  # exported once: only the headings are left
        (access,) = PersonalDataAccess.objects.all()
        self.assertEqual(
            (access.question, access.user, access.purpose), (self.question, None, "ekspor manual SP4N-LAPOR!")
        )

    def test_the_command_exports_to_a_file(self):
        path = self.enterContext(tempfile.TemporaryDirectory()) + "/lapor.xlsx"
        out = StringIO()
        call_command("send_lapor_forwards", "--export", path, stdout=out)
        self.assertIn("1 penerusan diekspor", out.getvalue())
        rows = list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))
        self.assertEqual(rows[1][0], self.question.ticket_number)
        self.forward.refresh_from_db()
        self.assertEqual(self.forward.status, LaporForward.Status.MANUAL)

    def test_the_command_keeps_forwards_pending_when_the_file_cannot_be_written(self):
        with self.assertRaises(CommandError):
            call_command("send_lapor_forwards", "--export", "/tidak/ada/lapor.xlsx", stdout=StringIO())
        self.forward.refresh_from_db()
        self.assertEqual(self.forward.status, LaporForward.Status.PENDING)

    def test_the_command_without_endpoint_or_export_says_what_to_do(self):
        out = StringIO()
        call_command("send_lapor_forwards", stdout=out)
        self.assertIn("LAPOR_ENDPOINT_URL belum diatur; 1 penerusan menunggu", out.getvalue())
