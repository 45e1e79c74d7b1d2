"""Delete refused-access records older than the retention period (access.refusals); meant for a daily cron job."""

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from access.refusals import purge, retention_days


class Command(BaseCommand):
    help = _(
        "Hapus catatan penolakan akses yang berumur lebih dari ACCESS_REFUSAL_RETENTION_DAYS hari. "
        "Aman dijalankan berulang."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help=_("Hitung catatan yang akan dihapus saja."))

    def handle(self, *args, dry_run=False, **options):
        count = purge(dry_run=dry_run)
        values = {"count": count, "days": retention_days()}
        if dry_run:
            summary = _("Uji coba: %(count)s catatan penolakan akses berumur lebih dari %(days)s hari akan dihapus.")
        else:
            summary = _("%(count)s catatan penolakan akses berumur lebih dari %(days)s hari telah dihapus.")
        self.stdout.write(self.style.SUCCESS(summary % values))
