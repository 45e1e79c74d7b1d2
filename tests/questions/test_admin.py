"""Gubernur Menjawab in the admin: who lists, opens and handles which question, and what personal data shows.

Every role of DESIGN.md against a question routed to Dinkes, one routed to Disdik and a new one, over
HTTP on the admin host. Refusals are checked by status and by the question left as it was.
"""

import datetime
import io

import openpyxl
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.db import transaction
from django.test import Client, TestCase, override_settings
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from opd import roles
from opd.provisioning import provision_opd_site
from questions import services
from questions.admin import clock_label
from questions.models import LaporForward, PersonalDataAccess, Question
from spreadsheets.cells import XLSX_CONTENT_TYPE
from tests.factories import SuperuserFactory, UserFactory

ADMIN_HOST = "cms.localhost"
ROLES = (
    "approver",
    "superuser",
    "humas",
    "operator_dinkes",
    "operator_disdik",
    "head_dinkes",
    "inspektorat",
    "anonymous",
)
QUESTIONS = ("dinkes", "disdik", "new")
ACTIONS = ("route", "answer", "close", "escalate", "forward")
DISPATCHERS = {"approver", "superuser", "humas"}
SEES_ALL = DISPATCHERS | {"inspektorat"}
ACCESS_LOG_READERS = {"approver", "superuser", "inspektorat"}
ASKERS = {
    "dinkes": ("Budi Santoso", "budi.santoso@gmail.com", "081234561234", "Kapan vaksinasi campak di Puskesmas?"),
    "disdik": ("Rahmawati Lubis", "rahma.lubis@yahoo.co.id", "085377778888", "Bagaimana pendaftaran sekolah negeri?"),
    "new": ("Ahmad Fauzi", "ahmad.fauzi@mail.id", "082199990000", "Jalan di Muaro Jambi rusak berat."),
}
MASKED = {
    "dinkes": ("B. S.", "b***@gmail.com", "08******1234"),
    "disdik": ("R. L.", "r***@yahoo.co.id", "08******8888"),
    "new": ("A. F.", "a***@mail.id", "08******0000"),
}


def submit(**fields):
    """A citizen's question, as the public form stores it."""
    return services.submit_question(**fields)[0]


def url(action, question=None):
    name = f"questions_question_modeladmin_{action}"
    return reverse(name, args=(question.pk,)) if question else reverse(name)


def sees(role, key):
    """True when ``role`` may see the question ``key``."""
    return role in SEES_ALL or role == f"operator_{key}"


def snapshot(question):
    question.refresh_from_db()
    return (
        question.status,
        question.opd_id,
        question.answer,
        question.routed_at,
        question.closed_at,
        question.escalated_at,
        question.forward_to_lapor,
        list(LaporForward.objects.filter(question=question).values_list("status", "attempts")),
    )


