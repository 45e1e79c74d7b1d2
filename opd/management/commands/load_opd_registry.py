from django.core.management.base import BaseCommand

from opd.registry import load_registry


class Command(BaseCommand):
    help = "Add the OPDs of the Province of Jambi to the registry (missing ones only; edits are kept)."

    def handle(self, *args, **options):
        added = load_registry()
        for opd in added:
            self.stdout.write(f"  Ditambahkan: {opd.name} ({opd.slug})")
        self.stdout.write(self.style.SUCCESS(f"{len(added)} OPD ditambahkan ke daftar."))
