"""Image uploads on every admin route: pixel and type ceilings by content, personal metadata removed."""

import io

import factory
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image
from wagtail.images import get_image_model
from wagtail.models import UploadedFile

from tests.factories import ImageFactory
from tests.uploads import files
from tests.uploads.routes import ADMIN_HOST, IMAGE_ROUTES, DinkesOperatorTestCase

pytestmark = pytest.mark.postgres

TOO_MANY_PIXELS = "megapiksel"
NOT_AN_IMAGE = "bukan gambar JPEG, PNG, GIF atau WebP"


class ImageUploadTests(DinkesOperatorTestCase):
    def existing_image(self):
        return ImageFactory(
            collection=self.opd.collection,
            file=factory.django.ImageField(width=50, height=50, color="yellow", filename="lama.png"),
        )

    def upload(self, route, filename, content):
        existing = self.existing_image() if route.name == "edit" else None
        return route.upload(self.client, filename, content, collection=self.opd.collection, existing=existing)

    def assert_refused(self, filename, content, message):
        for route in IMAGE_ROUTES:
            with self.subTest(route=route):
                count = route.model.objects.count()
                outcome = self.upload(route, filename, content)
                self.assertFalse(outcome.accepted)
                self.assertIn(outcome.status, (200, 400))
                self.assertIn(message, outcome.text)
                self.assertIsNone(outcome.stored)
                extra = 1 if route.name == "edit" else 0  # the image whose file the edit tried to replace
                self.assertEqual(route.model.objects.count(), count + extra)

    def test_decompression_bomb_is_a_form_error_on_every_route(self):
        bomb = files.huge_png(30000, 30000)
        self.assertLess(len(bomb), 200_000)
        with self.assertRaises(Image.DecompressionBombError):  # Pillow reads it as a 900-megapixel PNG
            Image.open(io.BytesIO(bomb), formats=["PNG"])
        self.assert_refused("peta.png", bomb, TOO_MANY_PIXELS)

    def test_image_over_the_pixel_ceiling_is_refused_on_every_route(self):
        self.assert_refused("spanduk.png", files.huge_png(11000, 11000), TOO_MANY_PIXELS)

    def test_svg_is_refused_on_every_route(self):
        self.assert_refused("logo.svg", files.SVG, NOT_AN_IMAGE)

    def test_svg_renamed_png_is_refused_on_every_route(self):
        self.assert_refused("logo.png", files.SVG, NOT_AN_IMAGE)

    def test_html_renamed_jpg_is_refused_on_every_route(self):
        self.assert_refused("foto.jpg", files.HTML, NOT_AN_IMAGE)

    def test_truncated_png_is_refused_on_every_route(self):
        self.assert_refused("kegiatan.png", files.png(300, 300)[:200], "rusak atau tidak lengkap")

    def test_png_named_jpg_is_refused_in_indonesian(self):
        self.assert_refused("foto.jpg", files.png(), "namanya berakhiran .jpg")

    def test_the_upload_forms_state_the_limits(self):
        for url, limits in (
            (reverse("wagtailimages:add"), "Format: JPG, PNG, GIF, WebP. Paling besar 10,0\xa0MB dan 40 megapiksel."),
            (reverse("wagtailimages:add_multiple"), "Paling besar 10,0\xa0MB dan 40 megapiksel."),
            (reverse("wagtaildocs:add"), "CSV, TXT paling besar 5,0\xa0MB."),
        ):
            with self.subTest(url=url):
                self.assertContains(self.client.get(url, HTTP_HOST=ADMIN_HOST), limits)

    def test_normal_png_is_accepted_on_every_route(self):
        for route in IMAGE_ROUTES:
            with self.subTest(route=route):
                outcome = self.upload(route, "kegiatan.png", files.png(120, 80, "green"))
                self.assertTrue(outcome.accepted, outcome.text[:2000])
                self.assertEqual((outcome.stored.width, outcome.stored.height), (120, 80))
                self.assertEqual(outcome.stored.collection, self.opd.collection)


def personal_metadata(content):
    """The personal metadata a JPEG carries: EXIF tags (with GPS and Exif sub-IFDs), XMP, comment."""
    with Image.open(io.BytesIO(content)) as image:
        exif = image.getexif()
        found = {tag: exif[tag] for tag in (files.ARTIST, files.COPYRIGHT, files.MAKE, files.MODEL) if tag in exif}
        found.update({f"gps-{tag}": value for tag, value in exif.get_ifd(files.GPS_IFD).items()})
        found.update({f"exif-{tag}": value for tag, value in exif.get_ifd(files.EXIF_IFD).items()})
        for key in ("xmp", "comment", "exif", "photoshop"):
            if image.info.get(key):
                found[key] = image.info[key]
        return found


