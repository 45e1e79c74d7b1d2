"""Images stored before the upload rules existed: find the oversized ones, clean the personal metadata."""

import io
import os
from dataclasses import dataclass, field

from wagtail.images import get_image_model

from uploads import limits
from uploads.images import has_personal_metadata, read_header, strip_metadata


@dataclass
class CleaningReport:
    cleaned: list = field(default_factory=list)
    oversized: list = field(default_factory=list)
    unreadable: list = field(default_factory=list)


def clean_stored_images(*, dry_run=False):
    """Remove personal metadata from every stored original (and drop its renditions, which copied it).

    Images over the pixel ceiling are listed, not opened: Pillow would refuse them, and an editor
    should replace them with a smaller file. Idempotent: a clean image is left as it is.
    """
    report = CleaningReport()
    for image in get_image_model().objects.order_by("pk").iterator():
        if (image.width or 0) * (image.height or 0) > limits.max_image_pixels():
            report.oversized.append(image)
            continue
        try:
            with image.open_file() as original:
                content = io.BytesIO(original.read())
            if not has_personal_metadata(content):
                continue
            header = read_header(content)
        except Exception:  # noqa: BLE001 -- a missing or broken file is reported, whatever the storage raised
            report.unreadable.append(image)
            continue
        report.cleaned.append(image)
        if not dry_run:
            _replace_file(image, strip_metadata(content, os.path.basename(image.file.name), header))
    return report


def _replace_file(image, cleaned):
    old_name = image.file.name
    old_size = (image.width, image.height)
    image.file.save(os.path.basename(old_name), cleaned, save=False)
    image._set_image_file_metadata()
    image.width, image.height = image.file.width, image.file.height
    if (image.width, image.height) != old_size:  # turned upright: the old focal point no longer fits
        image.focal_point_x = image.focal_point_y = image.focal_point_width = image.focal_point_height = None
    image.save()
    image.renditions.all().delete()
    image.file.storage.delete(old_name)
