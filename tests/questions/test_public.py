"""Gubernur Menjawab, the public side: the form, the ticket, the private tracking link, the Q&A list."""

import datetime
import re
from urllib.parse import urlsplit

import time_machine
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import connection, transaction
from django.test import Client, SimpleTestCase, TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from home.provisioning import provision_portal
from opd.models import Opd
from opd.provisioning import provision_opd_site
from questions import services
from questions.models import Question, hash_token, new_token
from questions.pages import GubernurMenjawabPage
from questions.ratelimit import Rate, parse_rate
from tests.db_outage import database_down
from tests.factories import UserFactory

URL = "/gubernur-menjawab/"
LIST_URL = URL + "tanya-jawab/"
NAME, EMAIL, PHONE = "Siti Aminah", "siti.aminah@contoh.id", "0812 3456 7890"
TEXT = "Kapan puskesmas di Kecamatan Telanaipura buka pada hari Sabtu?"
TICKET = re.compile(r"GM-\d{4}-\d{6}")
START = timezone.make_aware(datetime.datetime(2026, 3, 2, 9, 0))


class GubernurMenjawabTestCase(TestCase):
    """The portal with its Gubernur Menjawab page, and two OPDs with a site (one of them dissolved)."""

    @classmethod
    def setUpTestData(cls):
        provision_portal()
        cls.dinkes = provision_opd_site("dinkes", "Dinas Kesehatan", acronym="Dinkes").opd
        cls.disdik = provision_opd_site("disdik", "Dinas Pendidikan", acronym="Disdik").opd
        Opd.objects.filter(pk=cls.disdik.pk).update(status=Opd.Status.DISSOLVED)
        cls.no_site = Opd.objects.create(name="Badan Penghubung", slug="penghubung")
        cls.page = GubernurMenjawabPage.objects.get()
        cls.staff = UserFactory()

    def valid_data(self, **changes):
        data = {
            "name": NAME,
            "email": EMAIL,
            "phone": PHONE,
            "category": Question.Category.KESEHATAN,
            "opd": str(self.dinkes.pk),
            "question": TEXT,
            "consent_to_publish": "on",
            "situs_web": "",
        }
        data.update(changes)
        return {key: value for key, value in data.items() if value is not None}

    def post(self, data, host="localhost", **extra):
        return self.client.post(URL, data, HTTP_HOST=host, **extra)

    @classmethod
    def ask(cls, name=NAME, email=EMAIL, phone=PHONE, text=TEXT, consent=True):
        return services.submit_question(
            name=name,
            email=email,
            phone=phone,
            category=Question.Category.KESEHATAN,
            question=text,
            consent_to_publish=consent,
        )

    @classmethod
    def answer(cls, question, text, close=False):
        services.route_question(question, cls.dinkes, cls.staff)
        services.answer_question(question, text, cls.staff)
        if close:
            services.close_question(question, cls.staff)


