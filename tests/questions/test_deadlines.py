"""The 1×24-hour clock: the 20-hour warning, overdue and escalation at 24 hours, each exactly once."""

import datetime
import threading
from io import StringIO

import pytest
import time_machine
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test import TestCase, TransactionTestCase
from django.utils import timezone

from opd import roles
from opd.models import Opd
from opd.provisioning import provision_opd_site
from questions.deadlines import check_deadlines
from questions.models import Question
from questions.services import answer_question, escalate_question, route_question, submit_question
from tests.factories import SuperuserFactory, UserFactory

START = timezone.make_aware(datetime.datetime(2026, 3, 2, 8, 0))
ADMIN_URL = "http://cms.localhost/admin/"
# The citizen's personal data and words: none of it may appear in any e-mail.
CITIZEN = {"name": "Budi Rahasiawan", "email": "budi.rahasiawan@example.net", "phone": "0812-9999-8888"}
QUESTION_TEXT = "Jalan di depan rumah saya di RT 05 Kelurahan Telanaipura rusak parah."


def at(hours, minutes=0):
    return START + datetime.timedelta(hours=hours, minutes=minutes)


def ask(**kwargs):
    question, _token = submit_question(
        **CITIZEN, category=Question.Category.INFRASTRUKTUR, question=QUESTION_TEXT, now=START, **kwargs
    )
    return question


def run(when):
    with time_machine.travel(when, tick=False):
        return check_deadlines()


def run_command(when, *args):
    out = StringIO()
    with time_machine.travel(when, tick=False):
        call_command("check_question_deadlines", *args, stdout=out)
    return out.getvalue()


def mails_about(question):
    return [message for message in mail.outbox if question.ticket_number in message.subject]


class DeadlineWorld(TestCase):
    """Dinkes and Disdik with two and one operators, Diskominfo, the Inspektorat; a question routed to Dinkes."""

    @classmethod
    def setUpTestData(cls):
        cls.dinkes = provision_opd_site("dinkes", "Dinas Kesehatan", acronym="Dinkes").opd
        cls.disdik = provision_opd_site("disdik", "Dinas Pendidikan", acronym="Disdik").opd
        cls.operators_dinkes = [
            UserFactory(username="operator.dinkes", groups=[cls.dinkes.operator_group]),
            UserFactory(username="operator2.dinkes", groups=[cls.dinkes.operator_group]),
        ]
        UserFactory(username="mantan.dinkes", groups=[cls.dinkes.operator_group], is_active=False)
        cls.operator_disdik = UserFactory(username="operator.disdik", groups=[cls.disdik.operator_group])
        cls.approver = UserFactory(username="penyetuju", groups=[Group.objects.get(name=roles.DISKOMINFO_APPROVER)])
        cls.admin = SuperuserFactory(username="admin.diskominfo")
        cls.inspectors = [
            UserFactory(username="inspektur1", groups=[Group.objects.get(name=roles.INSPEKTORAT)]),
            UserFactory(username="inspektur2", groups=[Group.objects.get(name=roles.INSPEKTORAT)]),
        ]
        cls.routed = ask()
        route_question(cls.routed, cls.dinkes, cls.approver, now=START + datetime.timedelta(hours=1))

    def setUp(self):
        self.routed.refresh_from_db()

    def assert_no_personal_data(self):
        self.assertTrue(mail.outbox)
        for message in mail.outbox:
            text = message.subject + "\n" + message.body
            for secret in (*CITIZEN.values(), "081299998888", QUESTION_TEXT, "Telanaipura"):
                self.assertNotIn(secret, text)


