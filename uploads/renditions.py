"""Renditions of images stored before the pixel ceiling: a broken image, never a 500 or a huge decode.

Uploads above the ceiling are refused (uploads.images), but an image stored earlier, or put in
storage by other means, is still decoded by Willow whenever a page asks for a rendition. Willow
turns every image file into a Pillow image through one registered converter; wrapping it lets us
read the header first and refuse above the ceiling with Wagtail's SourceImageIOError, which the
``{% image %}`` tag already renders as a missing image.
"""

from PIL import Image, UnidentifiedImageError
from wagtail.images.models import SourceImageIOError
from willow.image import (
    AvifImageFile,
    BMPImageFile,
    GIFImageFile,
    HeicImageFile,
    IcoImageFile,
    JPEGImageFile,
    PNGImageFile,
    TIFFImageFile,
    WebPImageFile,
)
from willow.plugins.pillow import PillowImage
from willow.registry import registry

from uploads import limits
from uploads.images import open_header

FILE_CLASSES = (
    JPEGImageFile,
    PNGImageFile,
    GIFImageFile,
    WebPImageFile,
    BMPImageFile,
    TIFFImageFile,
    HeicImageFile,
    AvifImageFile,
    IcoImageFile,
)


def check_pixels_before_decoding(image_file):
    """Raise SourceImageIOError when the file's header announces more pixels than the ceiling allows."""
    try:
        pixels = open_header(image_file.f).pixels
    except Image.DecompressionBombError as exc:
        raise SourceImageIOError(str(exc)) from exc
    except (UnidentifiedImageError, OSError):
        return  # not ours to judge: Willow's own converter reports what it cannot read
    if pixels > limits.max_image_pixels():
        raise SourceImageIOError(f"{pixels} pixels: more than {limits.max_image_pixels()}, not decoded")


def _guarded(convert):
    def guarded_convert(image_file):
        check_pixels_before_decoding(image_file)
        return convert(image_file)

    guarded_convert.uploads_guarded = True
    return guarded_convert


def guard_willow_converters():
    """Put the pixel check in front of Willow's conversion of every image file to a Pillow image (once)."""
    for file_class in FILE_CLASSES:
        convert = registry.get_converter(file_class, PillowImage)
        if getattr(convert, "uploads_guarded", False):
            continue
        cost = registry.get_converter_cost(file_class, PillowImage)
        registry.register_converter(file_class, PillowImage, _guarded(convert), cost=cost)
