"""Who may download a document, through /dokumen/<id>/<file> on the public hosts (docs/document-access.md).

A document is public once a live, publicly viewable page links it, or once Diskominfo publishes it;
staff download what is within their reach; a page password opens the documents of that page only; a
login-restricted collection opens to its OPD's staff and Diskominfo, not to any account.
"""

import pytest
from django.contrib.auth.models import Group
from django.test import TestCase
from wagtail.models import CollectionViewRestriction, ModelLogEntry, PageLogEntry

from document_access.models import DocumentRelease
from opd import roles
from tests.document_access.world import (
    PAGE_PASSWORD,
    admin,
    content,
    dinkes_document,
    document_link,
    download,
    downloads_page_listing,
    live_page_linking,
    password_protected_page,
    visitor,
)
from tests.factories import StandardPageFactory, UserFactory, paragraph
from tests.moderation.factories import act, build_moderation_world, draft_news, reload, submit

pytestmark = pytest.mark.postgres


class PasswordProtectedPageTests(TestCase):
    """A document linked only from a password-protected page opens only after the page's password."""

    @classmethod
    def setUpTestData(cls):
        cls.world = build_moderation_world()
        cls.document = dinkes_document(cls.world, "Notulen rapat internal", data=b"%PDF-1.4\n% notulen rahasia\n")
        cls.page, cls.restriction = password_protected_page(cls.world)
        cls.page.body = paragraph(document_link(cls.document))
        cls.page.save_revision(user=cls.world.approver).publish(user=cls.world.approver)

    def test_anonymous_visitor_gets_404(self):
        response = download(visitor(), self.document)
        self.assertEqual(response.status_code, 404)
        self.assertNotIn(b"notulen rahasia", response.content)

    def test_visitor_who_entered_the_page_password_downloads_it(self):
        client = visitor()
        response = client.post(
            f"/_util/authenticate_with_password/{self.restriction.pk}/{self.page.pk}/",
            {"password": PAGE_PASSWORD, "return_url": self.page.url},
        )
        self.assertEqual(response.status_code, 302)
        response = download(client, self.document)
        self.assertEqual(response.status_code, 200)
        self.assertIn(b"notulen rahasia", content(response))
        self.assertIn("private", response["Cache-Control"])

    def test_the_page_asks_for_its_password_in_the_sites_own_look(self):
        response = visitor().get(self.page.url)
        self.assertContains(response, "<h1>Kata sandi diperlukan</h1>", html=True)
        self.assertContains(response, 'class="site-header"')
        self.assertContains(response, '<button type="submit">Lanjutkan</button>', html=True)

    def test_a_wrong_password_does_not_open_it(self):
        client = visitor()
        client.post(
            f"/_util/authenticate_with_password/{self.restriction.pk}/{self.page.pk}/",
            {"password": "salah", "return_url": self.page.url},
        )
        self.assertEqual(download(client, self.document).status_code, 404)

    def test_a_public_page_linking_it_too_makes_it_public(self):
        live_page_linking(self.world, self.document, title="Ringkasan rapat")
        response = download(visitor(), self.document)
        self.assertEqual(response.status_code, 200)
        self.assertIn("public", response["Cache-Control"])


class LoginRestrictedCollectionTests(TestCase):
    """A login-restricted collection opens to its own OPD's staff and Diskominfo, not to any account."""

    @classmethod
    def setUpTestData(cls):
        cls.world = build_moderation_world()
        dinkes = cls.world.dinkes
        cls.internal = dinkes.collection.add_child(name="Internal Dinkes")
        CollectionViewRestriction.objects.create(
            collection=cls.internal, restriction_type=CollectionViewRestriction.LOGIN
        )
        cls.document = dinkes_document(cls.world, "Daftar hadir pegawai", collection=cls.internal)
        live_page_linking(cls.world, cls.document)
        cls.stranger = UserFactory(groups=[Group.objects.create(name="Warga terdaftar")])

    def test_refused_to_other_opd_operator_and_humas(self):
        for role in ("operator_disdik", "humas"):
            with self.subTest(role=role):
                response = download(visitor(getattr(self.world, role)), self.document)
                self.assertEqual(response.status_code, 403)
                self.assertContains(response, "hanya dapat diunduh oleh pegawai OPD pemiliknya", status_code=403)

    def test_refused_to_a_signed_in_account_of_no_opd(self):
        self.assertEqual(download(visitor(self.stranger), self.document).status_code, 403)

    def test_anonymous_visitor_is_sent_to_login(self):
        response = download(visitor(), self.document)
        self.assertEqual(response.status_code, 302)
        self.assertIn("/_util/login/", response["Location"])

    def test_the_sign_in_step_is_in_indonesian_in_the_sites_own_look(self):
        client = visitor()
        response = client.get(download(client, self.document)["Location"])
        self.assertContains(response, "<h1>Masuk</h1>", html=True)
        self.assertContains(response, 'class="site-header"')
        self.assertContains(response, '<button type="submit">Masuk</button>', html=True)
        self.assertNotContains(response, "Log in")

    def test_own_operator_head_and_approver_download_it(self):
        for role in ("operator_dinkes", "head_dinkes", "approver", "superuser"):
            with self.subTest(role=role):
                response = download(visitor(getattr(self.world, role)), self.document)
                self.assertEqual(response.status_code, 200)
                self.assertIn("private", response["Cache-Control"])

    def test_not_linked_by_any_live_page_it_is_404_even_for_another_opd(self):
        unlinked = dinkes_document(self.world, "Draf SK", collection=self.internal)
        self.assertEqual(download(visitor(self.world.operator_disdik), unlinked).status_code, 404)
        self.assertEqual(download(visitor(self.world.operator_dinkes), unlinked).status_code, 200)


