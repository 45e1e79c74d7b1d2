"""The upload ceilings, read from settings in one place (docs/uploads.md)."""

from django.conf import settings
from PIL import Image

MEGABYTE = 1024 * 1024

# Used when a setting is absent; base.py sets all of them.
DEFAULT_MAX_IMAGE_PIXELS = 40_000_000
DEFAULT_MAX_IMAGE_SIZE = 10 * MEGABYTE


def max_image_pixels():
    """Most pixels (width × height × frames) an uploaded image may have."""
    return getattr(settings, "WAGTAILIMAGES_MAX_IMAGE_PIXELS", None) or DEFAULT_MAX_IMAGE_PIXELS


def max_image_size():
    """Largest image file, in bytes."""
    return getattr(settings, "WAGTAILIMAGES_MAX_UPLOAD_SIZE", None) or DEFAULT_MAX_IMAGE_SIZE


def max_document_size(extension):
    """Largest document with this extension (lower case, no dot), in bytes; None when the type is not allowed."""
    return settings.UPLOAD_DOCUMENT_MAX_SIZES.get(extension)


def apply_pillow_ceiling():
    """Make Pillow itself refuse to decode what an upload may not be.

    Pillow warns above ``MAX_IMAGE_PIXELS`` and raises ``DecompressionBombError`` above twice that,
    for every file it opens in this process: uploads, renditions on the public site, the admin's
    previews. Its default (89 Mpx, so an error only above 178 Mpx) lets through images that
    take a worker's memory; tying it to the upload ceiling keeps every decode within reach.
    """
    Image.MAX_IMAGE_PIXELS = max_image_pixels()
