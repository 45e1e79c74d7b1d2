"""Public search at /cari/: an OPD host searches its own live pages; the portal searches every site."""

import pytest
from django.conf import settings
from django.test import TestCase
from wagtail.models import PageViewRestriction, Site

from opd.models import Official, PublicInformation
from opd.provisioning import provision_opd_site
from search.views import searchable_pages
from tests.factories import NewsPageFactory, StandardPageFactory, build_world, paragraph

WORD = "Kelinciungu"  # appears nowhere else in the world


def hits(response):
    return [hit.pk for hit in response.context["results"]]


class SearchTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_world(items=2)
        dinkes, disdik = cls.world.opds["dinkes"], cls.world.opds["disdik"]
        cls.dinkes_hit = NewsPageFactory(
            parent=dinkes.sections["berita"], title=f"Vaksinasi {WORD} di Puskesmas", lead_image=None
        )
        cls.disdik_hit = NewsPageFactory(
            parent=disdik.sections["berita"], title=f"Beasiswa {WORD} Dibuka", lead_image=None
        )
        cls.portal_hit = NewsPageFactory(
            parent=cls.world.portal.sections["berita"], title=f"Gubernur Meresmikan {WORD}", lead_image=None
        )
        cls.body_only = NewsPageFactory(
            parent=dinkes.sections["berita"],
            title="Posyandu Balita",
            summary="Ringkasan posyandu.",
            body=paragraph("<p>Kader membagikan zirkoniaungu kepada balita.</p>"),
            lead_image=None,
        )
        # Pages the public must never find, each carrying the word.
        cls.draft = NewsPageFactory(parent=dinkes.sections["berita"], title=f"Draf {WORD}", live=False, lead_image=None)
        cls.draft.save_revision()
        cls.unpublished = NewsPageFactory(parent=dinkes.sections["berita"], title=f"Ditarik {WORD}", lead_image=None)
        cls.unpublished.save_revision().publish()
        cls.unpublished.unpublish()
        cls.private = StandardPageFactory(parent=dinkes.home, title=f"Internal {WORD}", show_in_menus=False)
        PageViewRestriction.objects.create(
            page=cls.private, restriction_type=PageViewRestriction.PASSWORD, password="rahasia"
        )
        cls.private_child_parent = dinkes.section("profil")
        cls.private_profile_child = StandardPageFactory(parent=cls.private_child_parent, title=f"Arsip {WORD}")
        PageViewRestriction.objects.create(
            page=cls.private_child_parent, restriction_type=PageViewRestriction.PASSWORD, password="rahasia"
        )
        cls.draft_edit = NewsPageFactory(parent=disdik.sections["berita"], title="Ujian Nasional", lead_image=None)
        cls.draft_edit.title = f"Ujian {WORD} Revisi"
        cls.draft_edit.save_revision()  # a live page with an unpublished revision mentioning the word

    def search(self, host, **params):
        return self.client.get("/cari/", params, HTTP_HOST=host)

    def test_opd_host_finds_only_its_own_live_public_pages(self):
        response = self.search("dinkes.localhost", q=WORD)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(hits(response), [self.dinkes_hit.pk])
        self.assertFalse(response.context["searching_all_sites"])
        self.assertContains(
            response, f'<a href="/berita/{self.dinkes_hit.slug}/">{self.dinkes_hit.title}</a>', html=True
        )
        self.assertNotContains(response, "Beasiswa")
        self.assertNotContains(response, "Gubernur Meresmikan")

    def test_other_opd_host_finds_its_own(self):
        response = self.search("disdik.localhost", q=WORD)
        self.assertEqual(hits(response), [self.disdik_hit.pk])
        self.assertNotContains(response, "Vaksinasi")

    def test_drafts_unpublished_and_restricted_pages_never_appear(self):
        hidden = {self.draft.pk, self.unpublished.pk, self.private.pk, self.private_profile_child.pk}
        for host in ("dinkes.localhost", "localhost"):
            with self.subTest(host=host):
                response = self.search(host, q=WORD)
                self.assertFalse(hidden & set(hits(response)))
                for title in ("Draf", "Ditarik", "Internal", "Arsip", "Revisi"):
                    self.assertNotContains(response, f"{title} {WORD}")

    def test_unpublished_revision_text_is_not_searchable(self):
        # The live page is indexed with its live content; a pending revision's new title must not leak.
        self.assertNotIn(self.draft_edit.pk, hits(self.search("disdik.localhost", q=WORD)))

    def test_portal_finds_hits_of_every_site_and_names_their_opd(self):
        response = self.search("localhost", q=WORD)
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response.context["searching_all_sites"])
        self.assertEqual(set(hits(response)), {self.dinkes_hit.pk, self.disdik_hit.pk, self.portal_hit.pk})
        owners = {hit.pk: (hit.opd.name if hit.opd else None) for hit in response.context["results"]}
        self.assertEqual(
            owners,
            {self.dinkes_hit.pk: "Dinas Kesehatan", self.disdik_hit.pk: "Dinas Pendidikan", self.portal_hit.pk: None},
        )
        self.assertContains(response, '<span class="card-source">Dinas Kesehatan</span>', html=True)
        self.assertContains(response, '<span class="card-source">Dinas Pendidikan</span>', html=True)
        self.assertContains(response, '<span class="card-source">Portal Provinsi</span>', html=True)
        # Hits on OPD sites link to their own host.
        self.assertContains(response, f'href="http://dinkes.localhost/berita/{self.dinkes_hit.slug}/"')

    def test_hits_of_every_page_type_render(self):
        # Titles made by build_world carry the OPD's short name: news, announcements, events and services.
        response = self.search("dinkes.localhost", q="Dinkes")
        self.assertEqual(response.status_code, 200)
        found = response.context["results"].paginator.object_list
        self.assertEqual(
            {type(hit.specific).__name__ for hit in found},
            {"NewsPage", "AnnouncementPage", "EventPage", "ServicePage"},
        )
        for hit in response.context["results"]:
            self.assertContains(response, f'<a href="{hit.relative_url(hit.get_site())}">{hit.title}</a>', html=True)

    def test_body_text_is_searched(self):
        response = self.search("dinkes.localhost", q="zirkoniaungu")
        self.assertEqual(hits(response), [self.body_only.pk])

    def test_long_query_is_cut_not_refused(self):
        response = self.search("dinkes.localhost", q="a" * 500)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(len(response.context["search_query"]), settings.SEARCH_QUERY_MAX_LENGTH)
        self.assertEqual(response.context["search_query"], "a" * 200)

    def test_empty_query_shows_no_results(self):
        for params in ({}, {"q": ""}, {"q": "   "}):
            with self.subTest(params=params):
                response = self.search("dinkes.localhost", **params)
                self.assertEqual(response.status_code, 200)
                self.assertIsNone(response.context["results"])
                self.assertEqual(response.context["search_query"], "")
                self.assertNotContains(response, 'class="results"')

    def test_no_hits_says_so(self):
        response = self.search("dinkes.localhost", q="tidakadasamasekali")
        self.assertEqual(list(response.context["results"]), [])
        self.assertContains(response, "Tidak ada hasil untuk “tidakadasamasekali”.")

    def test_query_is_escaped(self):
        response = self.search("dinkes.localhost", q="<script>alert(1)</script>")
        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, "<script>alert(1)</script>")

    def test_results_are_paginated(self):
        news_index = self.world.opds["disdik"].sections["berita"]
        for n in range(11):
            NewsPageFactory(parent=news_index, title=f"Lomba Gajahbiru {n}", lead_image=None)
        first = self.search("disdik.localhost", q="Gajahbiru")
        second = self.search("disdik.localhost", q="Gajahbiru", halaman="2")
        beyond = self.search("disdik.localhost", q="Gajahbiru", halaman="99")
        self.assertEqual(first.context["results"].paginator.count, 11)
        self.assertEqual((len(hits(first)), len(hits(second))), (10, 1))
        self.assertFalse(set(hits(first)) & set(hits(second)))
        self.assertEqual(hits(beyond), hits(second))


