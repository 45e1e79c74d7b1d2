"""Work through the SP4N-LAPOR! outbox (questions.lapor): post to the endpoint, or export for manual entry."""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from questions.lapor import (
    ENDPOINT_SET,
    due_forwards,
    endpoint_url,
    export_pending_xlsx,
    pending_forwards,
    send_pending,
)


class Command(BaseCommand):
    help = _(
        "Kirim pertanyaan yang menunggu diteruskan ke SP4N-LAPOR! ke LAPOR_ENDPOINT_URL, dengan percobaan ulang "
        "bertahap. Bila endpoint belum diatur, gunakan --export untuk mengekspornya sebagai XLSX agar dimasukkan "
        "manual; yang diekspor ditandai “Ekspor manual”."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help=_("Tampilkan penerusan yang akan dikirim atau diekspor tanpa mengirim atau mengubah data."),
        )
        parser.add_argument(
            "--export",
            metavar="PATH",
            default="",
            help=_(
                "Tanpa endpoint: tulis penerusan yang menunggu ke berkas XLSX ini dan tandai sebagai ekspor manual."
            ),
        )

    def handle(self, *args, dry_run=False, export="", **options):
        if endpoint_url() and export:
            raise CommandError(ENDPOINT_SET)
        pending = pending_forwards()
        if dry_run:
            rows = due_forwards(timezone.now()) if endpoint_url() else pending
            tickets = list(rows.order_by("created_at").values_list("question__ticket_number", flat=True))
            for ticket in tickets:
                self.stdout.write(ticket)
            verb = _("dikirim") if endpoint_url() else _("diekspor")
            self.stdout.write(
                self.style.SUCCESS(
                    _("Uji coba: %(count)s penerusan akan %(verb)s; tidak ada yang diubah.")
                    % {"count": len(tickets), "verb": verb}
                )
            )
            return
        if endpoint_url():
            self._send()
        elif export:
            self._export(export)
        else:
            self.stdout.write(
                self.style.WARNING(
                    _("LAPOR_ENDPOINT_URL belum diatur; %(count)s penerusan menunggu. Gunakan --export PATH.")
                    % {"count": pending.count()}
                )
            )

    def _send(self):
        report = send_pending()
        for ticket in report.failed:
            self.stdout.write(self.style.ERROR(_("Gagal: %(ticket)s") % {"ticket": ticket}))
        summary = _("%(sent)s terkirim, %(retrying)s akan dicoba lagi, %(failed)s gagal.") % {
            "sent": len(report.sent),
            "retrying": len(report.retrying),
            "failed": len(report.failed),
        }
        self.stdout.write(self.style.SUCCESS(summary))

    def _export(self, path):
        try:
            # One transaction: if the file cannot be written, the forwards stay pending.
            with transaction.atomic():
                count = pending_forwards().count()
                data = export_pending_xlsx()
                with open(path, "wb") as stream:
                    stream.write(data)
        except OSError as error:
            raise CommandError(_("Tidak dapat menulis %(path)s: %(error)s") % {"path": path, "error": error}) from error
        self.stdout.write(
            self.style.SUCCESS(
                _("%(count)s penerusan diekspor ke %(path)s dan ditandai sebagai ekspor manual.")
                % {"count": count, "path": path}
            )
        )
