"""Warn about and escalate Gubernur Menjawab questions by their 1×24-hour clock (questions.deadlines).

Meant for a cron job every few minutes; safe to run late, twice, or twice at the same time.
"""

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from questions.deadlines import check_deadlines


class Command(BaseCommand):
    # gettext, not gettext_lazy: argparse needs real strings, and commands are imported after setup.
    help = _(
        "Periksa batas waktu 1×24 jam pertanyaan Gubernur Menjawab: kirim peringatan 20 jam ke operator OPD "
        "(atau Diskominfo bila belum diteruskan), dan tandai pertanyaan yang lewat batas waktu, eskalasikan ke "
        "Inspektorat, serta beri tahu Inspektorat. Setiap langkah terjadi sekali per pertanyaan."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help=_("Tampilkan yang akan dilakukan tanpa mengirim e-mail atau mengubah data."),
        )

    def handle(self, *args, dry_run=False, **options):
        report = check_deadlines(dry_run=dry_run)
        for ticket in report.overdue:
            self.stdout.write(_("Lewat batas waktu: %(ticket)s") % {"ticket": ticket})
        for ticket in report.warned:
            self.stdout.write(_("Peringatan 20 jam: %(ticket)s") % {"ticket": ticket})
        counts = {"warned": len(report.warned), "overdue": len(report.overdue), "escalated": len(report.escalated)}
        if dry_run:
            summary = _(
                "Uji coba: %(warned)s peringatan dan %(overdue)s pertanyaan lewat batas waktu akan diproses; "
                "tidak ada yang dikirim atau diubah."
            )
        else:
            summary = _(
                "%(warned)s peringatan terkirim; %(overdue)s pertanyaan lewat batas waktu ditandai, "
                "%(escalated)s di antaranya dieskalasi ke Inspektorat."
            )
        self.stdout.write(self.style.SUCCESS(summary % counts))
