"""Send this week's freshness reminders (freshness.reminders); meant for a daily or weekly cron job."""

from collections import Counter

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from freshness.reminders import Outcome, send_reminders


class Command(BaseCommand):
    # gettext, not gettext_lazy: argparse needs real strings, and commands are imported after setup.
    help = _(
        "Kirim pengingat kebaruan pekan ini ke operator OPD yang situsnya kuning atau merah, dan ke Kepala OPD "
        "serta Diskominfo bila situs lama tertinggal. Aman dijalankan berulang: setiap tingkat dikirim sekali "
        "per OPD per pekan."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help=_("Tampilkan yang akan dikirim tanpa mengirim atau menyimpan."),
        )

    def handle(self, *args, dry_run=False, **options):
        reminders = send_reminders(dry_run=dry_run)
        if not reminders:
            self.stdout.write(self.style.SUCCESS(_("Tidak ada pengingat yang perlu dikirim.")))
            return
        for reminder in reminders:
            line = _("%(outcome)s: %(opd)s · %(period)s · %(level)s · %(recipients)s") % {
                "outcome": reminder.outcome_label,
                "opd": reminder.opd,
                "period": reminder.period,
                "level": reminder.level_label,
                "recipients": ", ".join(reminder.recipients) or "—",
            }
            self.stdout.write(self.style.ERROR(line) if reminder.outcome == Outcome.FAILED else line)
        counts = Counter(reminder.outcome for reminder in reminders)
        if dry_run:
            summary = _("Uji coba: %(planned)s akan dikirim, %(skipped)s tanpa penerima; tidak ada yang dikirim.")
            self.stdout.write(
                self.style.SUCCESS(
                    summary % {"planned": counts[Outcome.PLANNED], "skipped": counts[Outcome.NO_RECIPIENT]}
                )
            )
            return
        summary = _(
            "%(sent)s pengingat terkirim, %(already)s sudah dikirim sebelumnya, %(skipped)s tanpa penerima, "
            "%(failed)s gagal."
        ) % {key: counts[outcome] for key, outcome in SUMMARY_KEYS}
        if counts[Outcome.FAILED]:
            # A non-zero exit lets cron report it; the failed rungs stay due and go out on the next run.
            raise CommandError(summary)
        self.stdout.write(self.style.SUCCESS(summary))


SUMMARY_KEYS = (
    ("sent", Outcome.SENT),
    ("already", Outcome.ALREADY_SENT),
    ("skipped", Outcome.NO_RECIPIENT),
    ("failed", Outcome.FAILED),
)
