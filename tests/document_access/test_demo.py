"""The demo's downloads stay public: every document the seed links from a live page downloads anonymously."""

import pytest
from django.test import Client, TestCase, override_settings
from wagtail.documents import get_document_model

from home.demo import seed_demo
from tests.document_access.world import content

pytestmark = pytest.mark.postgres


class DemoDownloadsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        with override_settings(DEBUG=True):
            seed_demo()

    def test_every_seeded_document_downloads_for_the_public(self):
        documents = list(get_document_model().objects.all())
        self.assertGreater(len(documents), 20)
        client = Client(HTTP_HOST="dinkes.localhost")
        for document in documents:
            with self.subTest(document=document.title):
                response = client.get(document.url)
                self.assertEqual(response.status_code, 200)
                self.assertTrue(content(response))