class QuestionAdminWorld(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.dinkes = provision_opd_site("dinkes", "Dinas Kesehatan", acronym="Dinkes").opd
        cls.disdik = provision_opd_site("disdik", "Dinas Pendidikan", acronym="Disdik").opd
        head_group = roles.ensure_head_group(cls.dinkes)
        group = Group.objects.get
        cls.users = {
            "approver": UserFactory(username="penyetuju", groups=[group(name=roles.DISKOMINFO_APPROVER)]),
            "superuser": SuperuserFactory(username="admin"),
            "humas": UserFactory(username="humas", groups=[group(name=roles.HUMAS_WRITER)]),
            "operator_dinkes": UserFactory(username="operator.dinkes", groups=[cls.dinkes.operator_group]),
            "operator_disdik": UserFactory(username="operator.disdik", groups=[cls.disdik.operator_group]),
            "head_dinkes": UserFactory(username="kepala.dinkes", groups=[head_group]),
            "inspektorat": UserFactory(username="inspektorat", groups=[group(name=roles.INSPEKTORAT)]),
        }
        dispatcher = cls.users["approver"]
        cls.questions = {}
        for key, (name, email, phone, text) in ASKERS.items():
            question = submit(name=name, email=email, phone=phone, category=Question.Category.LAINNYA, question=text)
            if key != "new":
                services.route_question(question, getattr(cls, key), dispatcher)
            cls.questions[key] = question

    def client_for(self, role):
        client = Client(HTTP_HOST=ADMIN_HOST)
        if role != "anonymous":
            client.force_login(self.users[role])
        return client

    def assert_refused(self, response, role, key):
        """Anonymous users go to the login; a question out of sight is not found; in sight, forbidden."""
        if role == "anonymous":
            self.assertEqual(response.status_code, 302)
            self.assertIn("/login/", response["Location"])
        elif not sees(role, key):
            self.assertEqual(response.status_code, 404)
        else:
            self.assert_forbidden(response)
        self.assert_no_personal_data(response)

    def assert_forbidden(self, response):
        """Wagtail answers a refused admin view with a redirect to the dashboard and a refusal message."""
        self.assertRedirects(response, reverse("wagtailadmin_home"), fetch_redirect_response=False)

    def assert_no_personal_data(self, response, keys=QUESTIONS):
        for key in keys:
            name, email, phone, text = ASKERS[key]
            for value in (name, email, phone, text):
                self.assertNotContains(response, value, status_code=response.status_code)


class ListTests(QuestionAdminWorld):
    def test_each_role_lists_the_questions_it_may_see_masked(self):
        for role in ROLES:
            with self.subTest(role=role):
                response = self.client_for(role).get(url("index"))
                if role == "anonymous":
                    self.assertEqual(response.status_code, 302)
                    continue
                if role == "head_dinkes":
                    self.assert_forbidden(response)
                    self.assert_no_personal_data(response)
                    continue
                self.assertEqual(response.status_code, 200)
                for key, question in self.questions.items():
                    if sees(role, key):
                        self.assertContains(response, question.ticket_number)
                        for masked in MASKED[key]:
                            self.assertContains(response, masked)
                    else:
                        self.assertNotContains(response, question.ticket_number)
                self.assert_no_personal_data(response)

    def test_the_list_shows_the_clock(self):
        response = self.client_for("inspektorat").get(url("index"))
        self.assertContains(response, "sisa 23 jam")

    def test_search_finds_ticket_numbers_not_personal_data(self):
        client = self.client_for("approver")
        question = self.questions["dinkes"]
        self.assertContains(client.get(url("index"), {"q": question.ticket_number}), question.ticket_number)
        for term in ("Budi", "budi.santoso", "081234561234"):
            with self.subTest(term=term):
                self.assertNotContains(client.get(url("index"), {"q": term}), question.ticket_number)

    def test_filters_by_status_category_and_opd(self):
        client = self.client_for("approver")
        new, dinkes = self.questions["new"], self.questions["dinkes"]
        response = client.get(url("index"), {"status": Question.Status.NEW})
        self.assertContains(response, new.ticket_number)
        self.assertNotContains(response, dinkes.ticket_number)
        response = client.get(url("index"), {"opd__id__exact": self.dinkes.pk})
        self.assertContains(response, dinkes.ticket_number)
        self.assertNotContains(response, new.ticket_number)
        response = client.get(url("index"), {"category": Question.Category.KESEHATAN})
        self.assertNotContains(response, dinkes.ticket_number)

    def test_nobody_adds_edits_or_deletes_a_question(self):
        question = self.questions["dinkes"]
        for role in ("superuser", "approver", "operator_dinkes"):
            client = self.client_for(role)
            with self.subTest(role=role):
                self.assert_forbidden(client.get(url("create")))
                self.assert_forbidden(client.get(url("edit", question)))
                self.assert_forbidden(client.post(url("delete", question)))
                self.assertTrue(Question.objects.filter(pk=question.pk).exists())
        client = self.client_for("operator_disdik")
        self.assertEqual(client.get(url("edit", question)).status_code, 404)
        self.assertEqual(client.post(url("delete", question)).status_code, 404)
        self.assertNotContains(self.client_for("superuser").get(url("index")), url("create"))

    def test_a_non_numeric_id_is_not_found(self):
        response = self.client_for("approver").get(
            url("inspect", self.questions["new"]).replace(str(self.questions["new"].pk), "abc")
        )
        self.assertEqual(response.status_code, 404)


class DetailTests(QuestionAdminWorld):
    def test_who_opens_which_question_and_every_showing_is_logged(self):
        for role in ROLES:
            for key, question in self.questions.items():
                with self.subTest(role=role, question=key):
                    before = PersonalDataAccess.objects.count()
                    response = self.client_for(role).get(url("inspect", question))
                    if not (role != "anonymous" and sees(role, key)):
                        self.assert_refused(response, role, key)
                        self.assertEqual(PersonalDataAccess.objects.count(), before)
                        continue
                    self.assertEqual(response.status_code, 200)
                    for value in ASKERS[key]:
                        self.assertContains(response, value)
                    self.assert_no_personal_data(response, [other for other in QUESTIONS if other != key])
                    accesses = PersonalDataAccess.objects.filter(question=question, user=self.users[role])
                    self.assertEqual(PersonalDataAccess.objects.count(), before + 1)
                    self.assertEqual(accesses.count(), 1)
                    self.assertEqual(accesses.get().purpose, "lihat detail")
                    PersonalDataAccess.objects.filter(pk=accesses.get().pk).delete()

    def test_every_showing_is_a_new_row(self):
        client = self.client_for("humas")
        question = self.questions["new"]
        client.get(url("inspect", question))
        client.get(url("inspect", question))
        self.assertEqual(PersonalDataAccess.objects.filter(question=question, user=self.users["humas"]).count(), 2)

    def test_the_access_log_is_shown_to_diskominfo_and_the_inspektorat(self):
        question = self.questions["dinkes"]
        self.client_for("operator_dinkes").get(url("inspect", question))
        for role in ("approver", "superuser", "humas", "operator_dinkes", "inspektorat"):
            with self.subTest(role=role):
                response = self.client_for(role).get(url("inspect", question))
                if role in ACCESS_LOG_READERS:
                    self.assertContains(response, "Log akses data pribadi")
                    self.assertContains(response, "<td>operator.dinkes</td>", html=True)
                else:
                    self.assertNotContains(response, "Log akses data pribadi")

    def test_buttons_appear_only_for_those_allowed(self):
        expected = {
            ("approver", "new"): {"route", "escalate", "forward"},
            ("superuser", "dinkes"): {"route", "escalate", "forward"},
            ("humas", "disdik"): {"route", "escalate", "forward"},
            ("inspektorat", "dinkes"): {"escalate"},
            ("inspektorat", "new"): {"escalate"},
            ("operator_dinkes", "dinkes"): {"answer"},
            ("operator_disdik", "disdik"): {"answer"},
        }
        for (role, key), actions in expected.items():
            with self.subTest(role=role, question=key):
                response = self.client_for(role).get(url("inspect", self.questions[key]))
                for action in ACTIONS:
                    marker = f'data-action="{action}"'
                    if action in actions:
                        self.assertContains(response, marker)
                    else:
                        self.assertNotContains(response, marker)

    def test_an_answered_question_offers_closing_to_dispatchers(self):
        question = self.questions["dinkes"]
        services.answer_question(question, "Jadwal ada di situs Dinkes.", self.users["operator_dinkes"])
        response = self.client_for("humas").get(url("inspect", question))
        self.assertContains(response, 'data-action="close"')
        self.assertNotContains(response, 'data-action="route"')
        self.assertNotContains(response, 'data-action="escalate"')
        self.assertNotContains(self.client_for("operator_dinkes").get(url("inspect", question)), 'data-action="answer"')


class ActionMatrixTests(QuestionAdminWorld):
    """Every role × question × action: allowed ones change the question, refused ones leave it as it was."""

    def allowed(self, role, key, action):
        if not sees(role, key) or role == "anonymous":
            return False
        return {
            "route": role in DISPATCHERS,
            "answer": role == f"operator_{key}" and key != "new",
            "close": role in DISPATCHERS,
            "escalate": role in DISPATCHERS or role == "inspektorat",
            "forward": role in DISPATCHERS,
        }[action]

    def prepare(self, key, action):
        question = Question.objects.get(pk=self.questions[key].pk)
        if action == "close" and key != "new":
            services.answer_question(question, "Sudah dijawab.", self.users[f"operator_{key}"])
        return question

    def post(self, role, question, action):
        data = {"route": {"opd": self.disdik.pk}, "answer": {"answer": "Jawaban resmi OPD."}}.get(action, {})
        return self.client_for(role).post(url(action, question), data)

    def check_applied(self, question, action, user):
        question.refresh_from_db()
        if action == "route":
            self.assertEqual((question.opd, question.routed_by), (self.disdik, user))
            self.assertNotEqual(question.status, Question.Status.NEW)
        elif action == "answer":
            self.assertEqual((question.status, question.answer), (Question.Status.ANSWERED, "Jawaban resmi OPD."))
        elif action == "close":
            self.assertEqual(question.status, Question.Status.CLOSED)
        elif action == "forward":
            self.assertTrue(question.forward_to_lapor)
            self.assertEqual(question.lapor_forward.status, LaporForward.Status.PENDING)
            entry = ModelLogEntry.objects.filter(object_id=str(question.pk), action="questions.forward_lapor").get()
            self.assertEqual(entry.user, user)
        else:
            self.assertEqual((question.status, question.escalated_by), (Question.Status.ESCALATED, user))

    def test_matrix(self):
        for role in ROLES:
            for key in QUESTIONS:
                for action in ACTIONS:
                    if action == "close" and key == "new":
                        continue  # a new question cannot be answered, so never closed: see ServiceErrorTests
                    with self.subTest(role=role, question=key, action=action), transaction.atomic():
                        question = self.prepare(key, action)
                        before = snapshot(question)
                        response = self.post(role, question, action)
                        if self.allowed(role, key, action):
                            self.assertRedirects(response, url("inspect", question), fetch_redirect_response=False)
                            self.check_applied(question, action, self.users[role])
                            queued = [str(message) for message in get_messages(response.wsgi_request)]
                            self.assertEqual(len(queued), 1)
                            self.assertIn(question.ticket_number, queued[0])
                            for value in ASKERS[key]:
                                self.assertNotIn(value, queued[0])
                        else:
                            self.assert_refused(response, role, key)
                            self.assertEqual(snapshot(question), before)
                        transaction.set_rollback(True)

    def test_the_actions_take_only_post(self):
        question = self.questions["dinkes"]
        for action in ACTIONS:
            role = "operator_dinkes" if action == "answer" else "approver"
            with self.subTest(action=action):
                self.assertEqual(self.client_for(role).get(url(action, question)).status_code, 405)

    def test_a_post_without_csrf_token_is_refused(self):
        client = Client(HTTP_HOST=ADMIN_HOST, enforce_csrf_checks=True)
        client.force_login(self.users["approver"])
        question = self.questions["new"]
        before = snapshot(question)
        response = client.post(url("route", question), {"opd": self.dinkes.pk})
        self.assertEqual(response.status_code, 403)
        self.assertEqual(snapshot(question), before)

    def test_the_audit_log_names_the_ticket_not_the_person(self):
        question = self.questions["dinkes"]
        self.post("operator_dinkes", question, "answer")
        self.post("approver", question, "close")
        entries = ModelLogEntry.objects.filter(object_id=str(question.pk))
        self.assertEqual(
            set(entries.values_list("action", flat=True)),
            {"questions.submit", "questions.route", "questions.answer", "questions.close"},
        )
        for entry in entries:
            for value in ASKERS["dinkes"][:3]:
                self.assertNotIn(value, f"{entry.label} {entry.data}")


class LaporAdminTests(QuestionAdminWorld):
    """Marking for SP4N-LAPOR! on the detail page, and Diskominfo's manual-entry export from the list."""

    def test_the_detail_page_shows_the_forward_and_offers_a_new_try_only_after_failure(self):
        question = self.questions["new"]
        client = self.client_for("humas")
        self.assertContains(client.get(url("inspect", question)), "Belum ditandai untuk diteruskan")
        client.post(url("forward", question))
        response = client.get(url("inspect", question))
        self.assertContains(response, '<dd class="lapor-status">Menunggu</dd>', html=True)
        self.assertContains(response, "ekspor antrean sebagai XLSX")
        self.assertNotContains(response, 'data-action="forward"')

        LaporForward.objects.filter(question=question).update(
            status=LaporForward.Status.FAILED, attempts=8, last_error="HTTP 503: sedang gangguan"
        )
        response = client.get(url("inspect", question))
        self.assertContains(response, "HTTP 503: sedang gangguan")
        self.assertContains(response, "Teruskan ulang ke SP4N-LAPOR!")
        client.post(url("forward", question))
        self.assertEqual(
            list(LaporForward.objects.filter(question=question).values_list("status", "attempts")),
            [(LaporForward.Status.PENDING, 0)],
        )

    def test_marking_twice_says_it_is_already_queued(self):
        question = self.questions["dinkes"]
        services.forward_to_lapor(question, self.users["approver"])
        response = self.client_for("approver").post(url("forward", question), follow=True)
        self.assertContains(response, "sudah ada di antrean SP4N-LAPOR! (status: Menunggu)")
        self.assertEqual([m.level_tag for m in response.context["messages"]], ["error"])
        self.assertEqual(LaporForward.objects.filter(question=question).count(), 1)

    def test_only_diskominfo_exports_the_pending_forwards(self):
        for key in ("dinkes", "new"):
            services.forward_to_lapor(self.questions[key], self.users["humas"])
        for role in ROLES:
            with self.subTest(role=role), transaction.atomic():
                listing = self.client_for(role).get(url("index"))
                response = self.client_for(role).post(url("ekspor_lapor"))
                if role in ("approver", "superuser"):
                    self.assertContains(listing, "Ekspor 2 penerusan SP4N-LAPOR! (XLSX)")
                    self.assertEqual(response.status_code, 200)
                    self.assertEqual(response["Content-Type"], XLSX_CONTENT_TYPE)
                    self.assertIn("attachment;", response["Content-Disposition"])
                    rows = list(openpyxl.load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True))
                    self.assertEqual(
                        sorted(row[0] for row in rows[1:]),
                        sorted(self.questions[key].ticket_number for key in ("dinkes", "new")),
                    )
                    self.assertEqual(
                        set(LaporForward.objects.values_list("status", flat=True)), {LaporForward.Status.MANUAL}
                    )
                    accesses = PersonalDataAccess.objects.filter(purpose="ekspor manual SP4N-LAPOR!")
                    self.assertEqual(set(accesses.values_list("user", flat=True)), {self.users[role].pk})
                    self.assertEqual(accesses.count(), 2)
                else:
                    self.assertNotContains(listing, "penerusan SP4N-LAPOR!", status_code=listing.status_code)
                    if role == "anonymous":
                        self.assertEqual(response.status_code, 302)
                        self.assertIn("/login/", response["Location"])
                    else:
                        self.assert_forbidden(response)
                    self.assertEqual(
                        set(LaporForward.objects.values_list("status", flat=True)), {LaporForward.Status.PENDING}
                    )
                    self.assertFalse(PersonalDataAccess.objects.filter(purpose="ekspor manual SP4N-LAPOR!").exists())
                transaction.set_rollback(True)

    def test_the_export_takes_only_post_and_says_when_there_is_nothing(self):
        client = self.client_for("approver")
        self.assertEqual(client.get(url("ekspor_lapor")).status_code, 405)
        response = client.post(url("ekspor_lapor"), follow=True)
        self.assertContains(response, "Tidak ada pertanyaan yang menunggu diteruskan ke SP4N-LAPOR!.")

    def test_with_an_endpoint_the_queue_is_sent_not_exported(self):
        services.forward_to_lapor(self.questions["new"], self.users["humas"])
        client = self.client_for("approver")
        with override_settings(LAPOR_ENDPOINT_URL="http://127.0.0.1:9/api"):
            self.assertNotContains(client.get(url("index")), "penerusan SP4N-LAPOR! (XLSX)")
            response = client.post(url("ekspor_lapor"), follow=True)
        self.assertContains(response, "penerusan dikirim otomatis, bukan diekspor")
        self.assertEqual(LaporForward.objects.get().status, LaporForward.Status.PENDING)


