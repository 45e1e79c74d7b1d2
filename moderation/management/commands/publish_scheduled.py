"""Wagtail's ``publish_scheduled``, publishing only scheduled revisions that were approved (docs/moderation.md).

Wagtail publishes every revision whose ``approved_go_live_at`` has passed, however it got there.
Before that, this command withdraws the schedule of any revision on a workflow site that was neither
approved through its workflow nor scheduled by a superuser (``moderation.publishing``), and records
it. This app comes before ``wagtail`` in ``INSTALLED_APPS``, so this command replaces Wagtail's.
"""

from django.utils import timezone
from wagtail.management.commands.publish_scheduled import Command as WagtailPublishScheduledCommand

from moderation import publishing


class Command(WagtailPublishScheduledCommand):
    help = (
        "Terbitkan revisi terjadwal yang sudah disetujui dan turunkan halaman yang kedaluwarsa; "
        "jadwal yang tidak disetujui melalui moderasi dibatalkan."
    )

    def handle(self, *args, **options):
        for revision in publishing.unapproved_due_revisions(timezone.now()):
            if options["dryrun"]:
                self.stdout.write(f"Tidak disetujui, tidak akan diterbitkan: {revision.object_str}")
            else:
                publishing.withdraw_unapproved_schedule(revision)
                self.stdout.write(self.style.WARNING(f"Jadwal dibatalkan (tidak disetujui): {revision.object_str}"))
        super().handle(*args, **options)