class InlineRowsAreSearchableTests(TestCase):
    """Rows edited inline with their page (PPID items, officials) are indexed when the page is published.

    Reproduces the admin flow: the rows ride along with the page in memory, then the revision is published.
    """

    @classmethod
    def setUpTestData(cls):
        cls.site = provision_opd_site("dinkes", "Dinas Kesehatan").site
        cls.home = cls.site.root_page

    def found(self, query):
        return [page.pk for page in searchable_pages(self.site).search(query)]

    def test_ppid_item_is_found_after_one_publish(self):
        ppid = self.home.get_children().get(slug="ppid").specific
        ppid.information_items.add(
            PublicInformation(
                category=PublicInformation.Category.BERKALA,
                title="Laporan Gajahterbang",
                summary="Laporan tahunan.",
                official_in_charge="Sekretariat",
                producer="Subbagian Program",
                retention_period="5 tahun",
            )
        )
        ppid.save_revision().publish()
        self.assertEqual(self.found("Gajahterbang"), [ppid.pk])

    def test_official_is_found_after_one_publish(self):
        officials = self.home.get_children().get(slug="profil").get_children().get(slug="profil-pimpinan").specific
        officials.officials.add(Official(name="Rusdi Bintangtujuh", position="Kepala Dinas"))
        officials.save_revision().publish()
        self.assertEqual(self.found("Bintangtujuh"), [officials.pk])


@pytest.mark.postgres
class IndonesianStemmingTests(TestCase):
    """PostgreSQL's ``indonesian`` text-search configuration reduces "pelayanan" and "layanan" to one stem."""

    @classmethod
    def setUpTestData(cls):
        home = provision_opd_site("dinkes", "Dinas Kesehatan").site.root_page
        cls.page = StandardPageFactory(
            parent=home, title="Standar Ambulans", body=paragraph("<p>Pelayanan ambulans 24 jam.</p>")
        )

    def test_layanan_finds_pelayanan_in_the_index(self):
        site = Site.objects.get(hostname="dinkes.localhost")
        self.assertIn(self.page.pk, [page.pk for page in searchable_pages(site).search("layanan")])
        self.assertNotIn(self.page.pk, [page.pk for page in searchable_pages(site).search("kebakaran")])

    def test_layanan_finds_pelayanan_on_the_search_page(self):
        response = self.client.get("/cari/", {"q": "layanan"}, HTTP_HOST="dinkes.localhost")
        found = [hit.pk for hit in response.context["results"].paginator.object_list]
        self.assertIn(self.page.pk, found)
