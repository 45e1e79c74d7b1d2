"""Uploaded images: what they are (read from the header), whether they may be stored, and cleaning them.

Every image upload route of the admin (add, add multiple, the chooser's upload tab, "replace
file" on edit) goes through ``uploads.forms.ImageUploadField``, which calls these functions.
"""

import io
import os
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, ImageSequence, JpegImagePlugin

from uploads import limits

# Pillow's format name -> the file extension(s) it must carry. MPO is how Pillow names the JPEG
# files many phones write (a JPEG with a second, embedded picture).
ALLOWED_FORMATS = {
    "JPEG": {"jpg", "jpeg"},
    "MPO": {"jpg", "jpeg"},
    "PNG": {"png"},
    "GIF": {"gif"},
    "WEBP": {"webp"},
}
# Pillow plugins that may open an upload (MPO files are opened by the JPEG plugin).
OPENERS = ["JPEG", "PNG", "GIF", "WEBP"]
JPEG_QUALITY = 95
WEBP_QUALITY = 95


@dataclass(frozen=True)
class ImageHeader:
    """What the header of an image file says, read without decoding its pixels."""

    format: str
    width: int
    height: int
    frames: int

    @property
    def pixels(self):
        return self.width * self.height * self.frames


def refuse(message, code, **params):
    return ValidationError(message, code=code, params=params)


def open_header(file, formats=None):
    """The ``ImageHeader`` of an image file, read without decoding its pixels; the file is rewound.

    Pillow's own errors pass through: DecompressionBombError, and whatever it raises for a file it
    cannot read. ``formats`` limits the Pillow plugins tried (None: every one).
    """
    file.seek(0)
    try:
        with Image.open(file, formats=formats) as image:
            return ImageHeader(image.format, image.width, image.height, getattr(image, "n_frames", 1))
    finally:
        file.seek(0)


def read_header(file):
    """Identify an uploaded image by its content and read its size, never decoding the pixels.

    Raises ValidationError (Indonesian) when Pillow does not recognise one of the allowed formats
    (SVG, HTML, executables, PSD…) or when the image is a decompression bomb.
    """
    try:
        return open_header(file, formats=OPENERS)
    except Image.DecompressionBombError as exc:
        raise too_many_pixels() from exc
    except Exception as exc:  # Pillow reports an unreadable header with many exception types
        raise refuse(
            _("Berkas ini bukan gambar JPEG, PNG, GIF atau WebP yang sah (isinya diperiksa, bukan namanya)."),
            "invalid_image_content",
        ) from exc


def too_many_pixels(header=None):
    megapixels = limits.max_image_pixels() / 1_000_000
    if header is None:
        return refuse(
            _("Ukuran gambar terlalu besar: lebih dari %(max)s megapiksel. Perkecil gambar lalu unggah lagi."),
            "file_too_many_pixels",
            max=f"{megapixels:g}",
        )
    return refuse(
        _(
            "Ukuran gambar terlalu besar: %(width)s × %(height)s piksel (%(actual)s megapiksel), "
            "paling banyak %(max)s megapiksel. Perkecil gambar lalu unggah lagi."
        ),
        "file_too_many_pixels",
        width=header.width,
        height=header.height,
        actual=f"{header.pixels / 1_000_000:.1f}",
        max=f"{megapixels:g}",
    )


def check_image(file, name):
    """Refuse an uploaded image that is too large, too many pixels, or not what its name says.

    Returns the header. Checks run cheapest first: the byte size, then the header.
    """
    if file.size > limits.max_image_size():
        raise refuse(
            _("Berkas gambar terlalu besar (%(size)s); paling besar %(max)s."),
            "file_too_large",
            size=filesizeformat(file.size),
            max=filesizeformat(limits.max_image_size()),
        )
    header = read_header(file)
    if header.pixels > limits.max_image_pixels():
        raise too_many_pixels(header)
    extension = os.path.splitext(name)[1].lower().lstrip(".")
    if extension not in ALLOWED_FORMATS[header.format]:
        raise refuse(
            _("Isi berkas ini gambar %(format)s, tetapi namanya berakhiran .%(extension)s. Ganti nama berkasnya."),
            "invalid_image_known_format",
            format=header.format if header.format != "MPO" else "JPEG",
            extension=extension,
        )
    return header


def _save_still(image, source_format, output):
    """Write one frame without any metadata but its colour profile, upright."""
    icc_profile = image.info.get("icc_profile")
    transparency = image.info.get("transparency")
    orientation = image.getexif().get(0x0112, 1)
    if source_format in ("JPEG", "MPO"):
        if orientation in (None, 1) and source_format == "JPEG":
            # Re-use the original quantisation tables: no visible loss from re-encoding.
            image.info = {}
            image.save(output, "JPEG", quality="keep", subsampling="keep", icc_profile=icc_profile)
            return
        subsampling = JpegImagePlugin.get_sampling(image)
        upright = ImageOps.exif_transpose(image)
        upright.info = {}
        upright.save(output, "JPEG", quality=JPEG_QUALITY, subsampling=subsampling, icc_profile=icc_profile)
        return
    upright = ImageOps.exif_transpose(image)
    upright.info = {}
    options = {"icc_profile": icc_profile} if icc_profile else {}
    if transparency is not None and source_format in ("PNG", "GIF"):
        options["transparency"] = transparency
    if source_format == "WEBP":
        options.update(quality=WEBP_QUALITY, lossless=False)
    upright.save(output, source_format, **options)


def _save_animation(image, source_format, output):
    """Write every frame again, keeping timing and looping, dropping every metadata block."""
    frames, durations = [], []
    for frame in ImageSequence.Iterator(image):
        durations.append(frame.info.get("duration", 100))
        copy = frame.copy()
        copy.info = {}
        frames.append(copy)
    frames[0].save(
        output,
        source_format,
        save_all=True,
        append_images=frames[1:],
        duration=durations,
        loop=image.info.get("loop", 0),
    )


PERSONAL_INFO_KEYS = ("exif", "xmp", "XML:com.adobe.xmp", "comment", "photoshop", "Description", "Author")


def has_personal_metadata(file):
    """True when the image in ``file`` carries EXIF, XMP, IPTC or a comment (read from its header blocks)."""
    file.seek(0)
    try:
        with Image.open(file, formats=OPENERS) as image:
            return bool(image.getexif()) or any(image.info.get(key) for key in PERSONAL_INFO_KEYS)
    finally:
        file.seek(0)


def strip_metadata(file, name, header):
    """A copy of the uploaded image without EXIF (GPS, camera serial, owner, maker notes), XMP, IPTC or comments.

    The EXIF orientation is applied to the pixels first, so the picture stays upright; the colour
    profile and transparency are kept; JPEG keeps its own quality. Returns a new uploaded file with
    the same name.
    """
    output = io.BytesIO()
    file.seek(0)
    with Image.open(file, formats=["JPEG" if header.format == "MPO" else header.format]) as image:
        if header.frames > 1 and header.format != "MPO":
            _save_animation(image, header.format, output)
        else:
            _save_still(image, header.format, output)
    file.seek(0)
    content_type = Image.MIME.get(header.format if header.format != "MPO" else "JPEG")
    return SimpleUploadedFile(os.path.basename(name), output.getvalue(), content_type=content_type)