class FormPageTests(GubernurMenjawabTestCase):
    def test_shows_explanation_privacy_notice_and_form(self):
        response = self.client.get(URL, HTTP_HOST="localhost")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Pemberitahuan privasi")
        self.assertContains(response, "Undang-Undang Nomor 27 Tahun 2022")
        self.assertContains(response, "Data pribadi Anda dihapus 730 hari setelah pertanyaan diajukan.")
        self.assertContains(response, "wajib menjawab dalam 24 jam")
        self.assertContains(response, 'name="csrfmiddlewaretoken"')
        self.assertContains(response, 'maxlength="5000"')
        self.assertIn("private", response.headers["Cache-Control"])

    def test_retention_comes_from_the_settings(self):
        with override_settings(QUESTION_RETENTION_DAYS=365):
            response = self.client.get(URL, HTTP_HOST="localhost")
        self.assertContains(response, "Data pribadi Anda dihapus 365 hari setelah pertanyaan diajukan.")

    def test_offers_active_opds_with_a_site_only(self):
        response = self.client.get(URL, HTTP_HOST="localhost")
        self.assertContains(response, f'<option value="{self.dinkes.pk}">Dinas Kesehatan</option>', html=True)
        self.assertNotContains(response, "Dinas Pendidikan", msg_prefix="dissolved")
        self.assertNotContains(response, "Badan Penghubung", msg_prefix="no site")

    def test_honeypot_is_hidden_from_people_and_screen_readers(self):
        html = self.client.get(URL, HTTP_HOST="localhost").content.decode()
        wrapper = re.search(r'<div class="trap-field" aria-hidden="true">(.*?)</div>', html, re.S)
        self.assertIsNotNone(wrapper)
        # Off-screen through the stylesheet (the Content-Security-Policy allows no inline style).
        css = (settings.BASE_DIR / "static" / "css" / "site.css").read_text()
        self.assertRegex(css, r"\.trap-field \{ position: absolute; left: -10000px;")
        self.assertIn('name="situs_web"', wrapper.group(1))
        self.assertIn('tabindex="-1"', wrapper.group(1))

    def test_only_on_the_portal(self):
        for method in (self.client.get, self.client.post):
            with self.subTest(method=method.__name__):
                response = method(
                    URL, self.valid_data() if method == self.client.post else None, HTTP_HOST="dinkes.localhost"
                )
                self.assertEqual(response.status_code, 404)
        self.assertEqual(self.client.get(LIST_URL, HTTP_HOST="dinkes.localhost").status_code, 404)
        self.assertFalse(Question.objects.exists())


