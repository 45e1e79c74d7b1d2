"""Every admin route that takes an uploaded image or document, driven through the test client.

Each route posts a file the way the admin's own page does and returns an ``Outcome``: the HTTP
status, whether the admin accepted the file, the text the user reads back (HTML or the JSON the
page's script shows) and the object that now holds the file.
"""

import json
from dataclasses import dataclass

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from opd.provisioning import provision_opd_site
from tests.factories import UserFactory

ADMIN_HOST = "cms.localhost"


class DinkesOperatorTestCase(TestCase):
    """The Dinkes site and its operator, signed in: who uploads in these tests."""

    @classmethod
    def setUpTestData(cls):
        cls.opd = provision_opd_site("dinkes", "Dinas Kesehatan", acronym="Dinkes").opd
        cls.operator = UserFactory(username="operator.dinkes", groups=[cls.opd.operator_group])

    def setUp(self):
        self.client.force_login(self.operator)


@dataclass
class Outcome:
    status: int
    accepted: bool
    text: str
    stored: object  # the Image/Document holding the uploaded file, or None


def _newest(model, before):
    return model.objects.filter(pk__gt=before).order_by("-pk").first()


class Route:
    """One upload route; ``kind`` is "images" or "documents"."""

    def __init__(self, name, kind):
        self.name, self.kind = name, kind

    def __repr__(self):
        return f"{self.kind}:{self.name}"

    @property
    def model(self):
        return get_image_model() if self.kind == "images" else get_document_model()

    def upload(self, client, filename, content, *, collection, existing=None):
        file = SimpleUploadedFile(filename, content)
        before = self.model.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
        old_name = existing.file.name if existing is not None else None
        response = getattr(self, f"_post_{self.name}")(client, file, collection, existing)
        assert response.status_code != 500, (self, filename)
        accepted, text = self._read(response)
        if self.name == "edit":
            existing.refresh_from_db()
            stored = existing if existing.file.name != old_name else None
        else:
            stored = _newest(self.model, before)
        return Outcome(response.status_code, accepted, text, stored)

    # --- the four routes -----------------------------------------------------------

    def _post_add(self, client, file, collection, existing):
        url = reverse(f"wagtail{'images' if self.kind == 'images' else 'docs'}:add")
        data = {"title": "Unggahan uji", "collection": collection.pk, "tags": "", "file": file}
        return client.post(url, data, HTTP_HOST=ADMIN_HOST)

    def _post_multiple(self, client, file, collection, existing):
        url = reverse(f"wagtail{'images' if self.kind == 'images' else 'docs'}:add_multiple")
        data = {"title": "Unggahan uji", "collection": collection.pk, "files[]": file}
        return client.post(url, data, HTTP_HOST=ADMIN_HOST, HTTP_X_REQUESTED_WITH="XMLHttpRequest")

    def _post_chooser(self, client, file, collection, existing):
        if self.kind == "images":
            url, prefix = reverse("wagtailimages_chooser:create"), "image-chooser-upload"
        else:
            url, prefix = reverse("wagtaildocs_chooser:create"), "document-chooser-upload"
        data = {f"{prefix}-title": "Unggahan uji", f"{prefix}-collection": collection.pk, f"{prefix}-tags": ""}
        data[f"{prefix}-file"] = file
        return client.post(url, data, HTTP_HOST=ADMIN_HOST)

    def _post_edit(self, client, file, collection, existing):
        url = reverse(f"wagtail{'images' if self.kind == 'images' else 'docs'}:edit", args=[existing.pk])
        data = {"title": existing.title, "collection": collection.pk, "tags": "", "file": file}
        return client.post(url, data, HTTP_HOST=ADMIN_HOST)

    def _read(self, response):
        """(accepted, what the user reads) for this route's kind of response."""
        if self.name in ("add", "edit"):
            return response.status_code == 302, response.content.decode()
        payload = json.loads(response.content)
        if self.name == "multiple":
            return payload["success"], payload.get("error_message", "")
        return payload["step"] != "reshow_creation_form", payload.get("htmlFragment", "")


IMAGE_ROUTES = [Route(name, "images") for name in ("add", "multiple", "chooser", "edit")]
DOCUMENT_ROUTES = [Route(name, "documents") for name in ("add", "multiple", "chooser", "edit")]
