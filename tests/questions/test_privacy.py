"""Personal data under UU 27/2022: the retention purge at its boundary, and the subject's copy with its access log."""

import datetime
import json
import tempfile
from io import StringIO

import time_machine
from django.core.management import CommandError, call_command
from django.test import TestCase, override_settings
from django.utils import timezone

from opd.provisioning import provision_opd_site
from questions.models import PersonalDataAccess, Question
from questions.privacy import ANONYMISED_NAME, export_subject_data, normalise_phone, purge_personal_data
from questions.services import answer_question, route_question, submit_question
from tests.factories import UserFactory

NOW = timezone.make_aware(datetime.datetime(2026, 3, 2, 9, 0))
RETENTION = datetime.timedelta(days=730)


def ask(submitted_at, name="Siti Aminah", email="siti.aminah@example.net", phone="0812-3456-7890", text="Kapan?"):
    question, _token = submit_question(
        name=name, email=email, phone=phone, category=Question.Category.KESEHATAN, question=text, now=submitted_at
    )
    return question


class PrivacyWorld(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.dinkes = provision_opd_site("dinkes", "Dinas Kesehatan", acronym="Dinkes").opd
        cls.operator = UserFactory(
            username="operator.dinkes", first_name="Rina", last_name="Operator", groups=[cls.dinkes.operator_group]
        )
        cls.old = ask(NOW - RETENTION - datetime.timedelta(seconds=1), text="Puskesmas tutup jam berapa?")
        route_question(cls.old, cls.dinkes, cls.operator, now=cls.old.submitted_at)
        answer_question(cls.old, "Pukul 16.00 WIB.", cls.operator, now=cls.old.submitted_at)
        cls.boundary = ask(NOW - RETENTION, name="Andi Batas", email="andi@example.net", phone="")
        cls.recent = ask(NOW - datetime.timedelta(days=10), phone="+62 812 3456 7890")
        cls.stranger = ask(NOW, name="Orang Lain", email="lain@example.net", phone="0813-0000-1111")
        with time_machine.travel(NOW - datetime.timedelta(days=5), tick=False):
            cls.access = PersonalDataAccess.objects.create(
                question=cls.recent, user=cls.operator, purpose="Menghubungi penanya"
            )
        PersonalDataAccess.objects.create(question=cls.old, user=cls.operator, purpose="Verifikasi")


class PurgeTests(PrivacyWorld):
    def test_only_questions_older_than_the_retention_period_lose_their_personal_data(self):
        self.assertEqual(purge_personal_data(now=NOW), 1)
        self.old.refresh_from_db()
        self.assertEqual((self.old.name, self.old.email, self.old.phone), (ANONYMISED_NAME, "", ""))
        self.assertEqual(self.old.anonymised_at, NOW)
        # What the statistics need stays.
        self.assertEqual(self.old.question, "Puskesmas tutup jam berapa?")
        self.assertEqual(self.old.answer, "Pukul 16.00 WIB.")
        self.assertEqual((self.old.category, self.old.opd, self.old.status), ("kesehatan", self.dinkes, "dijawab"))
        self.assertIsNotNone(self.old.answered_at)
        self.assertEqual(self.old.personal_data_accesses.get().purpose, "Verifikasi")  # the access log stays
        for kept in (self.boundary, self.recent, self.stranger):
            with self.subTest(question=kept.name):
                kept.refresh_from_db()
                self.assertIsNone(kept.anonymised_at)
                self.assertNotEqual(kept.name, ANONYMISED_NAME)

    def test_exactly_at_the_boundary_the_data_is_kept_one_second_later_it_goes(self):
        self.assertEqual(purge_personal_data(now=NOW), 1)
        self.assertEqual(purge_personal_data(now=NOW + datetime.timedelta(seconds=1)), 1)
        self.boundary.refresh_from_db()
        self.assertEqual(self.boundary.email, "")

    def test_a_second_purge_finds_nothing_and_keeps_the_first_date(self):
        purge_personal_data(now=NOW)
        self.assertEqual(purge_personal_data(now=NOW), 0)
        self.old.refresh_from_db()
        self.assertEqual(self.old.anonymised_at, NOW)

    @override_settings(QUESTION_RETENTION_DAYS=7)
    def test_the_retention_period_is_a_setting(self):
        self.assertEqual(purge_personal_data(now=NOW), 3)
        self.stranger.refresh_from_db()
        self.assertIsNone(self.stranger.anonymised_at)

    def test_the_command_with_dry_run_only_counts(self):
        out = StringIO()
        with time_machine.travel(NOW, tick=False):
            call_command("purge_question_personal_data", "--dry-run", stdout=out)
        self.assertIn("Uji coba: data pribadi 1 pertanyaan berumur lebih dari 730 hari akan dihapus.", out.getvalue())
        self.old.refresh_from_db()
        self.assertIsNone(self.old.anonymised_at)
        out = StringIO()
        with time_machine.travel(NOW, tick=False):
            call_command("purge_question_personal_data", stdout=out)
        self.assertIn("Data pribadi 1 pertanyaan berumur lebih dari 730 hari telah dihapus.", out.getvalue())
        self.old.refresh_from_db()
        self.assertEqual(self.old.anonymised_at, NOW)


class SubjectExportTests(PrivacyWorld):
    def tickets(self, data):
        return [question["ticket_number"] for question in data["questions"]]

    def test_phones_are_compared_by_their_digits(self):
        self.assertEqual(normalise_phone("+62 812-3456-7890"), "081234567890")
        self.assertEqual(normalise_phone("0812 3456 7890"), "081234567890")
        self.assertEqual(normalise_phone("812.3456.7890"), "081234567890")
        self.assertEqual(normalise_phone(None), "")

    def test_by_email_every_question_of_the_subject_with_its_access_log(self):
        data = export_subject_data(email="  SITI.Aminah@Example.NET ")
        self.assertEqual(self.tickets(data), [self.old.ticket_number, self.recent.ticket_number])
        json.dumps(data)  # serialisable as it is
        recent = data["questions"][1]
        self.assertEqual(
            {key: recent[key] for key in ("name", "email", "phone", "category", "status", "question")},
            {
                "name": "Siti Aminah",
                "email": "siti.aminah@example.net",
                "phone": "+62 812 3456 7890",
                "category": "kesehatan",
                "status": "baru",
                "question": "Kapan?",
            },
        )
        self.assertEqual(recent["submitted_at"], "2026-02-20T09:00:00+07:00")
        self.assertEqual(
            recent["personal_data_accesses"],
            [
                {
                    "user": "Rina Operator",
                    "accessed_at": "2026-02-25T09:00:00+07:00",
                    "purpose": "Menghubungi penanya",
                }
            ],
        )
        old = data["questions"][0]
        self.assertEqual(old["opd"], {"slug": "dinkes", "name": "Dinas Kesehatan"})
        self.assertEqual(old["answer"], "Pukul 16.00 WIB.")
        self.assertNotIn("token_hash", old)

    def test_by_phone_in_another_format(self):
        data = export_subject_data(phone="+62-812-3456-7890")
        self.assertEqual(self.tickets(data), [self.old.ticket_number, self.recent.ticket_number])
        self.assertNotIn(self.stranger.ticket_number, self.tickets(data))

    def test_the_copy_is_itself_logged_as_an_access(self):
        export_subject_data(email="andi@example.net")
        (access,) = self.boundary.personal_data_accesses.all()
        self.assertIsNone(access.user)
        self.assertIn("subjek data", access.purpose)

    def test_anonymised_questions_are_no_longer_found(self):
        purge_personal_data(now=NOW)
        self.assertEqual(
            self.tickets(export_subject_data(email="siti.aminah@example.net")), [self.recent.ticket_number]
        )

    def test_neither_email_nor_phone_is_refused(self):
        with self.assertRaises(ValueError):
            export_subject_data(email=" ", phone="-")
        with self.assertRaises(CommandError):
            call_command("export_question_subject_data", stdout=StringIO())

    def test_the_command_writes_utf8_json(self):
        unicode_subject = ask(NOW, name="Siti Ñurhaliza – Jambi", email="nur@example.net", phone="")
        with tempfile.TemporaryDirectory() as directory:
            path = f"{directory}/subjek.json"
            out = StringIO()
            call_command("export_question_subject_data", "--email", "nur@example.net", "--output", path, stdout=out)
            self.assertIn("1 pertanyaan diekspor", out.getvalue())
            with open(path, encoding="utf-8") as stream:
                raw = stream.read()
        self.assertIn("Siti Ñurhaliza – Jambi", raw)  # not \u-escaped
        data = json.loads(raw)
        self.assertEqual(self.tickets(data), [unicode_subject.ticket_number])
        self.assertEqual(data["subject"], {"email": "nur@example.net", "phone": None})

    def test_the_command_prints_json_without_output(self):
        out = StringIO()
        call_command("export_question_subject_data", "--phone", "081300001111", stdout=out)
        self.assertEqual(self.tickets(json.loads(out.getvalue())), [self.stranger.ticket_number])
