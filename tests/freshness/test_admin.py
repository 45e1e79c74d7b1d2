"""The freshness panel and report in the admin: who sees which sites, filters, the detail view, query ceiling."""

import datetime

import time_machine
from django.contrib.auth.models import Group
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from home.provisioning import provision_portal
from opd import roles
from opd.models import Opd
from opd.provisioning import provision_opd_site
from tests.factories import SuperuserFactory, UserFactory
from tests.freshness.test_charts import SVG, parse
from tests.moderation.factories import admin_client, draft_news

DINKES_ADVICE = "Terbitkan berita, pengumuman, atau agenda baru (batas hijau: 30 hari)."
NAMES = ("Badan Pendapatan Daerah", "Dinas Kesehatan", "Dinas Pendidikan")  # worst first: red, amber, green


def publish_news(opd, author, title):
    """``author`` drafts a news item on ``opd``'s site and it is published, as approving it would."""
    news = draft_news(opd.site.root_page.get_children().get(slug="berita"), author, title=title)
    news.get_latest_revision().publish(user=author, skip_permission_checks=True)


def positions(content, names):
    return [content.index(name) for name in names]


class FreshnessWorld:
    """Three OPD sites, scored today: Bapenda never published (red), Dinkes 40 days ago (amber), Disdik 2 days ago.

    Dinkes and Disdik each have an operator; Bapenda has none.
    """

    @classmethod
    def setUpTestData(cls):
        now = timezone.now()
        with time_machine.travel(now - datetime.timedelta(days=40), tick=False):
            provision_portal()
            cls.dinkes = provision_opd_site("dinkes", "Dinas Kesehatan", acronym="Dinkes").opd
            cls.disdik = provision_opd_site("disdik", "Dinas Pendidikan", acronym="Disdik").opd
            cls.bapenda = provision_opd_site(
                "bapenda", "Badan Pendapatan Daerah", acronym="Bapenda", kind=Opd.Kind.BADAN
            ).opd
            cls.operator_dinkes = UserFactory(groups=[cls.dinkes.operator_group], last_login=timezone.now())
            publish_news(cls.dinkes, cls.operator_dinkes, "Imunisasi dasar lengkap")
        with time_machine.travel(now - datetime.timedelta(days=2), tick=False):
            cls.operator_disdik = UserFactory(groups=[cls.disdik.operator_group], last_login=timezone.now())
            publish_news(cls.disdik, cls.operator_disdik, "Penerimaan siswa baru")
        cls.approver = UserFactory(groups=[Group.objects.get(name=roles.DISKOMINFO_APPROVER)])
        cls.superuser = SuperuserFactory()
        cls.humas = UserFactory(groups=[Group.objects.get(name=roles.HUMAS_WRITER)])

    def get(self, user, url, **params):
        return admin_client(user).get(url, params)


REPORT_URL = "/admin/kebaruan/"


