"""Refused cross-OPD accesses are logged, and only Diskominfo reads the log.

Operator A asks the admin for B's page, image, document and Gubernur Menjawab question: each is a
404 and a row in the refusal log with who, from where, what, when, and nothing of the question's
content. The "Penolakan akses" report lists them for Diskominfo (newest first, filtered, paginated,
a fixed number of queries) and is a 404 for everyone else. Old rows are purged.
"""

import datetime

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from access.models import AccessRefusal
from questions import services
from tests.access.world import CANARY, AccessWorld

REPORT_URL = "/admin/penolakan-akses/"


@pytest.mark.postgres
@override_settings(TRUSTED_PROXIES=["127.0.0.1/32"])
class RefusalLogTests(AccessWorld, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.a, cls.b = cls.sites["A"], cls.sites["B"]
        cls.question, _token = services.submit_question(
            name=f"Warga {CANARY['B']}",
            email="warga@mail.id",
            phone="081234561234",
            category="pendidikan",
            question=f"Pertanyaan {CANARY['B']}",
        )
        services.route_question(cls.question, cls.b.opd, cls.users["approver"])

    def refused(self, url, kind, object_id, method="get"):
        """Request ``url`` as operator A from 203.0.113.7 (through the trusted proxy): a 404 and one new row."""
        self.login("operator_a")
        count = AccessRefusal.objects.count()
        response = getattr(self.client, method)(url, HTTP_HOST="cms.localhost", HTTP_X_FORWARDED_FOR="203.0.113.7")
        self.assertEqual(response.status_code, 404, url)
        self.assertEqual(AccessRefusal.objects.count(), count + 1, url)
        row = AccessRefusal.objects.latest("pk")
        self.assertEqual(
            (row.user, row.kind, row.object_id, row.path, row.method, row.client_ip),
            (self.users["operator_a"], kind, str(object_id), url, method.upper(), "203.0.113.7"),
        )
        return row

    def test_cross_opd_urls_are_refused_and_logged(self):
        self.refused(reverse("wagtailadmin_pages:edit", args=[self.b.draft.pk]), "page", self.b.draft.pk)
        self.refused(reverse("wagtailimages:edit", args=[self.b.image.pk]), "image", self.b.image.pk)
        self.refused(reverse("wagtaildocs:edit", args=[self.b.document.pk]), "document", self.b.document.pk)

    def test_another_opds_question_is_refused_and_logged_without_its_content(self):
        pk = self.question.pk
        row = self.refused(f"/admin/questions/question/inspect/{pk}/", "question", pk)
        self.refused(f"/admin/questions/question/answer/{pk}/", "question", pk, method="post")
        self.refused(f"/admin/questions/question/edit/{pk}/", "question", pk)
        stored = " ".join(str(value) for value in AccessRefusal.objects.values_list().get(pk=row.pk))
        self.assertNotIn(CANARY["B"], stored)
        # A question that does not exist is a 404 with nothing to log.
        self.login("operator_a")
        response = self.get("/admin/questions/question/inspect/999999/")
        self.assertEqual(response.status_code, 404)
        self.assertFalse(AccessRefusal.objects.filter(object_id="999999").exists())

    def test_a_repeated_refusal_is_one_row(self):
        url = reverse("wagtailimages:edit", args=[self.b.image.pk])
        self.refused(url, "image", self.b.image.pk)
        self.get(url)
        self.assertEqual(AccessRefusal.objects.filter(path=url).count(), 1)

    def test_own_objects_are_not_logged(self):
        self.login("operator_a")
        self.assertEqual(self.get(reverse("wagtailadmin_pages:edit", args=[self.a.draft.pk])).status_code, 200)
        self.assertEqual(self.get(reverse("wagtailimages:edit", args=[self.a.image.pk])).status_code, 200)
        self.assertFalse(AccessRefusal.objects.exists())

    def _log_rows(self, count):
        operator = self.users["operator_a"]
        AccessRefusal.objects.bulk_create(
            AccessRefusal(user=operator, kind="image", object_id=str(n), path=f"/admin/images/{n}/", method="GET")
            for n in range(count)
        )

    def test_diskominfo_reads_the_log_newest_first_filtered_by_user_and_kind(self):
        self.refused(reverse("wagtaildocs:edit", args=[self.b.document.pk]), "document", self.b.document.pk)
        self.login("operator_b")
        self.get(reverse("wagtailimages:edit", args=[self.a.image.pk]))
        operator_b = self.users["operator_b"]
        for role in ("approver", "superuser"):
            with self.subTest(role):
                self.login(role)
                response = self.get(REPORT_URL)
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, "Penolakan akses")
                rows = list(response.context["object_list"])
                self.assertEqual([row.user for row in rows], [operator_b, self.users["operator_a"]])
                self.assertContains(response, "203.0.113.7")
                by_kind = self.get(REPORT_URL, kind="document").context["object_list"]
                self.assertEqual([row.kind for row in by_kind], ["document"])
                by_user = self.get(REPORT_URL, user=operator_b.pk).context["object_list"]
                self.assertEqual([row.user for row in by_user], [operator_b])
        self.login("approver")
        menu = self.get(reverse("wagtailadmin_home"))
        self.assertContains(menu, REPORT_URL)

    def test_the_report_costs_a_fixed_number_of_queries_and_is_paginated(self):
        self.login("approver")
        self._log_rows(3)
        self.get(REPORT_URL)  # warm caches (content types, site root paths)
        with CaptureQueriesContext(connection) as few:
            self.get(REPORT_URL)
        self._log_rows(120)
        with CaptureQueriesContext(connection) as many:
            response = self.get(REPORT_URL)
        self.assertEqual(len(many), len(few))
        self.assertEqual(len(response.context["object_list"]), 50)
        self.assertEqual(response.context["page_obj"].paginator.count, 123)

    def test_nobody_else_sees_the_log(self):
        self._log_rows(1)
        for role in ("operator_a", "operator_b", "head_a", "humas", "inspektorat"):
            with self.subTest(role):
                self.login(role)
                self.assertEqual(self.get(REPORT_URL).status_code, 404)
                self.assertEqual(self.get(REPORT_URL + "hasil/").status_code, 404)
                home = self.get(reverse("wagtailadmin_home"))
                self.assertNotContains(home, REPORT_URL)

    def test_old_rows_are_purged(self):
        self._log_rows(2)
        old = AccessRefusal.objects.first()
        AccessRefusal.objects.filter(pk=old.pk).update(created_at=timezone.now() - datetime.timedelta(days=181))
        call_command("purge_access_refusals", "--dry-run", stdout=open("/dev/null", "w"))  # noqa: SIM115
        self.assertTrue(AccessRefusal.objects.filter(pk=old.pk).exists())
        call_command("purge_access_refusals", stdout=open("/dev/null", "w"))  # noqa: SIM115
        self.assertFalse(AccessRefusal.objects.filter(pk=old.pk).exists())
        self.assertEqual(AccessRefusal.objects.count(), 1)
