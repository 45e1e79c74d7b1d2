from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from i18n.catalogues import DOMAINS, vendor_locale_dir
from i18n.sync import catalogue_files, compiled, sync_vendor


class Command(BaseCommand):
    help = (
        "Refresh locale/wagtail/id/ with the message ids of the installed Wagtail packages (keeping every "
        "translation) and compile every catalogue under LOCALE_PATHS to .mo. --check changes nothing and "
        "fails when a file is out of date."
    )

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true", help="fail if any .po or .mo would change")

    def handle(self, *args, check=False, **options):
        stale = []
        for domain in DOMAINS:
            po, counts = sync_vendor(vendor_locale_dir(), domain)
            path = vendor_locale_dir() / "id" / "LC_MESSAGES" / f"{domain}.po"
            text = str(po)
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(path)
                if not check:
                    path.parent.mkdir(parents=True, exist_ok=True)
                    path.write_text(text, encoding="utf-8")
            self.stdout.write(f"{path}: {counts['kept']} kept, {counts['new']} new, {counts['dropped']} no longer used")
        for po_path in catalogue_files(settings.LOCALE_PATHS):
            mo_path = po_path.with_suffix(".mo")
            binary = compiled(po_path)
            if not mo_path.exists() or mo_path.read_bytes() != binary:
                stale.append(mo_path)
                if not check:
                    mo_path.write_bytes(binary)
        if check and stale:
            raise CommandError("Out of date (run `make messages`): " + ", ".join(str(path) for path in stale))
        verb = "would change" if check else "written"
        self.stdout.write(self.style.SUCCESS(f"{len(stale)} file(s) {verb}."))