class DiskominfoTests(FreshnessWorld, TestCase):
    def test_urls(self):
        self.assertEqual(reverse("freshness_report"), REPORT_URL)
        self.assertEqual(reverse("freshness_detail", args=(self.dinkes.pk,)), f"{REPORT_URL}{self.dinkes.pk}/")

    def test_dashboard_lists_every_site_worst_first_with_figures(self):
        for user in (self.approver, self.superuser):
            with self.subTest(user=user.username):
                response = self.get(user, reverse("wagtailadmin_home"))
                self.assertEqual(response.status_code, 200)
                content = response.content.decode()
                panel = content[content.index('id="freshness-section"') :]
                self.assertEqual(positions(panel, NAMES), sorted(positions(panel, NAMES)))
                for status in ("Tertinggal", "Perlu perhatian", "Baik"):
                    self.assertIn(status, panel)
                self.assertContains(
                    response,
                    f'<a href="{REPORT_URL}{self.dinkes.pk}/">Dinas Kesehatan</a>',
                    html=True,
                )
                self.assertContains(
                    response,
                    '<span class="w-status freshness-status freshness-status--kuning">'
                    '<span aria-hidden="true">!</span> Perlu perhatian</span>',
                    html=True,
                )
                self.assertContains(response, f'href="{REPORT_URL}"')
                self.assertNotContains(response, "freshness-chart", msg_prefix="the dashboard has no charts")

    def test_report_lists_every_site_worst_first_with_a_chart_each(self):
        response = self.get(self.approver, REPORT_URL)
        self.assertEqual(response.status_code, 200)
        self.assertEqual([row["site"].opd.name for row in response.context["rows"]], list(NAMES))
        content = response.content.decode()
        self.assertEqual(positions(content, NAMES), sorted(positions(content, NAMES)))
        self.assertEqual(content.count('class="freshness-chart freshness-chart--small"'), 3)
        self.assertContains(response, "3 situs OPD")
        self.assertContains(response, 'href="?export=csv"')

    def test_filters(self):
        cases = [
            ({"status": "merah"}, ["Badan Pendapatan Daerah"]),
            ({"status": "kuning"}, ["Dinas Kesehatan"]),
            ({"status": "hijau"}, ["Dinas Pendidikan"]),
            ({"kind": Opd.Kind.BADAN}, ["Badan Pendapatan Daerah"]),
            ({"kind": Opd.Kind.DINAS}, ["Dinas Kesehatan", "Dinas Pendidikan"]),
            ({"kind": Opd.Kind.DINAS, "status": "merah"}, []),
            ({"status": "ungu"}, list(NAMES)),  # an unknown value is ignored
        ]
        for params, expected in cases:
            with self.subTest(params=params):
                response = self.get(self.approver, REPORT_URL, **params)
                self.assertEqual([row["site"].opd.name for row in response.context["rows"]], expected)
                for name in set(NAMES) - set(expected):
                    self.assertNotContains(response, name)
        response = self.get(self.approver, REPORT_URL, status="merah")
        self.assertContains(response, "Tidak ada situs OPD", count=0)
        self.assertContains(response, 'href="?status=merah&amp;export=xlsx"')

    def test_detail_has_the_large_chart_and_the_advice(self):
        response = self.get(self.approver, reverse("freshness_detail", args=(self.dinkes.pk,)))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, DINKES_ADVICE)
        self.assertContains(response, "Yang perlu dilakukan agar hijau")
        svg = parse(response.context["chart"])
        self.assertEqual(len(svg.findall(f"{SVG}rect[@class='bar']")), 12)
        self.assertEqual(sum(int(t.text) for t in svg.findall(f"{SVG}text[@class='count']")), 1)
        self.assertIn("Dinas Kesehatan", svg.get("aria-label"))

    def test_unknown_opd_detail_is_404(self):
        no_site = Opd.objects.create(name="Biro Tanpa Situs", slug="biro-tanpa-situs")
        for opd_id in (no_site.pk, 999999):
            with self.subTest(opd_id=opd_id):
                self.assertEqual(self.get(self.approver, f"{REPORT_URL}{opd_id}/").status_code, 404)


