"""A NIK, a phone number and an e-mail address typed into a question or its answer, through HTTP.

Public pages (Tanya Jawab, the tracking page) show masks; the retention purge leaves none of them in
the database; staff meet them only on the question's detail page, where the asker's personal data
is and each showing is logged; lists and search never show them.
"""

import datetime
import importlib
from io import StringIO

import pytest
import time_machine
from django.apps import apps
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import Client, TestCase
from django.urls import reverse
from django.utils import timezone

from home.provisioning import provision_portal
from opd import roles
from opd.provisioning import provision_opd_site
from questions import services
from questions.models import LaporForward, PersonalDataAccess, Question
from tests.factories import UserFactory

pytestmark = pytest.mark.postgres

NIK, PHONE, PHONE_INTL, EMAIL = "1571021234560001", "0812-3456-7890", "+62 853 1111 2222", "siti.aminah@contoh.id"
OFFICE_EMAIL = "pengaduan.warga@contoh.id"
TYPED = (NIK, PHONE, PHONE_INTL, EMAIL, OFFICE_EMAIL)
# The same data however a page might print it: digits only, or HTML-escaped.
TYPED_FORMS = (*TYPED, "081234567890", "6285311112222", "siti.aminah&#64;contoh.id")
MASKS = ("[NIK disamarkan]", "[nomor telepon disamarkan]", "[e-mail disamarkan]")
QUESTION = (
    f"Saya Siti, NIK {NIK}, HP {PHONE} atau {PHONE_INTL}, e-mail {EMAIL}. Bantuan Rp 1.500.000 menurut "
    "UU 27/2022 belum cair sejak 08-12-2025. Kapan dibayarkan?"
)
ANSWER = f"Bantuan dibayarkan Januari 2026. Kami sudah menelepon {PHONE}; keluhan lain ke {OFFICE_EMAIL}."
KEPT = ("Rp 1.500.000", "UU 27/2022", "08-12-2025", "Januari 2026")
URL = "/gubernur-menjawab/"
ADMIN_HOST = "cms.localhost"
NOW = timezone.make_aware(datetime.datetime(2026, 3, 2, 9, 0))


def admin_url(action, question=None):
    name = f"questions_question_modeladmin_{action}"
    return reverse(name, args=(question.pk,)) if question else reverse(name)


class PersonalDataInTextWorld(TestCase):
    @classmethod
    def setUpTestData(cls):
        provision_portal()
        cls.dinkes = provision_opd_site("dinkes", "Dinas Kesehatan", acronym="Dinkes").opd
        cls.disdik = provision_opd_site("disdik", "Dinas Pendidikan", acronym="Disdik").opd
        group = Group.objects.get
        cls.users = {
            "approver": UserFactory(username="penyetuju", groups=[group(name=roles.DISKOMINFO_APPROVER)]),
            "humas": UserFactory(username="humas", groups=[group(name=roles.HUMAS_WRITER)]),
            "inspektorat": UserFactory(username="inspektorat", groups=[group(name=roles.INSPEKTORAT)]),
            "operator_dinkes": UserFactory(username="operator.dinkes", groups=[cls.dinkes.operator_group]),
            "operator_disdik": UserFactory(username="operator.disdik", groups=[cls.disdik.operator_group]),
            "head_dinkes": UserFactory(username="kepala.dinkes", groups=[roles.ensure_head_group(cls.dinkes)]),
        }
        with time_machine.travel(NOW, tick=False):
            cls.question, cls.token = services.submit_question(
                name="Siti Aminah",
                email=EMAIL,
                phone=PHONE,
                category=Question.Category.KEPENDUDUKAN,
                question=QUESTION,
                consent_to_publish=True,
            )
            services.route_question(cls.question, cls.dinkes, cls.users["approver"])
            services.answer_question(cls.question, ANSWER, cls.users["operator_dinkes"])

    def assert_masked(self, response):
        self.assertEqual(response.status_code, 200)
        for value in TYPED_FORMS:
            self.assertNotContains(response, value)
        for mask in MASKS:
            self.assertContains(response, mask)
        for value in KEPT:
            self.assertContains(response, value)

    def staff(self, role):
        client = Client(HTTP_HOST=ADMIN_HOST)
        client.force_login(self.users[role])
        return client


