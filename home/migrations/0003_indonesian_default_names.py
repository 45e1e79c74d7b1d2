"""Give the objects Wagtail's data migrations create with English names their Indonesian names.

Editors see the root page's title at the top of the page explorer and in the sites list, the root
collection in every collection chooser, and the default workflow and its task in the workflow screens.
(Wagtail's groups "Moderators" and "Editors" keep their names: Wagtail's own migrations look them up.)
"""

from django.db import migrations

# (app label, model, field, extra filter, English, Indonesian)
RENAMES = [
    ("wagtailcore", "Page", "title", {"depth": 1}, "Root", "Semua situs"),
    ("wagtailcore", "Page", "draft_title", {"depth": 1}, "Root", "Semua situs"),
    ("wagtailcore", "Collection", "name", {"depth": 1}, "Root", "Koleksi utama"),
    ("wagtailcore", "Workflow", "name", {}, "Moderators approval", "Persetujuan moderator"),
    ("wagtailcore", "Task", "name", {}, "Moderators approval", "Persetujuan moderator"),
]


def rename(apps, backwards):
    for app_label, model_name, field, extra, english, indonesian in RENAMES:
        old, new = (indonesian, english) if backwards else (english, indonesian)
        model = apps.get_model(app_label, model_name)
        model.objects.filter(**extra, **{field: old}).update(**{field: new})


def forwards(apps, schema_editor):
    rename(apps, backwards=False)


def backwards(apps, schema_editor):
    rename(apps, backwards=True)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_remove_default_welcome_site"),
        ("wagtailcore", "0048_add_default_workflows"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
