from django.core.management.base import BaseCommand

from uploads.stored import clean_stored_images


class Command(BaseCommand):
    help = (
        "Remove GPS, camera serials, owner and other personal metadata from images stored before the upload "
        "rules (docs/uploads.md), drop their renditions, and list images over the pixel ceiling. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Show what would change; store nothing")

    def handle(self, *args, **options):
        report = clean_stored_images(dry_run=options["dry_run"])
        for image in report.cleaned:
            self.stdout.write(f"  dibersihkan: #{image.pk} {image.title}")
        for image in report.oversized:
            self.stdout.write(
                self.style.WARNING(
                    f"  terlalu besar, ganti berkasnya: #{image.pk} {image.title} ({image.width}×{image.height})"
                )
            )
        for image in report.unreadable:
            self.stdout.write(self.style.WARNING(f"  berkas tidak terbaca: #{image.pk} {image.title}"))
        verb = "akan dibersihkan" if options["dry_run"] else "dibersihkan"
        self.stdout.write(self.style.SUCCESS(f"{len(report.cleaned)} gambar {verb}."))
