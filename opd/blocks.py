"""StreamField blocks shared by portal and OPD pages. No raw-HTML block: editors never inject markup."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link", "hr", "blockquote"]


class HeadingBlock(blocks.StructBlock):
    """A section heading (h2 or h3) for long pages."""

    text = blocks.CharBlock(label=_("judul"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("tingkat"), choices=[("h2", _("Judul bagian")), ("h3", _("Subjudul"))], default="h2"
    )

    class Meta:
        icon = "title"
        label = _("Judul")
        template = "blocks/heading_block.html"
        preview_value = {"text": "Visi dan Misi", "level": "h2"}
        description = _("Judul bagian untuk memecah halaman yang panjang.")


class ImageBlock(blocks.StructBlock):
    """An image with mandatory alternative text and an optional caption."""

    image = ImageChooserBlock(label=_("gambar"))
    alt_text = blocks.CharBlock(
        label=_("teks alternatif"), max_length=255, help_text=_("Jelaskan isi gambar bagi pembaca layar.")
    )
    caption = blocks.CharBlock(label=_("keterangan"), required=False, max_length=255)

    class Meta:
        icon = "image"
        label = _("Gambar")
        template = "blocks/image_block.html"
        description = _("Gambar dengan teks alternatif dan keterangan.")


class QuoteBlock(blocks.StructBlock):
    """A quotation with its source."""

    quote = blocks.TextBlock(label=_("kutipan"))
    attribution = blocks.CharBlock(label=_("sumber"), required=False, max_length=255)

    class Meta:
        icon = "openquote"
        label = _("Kutipan")
        template = "blocks/quote_block.html"
        preview_value = {"quote": "Melayani dengan sepenuh hati.", "attribution": "Gubernur Jambi"}
        description = _("Kutipan pernyataan pejabat atau narasumber.")


class DocumentBlock(blocks.StructBlock):
    """A link to a document from the media library."""

    document = DocumentChooserBlock(label=_("dokumen"))
    title = blocks.CharBlock(label=_("judul tautan"), required=False, max_length=255)

    class Meta:
        icon = "doc-full"
        label = _("Dokumen")
        template = "blocks/document_block.html"
        description = _("Tautan unduhan ke sebuah dokumen.")


class LinkBlock(blocks.StructBlock):
    """A labelled link to a page of this site or to another address."""

    label = blocks.CharBlock(label=_("label"), max_length=120)
    page = blocks.PageChooserBlock(label=_("halaman"), required=False)
    url = blocks.URLBlock(label=_("alamat URL"), required=False)

    class Meta:
        icon = "link"
        label = _("Tautan")
        template = "blocks/link_block.html"
        preview_value = {"label": "LAPOR!", "url": "https://www.lapor.go.id/"}
        description = _("Tautan cepat ke halaman atau situs lain.")

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise blocks.StructBlockValidationError(
                block_errors={"url": blocks.BlockValidationError(_("Isi salah satu: halaman atau alamat URL."))}
            )
        return value


class BodyBlock(blocks.StreamBlock):
    """The deliberate set of blocks a content page body may use."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraf"), features=RICH_TEXT_FEATURES, icon="pilcrow", template="blocks/paragraph_block.html"
    )
    image = ImageBlock()
    quote = QuoteBlock()
    document = DocumentBlock()

    class Meta:
        label = _("Isi")


class QuickLinksBlock(blocks.StreamBlock):
    """Quick links on an OPD home page."""

    link = LinkBlock()

    class Meta:
        label = _("Tautan cepat")
        max_num = 12
