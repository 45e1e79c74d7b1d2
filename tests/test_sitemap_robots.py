"""Per-site sitemap.xml and robots.txt: each host lists its own live, public pages and points at its own sitemap."""

import xml.etree.ElementTree as ET

from django.test import TestCase
from wagtail.models import PageViewRestriction

from tests.factories import NewsPageFactory, StandardPageFactory, build_world

SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def sitemap_locations(response):
    root = ET.fromstring(response.content)  # noqa: S314 - our own response
    return [loc.text for loc in root.findall("sm:url/sm:loc", SITEMAP_NS)]


class SitemapTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_world(items=2)
        dinkes = cls.world.opds["dinkes"]
        news_index = dinkes.sections["berita"]
        cls.never_published = NewsPageFactory(parent=news_index, title="Draf Rahasia", live=False)
        cls.never_published.save_revision()
        cls.unpublished = NewsPageFactory(parent=news_index, title="Ditarik Kembali")
        cls.unpublished.save_revision().publish()
        cls.unpublished.unpublish()
        cls.private = StandardPageFactory(parent=dinkes.home, title="Khusus Pegawai")
        PageViewRestriction.objects.create(
            page=cls.private, restriction_type=PageViewRestriction.PASSWORD, password="rahasia"
        )

    def expected_locations(self, world_site):
        """Every live, public page of the site, as an absolute URL on its host."""
        pages = world_site.home.get_descendants(inclusive=True).live().public().order_by("path")
        return [f"http://{world_site.hostname}{page.relative_url(world_site.site)}" for page in pages]

    def test_each_site_lists_exactly_its_own_live_public_pages(self):
        for world_site in (self.world.portal, *self.world.opds.values()):
            with self.subTest(host=world_site.hostname):
                response = self.client.get("/sitemap.xml", HTTP_HOST=world_site.hostname)
                self.assertEqual(response.status_code, 200)
                self.assertEqual(response["Content-Type"], "application/xml")
                locations = sitemap_locations(response)
                self.assertEqual(locations, self.expected_locations(world_site))
                self.assertIn(f"http://{world_site.hostname}/", locations)
                self.assertTrue(all(loc.startswith(f"http://{world_site.hostname}/") for loc in locations))

    def test_dinkes_and_disdik_do_not_share_pages(self):
        dinkes = sitemap_locations(self.client.get("/sitemap.xml", HTTP_HOST="dinkes.localhost"))
        disdik = sitemap_locations(self.client.get("/sitemap.xml", HTTP_HOST="disdik.localhost"))
        portal = sitemap_locations(self.client.get("/sitemap.xml", HTTP_HOST="localhost"))
        self.assertIn("http://dinkes.localhost/berita/berita-dinkes-1/", dinkes)
        self.assertIn("http://dinkes.localhost/profil/visi-dan-misi/", dinkes)
        self.assertIn("http://disdik.localhost/berita/berita-disdik-1/", disdik)
        self.assertIn("http://localhost/direktori-opd/", portal)
        self.assertFalse(any("disdik" in loc for loc in dinkes))
        self.assertFalse(any("dinkes" in loc for loc in disdik))
        self.assertFalse(any("dinkes" in loc or "disdik" in loc for loc in portal))
        self.assertFalse(set(dinkes) & set(disdik))

    def test_drafts_unpublished_and_private_pages_are_not_listed(self):
        content = self.client.get("/sitemap.xml", HTTP_HOST="dinkes.localhost").content.decode()
        for slug in ("draf-rahasia", "ditarik-kembali", "khusus-pegawai"):
            with self.subTest(slug=slug):
                self.assertNotIn(slug, content)

    def test_lastmod_is_given(self):
        root = ET.fromstring(self.client.get("/sitemap.xml", HTTP_HOST="dinkes.localhost").content)  # noqa: S314
        urls = root.findall("sm:url", SITEMAP_NS)
        self.assertTrue(urls)
        self.assertTrue(all(url.find("sm:lastmod", SITEMAP_NS) is not None for url in urls))


class RobotsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_world(items=0)

    def test_each_host_points_at_its_own_sitemap(self):
        for host in ("localhost", "dinkes.localhost", "disdik.localhost"):
            with self.subTest(host=host):
                response = self.client.get("/robots.txt", HTTP_HOST=host)
                self.assertEqual(response.status_code, 200)
                self.assertEqual(response["Content-Type"], "text/plain; charset=utf-8")
                lines = response.content.decode().splitlines()
                self.assertEqual(lines[0], "User-agent: *")
                self.assertIn("Disallow: /admin/", lines)
                self.assertIn("Disallow: /cari/", lines)
                self.assertIn(f"Sitemap: http://{host}/sitemap.xml", lines)
                self.assertEqual(sum(line.startswith("Sitemap:") for line in lines), 1)

    def test_robots_is_not_served_for_unknown_hosts(self):
        self.assertEqual(self.client.get("/robots.txt", HTTP_HOST="nope.localhost").status_code, 404)

    def test_robots_only_answers_get(self):
        self.assertEqual(self.client.post("/robots.txt", HTTP_HOST="localhost").status_code, 405)