class OperatorTests(FreshnessWorld, TestCase):
    def test_dashboard_shows_only_own_site_and_what_to_do(self):
        response = self.get(self.operator_dinkes, reverse("wagtailadmin_home"))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Kebaruan situs Anda")
        self.assertContains(response, "Dinas Kesehatan")
        self.assertContains(response, "Perlu perhatian")
        self.assertContains(response, "Terbitan terakhir 40 hari yang lalu.")
        self.assertContains(response, DINKES_ADVICE)
        for other in ("Dinas Pendidikan", "Badan Pendapatan Daerah", "Kebaruan semua situs OPD"):
            self.assertNotContains(response, other)

    def test_green_operator_is_told_nothing_is_needed(self):
        response = self.get(self.operator_disdik, reverse("wagtailadmin_home"))
        self.assertContains(response, "Situs ini dalam keadaan baik")
        self.assertNotContains(response, "Dinas Kesehatan")

    def test_report_shows_only_own_site(self):
        # Filters narrow the operator's own sites and never widen them.
        cases = [({}, [self.dinkes]), ({"kind": Opd.Kind.BADAN}, []), ({"status": "merah"}, [])]
        for params, expected in cases:
            with self.subTest(params=params):
                response = self.get(self.operator_dinkes, REPORT_URL, **params)
                self.assertEqual(response.status_code, 200)
                self.assertEqual([row["site"].opd for row in response.context["rows"]], expected)
                self.assertNotContains(response, "Dinas Pendidikan")
                self.assertNotContains(response, "Badan Pendapatan Daerah")

    def test_export_shows_only_own_site(self):
        for export in ("csv", "xlsx"):
            with self.subTest(export=export):
                response = self.get(self.operator_dinkes, REPORT_URL, export=export)
                self.assertEqual(response.status_code, 200)
                if export == "csv":
                    text = response.content.decode("utf-8-sig")
                    self.assertIn("Dinas Kesehatan", text)
                    self.assertNotIn("Dinas Pendidikan", text)
                    self.assertNotIn("Badan Pendapatan Daerah", text)

    def test_other_opds_detail_is_404_own_is_shown(self):
        for opd in (self.disdik, self.bapenda):
            with self.subTest(opd=opd.slug):
                response = self.get(self.operator_dinkes, reverse("freshness_detail", args=(opd.pk,)))
                self.assertEqual(response.status_code, 404)
                self.assertNotContains(response, opd.name, status_code=404)
        response = self.get(self.operator_dinkes, reverse("freshness_detail", args=(self.dinkes.pk,)))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, DINKES_ADVICE)

    def test_menu_item_only_for_those_with_access(self):
        home = reverse("wagtailadmin_home")
        for user in (self.approver, self.superuser, self.operator_dinkes):
            with self.subTest(user=user.username):
                self.assertContains(self.get(user, home), REPORT_URL)
        response = self.get(self.humas, home)
        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, REPORT_URL)
        self.assertNotContains(response, 'id="freshness-section"')

    def test_others_are_refused(self):
        # Wagtail answers an admin PermissionDenied with a redirect to the dashboard and an error message.
        for url in (REPORT_URL, f"{REPORT_URL}?export=csv", reverse("freshness_detail", args=(self.dinkes.pk,))):
            with self.subTest(url=url):
                response = self.get(self.humas, url)
                self.assertRedirects(response, reverse("wagtailadmin_home"), fetch_redirect_response=False)
        anonymous = self.client.get(REPORT_URL, HTTP_HOST="cms.localhost")
        self.assertEqual(anonymous.status_code, 302)
        self.assertIn(reverse("wagtailadmin_login"), anonymous["Location"])


class QueryCeilingTests(TestCase):
    """The dashboard and the report cost as many queries for 12 sites as for 3."""

    @classmethod
    def setUpTestData(cls):
        provision_portal()
        for n in range(3):
            cls.add_site(n)
        cls.approver = UserFactory(groups=[Group.objects.get(name=roles.DISKOMINFO_APPROVER)])

    @classmethod
    def add_site(cls, n):
        opd = provision_opd_site(f"uji{n}", f"Dinas Uji {n}", acronym=f"DU{n}").opd
        operator = UserFactory(groups=[opd.operator_group], last_login=timezone.now())
        if n % 2:
            publish_news(opd, operator, f"Berita {n}")

    def count(self, url):
        client = admin_client(self.approver)
        client.get(url)  # warm the per-process caches (content types, site root paths)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        self.assertEqual(response.status_code, 200)
        return len(queries)

    def test_queries_do_not_grow_with_sites(self):
        urls = (reverse("wagtailadmin_home"), REPORT_URL, f"{REPORT_URL}?export=csv", f"{REPORT_URL}?export=xlsx")
        few = {url: self.count(url) for url in urls}
        for n in range(3, 12):
            self.add_site(n)
        self.assertEqual(Opd.objects.with_site().count(), 12)
        many = {url: self.count(url) for url in urls}
        self.assertEqual(many, few)