class GroupRestrictedCollectionTests(TestCase):
    """Staff within reach download from a group-restricted collection they are not in the group of."""

    @classmethod
    def setUpTestData(cls):
        cls.world = build_moderation_world()
        cls.restricted = cls.world.dinkes.collection.add_child(name="Kepegawaian Dinkes")
        restriction = CollectionViewRestriction.objects.create(
            collection=cls.restricted, restriction_type=CollectionViewRestriction.GROUPS
        )
        cls.member = UserFactory(groups=[Group.objects.create(name="Tim Kepegawaian")])
        restriction.groups.add(*cls.member.groups.all())
        cls.document = dinkes_document(cls.world, "Rekap cuti", collection=cls.restricted)
        live_page_linking(cls.world, cls.document)

    def test_group_member_and_staff_within_reach_download_others_do_not(self):
        self.assertEqual(download(visitor(self.member), self.document).status_code, 200)
        self.assertEqual(download(visitor(self.world.approver), self.document).status_code, 200)
        self.assertEqual(download(visitor(self.world.operator_dinkes), self.document).status_code, 200)
        self.assertEqual(download(visitor(self.world.operator_disdik), self.document).status_code, 403)
        self.assertEqual(download(visitor(), self.document).status_code, 302)


class DraftsDoNotPublishDocumentsTests(TestCase):
    """A freshly uploaded document is private until the page that uses it is approved and live."""

    @classmethod
    def setUpTestData(cls):
        cls.world = build_moderation_world()
        cls.index = cls.world.news_index(cls.world.dinkes)

    def setUp(self):
        self.document = dinkes_document(self.world, "Jadwal vaksinasi", data=b"%PDF-1.4\n% jadwal vaksinasi\n")
        self.body = document_link(self.document)
        self.page = draft_news(self.index, self.world.operator_dinkes, body=paragraph(self.body))

    def test_fresh_upload_is_404_for_the_public_and_200_for_the_uploading_operator(self):
        self.assertEqual(download(visitor(), self.document).status_code, 404)
        response = download(visitor(self.world.operator_dinkes), self.document)
        self.assertEqual(response.status_code, 200)
        self.assertIn(b"jadwal vaksinasi", content(response))
        self.assertEqual(download(visitor(self.world.operator_disdik), self.document).status_code, 404)

    def test_in_moderation_it_stays_private_and_goes_public_on_approval(self):
        response = submit(self.world.operator_dinkes, self.page, body=self.body)
        self.assertEqual(response.status_code, 302)
        self.assertIsNotNone(reload(self.page).current_workflow_task_state)
        self.assertEqual(download(visitor(), self.document).status_code, 404)

        response = act(self.world.approver, self.page, "approve")
        self.assertEqual(response.status_code, 302)
        self.assertTrue(reload(self.page).live)
        response = download(visitor(), self.document)
        self.assertEqual(response.status_code, 200)
        self.assertIn(b"jadwal vaksinasi", content(response))

    def test_a_draft_of_a_live_page_that_adds_it_does_not_publish_it(self):
        live = StandardPageFactory(parent=self.world.dinkes.site.root_page, title="Info vaksin", slug="info-vaksin")
        live.body = paragraph(self.body)
        live.save_revision(user=self.world.operator_dinkes)
        self.assertEqual(download(visitor(), self.document).status_code, 404)

    def test_unpublishing_the_only_page_makes_it_private_again(self):
        page = live_page_linking(self.world, self.document, title="Pengumuman vaksin")
        self.assertEqual(download(visitor(), self.document).status_code, 200)
        page.unpublish()
        self.assertEqual(download(visitor(), self.document).status_code, 404)

    def test_an_inline_download_row_of_a_live_page_makes_it_public(self):
        downloads_page_listing(self.world, self.document)
        self.assertEqual(download(visitor(), self.document).status_code, 200)