class AuditTimeTests(QuestionAdminWorld):
    def test_each_step_is_logged_at_the_time_it_happened(self):
        """A step given ``now`` (the deadline job, a back-dated import) is logged at that time, not when stored."""
        question = self.questions["new"]
        start = timezone.now() - datetime.timedelta(days=2)
        steps = {
            "questions.route": lambda when: services.route_question(
                question, self.dinkes, self.users["humas"], now=when
            ),
            "questions.escalate": lambda when: services.escalate_question(question, None, now=when),
            "questions.answer": lambda when: services.answer_question(
                question, "Sudah.", self.users["operator_dinkes"], now=when
            ),
            "questions.close": lambda when: services.close_question(question, self.users["approver"], now=when),
        }
        for hours, step in enumerate(steps.values(), start=1):
            step(start + datetime.timedelta(hours=hours))
        logged = dict(
            ModelLogEntry.objects.filter(object_id=str(question.pk))
            .exclude(action="questions.submit")
            .values_list("action", "timestamp")
        )
        self.assertEqual(
            logged, {action: start + datetime.timedelta(hours=hours) for hours, action in enumerate(steps, start=1)}
        )


class ServiceErrorTests(QuestionAdminWorld):
    """A step the status does not allow comes back as an Indonesian message, never a server error."""

    def assert_error(self, role, key, action, data, text):
        question = self.questions[key]
        before = snapshot(question)
        response = self.client_for(role).post(url(action, question), data, follow=True)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.redirect_chain, [(url("inspect", question), 302)])
        self.assertEqual([m.level_tag for m in response.context["messages"]], ["error"])
        self.assertContains(response, text)
        self.assertEqual(snapshot(question), before)

    def test_closing_an_unanswered_question(self):
        self.assert_error("approver", "new", "close", {}, "Hanya pertanyaan yang sudah dijawab yang dapat ditutup.")

    def test_an_empty_answer(self):
        self.assert_error("operator_dinkes", "dinkes", "answer", {"answer": "   "}, "Jawaban tidak boleh kosong.")

    def test_routing_without_a_valid_opd(self):
        self.assert_error("humas", "new", "route", {"opd": "999999"}, "Pilih OPD yang aktif dan memiliki situs.")

    def test_routing_a_closed_question(self):
        question = self.questions["disdik"]
        services.answer_question(question, "Sudah.", self.users["operator_disdik"])
        services.close_question(question, self.users["approver"])
        self.assert_error(
            "approver", "disdik", "route", {"opd": self.dinkes.pk}, "sudah dijawab atau ditutup tidak dapat diteruskan"
        )

    def test_answering_twice(self):
        question = self.questions["dinkes"]
        services.answer_question(question, "Pertama.", self.users["operator_dinkes"])
        self.assert_error(
            "operator_dinkes", "dinkes", "answer", {"answer": "Kedua."}, "Hanya pertanyaan yang sudah diteruskan"
        )

    def test_escalating_twice(self):
        services.escalate_question(self.questions["new"], self.users["inspektorat"])
        self.assert_error("inspektorat", "new", "escalate", {}, "tidak dapat dieskalasi")


class ClockTests(TestCase):
    def question(self, **fields):
        submitted = datetime.datetime(2026, 3, 2, 8, 0, tzinfo=datetime.UTC)
        return Question(submitted_at=submitted, due_at=submitted + services.CLOCK, **fields)

    def test_time_left_and_overdue(self):
        question = self.question(status=Question.Status.ROUTED)
        start = question.submitted_at
        self.assertEqual(clock_label(question, start + datetime.timedelta(hours=2, minutes=30)), "sisa 21 jam 30 menit")
        self.assertEqual(clock_label(question, start + datetime.timedelta(hours=27, minutes=10)), "lewat 3 jam")
        self.assertEqual(clock_label(question, start + datetime.timedelta(hours=24, minutes=5)), "lewat 5 menit")

    def test_an_answered_question_shows_how_long_it_took(self):
        question = self.question(status=Question.Status.ANSWERED)
        question.answered_at = question.submitted_at + datetime.timedelta(hours=5, minutes=59)
        self.assertEqual(clock_label(question, timezone.now()), "dijawab dalam 5 jam")
