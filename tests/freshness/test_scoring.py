"""The freshness rules, each pinned at its thresholds with time travel; and the fixed query count."""

import datetime

import time_machine
from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from freshness.scoring import AMBER, GREEN, RED, score_sites
from opd.models import AnnouncementPage, Opd, PublicInformation, ServicePage
from opd.provisioning import provision_opd_site
from tests.factories import UserFactory
from tests.moderation.factories import draft_news

START = timezone.make_aware(datetime.datetime(2026, 1, 5, 9, 0))


def days(n):
    return START + datetime.timedelta(days=n)


def score(slug, when):
    with time_machine.travel(when, tick=False):
        return {site.opd.slug: site for site in score_sites()}[slug]


def publish_news(home, author, title):
    news = draft_news(home.get_children().get(slug="berita"), author, title=title)
    news.get_latest_revision().publish(user=author, skip_permission_checks=True)
    return news


def codes(site):
    return {finding.code: finding.status for finding in site.findings}


class RulesTests(TestCase):
    """Dinkes is provisioned at START, publishes one news item then and has one operator who logs in then."""

    @classmethod
    def setUpTestData(cls):
        with time_machine.travel(START, tick=False):
            cls.opd = provision_opd_site("dinkes", "Dinas Kesehatan", acronym="Dinkes").opd
            cls.operator = UserFactory(groups=[cls.opd.operator_group], last_login=START)
            cls.home = cls.opd.site.root_page
            publish_news(cls.home, cls.operator, "Berita pertama")

    def section(self, slug):
        return self.home.get_children().get(slug=slug).specific

    def test_fresh_site_is_green(self):
        site = score("dinkes", days(1))
        self.assertEqual(site.status, GREEN, site.findings)
        self.assertEqual(site.last_published_at, START)
        self.assertEqual((site.published_30, site.published_90), (1, 1))

    def test_last_publication_turns_amber_at_30_days_and_red_at_90(self):
        self.assertNotIn("last_publication", codes(score("dinkes", days(29))))
        self.assertEqual(codes(score("dinkes", days(30)))["last_publication"], AMBER)
        self.assertEqual(codes(score("dinkes", days(89)))["last_publication"], AMBER)
        red = score("dinkes", days(90))
        self.assertEqual(codes(red)["last_publication"], RED)
        self.assertEqual(red.status, RED)
        self.assertEqual(red.red_since, days(90))

    def test_a_new_publication_makes_it_green_again(self):
        with time_machine.travel(days(100), tick=False):
            publish_news(self.home, self.operator, "Berita baru")
        site = score("dinkes", days(101))
        self.assertNotIn("last_publication", codes(site))
        self.assertEqual(site.published_30, 1, "one publication in the last 30 days")

    @override_settings(FRESHNESS_THRESHOLDS={"amber_after_days": 7, "red_after_days": 14})
    def test_thresholds_come_from_settings(self):
        self.assertEqual(codes(score("dinkes", days(7)))["last_publication"], AMBER)
        self.assertEqual(codes(score("dinkes", days(14)))["last_publication"], RED)

    def test_waiting_submission_amber_after_2_days_red_after_7(self):
        with time_machine.travel(days(1), tick=False):
            page = draft_news(self.section("berita"), self.operator, title="Menunggu")
            page.get_workflow().start(page, self.operator)
        site = score("dinkes", days(1) + datetime.timedelta(days=2, seconds=-1))
        self.assertEqual((site.waiting, site.oldest_waiting_since), (1, days(1)))
        self.assertNotIn("waiting", codes(site))
        self.assertEqual(codes(score("dinkes", days(3)))["waiting"], AMBER)
        self.assertEqual(codes(score("dinkes", days(8)))["waiting"], RED)

    def test_berkala_item_older_than_six_months(self):
        ppid = self.section("ppid")
        item = dict(summary="Ringkas.", official_in_charge="Sekretariat", producer="Subbag", retention_period="5 tahun")
        ppid.information_items.add(
            PublicInformation(category=PublicInformation.Category.BERKALA, title="Laporan", date=START.date(), **item),
            PublicInformation(category=PublicInformation.Category.SETIAP_SAAT, title="SOP", date=START.date(), **item),
        )
        ppid.save_revision().publish()
        self.assertEqual(score("dinkes", days(180)).stale_berkala, 0, "5 January + 6 months is 5 July")
        site = score("dinkes", START.replace(month=7, day=6))
        self.assertEqual(site.stale_berkala, 1, "only the berkala item counts")
        self.assertEqual(codes(site)["stale_berkala"], AMBER)

    def test_expired_announcement_still_live(self):
        index = self.section("pengumuman")
        with time_machine.travel(START, tick=False):
            index.add_child(
                instance=AnnouncementPage(title="Libur", date=START.date(), expiry_date=days(3).date(), body=[])
            ).save_revision().publish()
        self.assertEqual(score("dinkes", days(3)).expired_live, 0, "the last valid day")
        site = score("dinkes", days(4))
        self.assertEqual(site.expired_live, 1)
        self.assertIn("expired_live", codes(site))

    def test_service_with_incomplete_standard(self):
        index = self.section("layanan")
        service = ServicePage(title="Surat sehat", summary="Surat keterangan sehat.")
        for name in ServicePage.STANDARD_FIELDS:
            setattr(service, name, "Lengkap.")
        index.add_child(instance=service).save_revision().publish()
        self.assertNotIn("incomplete_services", codes(score("dinkes", days(1))))
        service.refresh_from_db()
        service.cost = ""
        service.save_revision().publish()
        self.assertEqual(score("dinkes", days(1)).incomplete_services, 1)

    def test_operator_inactive_after_60_days_and_no_operator_is_red(self):
        self.assertNotIn("inactive_operators", codes(score("dinkes", days(59))))
        site = score("dinkes", days(60))
        self.assertEqual((site.operators, site.inactive_operators), (1, 1))
        self.operator.is_active = False
        self.operator.save()
        site = score("dinkes", days(1))
        self.assertEqual(site.operators, 0)
        self.assertEqual(codes(site)["no_operator"], RED)

    def test_an_account_that_never_logged_in_counts_only_after_the_threshold(self):
        with time_machine.travel(START, tick=False):
            UserFactory(groups=[self.opd.operator_group], last_login=None)
        self.assertEqual(score("dinkes", days(59)).inactive_operators, 0)
        self.assertEqual(score("dinkes", days(60)).inactive_operators, 2)

    def test_monthly_publications_for_twelve_months(self):
        site = score("dinkes", days(40))
        self.assertEqual(len(site.monthly), 12)
        self.assertEqual(site.monthly[-1][0], datetime.date(2026, 2, 1))
        self.assertEqual(site.monthly[-2], (datetime.date(2026, 1, 1), site.published_90))
        self.assertEqual(sum(count for _month, count in site.monthly), site.published_90)


class OrderAndQueryCountTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        author = UserFactory()
        with time_machine.travel(START, tick=False):
            publish_news(provision_opd_site("dinkes", "Dinas Kesehatan", acronym="Dinkes").site.root_page, author, "A")
            provision_opd_site("dlh", "Dinas Lingkungan Hidup", acronym="DLH")
        with time_machine.travel(days(50), tick=False):
            publish_news(provision_opd_site("disdik", "Dinas Pendidikan", acronym="Disdik").site.root_page, author, "B")

    def test_a_new_site_without_publications_is_red(self):
        site = score("dlh", START)
        self.assertIsNone(site.last_published_at)
        self.assertEqual(codes(site)["no_publication"], RED)

    def test_worst_first(self):
        with time_machine.travel(days(60), tick=False):
            self.assertEqual([site.opd.slug for site in score_sites()], ["dlh", "dinkes", "disdik"])

    def test_queries_do_not_grow_with_sites(self):
        def count():
            with CaptureQueriesContext(connection) as queries:
                score_sites()
            return len(queries)

        few = count()
        for n in range(8):
            provision_opd_site(f"uji{n}", f"Dinas Uji {n}")
        self.assertEqual(Opd.objects.filter(site__isnull=False).count(), 11)
        self.assertEqual(count(), few)
        self.assertLessEqual(few, 12)
