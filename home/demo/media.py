"""Generated demo media: pictures drawn with Pillow and small hand-written PDFs, stored the Wagtail way.

Nothing is downloaded. Pictures are flat shapes and text in an agency's colours, small enough that
the whole demo stays a few megabytes.
"""

import random
import textwrap
from io import BytesIO

from django.core.files.base import ContentFile
from django.utils.text import slugify
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.utils.file import hash_filelike

SCENE_SIZE = (960, 600)
PORTRAIT_SIZE = (480, 600)
LOGO_SIZE = (320, 320)
WHITE = (255, 255, 255)


def _rgb(hex_colour):
    return tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))


def _mix(colour, other, amount):
    return tuple(round(a + (b - a) * amount) for a, b in zip(colour, other, strict=True))


def _font(size):
    return ImageFont.load_default(size=size)


def _gradient(size, top, bottom):
    """A vertical gradient from ``top`` to ``bottom`` (RGB tuples)."""
    width, height = size
    column = PILImage.new("RGB", (1, height))
    column.putdata([_mix(top, bottom, y / max(height - 1, 1)) for y in range(height)])
    return column.resize(size)


def _wrap(draw, text, font, max_width):
    """Split ``text`` into lines no wider than ``max_width`` pixels."""
    lines, current = [], ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if current and draw.textlength(candidate, font=font) > max_width:
            lines.append(current)
            current = word
        else:
            current = candidate
    return [*lines, current] if current else lines


def _jpeg(picture, quality=70):
    buffer = BytesIO()
    picture.save(buffer, "JPEG", quality=quality, optimize=True)
    return buffer.getvalue()


def draw_scene(acronym, caption, primary, accent, seed):
    """A 960×600 JPEG "photo": a gradient sky, hills and circles, the acronym and a caption band."""
    rng = random.Random(seed)  # noqa: S311 - decoration, not security
    base, highlight = _rgb(primary), _rgb(accent)
    picture = _gradient(SCENE_SIZE, _mix(base, WHITE, 0.55), base)
    draw = ImageDraw.Draw(picture, "RGBA")
    width, height = SCENE_SIZE
    for _ in range(rng.randint(3, 6)):
        radius = rng.randint(40, 160)
        x, y = rng.randint(0, width), rng.randint(0, height // 2)
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=(*highlight, rng.randint(50, 110)))
    for layer in range(3):
        top = height - 260 + layer * 60
        points = [(0, height)]
        points += [(x, top + rng.randint(-40, 40)) for x in range(0, width + 120, 120)]
        points.append((width, height))
        draw.polygon(points, fill=(*_mix(base, (0, 0, 0), 0.15 + layer * 0.15), 255))
    draw.rounded_rectangle((32, 32, 32 + 28 + draw.textlength(acronym, font=_font(34)), 88), 12, fill=(*highlight, 235))
    draw.text((46, 40), acronym, font=_font(34), fill=_mix(base, (0, 0, 0), 0.4))
    font = _font(30)
    lines = _wrap(draw, caption, font, width - 80)[:3]
    band_top = height - 40 - 40 * len(lines)
    draw.rectangle((0, band_top - 20, width, height), fill=(0, 0, 0, 120))
    for index, line in enumerate(lines):
        draw.text((40, band_top + index * 40), line, font=font, fill=WHITE)
    return _jpeg(picture)


def draw_portrait(name, primary, accent):
    """A 480×600 JPEG placeholder portrait: a silhouette in the agency's colours and the name."""
    base, highlight = _rgb(primary), _rgb(accent)
    picture = _gradient(PORTRAIT_SIZE, _mix(highlight, WHITE, 0.7), _mix(highlight, WHITE, 0.3))
    draw = ImageDraw.Draw(picture)
    draw.ellipse((150, 110, 330, 300), fill=_mix(base, WHITE, 0.25))
    draw.ellipse((70, 320, 410, 660), fill=base)
    draw.polygon([(210, 330), (270, 330), (240, 420)], fill=WHITE)
    font = _font(24)
    lines = _wrap(draw, name, font, 440)[:2]
    draw.rectangle((0, 600 - 24 - 32 * len(lines), 480, 600), fill=_mix(base, (0, 0, 0), 0.35))
    for index, line in enumerate(lines):
        x = (480 - draw.textlength(line, font=font)) / 2
        draw.text((x, 600 - 14 - 32 * (len(lines) - index)), line, font=font, fill=WHITE)
    return _jpeg(picture, quality=75)


