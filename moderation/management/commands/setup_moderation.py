from django.core.management.base import BaseCommand
from django.db import transaction

from moderation.workflows import ensure_all_site_workflows
from opd import roles


class Command(BaseCommand):
    help = (
        "Bring moderation up to date: the Diskominfo approval workflow on the portal and every OPD site, "
        "“Kepala <OPD>” groups, and the head-of-agency step where an OPD has it on. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Show what would change; store nothing")

    def handle(self, *args, **options):
        dry_run = options["dry_run"]
        with transaction.atomic():
            actions = [f"grup “{name}”" for name in roles.ensure_role_groups()]
            actions += ensure_all_site_workflows()
            if dry_run:
                transaction.set_rollback(True)
        prefix = "Akan dibuat" if dry_run else "Dibuat"
        for action in actions:
            self.stdout.write(f"  {prefix}: {action}")
        if not actions:
            self.stdout.write(self.style.SUCCESS("Moderasi sudah lengkap; tidak ada yang diubah."))
        elif dry_run:
            self.stdout.write(self.style.WARNING("Uji coba (--dry-run): tidak ada yang disimpan."))
        else:
            self.stdout.write(self.style.SUCCESS(f"Moderasi diperbarui ({len(actions)} perubahan)."))