class ImageMetadataTests(DinkesOperatorTestCase):
    def test_the_camera_file_really_carries_personal_metadata(self):
        found = personal_metadata(files.camera_jpeg())
        self.assertIn("gps-2", found)
        self.assertEqual(found[f"exif-{files.BODY_SERIAL}"], "SN-4455667788")
        self.assertIn("xmp", found)

    def test_gps_and_personal_exif_are_removed_from_original_and_renditions_on_every_route(self):
        for route in IMAGE_ROUTES:
            with self.subTest(route=route):
                existing = None
                if route.name == "edit":
                    existing = ImageFactory(collection=self.opd.collection)
                outcome = route.upload(
                    self.client, "kunjungan.jpg", files.camera_jpeg(), collection=self.opd.collection, existing=existing
                )
                self.assertTrue(outcome.accepted, outcome.text[:2000])
                image = outcome.stored
                with image.open_file() as original:
                    stored = original.read()
                self.assertEqual(personal_metadata(stored), {})
                # Orientation applied to the pixels: upright 40×60, red on top, blue below.
                self.assertEqual((image.width, image.height), (40, 60))
                with Image.open(io.BytesIO(stored)) as upright:
                    self.assertEqual(upright.size, (40, 60))
                    top, bottom = upright.convert("RGB").getpixel((20, 8)), upright.convert("RGB").getpixel((20, 52))
                self.assertGreater(top[0], 200)
                self.assertLess(top[2], 60)
                self.assertGreater(bottom[2], 200)
                self.assertLess(bottom[0], 60)
                # A rendition, as the admin's preview serves it.
                response = self.client.get(
                    reverse("wagtailimages:preview", args=[image.pk, "width-30"]), HTTP_HOST=ADMIN_HOST
                )
                self.assertEqual(response.status_code, 200)
                rendition = b"".join(response.streaming_content) if response.streaming else response.content
                self.assertEqual(personal_metadata(rendition), {})
                rendition_file = image.get_rendition("fill-20x30")
                with rendition_file.file.open("rb") as handle:
                    self.assertEqual(personal_metadata(handle.read()), {})

    def test_animated_gif_keeps_frames_and_timing_and_loses_its_comment(self):
        frames = [Image.new("RGB", (20, 20), color) for color in ("red", "green", "blue")]
        buffer = io.BytesIO()
        frames[0].save(
            buffer, "GIF", save_all=True, append_images=frames[1:], duration=[100, 200, 300], loop=0, comment=b"rumah"
        )
        route = IMAGE_ROUTES[0]
        outcome = route.upload(self.client, "animasi.gif", buffer.getvalue(), collection=self.opd.collection)
        self.assertTrue(outcome.accepted, outcome.text[:2000])
        with outcome.stored.open_file() as original, Image.open(io.BytesIO(original.read())) as stored:
            self.assertNotIn("comment", stored.info)
            self.assertEqual(stored.n_frames, 3)
            seen = []
            for index in range(3):
                stored.seek(index)
                seen.append((stored.convert("RGB").getpixel((1, 1)), stored.info["duration"]))
        self.assertEqual(seen, [((255, 0, 0), 100), ((0, 128, 0), 200), ((0, 0, 255), 300)])

    def test_multiple_upload_parked_for_a_missing_title_is_cleaned_too(self):
        url = reverse("wagtailimages:add_multiple")
        data = {"title": "", "collection": self.opd.collection.pk}
        data["files[]"] = SimpleUploadedFile("kunjungan.jpg", files.camera_jpeg())
        response = self.client.post(url, data, HTTP_HOST=ADMIN_HOST, HTTP_X_REQUESTED_WITH="XMLHttpRequest")
        parked = UploadedFile.objects.get(pk=response.json()["uploaded_file_id"])
        with parked.file.open("rb") as handle:
            self.assertEqual(personal_metadata(handle.read()), {})
        finish = reverse("wagtailimages:create_multiple_from_uploaded_image", args=[parked.pk])
        prefix = f"uploaded-image-{parked.pk}"
        response = self.client.post(
            finish,
            {f"{prefix}-title": "Kunjungan", f"{prefix}-collection": self.opd.collection.pk, f"{prefix}-tags": ""},
            HTTP_HOST=ADMIN_HOST,
        )
        self.assertTrue(response.json()["success"], response.json().get("form"))
        image = get_image_model().objects.get(pk=response.json()["image_id"])
        self.assertEqual((image.width, image.height), (40, 60))
        with image.open_file() as original:
            self.assertEqual(personal_metadata(original.read()), {})

    def test_multiple_upload_then_edit_title_still_works(self):
        outcome = IMAGE_ROUTES[1].upload(self.client, "kegiatan.png", files.png(), collection=self.opd.collection)
        self.assertTrue(outcome.accepted)
        prefix = f"image-{outcome.stored.pk}"
        response = self.client.post(
            reverse("wagtailimages:edit_multiple", args=[outcome.stored.pk]),
            {
                f"{prefix}-title": "Kegiatan posyandu",
                f"{prefix}-collection": self.opd.collection.pk,
                f"{prefix}-tags": "",
            },
            HTTP_HOST=ADMIN_HOST,
        )
        self.assertTrue(response.json()["success"], response.json().get("form"))
        outcome.stored.refresh_from_db()
        self.assertEqual(outcome.stored.title, "Kegiatan posyandu")

    def test_editing_an_image_without_a_new_file_keeps_its_file(self):
        image = ImageFactory(collection=self.opd.collection)
        old_name = image.file.name
        response = self.client.post(
            reverse("wagtailimages:edit", args=[image.pk]),
            {"title": "Judul baru", "collection": self.opd.collection.pk, "tags": ""},
            HTTP_HOST=ADMIN_HOST,
        )
        self.assertEqual(response.status_code, 302)
        image.refresh_from_db()
        self.assertEqual((image.title, image.file.name), ("Judul baru", old_name))
