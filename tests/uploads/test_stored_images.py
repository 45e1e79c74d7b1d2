"""Images stored before the upload rules: clean_image_metadata strips them; Willow copied their EXIF into renditions."""

import io
from io import StringIO

import pytest
from django.core.files.images import ImageFile
from django.core.management import call_command
from django.test import TestCase
from PIL import Image

from tests.factories import ImageFactory
from tests.uploads import files
from tests.uploads.test_images import personal_metadata

pytestmark = pytest.mark.postgres


def stored_bytes(image):
    with image.open_file() as handle:
        return handle.read()


def rendition_bytes(image, spec):
    with image.get_rendition(spec).file.open("rb") as handle:
        return handle.read()


class CleanImageMetadataTests(TestCase):
    def setUp(self):
        # Stored the way images were before this app: straight from the camera, metadata and all.
        self.legacy = ImageFactory(title="Foto lama", file=ImageFile(io.BytesIO(files.camera_jpeg()), name="lama.jpg"))
        self.clean = ImageFactory(title="Foto bersih")

    def test_legacy_renditions_carry_the_gps_willow_copied(self):
        self.assertIn("gps-2", personal_metadata(rendition_bytes(self.legacy, "width-30")))

    def test_dry_run_changes_nothing(self):
        before = stored_bytes(self.legacy)
        out = StringIO()
        call_command("clean_image_metadata", "--dry-run", stdout=out)
        self.legacy.refresh_from_db()
        self.assertEqual(stored_bytes(self.legacy), before)
        self.assertIn("1 gambar akan dibersihkan", out.getvalue())

    def test_strips_original_and_renditions_and_turns_it_upright(self):
        rendition_bytes(self.legacy, "width-30")
        clean_file = self.clean.file.name
        out = StringIO()
        call_command("clean_image_metadata", stdout=out)
        self.assertIn(f"#{self.legacy.pk} Foto lama", out.getvalue())
        self.assertNotIn("Foto bersih", out.getvalue())
        self.legacy.refresh_from_db()
        stored = stored_bytes(self.legacy)
        self.assertEqual(personal_metadata(stored), {})
        with Image.open(io.BytesIO(stored)) as upright:
            self.assertEqual(upright.size, (40, 60))
        self.assertEqual((self.legacy.width, self.legacy.height), (40, 60))
        self.assertEqual(self.legacy.file_size, len(stored))
        self.assertEqual(personal_metadata(rendition_bytes(self.legacy, "width-30")), {})
        self.clean.refresh_from_db()
        self.assertEqual(self.clean.file.name, clean_file)
        out = StringIO()
        call_command("clean_image_metadata", stdout=out)
        self.assertIn("0 gambar dibersihkan", out.getvalue())

    def test_images_over_the_ceiling_are_listed_not_opened(self):
        huge = ImageFactory(title="Spanduk raksasa")
        type(huge).objects.filter(pk=huge.pk).update(width=11000, height=11000)
        out = StringIO()
        call_command("clean_image_metadata", stdout=out)
        self.assertIn(f"terlalu besar, ganti berkasnya: #{huge.pk} Spanduk raksasa (11000×11000)", out.getvalue())
