"""In development only renditions are served straight from MEDIA_ROOT; documents and originals are not."""

import importlib
from pathlib import Path

from django.conf import settings
from django.test import override_settings
from django.urls import clear_url_caches

import jambi_cms.urls


def _reload_urls():
    importlib.reload(jambi_cms.urls)
    clear_url_caches()


def _write(relative, data):
    path = Path(settings.MEDIA_ROOT) / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def test_debug_serves_renditions_but_not_documents_or_original_images(db, client):
    _write("documents/rahasia.pdf", b"%PDF-1.4\n% rahasia\n")
    _write("original_images/asli.png", b"\x89PNG asli")
    _write("images/asli.fill-100x100.png", b"\x89PNG rendisi")
    try:
        with override_settings(DEBUG=True):
            _reload_urls()
            rendition = client.get("/media/images/asli.fill-100x100.png")
            assert rendition.status_code == 200
            assert b"".join(rendition.streaming_content) == b"\x89PNG rendisi"
            for path in ("/media/documents/rahasia.pdf", "/media/original_images/asli.png"):
                response = client.get(path)
                assert response.status_code == 404, path
                assert b"% rahasia" not in response.content
    finally:
        _reload_urls()
