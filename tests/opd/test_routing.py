"""Host routing: each host serves its own site; unknown hosts get 404 or 400; the admin stays where it belongs."""

from django.test import TestCase, override_settings
from django.urls import reverse

from tests.factories import build_world

PORTAL = "localhost"
DINKES = "dinkes.localhost"
DISDIK = "disdik.localhost"


class HostRoutingTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_world()
        cls.dinkes = cls.world.opds["dinkes"]
        cls.disdik = cls.world.opds["disdik"]

    def get(self, host, path="/", **params):
        return self.client.get(path, params, HTTP_HOST=host)

    def test_portal_serves_the_portal_home(self):
        response = self.get(PORTAL)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.context["page"], self.world.portal.home)
        self.assertTemplateUsed(response, "home/portal_home_page.html")
        self.assertContains(response, "<title>Pemerintah Provinsi Jambi</title>", html=True)
        self.assertContains(response, '<a href="/berita/berita-provinsi-1/">Berita Provinsi 1</a>', html=True)

    def test_each_opd_host_serves_its_own_home(self):
        for world_site, other in ((self.dinkes, self.disdik), (self.disdik, self.dinkes)):
            with self.subTest(host=world_site.hostname):
                response = self.get(world_site.hostname)
                self.assertEqual(response.status_code, 200)
                self.assertEqual(response.context["page"], world_site.home)
                self.assertTemplateUsed(response, "opd/opd_home_page.html")
                self.assertContains(response, f"<title>{world_site.opd.name}</title>", html=True)
                own_news = world_site.news[0]
                self.assertContains(response, f'<a href="/berita/{own_news.slug}/">{own_news.title}</a>', html=True)
                self.assertNotContains(response, other.news[0].title)
                self.assertNotContains(response, other.opd.name)

    def test_same_path_on_two_hosts_is_two_pages(self):
        dinkes = self.get(DINKES, "/berita/")
        disdik = self.get(DISDIK, "/berita/")
        self.assertEqual((dinkes.status_code, disdik.status_code), (200, 200))
        self.assertEqual(dinkes.context["page"], self.dinkes.sections["berita"])
        self.assertEqual(disdik.context["page"], self.disdik.sections["berita"])
        self.assertEqual([item.pk for item in dinkes.context["items"]], [news.pk for news in self.dinkes.news])
        self.assertEqual([item.pk for item in disdik.context["items"]], [news.pk for news in self.disdik.news])
        self.assertContains(dinkes, "<title>Berita – Dinas Kesehatan</title>", html=True)
        self.assertContains(disdik, "<title>Berita – Dinas Pendidikan</title>", html=True)
        for news in self.dinkes.news:
            self.assertContains(dinkes, f'<a href="/berita/{news.slug}/">{news.title}</a>', html=True)
            self.assertNotContains(disdik, news.title)
        for news in self.disdik.news:
            self.assertContains(disdik, f'<a href="/berita/{news.slug}/">{news.title}</a>', html=True)
            self.assertNotContains(dinkes, news.title)

    def test_deep_pages_resolve_per_host(self):
        response = self.get(DINKES, "/profil/visi-dan-misi/")
        self.assertEqual(response.context["page"], self.dinkes.section("profil/visi-dan-misi"))
        response = self.get(DISDIK, "/profil/visi-dan-misi/")
        self.assertEqual(response.context["page"], self.disdik.section("profil/visi-dan-misi"))

    def test_another_sites_tree_path_is_not_reachable(self):
        for path in ("/disdik/berita/", "/portal/berita/", f"/disdik/berita/{self.disdik.news[0].slug}/"):
            with self.subTest(path=path):
                self.assertEqual(self.get(DINKES, path).status_code, 404)

    def test_a_dev_server_port_still_finds_the_site(self):
        response = self.get("dinkes.localhost:8000")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.context["page"], self.dinkes.home)

    def test_unknown_subdomain_is_404_not_the_portal(self):
        for path in ("/", "/berita/", "/sitemap.xml", "/cari/?q=berita"):
            with self.subTest(path=path):
                response = self.get("nope.localhost", path)
                self.assertEqual(response.status_code, 404)
                self.assertNotIn("page", response.context or {})
                self.assertNotContains(response, "Berita Provinsi 1", status_code=404)
                self.assertNotContains(response, self.dinkes.news[0].title, status_code=404)
        response = self.get("nope.localhost")
        self.assertContains(response, "Alamat ini tidak terdaftar", status_code=404)

    def test_unknown_path_on_a_known_host_is_a_branded_404(self):
        response = self.get(DINKES, "/tidak-ada/")
        self.assertEqual(response.status_code, 404)
        self.assertContains(response, '<span class="brand-name">Dinas Kesehatan</span>', html=True, status_code=404)

    def test_host_outside_the_domain_is_400(self):
        for host in ("evil.example.com", "localhost.example.com", "jambiprov.go.id"):
            with self.subTest(host=host):
                self.assertEqual(self.get(host).status_code, 400)

    def test_www_redirects_permanently_to_the_portal(self):
        response = self.get("www.localhost", "/x/")
        self.assertEqual(response.status_code, 301)
        self.assertEqual(response["Location"], "http://localhost/x/")
        response = self.get("www.localhost", "/berita/", halaman="2")
        self.assertEqual(response["Location"], "http://localhost/berita/?halaman=2")

    def test_admin_login_on_any_host_in_development(self):
        for host in (PORTAL, DINKES, "cms.localhost", "nope.localhost"):
            with self.subTest(host=host):
                response = self.get(host, reverse("wagtailadmin_login"))
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, 'name="password"')

    @override_settings(ADMIN_HOST_ONLY=True)
    def test_admin_only_on_its_host_in_production(self):
        for host in (PORTAL, DINKES, "nope.localhost"):
            for path in ("/admin/", reverse("wagtailadmin_login")):
                with self.subTest(host=host, path=path):
                    self.assertEqual(self.get(host, path).status_code, 404)
        response = self.get("cms.localhost", "/admin/")
        self.assertEqual(response.status_code, 302)
        self.assertTrue(response["Location"].startswith(reverse("wagtailadmin_login")))
        self.assertContains(self.get("cms.localhost", reverse("wagtailadmin_login")), 'name="password"')

    def test_missing_trailing_slash_is_added(self):
        response = self.get(DINKES, "/berita")
        self.assertEqual(response.status_code, 301)
        self.assertEqual(response["Location"], "/berita/")

    def test_documents_download_on_the_site_host(self):
        document = self.dinkes.announcements[0].attachments.get().document
        response = self.get(DINKES, document.url)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(b"".join(response.streaming_content), b"%PDF-1.4\n% dokumen uji\n")

    @override_settings(ADMIN_HOST_ONLY=True)
    def test_admin_host_serves_documents_linked_from_the_admin(self):
        # The admin links documents (edit view, rich-text previews) with root-relative /dokumen/... URLs,
        # so on the admin host they must download, not bounce to the dashboard.
        document = self.dinkes.announcements[0].attachments.get().document
        response = self.get("cms.localhost", document.url)
        self.assertEqual(response.status_code, 200)

    @override_settings(ADMIN_HOST_ONLY=True)
    def test_admin_host_sends_the_public_to_the_admin(self):
        response = self.get("cms.localhost", "/berita/")
        self.assertEqual(response.status_code, 301)
        self.assertEqual(response["Location"], "/admin/")
