"""Wipe the personal data of old Gubernur Menjawab questions (questions.privacy); meant for a daily cron job."""

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from questions.privacy import purge_personal_data, retention_days


class Command(BaseCommand):
    help = _(
        "Hapus nama, e-mail dan nomor telepon penanya dari pertanyaan Gubernur Menjawab yang diajukan lebih dari "
        "QUESTION_RETENTION_DAYS hari lalu. Pertanyaan, jawaban, kategori, OPD dan tanggal tetap disimpan untuk "
        "statistik. Aman dijalankan berulang."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help=_("Hitung pertanyaan yang akan dianonimkan tanpa mengubah data."),
        )

    def handle(self, *args, dry_run=False, **options):
        count = purge_personal_data(dry_run=dry_run)
        values = {"count": count, "days": retention_days()}
        if dry_run:
            summary = _("Uji coba: data pribadi %(count)s pertanyaan berumur lebih dari %(days)s hari akan dihapus.")
        else:
            summary = _("Data pribadi %(count)s pertanyaan berumur lebih dari %(days)s hari telah dihapus.")
        self.stdout.write(self.style.SUCCESS(summary % values))
