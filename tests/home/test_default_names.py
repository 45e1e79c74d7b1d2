"""Wagtail's root page and root collection carry Indonesian names after the migrations."""

import pytest
from wagtail.models import Collection, Page, Task, Workflow


@pytest.mark.django_db
def test_root_page_and_root_collection_are_named_in_indonesian():
    assert Page.objects.get(depth=1).title == "Semua situs"
    assert Collection.objects.get(depth=1).name == "Koleksi utama"


@pytest.mark.django_db
def test_wagtails_default_workflow_and_task_are_named_in_indonesian():
    assert Workflow.objects.filter(name="Persetujuan moderator").exists()
    assert Task.objects.filter(name="Persetujuan moderator").exists()
    assert not Workflow.objects.filter(name="Moderators approval").exists()
