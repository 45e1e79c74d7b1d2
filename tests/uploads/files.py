"""Files the upload tests send, made in the test: images with Pillow (the huge PNGs by hand, see below)."""

import io
import struct
import zipfile
import zlib

from PIL import Image

# EXIF tags a phone or camera writes that say where, who and with what.
GPS_IFD, EXIF_IFD = 0x8825, 0x8769
ORIENTATION, ARTIST, MAKE, MODEL, COPYRIGHT = 0x0112, 0x013B, 0x010F, 0x0110, 0x8298
BODY_SERIAL, MAKER_NOTE, USER_COMMENT, OWNER = 0xA431, 0x927C, 0x9286, 0xA430
XMP = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description creator="Budi Santoso"/></rdf:RDF></x:xmpmeta>'


def _chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def huge_png(width, height):
    """A valid 1-bit greyscale PNG of ``width`` × ``height``, all black: tiny on disk, huge once decoded.

    Written row by row through zlib rather than with Pillow, which would need width × height bytes
    (900 MB for 30000²) in the test process to build it. Pillow reads it back as a normal PNG.
    """
    row = b"\x00" + bytes((width + 7) // 8)  # filter byte "none" + one bit per pixel
    compressor = zlib.compressobj(9)
    data = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", data) + _chunk(b"IEND", b"")


def png(width=120, height=80, color="green"):
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), color).save(buffer, "PNG")
    return buffer.getvalue()


def camera_jpeg():
    """A 60×40 JPEG as a phone writes it: sideways pixels with orientation 6, GPS, serial, owner, XMP, comment.

    Left half red, right half blue; shown upright (rotated 90° clockwise) it is 40×60, red on top.
    """
    image = Image.new("RGB", (60, 40), "blue")
    image.paste((255, 0, 0), (0, 0, 30, 40))
    exif = Image.Exif()
    exif[ORIENTATION] = 6
    exif[ARTIST] = "Budi Santoso"
    exif[COPYRIGHT] = "Budi Santoso"
    exif[MAKE] = "KameraUji"
    exif[MODEL] = "KU-1"
    gps = exif.get_ifd(GPS_IFD)
    gps.update({1: "S", 2: (1.0, 36.0, 22.5), 3: "E", 4: (103.0, 36.0, 54.0)})
    details = exif.get_ifd(EXIF_IFD)
    details[BODY_SERIAL] = "SN-4455667788"
    details[OWNER] = "Budi Santoso"
    details[MAKER_NOTE] = b"catatan-pabrik"
    details[USER_COMMENT] = b"rumah saya"
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=95, exif=exif, xmp=XMP, comment=b"di depan rumah")
    return buffer.getvalue()


SVG = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b"<script>alert(1)</script></svg>"
)
HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + bytes(200)
PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
CSV = b"nama,jumlah\nPuskesmas Kota Baru,12\n"


def _zip(members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def docx():
    return _zip({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>"})


def xlsx():
    return _zip({"[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>"})


def plain_zip():
    return _zip({"catatan.txt": "isi"})
