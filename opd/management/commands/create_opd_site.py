from django.core.management.base import BaseCommand, CommandError

from opd.models import Opd
from opd.provisioning import ProvisioningError, provision_opd_site


class Command(BaseCommand):
    help = (
        "Provision a complete OPD site: registry entry, Site on <slug>.<BASE_DOMAIN>, the standard page tree, "
        "media collection, operator group and site settings. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument("--slug", required=True, help="Subdomain label, e.g. dlh")
        parser.add_argument("--name", required=True, help="Full name, e.g. “Dinas Lingkungan Hidup”")
        parser.add_argument("--acronym", default="", help="Short name, e.g. DLH")
        parser.add_argument("--hostname", default="", help="Host to serve on (default <slug>.<BASE_DOMAIN>)")
        parser.add_argument("--kind", default=Opd.Kind.DINAS, choices=Opd.Kind.values, help="Kind of agency")
        parser.add_argument("--dry-run", action="store_true", help="Show what would be created; store nothing")

    def handle(self, *args, **options):
        try:
            report = provision_opd_site(
                options["slug"],
                options["name"],
                acronym=options["acronym"],
                hostname=options["hostname"],
                kind=options["kind"],
                dry_run=options["dry_run"],
            )
        except ProvisioningError as error:
            raise CommandError(str(error)) from error
        prefix = "Akan dibuat" if options["dry_run"] else "Dibuat"
        for action in report.actions:
            self.stdout.write(f"  {prefix}: {action}")
        if not report.changed:
            self.stdout.write(self.style.SUCCESS(f"{report.opd.name} sudah lengkap; tidak ada yang diubah."))
        elif options["dry_run"]:
            self.stdout.write(self.style.WARNING("Uji coba (--dry-run): tidak ada yang disimpan."))
        else:
            self.stdout.write(self.style.SUCCESS(f"Situs {report.opd.name} siap di http://{report.site.hostname}/"))
