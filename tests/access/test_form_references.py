"""Every id a submitted page or settings form carries must be within the editor's reach.

Operator A previews and saves A's pages with ids of B's image, document (also a private one), draft
page: in StreamField blocks, rich-text links and embeds, a foreign-key chooser and an inline row.
Each is a form error naming the field; nothing of B is rendered, nothing is saved, the refusal is
logged. The same form with A's own or the shared collection's objects goes through.
"""

import datetime
import json

import factory
import pytest
from django.test import TestCase
from django.urls import reverse
from wagtail.admin.panels import get_edit_handler
from wagtail.models import Collection, CollectionViewRestriction, Page, get_page_models
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from access.forms import ReachCheckedFormMixin
from access.models import AccessRefusal
from opd.models import AnnouncementPage, NewsPage, SiteSettings
from tests.access.world import CANARY, AccessWorld, leaks
from tests.factories import DocumentFactory
from tests.moderation.factories import news_form_data

ERROR = "berada di luar jangkauan Anda"


def shows_b(response):
    """True when ``response`` shows anything of site B: its canary, or a URL on B's host."""
    content = response.content.decode().lower()
    return leaks(response, "B") or "disdik.localhost" in content or "kenari-disdik" in content


def image_block(image):
    return ("image", {"image": image.pk, "alt_text": "Foto", "caption": ""})


def document_block(document):
    return ("document", {"document": document.pk, "title": ""})


def paragraph_block(html):
    return ("paragraph", rich_text(html))


def page_link(page):
    return f'<p>Lihat <a linktype="page" id="{page.pk}">tautan</a>.</p>'


def document_link(document):
    return f'<p>Unduh <a linktype="document" id="{document.pk}">berkas</a>.</p>'


def image_embed(image):
    return f'<p>Foto.</p><embed embedtype="image" id="{image.pk}" format="fullwidth" alt="Foto"/>'


