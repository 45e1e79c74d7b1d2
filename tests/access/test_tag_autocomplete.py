"""Tag autocomplete offers only the tags used on content within the user's reach."""

import json

import pytest
from django.test import TestCase

from tests.access.world import AccessWorld

AUTOCOMPLETE = "/admin/tag-autocomplete/"


@pytest.mark.postgres
class TagAutocompleteTests(AccessWorld, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        a, b = cls.sites["A"], cls.sites["B"]
        for page, tag in ((a.draft, "Zebra Dinkes"), (b.draft, "Zebra Disdik"), (b.live, "Zebra Profil Disdik")):
            page = page.specific
            if hasattr(page, "tags"):
                page.tags.add(tag)
                page.save()
        a.image.tags.add("Zebra Foto Dinkes")
        b.image.tags.add("Zebra Foto Disdik")
        b.document.tags.add("Zebra Dokumen Disdik")
        cls.shared_document.tags.add("Zebra Bersama")

    def offered(self, role, term="zeb", url=AUTOCOMPLETE):
        self.login(role)
        response = self.get(url, term=term)
        self.assertEqual(response.status_code, 200)
        return json.loads(response.content)

    def test_operator_is_offered_only_tags_used_within_its_reach(self):
        self.assertEqual(self.offered("operator_a"), ["Zebra Bersama", "Zebra Dinkes", "Zebra Foto Dinkes"])
        self.assertEqual(
            self.offered("operator_b"), ["Zebra Bersama", "Zebra Disdik", "Zebra Dokumen Disdik", "Zebra Foto Disdik"]
        )

    def test_the_per_model_autocomplete_is_scoped_too(self):
        url = f"{AUTOCOMPLETE}taggit/tag/"
        self.assertNotIn("Zebra Disdik", self.offered("operator_a", url=url))
        self.assertIn("Zebra Dinkes", self.offered("operator_a", url=url))
        self.login("operator_a")
        self.assertEqual(self.get(f"{AUTOCOMPLETE}opd/newspage/", term="zeb").status_code, 404)

    def test_diskominfo_is_offered_every_tag(self):
        for role in ("approver", "superuser"):
            with self.subTest(role):
                self.assertIn("Zebra Disdik", self.offered(role))
                self.assertIn("Zebra Foto Dinkes", self.offered(role))

    def test_humas_sees_tags_of_every_opds_news(self):
        offered = self.offered("humas")
        self.assertIn("Zebra Dinkes", offered)
        self.assertIn("Zebra Disdik", offered)
        self.assertNotIn("Zebra Foto Disdik", offered)
