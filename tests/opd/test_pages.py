"""What each public page type shows: its own content, its listings, and "Terakhir diperbarui"."""

from django.test import TestCase
from django.utils import timezone

from opd.models import PublicInformation
from tests.factories import NewsPageFactory, ServicePageFactory, build_world

DINKES = "dinkes.localhost"


class PublicPagesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_world(items=3)
        cls.dinkes = cls.world.opds["dinkes"]

    def get(self, path, host=DINKES, **params):
        response = self.client.get(path, params, HTTP_HOST=host)
        self.assertEqual(response.status_code, 200, f"{host}{path}")
        return response

    def path(self, page):
        return page.relative_url(page.get_site())

    def test_every_page_shows_when_it_was_last_updated(self):
        for world_site in (self.world.portal, self.dinkes):
            for page in world_site.home.get_descendants(inclusive=True).live().specific():
                if getattr(page, "is_expired", False):
                    continue
                with self.subTest(page=page.url_path):
                    response = self.get(self.path(page), host=world_site.hostname)
                    self.assertContains(response, "Terakhir diperbarui:")
                    self.assertContains(
                        response, f'<time datetime="{timezone.localtime(page.last_updated).isoformat()}"'
                    )

    def test_news_page(self):
        news = self.dinkes.news[0]
        response = self.get(self.path(news))
        self.assertContains(response, f"<h1>{news.title}</h1>", html=True)
        self.assertContains(response, f'<p class="lead">{news.summary}</p>', html=True)
        self.assertContains(response, f"Isi lengkap {news.title}.")
        self.assertContains(
            response, '<a class="tag" href="/berita/?kategori=pemerintahan">Pemerintahan</a>', html=True
        )
        self.assertContains(response, '<span class="tag">dinkes</span>', html=True)
        self.assertContains(response, f'alt="Foto {news.title}"')
        self.assertContains(response, '<span class="label">Penanggung jawab:</span>', html=True)

    def test_news_index_filters_by_category(self):
        other = NewsPageFactory(parent=self.dinkes.sections["berita"], title="Berita Tanpa Kategori", lead_image=None)
        response = self.get("/berita/", kategori="pemerintahan")
        listed = [item.pk for item in response.context["items"]]
        self.assertEqual(listed, [news.pk for news in self.dinkes.news])
        self.assertNotIn(other.pk, listed)
        self.assertContains(response, "Menampilkan berita kategori “Pemerintahan”.")
        response = self.get("/berita/", kategori="tidak-ada")
        self.assertEqual(list(response.context["items"]), [])
        self.assertContains(response, "Belum ada berita.")

    def test_news_index_pagination_tolerates_bad_page_numbers(self):
        for n in range(10):
            NewsPageFactory(parent=self.dinkes.sections["berita"], title=f"Berita tambahan {n}", lead_image=None)
        first = self.get("/berita/")
        self.assertEqual((first.context["items"].number, len(first.context["items"])), (1, 10))
        self.assertContains(first, '<a href="?halaman=2" rel="next">Berikutnya ›</a>', html=True)
        for bad, expected in (("abc", 1), ("999", 2), ("-1", 2)):
            with self.subTest(halaman=bad):
                self.assertEqual(self.get("/berita/", halaman=bad).context["items"].number, expected)

    def test_announcement_page_lists_its_attachments(self):
        announcement = self.dinkes.announcements[0]
        attachment = announcement.attachments.get()
        response = self.get(self.path(announcement))
        self.assertContains(response, f"<h1>{announcement.title}</h1>", html=True)
        self.assertContains(response, f'href="{attachment.document.url}"')
        self.assertContains(response, attachment.label)

    def test_agenda_separates_upcoming_and_past(self):
        response = self.get("/agenda/")
        upcoming = [event.pk for event in response.context["upcoming"]]
        past = [event.pk for event in response.context["items"]]
        self.assertEqual(upcoming, [event.pk for event in self.dinkes.events[1:]])  # n = 1, 2 are upcoming
        self.assertEqual(past, [self.dinkes.events[0].pk])
        self.assertContains(response, '<h2 id="agenda-lalu">Agenda yang telah berlangsung</h2>', html=True)

    def test_event_page(self):
        event = self.dinkes.events[1]
        response = self.get(self.path(event))
        self.assertContains(response, f"<h1>{event.title}</h1>", html=True)
        self.assertContains(response, "<div><dt>Tempat</dt><dd>Aula Kantor Gubernur Jambi</dd></div>", html=True)

    def test_service_index_shows_the_maklumat_and_services_by_title(self):
        response = self.get("/layanan/")
        self.assertEqual(
            [item.title for item in response.context["items"]], sorted(s.title for s in self.dinkes.services)
        )
        self.assertContains(response, '<h2 id="maklumat">Maklumat Pelayanan</h2>', html=True)
        self.assertContains(response, "<p>Dinas Kesehatan sanggup melayani sesuai standar pelayanan.</p>", html=True)

    def test_complete_service_has_no_warning_and_incomplete_one_lists_what_is_missing(self):
        complete = self.get(self.path(self.dinkes.services[0]))
        self.assertContains(complete, "<dt>Biaya/tarif</dt><dd>Gratis</dd>", html=True)
        self.assertNotContains(complete, "Standar pelayanan ini belum lengkap.")
        incomplete = ServicePageFactory(
            parent=self.dinkes.sections["layanan"], title="Layanan Baru", cost="", complaints=""
        )
        response = self.get(self.path(incomplete))
        self.assertContains(response, "Standar pelayanan ini belum lengkap.")
        self.assertContains(response, "<li>Biaya/tarif</li>", html=True)
        self.assertContains(response, "<li>Penanganan pengaduan, saran, dan masukan</li>", html=True)

    def test_ppid_groups_items_and_never_links_exempt_content(self):
        response = self.get("/ppid/")
        groups = dict(response.context["groups"])
        self.assertEqual(len(groups), 4)
        exempt = PublicInformation.objects.get(page=self.dinkes.sections["ppid"], category="dikecualikan")
        self.assertEqual(groups["Informasi yang dikecualikan"], [exempt])
        self.assertContains(response, "<p><strong>Dasar hukum:</strong> Pasal 17 UU 14/2008</p>", html=True)
        berkala = PublicInformation.objects.filter(page=self.dinkes.sections["ppid"], category="berkala").first()
        self.assertContains(response, f'href="{berkala.document.url}"')

    def test_officials_page(self):
        response = self.get("/profil/profil-pimpinan/")
        self.assertEqual(
            [official.name for official in response.context["officials"]],
            ["Pejabat Dinkes 1", "Pejabat Dinkes 2", "Pejabat Dinkes 3"],
        )
        self.assertContains(
            response,
            '<a href="https://elhkpn.kpk.go.id/" rel="noopener">'
            "Laporan Harta Kekayaan Penyelenggara Negara Pejabat Dinkes 1</a>",
            html=True,
        )
        self.assertContains(response, 'alt="Pejabat Dinkes 1"')

    def test_gallery_and_downloads(self):
        gallery = self.get("/galeri/")
        for photo in gallery.context["photos"]:
            self.assertContains(gallery, f'alt="{photo.alt_text}"')
            self.assertContains(gallery, f"<figcaption>{photo.caption}</figcaption>", html=True)
        downloads = self.get("/unduhan/")
        for item in downloads.context["downloads"]:
            self.assertContains(downloads, f'<a href="{item.document.url}">{item.label}</a>', html=True)

    def test_contact_page_uses_the_site_settings(self):
        response = self.get("/kontak/")
        self.assertContains(response, "<address>Jl. Jenderal Sudirman, Kantor Dinas Kesehatan</address>", html=True)

    def test_profile_lists_its_pages(self):
        response = self.get("/profil/")
        for title, slug in (("Visi dan Misi", "visi-dan-misi"), ("Profil Pimpinan", "profil-pimpinan")):
            self.assertContains(response, f'<a href="/profil/{slug}/"><strong>{title}</strong></a>', html=True)

    def test_portal_home_shows_opd_news_with_their_opd(self):
        response = self.get("/", host="localhost")
        opd_news = response.context["opd_news"]
        self.assertEqual({item.opd.slug for item in opd_news}, {"dinkes", "disdik"})
        self.assertContains(response, '<p class="card-source">Dinas Kesehatan</p>', html=True)
        news = self.dinkes.news[0]
        self.assertContains(
            response, f'<a href="http://dinkes.localhost/berita/{news.slug}/">{news.title}</a>', html=True
        )

    def test_directory_links_every_active_opd(self):
        response = self.get("/direktori-opd/", host="localhost")
        self.assertEqual({opd.slug for opd in response.context["opds"]}, {"dinkes", "disdik"})
        self.assertContains(response, '<a href="http://dinkes.localhost/">Dinas Kesehatan</a>', html=True)
        self.assertContains(response, '<p class="directory-host">disdik.localhost</p>', html=True)