class WarningTests(DeadlineWorld):
    def test_nothing_happens_at_19_hours_59(self):
        report = run(at(19, 59))
        self.assertEqual((report.warned, report.overdue), ([], []))
        self.assertEqual(mail.outbox, [])
        self.routed.refresh_from_db()
        self.assertIsNone(self.routed.warned_at)

    def test_at_20_hours_the_routed_opds_operators_are_warned_once(self):
        report = run(at(20))
        self.assertEqual(report.warned, [self.routed.ticket_number])
        self.assertEqual(len(mail.outbox), 1)
        message = mail.outbox[0]
        self.assertEqual(set(message.to), {user.email for user in self.operators_dinkes})
        self.assertNotIn(self.operator_disdik.email, message.to)
        self.assertIn(self.routed.ticket_number, message.subject)
        self.assertIn("sisa waktu 4 jam 0 menit", message.subject)
        self.assertIn("Sisa waktu: 4 jam 0 menit.", message.body)
        self.assertIn("Dinas Kesehatan", message.body)
        self.assertIn("3 Maret 2026 08:00 WIB", message.body)  # the deadline, in Jambi's time
        self.assertIn(ADMIN_URL, message.body)
        self.assert_no_personal_data()
        self.routed.refresh_from_db()
        self.assertEqual(self.routed.warned_at, at(20))
        self.assertIsNone(self.routed.overdue_at)

        self.assertEqual(run(at(20, 5)).warned, [])
        self.assertEqual(run(at(23, 59)).warned, [])
        self.assertEqual(len(mail.outbox), 1)

    def test_an_unrouted_question_warns_diskominfo(self):
        unrouted = ask()
        run(at(21))
        (message,) = mails_about(unrouted)
        self.assertEqual(set(message.to), {self.approver.email, self.admin.email})
        self.assertIn("belum diteruskan", message.body)
        self.assert_no_personal_data()

    def test_each_opd_hears_of_its_own_questions_only(self):
        for_disdik = ask()
        route_question(for_disdik, self.disdik, self.approver)
        run(at(20))
        (to_dinkes,) = mails_about(self.routed)
        (to_disdik,) = mails_about(for_disdik)
        self.assertEqual(set(to_dinkes.to), {user.email for user in self.operators_dinkes})
        self.assertEqual(to_disdik.to, [self.operator_disdik.email])
        self.assertNotIn(for_disdik.ticket_number, to_dinkes.body)

    def test_answered_and_closed_questions_are_left_alone(self):
        answer_question(self.routed, "Sudah kami perbaiki.", self.operators_dinkes[0])
        report = run(at(30))
        self.assertEqual((report.warned, report.overdue), ([], []))
        self.assertEqual(mail.outbox, [])


class OverdueTests(DeadlineWorld):
    def test_at_24_hours_the_question_is_escalated_and_the_inspektorat_told_once(self):
        run(at(20))
        mail.outbox.clear()
        report = run(at(24))
        self.assertEqual(report.overdue, [self.routed.ticket_number])
        self.assertEqual(report.escalated, [self.routed.ticket_number])
        self.routed.refresh_from_db()
        self.assertEqual(self.routed.overdue_at, at(24))
        self.assertEqual(self.routed.escalated_at, at(24))
        self.assertEqual(self.routed.status, Question.Status.ESCALATED)
        self.assertIsNone(self.routed.escalated_by)
        (message,) = mail.outbox
        self.assertEqual(set(message.to), {user.email for user in self.inspectors})
        self.assertIn("dieskalasi ke Inspektorat", message.subject)
        self.assertIn("Dinas Kesehatan", message.body)
        self.assertIn(ADMIN_URL, message.body)
        self.assert_no_personal_data()

        for when in (at(24), at(25), at(48)):
            report = run(when)
            self.assertEqual((report.warned, report.overdue, report.escalated), ([], [], []))
        self.assertEqual(len(mail.outbox), 1)

    def test_a_first_run_at_30_hours_escalates_without_a_late_warning(self):
        report = run(at(30))
        self.assertEqual((report.warned, report.overdue), ([], [self.routed.ticket_number]))
        (message,) = mail.outbox
        self.assertEqual(set(message.to), {user.email for user in self.inspectors})
        self.assertIn("Terlambat: 6 jam 0 menit.", message.body)
        self.routed.refresh_from_db()
        self.assertIsNone(self.routed.warned_at)  # no warning was sent, and the record says so
        self.assertEqual(self.routed.overdue_at, at(30))
        run(at(31))
        self.assertEqual(len(mail.outbox), 1)

    def test_a_question_already_escalated_by_hand_is_marked_overdue_and_reported(self):
        inspector = self.inspectors[0]
        escalate_question(self.routed, user=inspector, now=at(22))
        report = run(at(24))
        self.assertEqual((report.overdue, report.escalated), ([self.routed.ticket_number], []))
        self.routed.refresh_from_db()
        self.assertEqual((self.routed.escalated_by, self.routed.escalated_at), (inspector, at(22)))
        self.assertEqual(self.routed.overdue_at, at(24))
        (message,) = mails_about(self.routed)
        self.assertIn("Pertanyaan ini kini berstatus “Dieskalasi”", message.body)

    def test_the_escalated_question_still_gets_answered(self):
        run(at(25))
        self.routed.refresh_from_db()
        answer_question(self.routed, "Jawaban setelah eskalasi.", self.operators_dinkes[0])
        self.assertEqual(run(at(26)).overdue, [])


