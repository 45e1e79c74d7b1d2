"""Wagtail's root page and root collection carry Indonesian names after the migrations."""

import pytest
from wagtail.models import Collection, Page


@pytest.mark.django_db
def test_root_page_and_root_collection_are_named_in_indonesian():
    assert Page.objects.get(depth=1).title == "Semua situs"
    assert Collection.objects.get(depth=1).name == "Koleksi utama"