class ExplicitPublicationTests(TestCase):
    """A Diskominfo approver may publish a document no page links; operators may not."""

    @classmethod
    def setUpTestData(cls):
        cls.world = build_moderation_world()

    def setUp(self):
        self.document = dinkes_document(self.world, "Formulir pengaduan")

    def release(self, user, action="terbitkan"):
        return admin(user).post("/admin/akses-dokumen/terbitan/", {"dokumen": self.document.pk, "aksi": action})

    def test_approver_publishes_then_withdraws(self):
        self.assertEqual(download(visitor(), self.document).status_code, 404)

        response = self.release(self.world.approver)
        self.assertRedirects(response, f"/admin/documents/edit/{self.document.pk}/", fetch_redirect_response=False)
        self.assertEqual(download(visitor(), self.document).status_code, 200)
        release = DocumentRelease.objects.get(document=self.document)
        self.assertEqual(release.released_by, self.world.approver)
        entry = ModelLogEntry.objects.get(action="document_access.publish", object_id=str(self.document.pk))
        self.assertEqual(entry.user, self.world.approver)

        self.release(self.world.approver, "tarik")
        self.assertFalse(DocumentRelease.objects.filter(document=self.document).exists())
        self.assertTrue(ModelLogEntry.objects.filter(action="document_access.withdraw", user=self.world.approver))
        self.assertEqual(download(visitor(), self.document).status_code, 404)

    def test_operators_and_humas_cannot_publish(self):
        for role in ("operator_dinkes", "humas", "head_dinkes"):
            with self.subTest(role=role):
                response = self.release(getattr(self.world, role))
                self.assertEqual(response.status_code, 403)
                self.assertFalse(DocumentRelease.objects.exists())
                self.assertFalse(ModelLogEntry.objects.filter(action__startswith="document_access").exists())
                self.assertEqual(download(visitor(), self.document).status_code, 404)

    def test_the_action_is_a_post(self):
        response = admin(self.world.approver).get("/admin/akses-dokumen/terbitan/", {"dokumen": self.document.pk})
        self.assertEqual(response.status_code, 405)
        self.assertFalse(DocumentRelease.objects.exists())

    def test_edit_view_shows_status_to_operator_and_the_action_to_the_approver(self):
        url = f"/admin/documents/edit/{self.document.pk}/"
        response = admin(self.world.operator_dinkes).get(url)
        self.assertContains(response, "Dokumen ini belum publik")
        self.assertNotContains(response, "Terbitkan untuk publik")
        response = admin(self.world.approver).get(url)
        self.assertContains(response, "Terbitkan untuk publik")
        self.release(self.world.approver)
        response = admin(self.world.approver).get(url)
        self.assertContains(response, "Dokumen ini dapat diunduh publik")
        self.assertContains(response, "Tarik terbitan dokumen")


class HeaderTests(TestCase):
    """Public downloads carry sensible headers; types a browser would render are attachments."""

    @classmethod
    def setUpTestData(cls):
        cls.world = build_moderation_world()
        cls.pdf = dinkes_document(cls.world, "Laporan kinerja")
        cls.html = dinkes_document(cls.world, "Halaman lama", filename="lama.html", data=b"<script>alert(1)</script>")
        live_page_linking(cls.world, cls.pdf, title="Kinerja")
        live_page_linking(cls.world, cls.html, title="Arsip")

    def test_public_download_headers(self):
        response = download(visitor(), self.pdf)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["X-Content-Type-Options"], "nosniff")
        self.assertIn("public", response["Cache-Control"])
        self.assertIn("max-age=300", response["Cache-Control"])

    def test_html_is_an_attachment(self):
        response = download(visitor(), self.html)
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response["Content-Disposition"].startswith("attachment"))

    def test_staff_download_of_a_private_document_is_not_cacheable_by_others(self):
        private = dinkes_document(self.world, "Draf laporan")
        response = download(visitor(self.world.operator_dinkes), private)
        self.assertEqual(response.status_code, 200)
        self.assertIn("private", response["Cache-Control"])
        self.assertIn("Cookie", response["Vary"])


class PageLogUntouchedTests(TestCase):
    """Downloading writes nothing: no log entry, no session for anonymous visitors."""

    @classmethod
    def setUpTestData(cls):
        cls.world = build_moderation_world()
        cls.document = dinkes_document(cls.world, "Brosur")
        live_page_linking(cls.world, cls.document)

    def test_anonymous_download_sets_no_cookie(self):
        before = PageLogEntry.objects.count()
        response = download(visitor(), self.document)
        self.assertEqual(response.status_code, 200)
        self.assertNotIn("sessionid", response.cookies)
        self.assertEqual(PageLogEntry.objects.count(), before)


def test_shared_collection_login_restriction_admits_diskominfo_not_humas_of_no_reach(db):
    world = build_moderation_world()
    shared = roles.shared_collection()
    CollectionViewRestriction.objects.create(collection=shared, restriction_type=CollectionViewRestriction.LOGIN)
    document = dinkes_document(world, "Logo resmi", collection=shared)
    live_page_linking(world, document)
    assert download(visitor(world.approver), document).status_code == 200
    # Humas may edit the shared collection, so it is within their reach.
    assert download(visitor(world.humas), document).status_code == 200
    inspektorat = UserFactory(groups=[Group.objects.get(name=roles.INSPEKTORAT)])
    assert download(visitor(inspektorat), document).status_code == 403
