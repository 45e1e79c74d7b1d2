"""The base forms Wagtail builds its image and document forms from (WAGTAILIMAGES_IMAGE_FORM_BASE,
WAGTAILDOCS_DOCUMENT_FORM_BASE), so every upload route of the admin applies the same limits."""

from django.core.files.uploadedfile import UploadedFile
from django.forms.fields import FileField
from django.utils.text import capfirst
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm
from wagtail.images.models import Image

from uploads.documents import check_document
from uploads.images import check_image, strip_metadata


class ImageUploadField(WagtailImageField):
    """Wagtail's image field with our checks first, and the personal metadata removed from what is stored.

    Wagtail's own field asks Willow for the size, which lets Pillow raise DecompressionBombError
    (a 500) on a bomb; here the header is read under our own guard before Wagtail looks at it.
    """

    def to_python(self, data):
        file = FileField.to_python(self, data)
        if file is None:
            return None
        header = check_image(file, file.name)
        cleaned = super().to_python(data)  # Wagtail's checks (extension list, format) on what passed ours
        return strip_metadata(cleaned, cleaned.name, header)


class ImageUploadForm(BaseImageForm):
    """Base of every image form of the admin."""

    file = ImageUploadField(
        label=capfirst(Image._meta.get_field("file").verbose_name),
        widget=BaseImageForm.Meta.widgets["file"],
    )


class DocumentUploadForm(BaseDocumentForm):
    """Base of every document form of the admin."""

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