class SubmitTests(GubernurMenjawabTestCase):
    def test_stores_what_was_typed_and_gives_a_ticket_and_a_private_link(self):
        with time_machine.travel(START, tick=False):
            response = self.post(self.valid_data())
        self.assertEqual(response.status_code, 200)
        question = Question.objects.get()
        self.assertEqual(
            (question.name, question.email, question.phone, question.category, question.suggested_opd),
            (NAME, EMAIL, PHONE, "kesehatan", self.dinkes),
        )
        self.assertEqual((question.question, question.consent_to_publish), (TEXT, True))
        self.assertEqual((question.status, question.opd), (Question.Status.NEW, None))
        self.assertEqual((question.submitted_at, question.due_at), (START, START + datetime.timedelta(hours=24)))
        self.assertEqual(question.ticket_number, f"GM-2026-{question.pk:06d}")
        self.assertContains(response, f'<dd class="ticket-number">{question.ticket_number}</dd>', html=True)

        tracking_url = response.context["tracking_url"]
        parts = urlsplit(tracking_url)
        self.assertEqual(parts.netloc, "localhost")
        match = re.fullmatch(r"/gubernur-menjawab/lacak/([A-Za-z0-9_-]+)/", parts.path)
        self.assertIsNotNone(match, tracking_url)
        token = match.group(1)
        self.assertGreaterEqual(len(token) * 6, 128, "at least 128 bits of base64url")
        self.assertContains(response, f'href="{tracking_url}"')
        self.assertEqual(question.token_hash, hash_token(token))
        stored = Question.objects.filter(pk=question.pk).values().get()
        self.assertNotIn(token, [str(value) for value in stored.values()], "the raw token is not stored")

        self.assertIn("no-store", response.headers["Cache-Control"])
        self.assertEqual(response.headers["Referrer-Policy"], "no-referrer")
        tracking = self.client.get(parts.path, HTTP_HOST="localhost")
        self.assertEqual(tracking.status_code, 200)
        self.assertContains(tracking, question.ticket_number)

    def test_minimal_submission(self):
        response = self.post(self.valid_data(email="", opd="", consent_to_publish=None, category="lainnya"))
        self.assertEqual(response.status_code, 200)
        question = Question.objects.get()
        self.assertEqual((question.email, question.phone, question.suggested_opd), ("", PHONE, None))
        self.assertFalse(question.consent_to_publish)

    def test_invalid_submission_keeps_what_was_typed_and_says_why(self):
        cases = {
            "no contact": (
                {"email": "", "phone": ""},
                "Isi alamat e-mail atau nomor telepon (salah satu wajib) agar kami dapat menghubungi Anda.",
            ),
            "bad e-mail": ({"email": "siti.aminah-contoh"}, "Alamat e-mail tidak valid, mis. nama@contoh.id."),
            "bad phone": ({"phone": "telepon saya"}, "Nomor telepon tidak valid"),
            "no category": ({"category": ""}, "Pilih kategori pertanyaan."),
            "unknown category": ({"category": "rahasia"}, "Pilih salah satu kategori yang tersedia."),
            "dissolved OPD": ({"opd": str(self.disdik.pk)}, "Pilih salah satu OPD dari daftar."),
            "no name": ({"name": "   "}, "Isi nama Anda."),
            "no question": ({"question": ""}, "Tulis pertanyaan Anda."),
            "short question": ({"question": "Kapan?"}, "Pertanyaan terlalu pendek"),
            "long question": ({"question": "a" * 5001}, "Pertanyaan terlalu panjang: paling banyak 5000 karakter"),
            "long name": ({"name": "n" * 101}, "paling banyak 100 karakter"),
        }
        for label, (changes, message) in cases.items():
            with self.subTest(label):
                data = self.valid_data(**changes)
                response = self.post(data)
                self.assertEqual(response.status_code, 400)
                self.assertContains(response, "Pertanyaan Anda belum terkirim.", status_code=400)
                self.assertContains(response, message, status_code=400)
                for field in ("name", "email", "phone", "question"):
                    if data[field].strip():
                        self.assertContains(response, data[field], status_code=400)
                self.assertContains(
                    response, 'name="consent_to_publish" id="id_consent_to_publish" checked', status_code=400
                )
                self.assertNotContains(response, "GM-", status_code=400)
                self.assertIn("no-store", response.headers["Cache-Control"])
        self.assertFalse(Question.objects.exists())

    def test_invalid_submission_keeps_the_chosen_category_and_opd(self):
        response = self.post(self.valid_data(phone="", email=""))
        self.assertContains(
            response, '<option value="kesehatan" selected>Kesehatan</option>', html=True, status_code=400
        )
        self.assertContains(
            response, f'<option value="{self.dinkes.pk}" selected>Dinas Kesehatan</option>', html=True, status_code=400
        )

    def test_honeypot_stores_nothing_and_gives_no_ticket(self):
        for data in (self.valid_data(situs_web="http://spam.example"), {"situs_web": "x", "name": ""}):
            with self.subTest(data=data):
                response = self.post(data)
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, "Terima kasih, pertanyaan Anda telah diterima")
                self.assertNotContains(response, "GM-")
                self.assertNotContains(response, "/lacak/")
        self.assertFalse(Question.objects.exists())

    @override_settings(QUESTION_SUBMIT_RATE="2/hour")
    def test_submissions_are_rate_limited_per_address(self):
        with time_machine.travel(START, tick=False):
            for _ in range(2):
                self.assertEqual(self.post(self.valid_data()).status_code, 200)
            response = self.post(self.valid_data())
            self.assertEqual(response.status_code, 429)
            self.assertEqual(response.headers["Retry-After"], "3600")
            self.assertContains(response, "Terlalu banyak permintaan", status_code=429)
            self.assertContains(response, "pertanyaan itu belum terkirim", status_code=429)
            self.assertEqual(self.post(self.valid_data(email="")).status_code, 429, "invalid ones too, once over")
            other = self.post(self.valid_data(), REMOTE_ADDR="10.1.2.3")
            self.assertEqual(other.status_code, 200, "another address has its own window")
        self.assertEqual(Question.objects.count(), 3)
        with time_machine.travel(START + datetime.timedelta(hours=1), tick=False):
            self.assertEqual(self.post(self.valid_data()).status_code, 200, "a new window")

    @override_settings(QUESTION_SUBMIT_RATE="1/hour")
    def test_typing_mistakes_do_not_use_up_the_limit(self):
        for _ in range(3):
            self.assertEqual(self.post(self.valid_data(email="", phone="")).status_code, 400)
        self.assertEqual(self.post(self.valid_data()).status_code, 200)

    @override_settings(QUESTION_SUBMIT_RATE="1/hour")
    def test_database_down_means_503_not_received(self):
        with database_down(fails=lambda sql: "INSERT" in sql and "questions_question" in sql):
            with self.assertLogs("questions.pages", "ERROR"):
                response = self.post(self.valid_data())
        self.assert_not_received(response)
        self.assertContains(response, "Gubernur Menjawab", status_code=503)  # the portal's layout
        self.assertFalse(Question.objects.exists())
        self.assertEqual(self.post(self.valid_data()).status_code, 200, "the failed try did not use up the limit")

    def test_database_down_page_renders_without_the_layout_if_it_must(self):
        with (
            transaction.atomic(),  # the test's own transaction outlives the outage
            database_down(fails=lambda sql: "INSERT" in sql and "questions_question" in sql, then_all=True),
            self.assertLogs("questions.pages", "ERROR"),
        ):
            response = self.post(self.valid_data())
        self.assert_not_received(response)
        self.assertFalse(Question.objects.exists())

    def test_database_down_before_the_page_is_found(self):
        client = Client(raise_request_exception=False)
        with database_down(), self.assertLogs("django.request", "ERROR"):
            response = client.post(URL, self.valid_data(), HTTP_HOST="localhost")
        self.assert_not_received(response)
        self.assertFalse(Question.objects.exists())

    def assert_not_received(self, response):
        self.assertEqual(response.status_code, 503)
        self.assertContains(response, "Pertanyaan Anda tidak diterima", status_code=503)
        self.assertContains(response, "tidak diterima dan tidak tersimpan", status_code=503)
        self.assertNotContains(response, "GM-", status_code=503)
        self.assertIn("Retry-After", response.headers)
        self.assertEqual(response.headers["Cache-Control"], "no-store")


