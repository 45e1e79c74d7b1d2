"""The README and docs name admin menus ("**Laporan → Antrean moderasi**") exactly as the admin shows them."""

import re
from pathlib import Path

from django.conf import settings
from django.test import RequestFactory, TestCase
from django.utils import translation
from wagtail.admin.menu import SubmenuMenuItem, admin_menu

from tests.factories import SuperuserFactory

PATH = re.compile(r"\*{1,2}([^*\n]+?) → ([^*\n]+?)\*{1,2}")


def documented_menu_paths():
    """(file, top-level menu, item) for every bold or italic "A → B" in the README and docs/."""
    base = Path(settings.BASE_DIR)
    for path in [base / "README.md", *sorted((base / "docs").glob("*.md"))]:
        for top, item in PATH.findall(path.read_text(encoding="utf-8")):
            yield path.name, top.strip(), item.strip()


def admin_menus(user):
    request = RequestFactory().get("/admin/", HTTP_HOST="cms.localhost")
    request.user = user
    menus = {}
    with translation.override("id"):
        for entry in admin_menu.menu_items_for_request(request):
            items = entry.menu.menu_items_for_request(request) if isinstance(entry, SubmenuMenuItem) else []
            menus[str(entry.label)] = {str(item.label) for item in items}
    return menus


class ReadmeMenuNamesTests(TestCase):
    def test_every_documented_menu_path_exists_in_the_admin(self):
        menus = admin_menus(SuperuserFactory())
        paths = list(documented_menu_paths())
        self.assertTrue(any(top == "Laporan" for _file, top, _item in paths))
        wrong = [
            (file, top, item)
            for file, top, item in paths
            if menus.get(top) or top in {"Reports", "Settings", "Help", "Laporan", "Pengaturan", "Bantuan"}
            if item not in menus.get(top, set())
        ]
        self.assertEqual(wrong, [], f"admin menus are: {menus}")
