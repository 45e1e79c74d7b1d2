"""A public page whose image was stored before the pixel ceiling: a missing image, never a 500."""

import pytest
from django.core.files.base import ContentFile
from django.test import TestCase

from opd.provisioning import provision_opd_site
from tests.factories import ImageFactory, NewsPageFactory
from tests.uploads import files

pytestmark = pytest.mark.postgres

DINKES = "dinkes.localhost"


def store_behind_the_forms(image, content, width, height):
    """Put ``content`` in ``image``'s stored file, as an upload before the rules (or a storage copy) did."""
    storage, name = image.file.storage, image.file.name
    storage.delete(name)
    storage.save(name, ContentFile(content))
    type(image).objects.filter(pk=image.pk).update(width=width, height=height, file_size=len(content))
    return type(image).objects.get(pk=image.pk)


class LegacyOversizedImageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.opd = provision_opd_site("dinkes", "Dinas Kesehatan", acronym="Dinkes").opd
        cls.news_index = cls.opd.site.root_page.get_children().get(slug="berita").specific

    def news_with_image(self, width, height):
        image = store_behind_the_forms(
            ImageFactory(title=f"Spanduk {width}"), files.huge_png(width, height), width, height
        )
        news = NewsPageFactory(parent=self.news_index, title=f"Berita spanduk {width}", lead_image=image)
        return news, image

    def test_public_news_page_with_a_bomb_image_answers_200(self):
        for width in (30000, 11000):
            with self.subTest(width=width):
                news, image = self.news_with_image(width, width)
                response = self.client.get(news.relative_url(news.get_site()), HTTP_HOST=DINKES)
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, f"<h1>{news.title}</h1>", html=True)
                self.assertContains(response, 'src="/media/not-found"')
                self.assertFalse(image.renditions.exists())
                # The news listing shows the same image as a card.
                listing = self.client.get(self.news_index.relative_url(news.get_site()), HTTP_HOST=DINKES)
                self.assertEqual(listing.status_code, 200)
                self.assertContains(listing, news.title)

    def test_images_within_the_ceiling_still_get_renditions(self):
        news = NewsPageFactory(parent=self.news_index, title="Berita biasa")
        response = self.client.get(news.relative_url(news.get_site()), HTTP_HOST=DINKES)
        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, "not-found")
        self.assertTrue(news.lead_image.renditions.filter(filter_spec="width-1200").exists())
