"""The public board "Kebaruan Situs OPD" on the portal: every OPD site, its last update and status."""

import datetime

import time_machine
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageLogEntry, Site
from wagtail.test.utils import WagtailPageTestCase

from freshness.models import FreshnessBoardPage
from home.models import PortalHomePage
from home.provisioning import provision_portal
from opd.models import OpdHomePage
from opd.provisioning import provision_opd_site
from tests.factories import UserFactory
from tests.freshness.test_scoring import publish_news

START = timezone.make_aware(datetime.datetime(2026, 3, 2, 10, 0))


class FreshnessBoardTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        with time_machine.travel(START, tick=False):
            provision_portal()
            dinkes = provision_opd_site("dinkes", "Dinas Kesehatan", acronym="Dinkes").opd
            operator = UserFactory(groups=[dinkes.operator_group], last_login=START)
            publish_news(dinkes.site.root_page, operator, "Berita Dinkes")
            provision_opd_site("disdik", "Dinas Pendidikan", acronym="Disdik")
        cls.operator = operator

    def get(self, host="localhost"):
        with time_machine.travel(START + datetime.timedelta(days=3), tick=False):
            return self.client.get("/kebaruan/", HTTP_HOST=host)

    def test_lists_every_opd_site_worst_first_with_date_and_status(self):
        response = self.get()
        self.assertEqual(response.status_code, 200)
        html = response.content.decode()
        self.assertLess(html.index("Dinas Pendidikan"), html.index("Dinas Kesehatan"), "worst first")
        self.assertInHTML(
            '<td><time datetime="2026-03-02T10:00:00+07:00">2 Maret 2026</time></td>', html, msg_prefix="Dinkes"
        )
        self.assertInHTML("<td>Belum pernah</td>", html, msg_prefix="Disdik never published")
        self.assertInHTML(
            '<span class="status-badge status-merah"><span aria-hidden="true">✕</span> Tertinggal</span>', html
        )
        self.assertInHTML('<span class="status-badge status-hijau"><span aria-hidden="true">✓</span> Baik</span>', html)
        self.assertContains(response, "Terakhir diperbarui")

    def test_shows_no_internal_figures_or_people(self):
        response = self.get()
        self.assertNotContains(response, self.operator.username)
        self.assertNotContains(response, "Tidak ada operator aktif", msg_prefix="the findings stay in the admin")
        self.assertNotContains(response, "kiriman menunggu moderasi")

    def test_only_on_the_portal(self):
        self.assertEqual(self.get("dinkes.localhost").status_code, 404)

    def test_one_scoring_is_shared_until_a_publication_or_five_minutes(self):
        later = START + datetime.timedelta(days=3)
        disdik_never = "<td>Belum pernah</td>"
        with CaptureQueriesContext(connection) as cold:
            self.assertContains(self.get(), disdik_never, html=True)
        with CaptureQueriesContext(connection) as warm:
            self.assertContains(self.get(), disdik_never, html=True)
        self.assertLess(len(warm), len(cold), "the second view reuses the scores")

        PageLogEntry.objects.filter(action="wagtail.publish").delete()  # no signal: the cache does not know
        dinkes_date = '<td><time datetime="2026-03-02T10:00:00+07:00">2 Maret 2026</time></td>'
        self.assertContains(self.get(), dinkes_date, html=True)
        with time_machine.travel(later + datetime.timedelta(seconds=301), tick=False):
            response = self.client.get("/kebaruan/", HTTP_HOST="localhost")
        self.assertNotContains(response, dinkes_date, html=True, msg_prefix="scored again after the cache time")

        with time_machine.travel(later, tick=False):
            publish_news(Site.objects.get(hostname="disdik.localhost").root_page, self.operator, "Berita Disdik")
        disdik_date = '<td><time datetime="2026-03-05T10:00:00+07:00">5 Maret 2026</time></td>'
        self.assertContains(self.get(), disdik_date, html=True, msg_prefix="a publication clears the scores")


class FreshnessBoardTreeTests(WagtailPageTestCase):
    def test_lives_only_under_the_portal_home_and_has_no_children(self):
        self.assertAllowedParentPageTypes(FreshnessBoardPage, {PortalHomePage})
        self.assertAllowedSubpageTypes(FreshnessBoardPage, {})
        self.assertCanNotCreateAt(OpdHomePage, FreshnessBoardPage)
