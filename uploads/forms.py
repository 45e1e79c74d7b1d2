"""The base forms Wagtail builds its image and document forms from (WAGTAILIMAGES_IMAGE_FORM_BASE,
WAGTAILDOCS_DOCUMENT_FORM_BASE), so every upload route of the admin applies the same limits."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.forms.fields import FileField
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from uploads import limits
from uploads.documents import check_document
from uploads.images import check_image, strip_metadata


class ImageUploadField(WagtailImageField):
    """Wagtail's image field with our checks first, and the personal metadata removed from what is stored.

    Wagtail's own field asks Willow for the size, which lets Pillow raise DecompressionBombError
    (a 500) on a bomb; here the header is read under our own guard before Wagtail looks at it.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.help_text = _("Format: JPG, PNG, GIF, WebP. Paling besar %(size)s dan %(pixels)s megapiksel.") % {
            "size": filesizeformat(limits.max_image_size()),
            "pixels": f"{limits.max_image_pixels() / 1_000_000:g}",
        }

    def to_python(self, data):
        file = FileField.to_python(self, data)
        if file is None:
            return None
        header = check_image(file, file.name)
        try:
            cleaned = super().to_python(data)  # Wagtail's checks (extension list, format) on what passed ours
            return strip_metadata(cleaned, cleaned.name, header)
        except ValidationError:
            raise
        except Exception as exc:
            # Both decode the pixels; a truncated or corrupt file fails there with whatever the
            # decoder raises (OSError, SyntaxError, EOFError, …).
            raise ValidationError(
                _("Berkas gambar ini rusak atau tidak lengkap. Simpan ulang gambarnya lalu unggah lagi."),
                code="invalid_image_content",
            ) from exc


class ImageUploadForm(BaseImageForm):
    """Base of every image form of the admin.

    The file field is swapped for ours only where the form has one: the multiple uploader's
    title-and-tags form excludes it, and a field declared on the class would make it required there.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            wagtail_field = self.fields["file"]
            self.fields["file"] = ImageUploadField(
                label=wagtail_field.label, required=wagtail_field.required, widget=wagtail_field.widget
            )


def document_help_text():
    """The allowed document types and their ceilings for the form's help text ("PDF, DOCX paling besar 20 MB; …")."""
    by_size = {}
    for extension in settings.WAGTAILDOCS_EXTENSIONS:
        size = limits.max_document_size(extension)
        if size is not None:
            by_size.setdefault(size, []).append(extension.upper())
    parts = [
        _("%(types)s paling besar %(size)s") % {"types": ", ".join(types), "size": filesizeformat(size)}
        for size, types in sorted(by_size.items(), reverse=True)
    ]
    return "; ".join(parts) + "."


class DocumentUploadForm(BaseDocumentForm):
    """Base of every document form of the admin."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            self.fields["file"].help_text = document_help_text()

    def clean_file(self):
        file = self.cleaned_data.get("file")
        if isinstance(file, UploadedFile):
            check_document(file, file.name)
        return file

    def _post_clean(self):
        # A refused file leaves the instance without one, and Wagtail's Document.clean() then adds
        # "extension “” not allowed" under ours; the user needs only the reason we gave.
        refused = self._errors.get("file")
        reasons = list(refused.as_data()) if refused else None
        super()._post_clean()
        if reasons is not None:
            self._errors["file"] = self.error_class(reasons, renderer=self.renderer)


__all__ = ["DocumentUploadForm", "ImageUploadForm"]