class CommandTests(DeadlineWorld):
    def test_dry_run_lists_without_sending_or_storing(self):
        output = run_command(at(20), "--dry-run")
        self.assertIn(f"Peringatan 20 jam: {self.routed.ticket_number}", output)
        self.assertIn("Uji coba: 1 peringatan dan 0 pertanyaan", output)
        self.assertEqual(mail.outbox, [])
        self.routed.refresh_from_db()
        self.assertIsNone(self.routed.warned_at)

    def test_the_command_reports_what_it_did(self):
        self.assertIn("1 peringatan terkirim; 0 pertanyaan lewat batas waktu", run_command(at(20)))
        output = run_command(at(24))
        self.assertIn(f"Lewat batas waktu: {self.routed.ticket_number}", output)
        self.assertIn("0 peringatan terkirim; 1 pertanyaan lewat batas waktu ditandai, 1 di antaranya", output)
        self.assertIn("0 peringatan terkirim; 0 pertanyaan", run_command(at(25)))


@pytest.mark.postgres
class ConcurrentRunTests(TransactionTestCase):
    """Two cron jobs at the same moment: every warning and every escalation still goes out once."""

    QUESTIONS = 6

    def setUp(self):
        operators = Group.objects.create(name="Operator Dinkes")
        self.opd = Opd.objects.create(name="Dinas Kesehatan", slug="dinkes", acronym="Dinkes", operator_group=operators)
        self.operator = UserFactory(username="operator.dinkes", groups=[operators])
        UserFactory(username="inspektur", groups=[Group.objects.get_or_create(name=roles.INSPEKTORAT)[0]])
        router = SuperuserFactory(username="admin.diskominfo")
        self.warned, self.overdue = [], []
        for index in range(self.QUESTIONS):
            # Half were asked 21 hours before the run (warning due), half 25 hours before (deadline passed).
            hours = 21 if index % 2 else 25
            question, _token = submit_question(
                **CITIZEN,
                category=Question.Category.KESEHATAN,
                question=QUESTION_TEXT,
                now=at(24) - datetime.timedelta(hours=hours),
            )
            route_question(question, self.opd, router)
            (self.warned if hours == 21 else self.overdue).append(question.ticket_number)

    def run_twice_at_once(self, when):
        barrier = threading.Barrier(2)
        reports, errors = [], []

        def job():
            try:
                barrier.wait(timeout=10)
                reports.append(check_deadlines(now=when))
            except Exception as error:  # re-raised below, in the test's thread
                errors.append(error)
            finally:
                connection.close()

        threads = [threading.Thread(target=job) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
        self.assertEqual(errors, [])
        return reports

    def test_two_concurrent_runs_send_each_step_once(self):
        reports = self.run_twice_at_once(at(24))
        self.assertEqual(sorted(sum((report.warned for report in reports), [])), sorted(self.warned))
        self.assertEqual(sorted(sum((report.overdue for report in reports), [])), sorted(self.overdue))
        self.assertEqual(sorted(sum((report.escalated for report in reports), [])), sorted(self.overdue))
        for ticket in self.warned + self.overdue:
            with self.subTest(ticket=ticket):
                self.assertEqual(len([m for m in mail.outbox if ticket in m.subject]), 1)
        self.assertEqual(Question.objects.filter(warned_at__isnull=False).count(), len(self.warned))
        self.assertEqual(Question.objects.filter(status=Question.Status.ESCALATED).count(), len(self.overdue))
