"""Uploaded documents: the size ceiling of their type and a check that the content is what the name says.

Used by ``uploads.forms.DocumentUploadForm`` on every document upload route (add, add multiple,
the chooser's upload tab, "replace file" on edit).
"""

import os
import zipfile

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from uploads import limits

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97-2003, Excel 97-2003, PowerPoint 97-2003
OOXML_PART = {"docx": "word/document.xml", "xlsx": "xl/workbook.xml", "pptx": "ppt/presentation.xml"}
ODF_MIMETYPE = {
    "odt": b"application/vnd.oasis.opendocument.text",
    "ods": b"application/vnd.oasis.opendocument.spreadsheet",
}
CHUNK = 1024 * 1024


def _head(file, length=8):
    file.seek(0)
    head = file.read(length)
    file.seek(0)
    return head


def _zip_names(file):
    """The member names of a zip archive, or None when it is not a readable zip."""
    file.seek(0)
    try:
        with zipfile.ZipFile(file) as archive:
            return archive, set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return None, None
    finally:
        file.seek(0)


def _is_text(file):
    """Plain text (CSV, TXT): no NUL byte anywhere, as no text encoding we accept writes one."""
    file.seek(0)
    try:
        while chunk := file.read(CHUNK):
            if b"\x00" in chunk:
                return False
        return True
    finally:
        file.seek(0)


def _odf_mimetype(file):
    file.seek(0)
    try:
        with zipfile.ZipFile(file) as archive:
            return archive.read("mimetype").strip()
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        return None
    finally:
        file.seek(0)


def content_matches(file, extension):
    """True when the bytes of ``file`` are a document of the type its extension names (magic bytes, zip parts)."""
    if extension == "pdf":
        return _head(file, 5) == b"%PDF-"
    if extension in ("doc", "xls", "ppt"):
        return _head(file) == OLE2
    if extension in OOXML_PART:
        _archive, names = _zip_names(file)
        return names is not None and "[Content_Types].xml" in names and OOXML_PART[extension] in names
    if extension in ODF_MIMETYPE:
        return _odf_mimetype(file) == ODF_MIMETYPE[extension]
    if extension == "zip":
        _archive, names = _zip_names(file)
        return names is not None
    if extension in ("csv", "txt"):
        return _is_text(file)
    return False


def check_document(file, name):
    """Refuse an uploaded document over its type's size ceiling or whose content is not its type.

    A renamed executable or HTML page (``laporan.pdf`` that is really ``<html>``) is refused here,
    before it is stored and served under a trusted host.
    """
    extension = os.path.splitext(name)[1].lower().lstrip(".")
    max_size = limits.max_document_size(extension)
    if max_size is None:
        raise ValidationError(
            _("Jenis berkas .%(extension)s tidak diizinkan."), code="invalid_extension", params={"extension": extension}
        )
    if file.size > max_size:
        raise ValidationError(
            _("Berkas terlalu besar (%(size)s); berkas .%(extension)s paling besar %(max)s."),
            code="file_too_large",
            params={"size": filesizeformat(file.size), "extension": extension, "max": filesizeformat(max_size)},
        )
    if not content_matches(file, extension):
        raise ValidationError(
            _("Isi berkas ini bukan berkas .%(extension)s yang sah (isinya diperiksa, bukan namanya)."),
            code="invalid_document_content",
            params={"extension": extension},
        )
