"""The moderation queue: everything waiting on every site, oldest first, for Diskominfo's approvers only."""

import datetime
import re

import time_machine
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from tests.moderation.factories import admin_client, build_moderation_world, draft_news, submit

REPORT = reverse("moderation_queue")
DASHBOARD = reverse("wagtailadmin_home")


def rows(response):
    """(OPD, title) of every row of the queue table, in order."""
    html = response.content.decode()
    start = html.index('<table class="listing')
    table = html[start : html.index("</table>", start)]
    cells = re.findall(r"<tr>\s*<td>([^<]*)</td>\s*<td class=\"title\"><a [^>]*>([^<]*)</a>", table)
    return [(opd.strip(), title.strip()) for opd, title in cells]


class ModerationQueueTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_moderation_world()
        start = timezone.now() - datetime.timedelta(days=3)
        cls.items = [
            (cls.world.operator_disdik, cls.world.disdik, "PPDB dibuka", start + datetime.timedelta(hours=5)),
            (cls.world.operator_dinkes, cls.world.dinkes, "Vaksinasi gratis", start),
            (cls.world.humas, None, "Kunjungan Gubernur", start + datetime.timedelta(days=1)),
        ]
        for author, opd, title, when in cls.items:
            index = cls.world.news_index(opd) if opd else cls.world.portal.get_children().get(slug="berita")
            with time_machine.travel(when, tick=False):
                page = draft_news(index, author, title=title)
                submit(author, page)

    def test_report_lists_every_site_oldest_first(self):
        response = admin_client(self.world.approver).get(REPORT)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(
            rows(response),
            [("Dinkes", "Vaksinasi gratis"), ("Disdik", "PPDB dibuka"), ("Portal", "Kunjungan Gubernur")],
        )
        self.assertContains(response, "Siti Aminah")
        self.assertContains(response, "Persetujuan Diskominfo")
        self.assertContains(response, "3\u00a0hari</time>", msg_prefix="how long the oldest has waited")

    def test_report_filters_by_opd(self):
        response = admin_client(self.world.approver).get(REPORT, {"opd": self.world.dinkes.pk})
        self.assertEqual(rows(response), [("Dinkes", "Vaksinasi gratis")])

    def test_dashboard_panel_for_approvers(self):
        response = admin_client(self.world.approver).get(DASHBOARD)
        self.assertContains(response, "Antrean moderasi semua situs")
        self.assertEqual(rows(response)[0], ("Dinkes", "Vaksinasi gratis"))
        self.assertContains(response, "Lihat seluruh antrean (3 menunggu)")

    def test_nobody_else_sees_the_queue(self):
        for user in (self.world.operator_dinkes, self.world.humas, self.world.head_dinkes):
            with self.subTest(user=user.username):
                client = admin_client(user)
                refused = client.get(REPORT)
                self.assertRedirects(refused, DASHBOARD, fetch_redirect_response=False)
                self.assertNotIn(b"Vaksinasi gratis", refused.content)
                dashboard = client.get(DASHBOARD)
                self.assertNotContains(dashboard, "Antrean moderasi semua situs")
                self.assertNotContains(dashboard, "PPDB dibuka", msg_prefix="no other OPD's submission")

    def test_queries_do_not_grow_with_the_queue(self):
        def count():
            with CaptureQueriesContext(connection) as queries:
                self.assertEqual(admin_client(self.world.approver).get(REPORT).status_code, 200)
            return len(queries)

        few = count()
        index = self.world.news_index(self.world.dinkes)
        for n in range(12):
            submit(self.world.operator_dinkes, draft_news(index, self.world.operator_dinkes, title=f"Berita {n}"))
        self.assertEqual(count(), few)