def draw_logo(acronym, primary, accent, subtitle="PROVINSI JAMBI"):
    """A 320×320 PNG emblem: a ringed disc with the acronym and a subtitle."""
    base, highlight = _rgb(primary), _rgb(accent)
    picture = PILImage.new("RGBA", LOGO_SIZE, (0, 0, 0, 0))
    draw = ImageDraw.Draw(picture)
    draw.ellipse((8, 8, 312, 312), fill=highlight)
    draw.ellipse((24, 24, 296, 296), fill=base)
    sizes = (64, 52, 42, 34)
    size = next((size for size in sizes if draw.textlength(acronym, font=_font(size)) <= 236), 28)
    for text, font, y in ((acronym, _font(size), 150 - size // 2), (subtitle, _font(22), 200)):
        draw.text(((320 - draw.textlength(text, font=font)) / 2, y), text, font=font, fill=WHITE)
    buffer = BytesIO()
    picture.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def draw_org_chart(acronym, head_title, units, primary, accent):
    """A 960×600 JPEG organisation chart: the head on top, the units in a row of boxes below."""
    base, highlight = _rgb(primary), _rgb(accent)
    picture = PILImage.new("RGB", SCENE_SIZE, _mix(base, WHITE, 0.92))
    draw = ImageDraw.Draw(picture)
    font, small = _font(22), _font(17)
    draw.text((30, 24), f"Bagan Struktur Organisasi {acronym}", font=_font(28), fill=base)
    draw.rounded_rectangle((330, 90, 630, 160), 10, fill=base)
    for index, line in enumerate(_wrap(draw, head_title, font, 280)[:2]):
        draw.text((480 - draw.textlength(line, font=font) / 2, 100 + index * 26), line, font=font, fill=WHITE)
    draw.line((480, 160, 480, 260), fill=base, width=3)
    box_width = (960 - 40 - 20 * (len(units) - 1)) / len(units)
    draw.line((20 + box_width / 2, 260, 940 - box_width / 2, 260), fill=base, width=3)
    for index, unit in enumerate(units):
        left = 20 + index * (box_width + 20)
        draw.line((left + box_width / 2, 260, left + box_width / 2, 300), fill=base, width=3)
        draw.rounded_rectangle((left, 300, left + box_width, 460), 10, fill=highlight, outline=base, width=2)
        for row, line in enumerate(_wrap(draw, unit, small, box_width - 16)[:6]):
            draw.text((left + 8, 310 + row * 22), line, font=small, fill=_mix(base, (0, 0, 0), 0.5))
    draw.text((30, 540), "Kelompok Jabatan Fungsional dan UPTD melapor langsung kepada Kepala.", font=small, fill=base)
    return _jpeg(picture, quality=75)


def _pdf_text(text):
    raw = text.encode("cp1252", "replace").decode("latin-1")
    return raw.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def build_pdf(title, paragraphs):
    """A minimal valid one-page A4 PDF (Helvetica) with a title and wrapped paragraphs."""
    lines = [("F2", 16, title), ("F1", 11, "")]
    for paragraph in paragraphs:
        lines += [("F1", 11, line) for line in textwrap.wrap(paragraph, 92)] + [("F1", 11, "")]
    commands = ["BT", "50 790 Td", "16 TL"]
    for font, size, text in lines[:46]:
        commands.append(f"/{font} {size} Tf ({_pdf_text(text)}) Tj T*")
    commands.append("ET")
    stream = "\n".join(commands).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
    ]
    output, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(output))
        output += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(output)
    output += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    output += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    output += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(output)


def _file_fields(data, name):
    """Wagtail's file metadata (size and the same hash an upload gets) and the file itself."""
    content = ContentFile(data, name=name)
    return {"file_size": len(data), "file_hash": hash_filelike(content)}, content


def save_image(collection, title, data, extension="jpg"):
    """Store ``data`` as a Wagtail image in ``collection``."""
    metadata, content = _file_fields(data, f"{slugify(title)[:60] or 'gambar'}.{extension}")
    image = get_image_model()(title=title[:255], collection=collection, **metadata)
    image.file.save(content.name, content, save=False)
    image.save()
    return image


def save_document(collection, title, data, extension="pdf"):
    """Store ``data`` as a Wagtail document in ``collection``."""
    metadata, content = _file_fields(data, f"{slugify(title)[:60] or 'dokumen'}.{extension}")
    document = get_document_model()(title=title[:255], collection=collection, **metadata)
    document.file.save(content.name, content, save=False)
    document.save()
    return document


def scene(collection, title, acronym, caption, colours, seed=""):
    """Generate and store a scene picture for a news item, gallery or agenda."""
    return save_image(collection, title, draw_scene(acronym, caption, *colours, seed=seed or title))


def portrait(collection, name, colours):
    return save_image(collection, f"Foto {name}", draw_portrait(name, *colours))


def logo(collection, acronym, colours, *, title="", subtitle="PROVINSI JAMBI"):
    data = draw_logo(acronym, *colours, subtitle=subtitle)
    return save_image(collection, title or f"Logo {acronym}", data, extension="png")


def pdf(collection, title, paragraphs):
    """Generate and store a one-page PDF document."""
    return save_document(collection, title, build_pdf(title, paragraphs))
