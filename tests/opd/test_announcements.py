"""Expired announcements leave the site: listings, home page, their URL, the sitemap and search."""

import datetime
from io import StringIO

from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.test import TestCase
from django.utils import timezone

from opd.models import AnnouncementPage
from tests.factories import AnnouncementPageFactory, build_world

DINKES = "dinkes.localhost"


def days(n):
    return timezone.localdate() + datetime.timedelta(days=n)


class ExpiredAnnouncementTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_world(items=2)
        index = cls.world.opds["dinkes"].sections["pengumuman"]
        cls.expired = AnnouncementPageFactory(
            parent=index, title="Lelang Zebrakedaluwarsa", date=days(-5), expiry_date=days(-1)
        )
        cls.last_day = AnnouncementPageFactory(
            parent=index, title="Seleksi Zebrahariini", date=days(-5), expiry_date=days(0)
        )

    def get(self, path, host=DINKES, **params):
        return self.client.get(path, params, HTTP_HOST=host)

    def link(self, page):
        return f'<a href="{page.relative_url(page.get_site())}">{page.title}</a>'

    def test_index_lists_the_last_day_but_not_the_expired(self):
        response = self.get("/pengumuman/")
        listed = [item.pk for item in response.context["items"]]
        self.assertIn(self.last_day.pk, listed)
        self.assertNotIn(self.expired.pk, listed)
        self.assertContains(response, self.link(self.last_day), html=True)
        self.assertNotContains(response, "Zebrakedaluwarsa")

    def test_home_shows_the_last_day_but_not_the_expired(self):
        response = self.get("/")
        shown = [item.pk for item in response.context["announcements"]]
        self.assertIn(self.last_day.pk, shown)
        self.assertNotIn(self.expired.pk, shown)
        self.assertContains(response, self.link(self.last_day), html=True)
        self.assertNotContains(response, "Zebrakedaluwarsa")

    def test_expired_url_is_404_and_last_day_is_served(self):
        self.assertEqual(self.get("/pengumuman/lelang-zebrakedaluwarsa/").status_code, 404)
        response = self.get("/pengumuman/seleksi-zebrahariini/")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "<h1>Seleksi Zebrahariini</h1>", html=True)

    def test_sitemap_leaves_out_the_expired(self):
        response = self.get("/sitemap.xml")
        self.assertContains(response, "<loc>http://dinkes.localhost/pengumuman/seleksi-zebrahariini/</loc>")
        self.assertNotContains(response, "zebrakedaluwarsa")

    def test_search_never_finds_the_expired(self):
        for host in (DINKES, "localhost"):
            with self.subTest(host=host):
                response = self.get("/cari/", host=host, q="Zebrakedaluwarsa")
                self.assertEqual(list(response.context["results"]), [])
                self.assertNotContains(response, 'href="/pengumuman/lelang-zebrakedaluwarsa/"')
                response = self.get("/cari/", host=host, q="Zebrahariini")
                self.assertEqual([hit.pk for hit in response.context["results"]], [self.last_day.pk])

    def test_expire_at_is_the_start_of_the_day_after_expiry(self):
        self.assertEqual(
            self.expired.expire_at,
            timezone.make_aware(datetime.datetime.combine(days(0), datetime.time.min)),
        )
        self.assertEqual(
            self.last_day.expire_at,
            timezone.make_aware(datetime.datetime.combine(days(1), datetime.time.min)),
        )

    def test_publish_scheduled_unpublishes_the_expired_only(self):
        call_command("publish_scheduled", stdout=StringIO())
        self.expired.refresh_from_db()
        self.last_day.refresh_from_db()
        self.assertFalse(self.expired.live)
        self.assertTrue(self.expired.expired)
        self.assertTrue(self.last_day.live)
        self.assertEqual(self.get("/pengumuman/lelang-zebrakedaluwarsa/").status_code, 404)

    def test_changing_the_expiry_moves_expire_at(self):
        self.last_day.expiry_date = days(10)
        self.last_day.save()
        self.assertEqual(
            self.last_day.expire_at, timezone.make_aware(datetime.datetime.combine(days(11), datetime.time.min))
        )


class AnnouncementValidationTests(TestCase):
    def test_expiry_date_is_required(self):
        page = AnnouncementPage(title="Tanpa batas", slug="tanpa-batas", body=[])
        with self.assertRaises(ValidationError) as caught:
            page.full_clean()
        self.assertIn("expiry_date", caught.exception.message_dict)

    def test_expiry_before_the_date_is_refused(self):
        page = AnnouncementPage(title="Terbalik", date=days(0), expiry_date=days(-1))
        with self.assertRaises(ValidationError) as caught:
            page.clean()
        self.assertEqual(
            caught.exception.message_dict["expiry_date"], ["Tanggal berlaku tidak boleh sebelum tanggal pengumuman."]
        )

    def test_is_expired_is_false_on_the_last_day(self):
        self.assertFalse(AnnouncementPage(expiry_date=days(0)).is_expired)
        self.assertTrue(AnnouncementPage(expiry_date=days(-1)).is_expired)
