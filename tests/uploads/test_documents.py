"""Document uploads on every admin route: a size ceiling per type, the type checked by content."""

import factory
import pytest
from django.test import override_settings
from django.urls import reverse

from tests.factories import DocumentFactory
from tests.uploads import files
from tests.uploads.routes import ADMIN_HOST, DOCUMENT_ROUTES, DinkesOperatorTestCase

pytestmark = pytest.mark.postgres

NOT_ITS_TYPE = "bukan berkas .%s yang sah"


class DocumentUploadTests(DinkesOperatorTestCase):
    def upload(self, route, filename, content):
        existing = None
        if route.name == "edit":
            existing = DocumentFactory(
                collection=self.opd.collection,
                file=factory.django.FileField(filename="lama.pdf", data=files.PDF),
            )
        return route.upload(self.client, filename, content, collection=self.opd.collection, existing=existing)

    def assert_refused(self, filename, content, message):
        for route in DOCUMENT_ROUTES:
            with self.subTest(route=route, filename=filename):
                count = route.model.objects.count()
                outcome = self.upload(route, filename, content)
                self.assertFalse(outcome.accepted)
                self.assertIn(outcome.status, (200, 400))
                self.assertIn(message, outcome.text)
                # Only our reason, not Wagtail's "extension “” not allowed" about the file it no longer has.
                self.assertNotIn("\u201c\u201d", outcome.text)
                self.assertIsNone(outcome.stored)
                extra = 1 if route.name == "edit" else 0  # the document whose file the edit tried to replace
                self.assertEqual(route.model.objects.count(), count + extra)

    def test_html_renamed_pdf_is_refused_on_every_route(self):
        self.assert_refused("laporan.pdf", files.HTML, NOT_ITS_TYPE % "pdf")

    def test_executable_renamed_pdf_is_refused_on_every_route(self):
        self.assert_refused("laporan.pdf", files.EXE, NOT_ITS_TYPE % "pdf")

    def test_zip_without_word_parts_named_docx_is_refused(self):
        self.assert_refused("surat.docx", files.plain_zip(), NOT_ITS_TYPE % "docx")

    def test_binary_named_csv_is_refused(self):
        self.assert_refused("data.csv", files.EXE, NOT_ITS_TYPE % "csv")

    def test_document_over_its_type_ceiling_is_refused_on_every_route(self):
        oversized = files.CSV * (5 * 1024 * 1024 // len(files.CSV) + 1)
        self.assertGreater(len(oversized), 5 * 1024 * 1024)
        self.assert_refused("data.csv", oversized, "berkas .csv paling besar 5,0\xa0MB")

    @override_settings(UPLOAD_DOCUMENT_MAX_SIZES={"pdf": 1024})
    def test_the_ceiling_comes_from_settings(self):
        self.assert_refused("laporan.pdf", files.PDF + bytes(2048), "paling besar 1,0\xa0KB")

    def test_valid_documents_are_accepted_on_every_route(self):
        for filename, content in (
            ("laporan.pdf", files.PDF),
            ("surat.docx", files.docx()),
            ("anggaran.xlsx", files.xlsx()),
            ("data.csv", files.CSV),
            ("arsip.zip", files.plain_zip()),
        ):
            for route in DOCUMENT_ROUTES:
                with self.subTest(route=route, filename=filename):
                    outcome = self.upload(route, filename, content)
                    self.assertTrue(outcome.accepted, outcome.text[:2000])
                    self.assertEqual(outcome.stored.collection, self.opd.collection)
                    with outcome.stored.open_file() as stored:
                        self.assertEqual(stored.read(), content)

    def test_editing_a_document_without_a_new_file_keeps_its_file(self):
        document = DocumentFactory(collection=self.opd.collection)
        old_name = document.file.name
        response = self.client.post(
            reverse("wagtaildocs:edit", args=[document.pk]),
            {"title": "Judul baru", "collection": self.opd.collection.pk, "tags": ""},
            HTTP_HOST=ADMIN_HOST,
        )
        self.assertEqual(response.status_code, 302)
        document.refresh_from_db()
        self.assertEqual((document.title, document.file.name), ("Judul baru", old_name))