@pytest.mark.postgres
class FormReferenceTests(AccessWorld, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.a, cls.b = cls.sites["A"], cls.sites["B"]
        operator = cls.users["operator_a"]
        announcements = cls.a.home.get_children().get(slug="pengumuman")
        cls.announcement = AnnouncementPage(
            title="Pengumuman uji",
            slug="pengumuman-uji",
            date=datetime.date(2026, 1, 5),
            expiry_date=datetime.date(2036, 1, 5),
            body=[],
            owner=operator,
        )
        announcements.add_child(instance=cls.announcement)
        cls.announcement.save_revision(user=operator)
        private = Collection.objects.get(pk=cls.b.opd.collection_id).add_child(name=f"Rahasia {CANARY['B']}")
        CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
        cls.b_private_document = DocumentFactory(
            title=f"Dokumen rahasia {CANARY['B']}",
            collection=private,
            file=factory.django.FileField(filename="kenari-disdik-rahasia.pdf", data=b"%PDF-1.4\n"),
        )

    def setUp(self):
        self.login("operator_a")

    # --- form data ------------------------------------------------------------

    def news_data(self, blocks=None, **overrides):
        return news_form_data(self.a.draft, blocks=blocks, **overrides)

    def announcement_data(self, attachments):
        page = self.announcement
        return nested_form_data(
            {
                "title": page.title,
                "slug": page.slug,
                "date": page.date.isoformat(),
                "expiry_date": page.expiry_date.isoformat(),
                "body": streamfield([paragraph_block("<p>Isi pengumuman.</p>")]),
                "attachments": inline_formset([{"document": doc.pk, "title": ""} for doc in attachments]),
                "seo_title": "",
                "search_description": "",
                "listing_summary": "",
                "go_live_at": "",
                "expire_at": "",
                "comments": inline_formset([]),
            }
        )

    def home_data(self, linked_page):
        url = reverse("wagtailadmin_pages:edit", args=[self.a.home.pk])
        data = self.edit_form_data(url)
        links = streamfield([("link", {"label": "Tautan", "page": linked_page.pk, "url": ""})])
        for key, value in nested_form_data({"quick_links": links}).items():
            data[key] = value
        return data

    def cases(self):
        """(name, page, POST data, kind and id of B's object) for every way a form carries an id."""
        b, news = self.b, self.a.draft
        return [
            ("image block", news, self.news_data([image_block(b.image)]), "image", b.image.pk),
            ("document block", news, self.news_data([document_block(b.document)]), "document", b.document.pk),
            (
                "private document block",
                news,
                self.news_data([document_block(self.b_private_document)]),
                "document",
                self.b_private_document.pk,
            ),
            ("page chooser block", self.a.home, self.home_data(b.draft), "page", b.draft.pk),
            ("rich-text page link", news, self.news_data([paragraph_block(page_link(b.draft))]), "page", b.draft.pk),
            (
                "rich-text document link",
                news,
                self.news_data([paragraph_block(document_link(b.document))]),
                "document",
                b.document.pk,
            ),
            (
                "lead image",
                news,
                self.news_data(lead_image=str(b.image.pk), lead_image_alt="Foto"),
                "image",
                b.image.pk,
            ),
            ("inline row", self.announcement, self.announcement_data([b.document]), "document", b.document.pk),
        ]

    # --- helpers --------------------------------------------------------------

    def revisions(self, page):
        return list(page.revisions.order_by("pk").values_list("pk", flat=True))

    def refusals(self, kind, object_id):
        return AccessRefusal.objects.filter(
            user=self.users["operator_a"], kind=kind, object_id=str(object_id), source=AccessRefusal.Source.FORM
        )

    # --- out of reach ---------------------------------------------------------

    def test_saving_an_out_of_reach_id_is_a_form_error_and_saves_nothing(self):
        for name, page, data, kind, object_id in self.cases():
            with self.subTest(name):
                before = self.revisions(page)
                response = self.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
                self.assertEqual(response.status_code, 200, name)
                self.assertContains(response, ERROR)
                self.assertContains(response, f"#{object_id}")
                self.assertFalse(shows_b(response), f"{name}: the refused form shows B's object")
                self.assertEqual(self.revisions(page), before, f"{name}: a revision was saved")
                self.assertTrue(self.refusals(kind, object_id).exists(), f"{name}: the refusal is not logged")

    def test_previewing_an_out_of_reach_id_is_refused_and_renders_nothing_of_b(self):
        for name, page, data, kind, object_id in self.cases():
            with self.subTest(name):
                url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
                self.client.delete(url, HTTP_HOST="cms.localhost")  # no earlier preview to fall back on
                posted = self.post(url, data)
                self.assertEqual(json.loads(posted.content), {"is_valid": False, "is_available": False}, name)
                shown = self.get(url)
                self.assertTemplateUsed(shown, "wagtailadmin/generic/preview_error.html")
                self.assertFalse(shows_b(shown), f"{name}: the preview shows B's object")
                self.assertTrue(self.refusals(kind, object_id).exists(), f"{name}: the refusal is not logged")

    def test_a_rich_text_image_embed_never_reaches_the_page(self):
        # The editors' rich text has no image feature: Draftail drops the embed before validation, so it
        # is neither saved nor rendered (the reach check would refuse it if the feature were enabled).
        data = self.news_data([paragraph_block(image_embed(self.b.image))])
        url = reverse("wagtailadmin_pages:preview_on_edit", args=[self.a.draft.pk])
        self.post(url, data)
        self.assertFalse(shows_b(self.get(url)))
        self.assertEqual(self.post(reverse("wagtailadmin_pages:edit", args=[self.a.draft.pk]), data).status_code, 302)
        body = NewsPage.objects.get(pk=self.a.draft.pk).get_latest_revision_as_object().body
        self.assertNotIn("embedtype", body.raw_data[0]["value"])

    def test_creating_a_page_with_an_out_of_reach_id_creates_nothing(self):
        news_index = self.a.draft.get_parent()
        url = reverse("wagtailadmin_pages:add", args=["opd", "newspage", news_index.pk])
        data = self.news_data([image_block(self.b.image)], title="Berita baru", slug="berita-baru")
        response = self.post(url, data)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, ERROR)
        self.assertFalse(shows_b(response))
        self.assertFalse(Page.objects.filter(slug="berita-baru").exists())
        preview = reverse("wagtailadmin_pages:preview_on_add", args=["opd", "newspage", news_index.pk])
        self.assertEqual(json.loads(self.post(preview, data).content)["is_valid"], False)

    def test_site_settings_refuse_another_opds_image_as_logo(self):
        url = reverse("wagtailsettings:edit", args=["opd", "sitesettings", self.a.site.pk])
        data = self.edit_form_data(url, form_id="w-editor-form")
        data["logo"] = str(self.b.image.pk)
        response = self.post(url, data)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, ERROR)
        self.assertFalse(shows_b(response))
        self.a.settings.refresh_from_db()
        self.assertIsNone(self.a.settings.logo_id)
        self.assertTrue(self.refusals("image", self.b.image.pk).exists())

    # --- within reach ---------------------------------------------------------

    def test_own_and_shared_objects_are_accepted(self):
        a = self.a
        shared_image, shared_document = self.shared_image, self.shared_document
        cases = [
            ("own image block", a.draft, self.news_data([image_block(a.image)])),
            ("shared image block", a.draft, self.news_data([image_block(shared_image)])),
            ("shared document block", a.draft, self.news_data([document_block(shared_document)])),
            ("own page link", a.draft, self.news_data([paragraph_block(page_link(a.live))])),
            ("own document link", a.draft, self.news_data([paragraph_block(document_link(a.document))])),
            ("shared lead image", a.draft, self.news_data(lead_image=str(shared_image.pk), lead_image_alt="Foto")),
            ("own page chooser block", a.home, self.home_data(a.live)),
            ("own attachment", self.announcement, self.announcement_data([a.document, shared_document])),
        ]
        for name, page, data in cases:
            with self.subTest(name):
                url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
                self.assertEqual(json.loads(self.post(url, data).content)["is_valid"], True, name)
                before = self.revisions(page)
                response = self.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
                self.assertEqual(response.status_code, 302, name)
                self.assertEqual(len(self.revisions(page)), len(before) + 1, name)
        revision = NewsPage.objects.get(pk=a.draft.pk).get_latest_revision_as_object()
        self.assertEqual(revision.lead_image_id, shared_image.pk)
        attachments = AnnouncementPage.objects.get(pk=self.announcement.pk).get_latest_revision_as_object()
        self.assertEqual(
            {row.document_id for row in attachments.attachments.all()}, {a.document.pk, shared_document.pk}
        )
        self.assertFalse(AccessRefusal.objects.exists())

    def test_diskominfo_approver_may_link_any_site(self):
        self.login("approver")
        data = self.news_data([image_block(self.b.image), paragraph_block(page_link(self.b.draft))])
        response = self.post(reverse("wagtailadmin_pages:edit", args=[self.a.draft.pk]), data)
        self.assertEqual(response.status_code, 302)
        body = NewsPage.objects.get(pk=self.a.draft.pk).get_latest_revision_as_object().body
        self.assertEqual(body[0].value["image"].pk, self.b.image.pk)

    def test_references_already_on_the_page_stay_editable(self):
        # Diskominfo linked A's news to B's image; A's operator may still edit the rest of the page.
        self.login("approver")
        data = self.news_data([image_block(self.b.image)])
        self.assertEqual(self.post(reverse("wagtailadmin_pages:edit", args=[self.a.draft.pk]), data).status_code, 302)
        self.login("operator_a")
        data = self.news_data([image_block(self.b.image)], summary="Ringkasan baru.")
        self.assertEqual(self.post(reverse("wagtailadmin_pages:edit", args=[self.a.draft.pk]), data).status_code, 302)
        self.assertFalse(AccessRefusal.objects.exists())


class EveryEditFormIsCheckedTests(TestCase):
    """A page model (or setting) added later without the shared form would skip the reach check."""

    def test_every_page_model_and_the_site_settings_use_the_reach_checked_form(self):
        models = [model for model in get_page_models() if model is not Page] + [SiteSettings]
        for model in models:
            with self.subTest(model=model.__name__):
                self.assertTrue(issubclass(get_edit_handler(model).get_form_class(), ReachCheckedFormMixin))