class PublicPagesTests(PersonalDataInTextWorld):
    def test_the_tanya_jawab_list_shows_masks(self):
        response = self.client.get(URL + "tanya-jawab/", HTTP_HOST="localhost")
        self.assert_masked(response)
        self.assertContains(response, "Kapan dibayarkan?")

    def test_the_tracking_page_shows_masks(self):
        self.assert_masked(self.client.get(f"{URL}lacak/{self.token}/", HTTP_HOST="localhost"))


class PurgeTests(PersonalDataInTextWorld):
    def test_the_purge_command_leaves_none_in_the_database(self):
        services.forward_to_lapor(self.question, self.users["approver"])
        LaporForward.objects.filter(question=self.question).update(
            status=LaporForward.Status.FAILED, last_error=f"HTTP 422: pelapor {EMAIL} / {PHONE} sudah terdaftar"
        )
        with time_machine.travel(NOW + datetime.timedelta(days=731), tick=False):
            call_command("purge_question_personal_data", stdout=StringIO())
        question = Question.objects.get(pk=self.question.pk)
        forward = LaporForward.objects.get(question=question)
        stored = " ".join(
            [question.name, question.email, question.phone, question.question, question.answer, forward.last_error]
        )
        for value in (*TYPED, "081234567890", "Siti Aminah"):
            self.assertNotIn(value, stored)
        self.assertIn("[NIK disamarkan]", question.question)
        self.assertIn("[e-mail disamarkan]", question.question)
        self.assertIn("[nomor telepon disamarkan]", question.answer)
        self.assertIn("Kapan dibayarkan?", question.question, "the rest of the question stays for statistics")
        self.assertEqual(forward.last_error, "")
        self.assertIsNotNone(question.anonymised_at)
        # Staff who open it afterwards find the masks too.
        self.assert_masked(self.staff("approver").get(admin_url("inspect", question)))

    def test_questions_anonymised_before_the_masking_are_masked_by_the_migration(self):
        Question.objects.filter(pk=self.question.pk).update(anonymised_at=NOW, name="[dihapus]", email="", phone="")
        migration = importlib.import_module("questions.migrations.0003_mask_text_of_anonymised_questions")
        migration.mask_anonymised(apps, None)
        question = Question.objects.get(pk=self.question.pk)
        for value in TYPED:
            self.assertNotIn(value, question.question + question.answer)
        self.assertIn("[NIK disamarkan]", question.question)


class StaffTests(PersonalDataInTextWorld):
    def test_lists_and_search_never_show_the_typed_data(self):
        ticket = self.question.ticket_number
        for role in ("approver", "humas", "inspektorat", "operator_dinkes", "operator_disdik"):
            client = self.staff(role)
            with self.subTest(role=role):
                response = client.get(admin_url("index"))
                self.assertEqual(response.status_code, 200)
                if role == "operator_disdik":
                    self.assertNotContains(response, ticket)
                else:
                    self.assertContains(response, ticket)
                for value in (*TYPED_FORMS, "Kapan dibayarkan?"):
                    self.assertNotContains(response, value)
                for term in (NIK, "siti.aminah", "0812"):
                    self.assertNotContains(client.get(admin_url("index"), {"q": term}), ticket)
        self.assertFalse(PersonalDataAccess.objects.exists(), "a list shows no personal data, so logs nothing")

    def test_staff_without_the_right_see_nothing_of_it(self):
        for role in ("operator_disdik", "head_dinkes"):
            with self.subTest(role=role):
                response = self.staff(role).get(admin_url("inspect", self.question))
                self.assertIn(response.status_code, (302, 404))
                for value in TYPED_FORMS:
                    self.assertNotContains(response, value, status_code=response.status_code)
        self.assertFalse(PersonalDataAccess.objects.exists())

    def test_staff_with_the_right_see_it_on_the_detail_page_and_it_is_logged(self):
        for role in ("approver", "humas", "inspektorat", "operator_dinkes"):
            with self.subTest(role=role):
                response = self.staff(role).get(admin_url("inspect", self.question))
                self.assertEqual(response.status_code, 200)
                for value in TYPED:
                    self.assertContains(response, value)
                access = PersonalDataAccess.objects.get(question=self.question, user=self.users[role])
                self.assertEqual(access.purpose, "lihat detail")