class TrackingTests(GubernurMenjawabTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        with time_machine.travel(START, tick=False):
            cls.question, cls.token = cls.ask(
                name="Budi Santoso", email="budi.santoso@contoh.id", phone="081299887766", text=TEXT
            )

    def track(self, token=None, host="localhost"):
        return self.client.get(f"{URL}lacak/{token or self.token}/", HTTP_HOST=host)

    def test_shows_ticket_status_opd_answer_and_no_personal_data(self):
        self.answer(self.question, "Puskesmas Telanaipura buka hari Sabtu pukul 08.00–12.00.")
        response = self.track()
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, f'<dd class="ticket-number">{self.question.ticket_number}</dd>', html=True)
        self.assertContains(response, '<dd class="question-status">Dijawab</dd>', html=True)
        self.assertContains(response, '<dd class="question-opd">Dinas Kesehatan</dd>', html=True)
        self.assertContains(response, '<dd class="question-clock">Selesai</dd>', html=True)
        self.assertContains(response, "Puskesmas Telanaipura buka hari Sabtu pukul 08.00–12.00.")
        self.assertContains(response, TEXT)
        for personal in ("Budi Santoso", "Budi", "budi.santoso@contoh.id", "081299887766", self.staff.username):
            self.assertNotContains(response, personal)

    def test_private_headers_and_noindex(self):
        response = self.track()
        cache_control = response.headers["Cache-Control"]
        self.assertIn("private", cache_control)
        self.assertIn("no-store", cache_control)
        self.assertEqual(response.headers["Referrer-Policy"], "no-referrer")
        self.assertEqual(response.headers["X-Robots-Tag"], "noindex, nofollow")
        self.assertContains(response, '<meta name="robots" content="noindex, nofollow">', html=True)

    def test_clock_counts_down_then_runs_out(self):
        for hours, expected in ((3, "Sisa 21 jam 0 menit"), (23.5, "Sisa 0 jam 30 menit"), (25, "Lewat batas waktu")):
            with self.subTest(hours=hours), time_machine.travel(START + datetime.timedelta(hours=hours), tick=False):
                response = self.track()
                self.assertContains(response, f'<dd class="question-clock">{expected}</dd>', html=True)
        self.assertContains(self.track(), '<dd class="question-opd">Belum diteruskan ke OPD</dd>', html=True)

    def test_wrong_or_guessed_tokens_are_404(self):
        for token in (new_token(), self.token[:-1], self.token + "A", "x", "a" * 200, self.question.token_hash):
            with self.subTest(token=token):
                self.assertEqual(self.track(token).status_code, 404)

    def test_only_on_the_portal(self):
        self.assertEqual(self.track(host="dinkes.localhost").status_code, 404)

    @override_settings(QUESTION_TRACK_RATE="3/minute")
    def test_lookups_are_rate_limited(self):
        with time_machine.travel(START, tick=False):
            self.assertEqual(self.track().status_code, 200)
            self.assertEqual(self.track(new_token()).status_code, 404)
            self.assertEqual(self.track(new_token()).status_code, 404)
            response = self.track()
            self.assertEqual(response.status_code, 429)
            self.assertEqual(response.headers["Retry-After"], "60")
            self.assertContains(response, "Terlalu banyak permintaan", status_code=429)


