from django.core.management.base import BaseCommand

from home.provisioning import provision_portal


class Command(BaseCommand):
    help = "Provision the provincial portal at BASE_DOMAIN: home page, sections, Site and settings. Safe to run again."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Show what would be created; store nothing")

    def handle(self, *args, **options):
        report = provision_portal(dry_run=options["dry_run"])
        prefix = "Akan dibuat" if options["dry_run"] else "Dibuat"
        for action in report.actions:
            self.stdout.write(f"  {prefix}: {action}")
        if not report.changed:
            self.stdout.write(self.style.SUCCESS("Portal sudah lengkap; tidak ada yang diubah."))
        elif options["dry_run"]:
            self.stdout.write(self.style.WARNING("Uji coba (--dry-run): tidak ada yang disimpan."))
        else:
            self.stdout.write(self.style.SUCCESS(f"Portal siap di http://{report.site.hostname}/"))
