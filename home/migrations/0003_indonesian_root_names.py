"""Give Wagtail's root page and root collection Indonesian names.

Wagtail's data migrations call them "Root"; editors see the name at the top of the page explorer, in
the sites list and in every collection chooser.
"""

from django.db import migrations

NAMES = {"page": ("Root", "Semua situs"), "collection": ("Root", "Koleksi utama")}


def rename(apps, old_index, new_index):
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    page_old, page_new = NAMES["page"][old_index], NAMES["page"][new_index]
    Page.objects.filter(depth=1, title=page_old).update(title=page_new, draft_title=page_new)
    collection_old, collection_new = NAMES["collection"][old_index], NAMES["collection"][new_index]
    Collection.objects.filter(depth=1, name=collection_old).update(name=collection_new)


def forwards(apps, schema_editor):
    rename(apps, 0, 1)


def backwards(apps, schema_editor):
    rename(apps, 1, 0)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_remove_default_welcome_site"),
        ("wagtailcore", "0025_collection_initial_data"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
