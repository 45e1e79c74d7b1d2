from django.core.management.base import BaseCommand, CommandError

from i18n.catalogues import coverage, total


class Command(BaseCommand):
    help = "Print how many admin-facing messages have an Indonesian translation, per catalogue and in total."

    def add_arguments(self, parser):
        parser.add_argument("--fail-under", type=float, default=None, help="fail when the total %% is lower")

    def handle(self, *args, fail_under=None, **options):
        rows = coverage()
        width = max(len(row.label) for row in rows) + 2
        self.stdout.write(f"{'catalogue':<{width}}{'translated':>11}{'total':>7}{'%':>8}")
        for row in [*rows, total(rows)]:
            self.stdout.write(f"{row.label:<{width}}{row.translated:>11}{row.total:>7}{row.percent:>7.1f}%")
        self.stdout.write(
            "The project's own strings (locale/id/) are written in Indonesian at the source and not counted."
        )
        if fail_under is not None and total(rows).percent < fail_under:
            raise CommandError(f"Indonesian coverage {total(rows).percent:.1f}% is below {fail_under}%.")
