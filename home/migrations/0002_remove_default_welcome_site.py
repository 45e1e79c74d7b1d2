"""Remove Wagtail's stock welcome page and default Site.

A host without a Site must get 404 (DESIGN.md), so no Site may be the catch-all
default; the portal and OPD sites are created by provisioning, not here.
"""

from django.db import migrations

STOCK_TITLE = "Welcome to your new Wagtail site!"


def remove_stock_site(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    ContentType = apps.get_model("contenttypes", "ContentType")
    stock_type = ContentType.objects.filter(app_label="wagtailcore", model="page").first()
    stock_pages = Page.objects.filter(depth=2, title=STOCK_TITLE, content_type=stock_type, numchild=0)
    Site.objects.filter(root_page__in=stock_pages).delete()
    removed = stock_pages.count()
    stock_pages.delete()
    if removed:
        root = Page.objects.get(depth=1)
        root.numchild = Page.objects.filter(depth=2).count()
        root.save(update_fields=["numchild"])


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0002_initial_data"),
    ]

    operations = [migrations.RunPython(remove_stock_site, migrations.RunPython.noop)]
