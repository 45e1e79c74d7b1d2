"""Personal data never reaches the logs: a question's whole life, with every logger at DEBUG, is searched.

Submitted with mistakes and then for real, looked up with a wrong token, listed, opened, routed,
answered, closed; another left to go overdue; a forward refused by a LAPOR! that echoes the body back;
a write that fails with PostgreSQL's "Failing row contains (…)" message.
"""

import datetime
import logging

import time_machine
from django.contrib.auth.models import Group
from django.db import transaction
from django.test import Client, TestCase, override_settings
from django.urls import reverse
from django.utils import timezone

from home.provisioning import provision_portal
from opd import roles
from opd.provisioning import provision_opd_site
from questions import lapor, services
from questions.deadlines import check_deadlines
from questions.models import Question
from tests.db_outage import database_down
from tests.factories import UserFactory
from tests.questions.test_lapor import FakeLapor

NAME, EMAIL, PHONE = "Sri Rahasiani", "sri.rahasiani@example.net", "081355557777"
START = timezone.make_aware(datetime.datetime(2026, 3, 2, 9, 0))


def admin_url(action, question=None):
    name = f"questions_question_modeladmin_{action}"
    return reverse(name, args=(question.pk,)) if question else reverse(name)


class PersonalDataNotLoggedTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        provision_portal()
        cls.dinkes = provision_opd_site("dinkes", "Dinas Kesehatan", acronym="Dinkes").opd
        cls.operator = UserFactory(username="operator.dinkes", groups=[cls.dinkes.operator_group])
        cls.humas = UserFactory(username="humas", groups=[Group.objects.get(name=roles.HUMAS_WRITER)])
        UserFactory(username="inspektur", groups=[Group.objects.get(name=roles.INSPEKTORAT)])

    def form(self, **changes):
        data = {
            "name": NAME,
            "email": EMAIL,
            "phone": PHONE,
            "category": Question.Category.KESEHATAN,
            "question": "Apakah imunisasi di puskesmas gratis?",
            "situs_web": "",
        }
        return {**data, **changes}

    def staff(self, user):
        client = Client(HTTP_HOST="cms.localhost")
        client.force_login(user)
        return client

    def live_a_question(self):
        public = Client(HTTP_HOST="localhost", raise_request_exception=False)
        self.assertEqual(public.post("/gubernur-menjawab/", self.form(email="bukan-email")).status_code, 400)
        with time_machine.travel(START, tick=False):
            self.assertEqual(public.post("/gubernur-menjawab/", self.form()).status_code, 200)
        self.assertEqual(public.get("/gubernur-menjawab/lacak/" + "x" * 32 + "/").status_code, 404)
        question = Question.objects.get()
        humas, operator = self.staff(self.humas), self.staff(self.operator)
        humas.get(admin_url("index"))
        humas.get(admin_url("inspect", question))
        humas.post(admin_url("route", question), {"opd": self.dinkes.pk})
        operator.post(admin_url("answer", question), {"answer": "Gratis, bawa buku KIA."})
        humas.post(admin_url("close", question))
        question.refresh_from_db()
        self.assertEqual(question.status, Question.Status.CLOSED)

        overdue, _token = services.submit_question(
            name=NAME, email=EMAIL, phone=PHONE, category="lainnya", question="Kapan jalan diperbaiki?", now=START
        )
        with time_machine.travel(START + datetime.timedelta(hours=25), tick=False):
            check_deadlines()
        overdue.refresh_from_db()
        self.assertEqual(overdue.status, Question.Status.ESCALATED)

        with FakeLapor() as fake, override_settings(LAPOR_ENDPOINT_URL=fake.url, LAPOR_MAX_ATTEMPTS=1):
            fake.script = [(400, {"error": f"pelapor {NAME} <{EMAIL}> {PHONE} ditolak"}, 0)]
            services.forward_to_lapor(overdue, self.humas)
            self.assertEqual(lapor.send_pending().failed, [overdue.ticket_number])

        with (
            transaction.atomic(),
            database_down(
                fails=lambda sql: sql.startswith("INSERT") and "questions_question" in sql,
                message=lambda params: f"null value violates not-null constraint DETAIL: Failing row contains {params}",
            ),
        ):
            self.assertEqual(public.post("/gubernur-menjawab/", self.form()).status_code, 503)

    def test_no_log_record_carries_the_citizens_data(self):
        with self.assertLogs(level=logging.DEBUG) as captured:
            self.live_a_question()
        formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
        text = "\n".join(formatter.format(record) for record in captured.records)
        self.assertIn("SP4N-LAPOR! forward of", text, "the logs were captured")
        self.assertIn("could not be stored (OperationalError", text)
        for value in (NAME, EMAIL, PHONE, "Rahasiani", "sri.rahasiani"):
            self.assertNotIn(value, text)
