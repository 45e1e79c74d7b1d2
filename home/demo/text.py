"""Small builders for rich text HTML and StreamField blocks (opd.blocks.BodyBlock) in the raw JSON shape."""

from django.utils.html import escape


def p(*paragraphs):
    """Escaped plain-text paragraphs as rich text HTML."""
    return "".join(f"<p>{escape(text)}</p>" for text in paragraphs)


def ul(items):
    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"


def ol(items):
    return "<ol>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ol>"


def heading(text, level="h2"):
    return {"type": "heading", "value": {"text": text, "level": level}}


def paragraph(html):
    return {"type": "paragraph", "value": html}


def image(picture, alt_text, caption=""):
    return {"type": "image", "value": {"image": picture.pk, "alt_text": alt_text, "caption": caption}}


def quote(text, attribution=""):
    return {"type": "quote", "value": {"quote": text, "attribution": attribution}}


def document(file, title=""):
    return {"type": "document", "value": {"document": file.pk, "title": title}}