class AnswerListTests(GubernurMenjawabTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        answered, _ = cls.ask(name="Rina Wati", email="rina@contoh.id", phone="081311112222", text="Q terbit dijawab?")
        cls.answer(answered, "Jawaban terbit satu.")
        closed, _ = cls.ask(name="Joko Susilo", email="", phone="081333334444", text="Q terbit ditutup?")
        cls.answer(closed, "Jawaban terbit dua.", close=True)
        private, _ = cls.ask(name="Ani Lestari", consent=False, text="Q tanpa persetujuan?")
        cls.answer(private, "Jawaban rahasia.")
        waiting, _ = cls.ask(name="Dedi Kurnia", text="Q belum dijawab?")
        services.route_question(waiting, cls.dinkes, cls.staff)

    def get(self, url=LIST_URL):
        return self.client.get(url, HTTP_HOST="localhost")

    def test_lists_consented_answered_questions_without_personal_data(self):
        response = self.get()
        self.assertEqual(response.status_code, 200)
        for text in ("Q terbit dijawab?", "Jawaban terbit satu.", "Q terbit ditutup?", "Jawaban terbit dua."):
            self.assertContains(response, text)
        self.assertContains(response, "Jawaban Dinas Kesehatan", count=2)
        self.assertContains(response, "Kesehatan ·", count=2)
        for hidden in ("Q tanpa persetujuan?", "Jawaban rahasia.", "Q belum dijawab?"):
            self.assertNotContains(response, hidden)
        for personal in ("Rina", "rina@contoh.id", "081311112222", "Joko", "081333334444", "Ani", "Dedi", NAME):
            self.assertNotContains(response, personal)
        self.assertNotContains(response, self.staff.username)

    def test_paginated_with_a_fixed_number_of_queries(self):
        self.get()  # warm the per-process caches
        with CaptureQueriesContext(connection) as few:
            self.get()
        for n in range(25):
            question, _ = self.ask(text=f"Pertanyaan tambahan nomor {n}?")
            self.answer(question, f"Jawaban tambahan {n}.")
        with CaptureQueriesContext(connection) as many:
            response = self.get()
        self.assertEqual(len(many), len(few))
        self.assertEqual(len(response.context["items"].object_list), GubernurMenjawabPage.answers_per_page)
        self.assertContains(response, "Halaman 1 dari 3")
        self.assertContains(self.get(LIST_URL + "?halaman=3"), "Halaman 3 dari 3")
        self.assertContains(self.get(LIST_URL + "?halaman=bukan-angka"), "Halaman 1 dari 3")


class RateParsingTests(SimpleTestCase):
    def test_parse_rate(self):
        self.assertEqual(parse_rate("5/hour"), Rate(5, 3600))
        self.assertEqual(parse_rate("30/minute"), Rate(30, 60))
        for text in ("5", "lima/hour", "5/week", "5/hour/day"):
            with self.subTest(text=text), self.assertRaises(ImproperlyConfigured):
                parse_rate(text)
