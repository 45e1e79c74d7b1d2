from django.core.management.base import BaseCommand, CommandError

from home.demo import DemoRefused, seed_demo, summary_lines


class Command(BaseCommand):
    help = (
        "Seed the development demo once: the OPD registry, the portal, twelve OPD sites with Indonesian sample "
        "content and generated media, one demo login per role, two submissions waiting in moderation and Gubernur "
        "Menjawab questions in every state. Refuses to run unless DEBUG is on; on a "
        "seeded database it changes nothing and prints where to go."
    )

    def handle(self, *args, **options):
        try:
            result = seed_demo(progress=self.stdout.write)
        except DemoRefused as error:
            raise CommandError(str(error)) from error
        if result.already_seeded:
            self.stdout.write("Data demo sudah ada; tidak ada yang diubah.")
        else:
            self.stdout.write(f"Data demo dibuat dalam {result.seconds:.0f} detik.")
            if result.kept_users:
                kept = ", ".join(result.kept_users)
                self.stdout.write(
                    self.style.WARNING(f"Akun yang sudah ada sebelumnya (kata sandi tidak diubah): {kept}")
                )
        self.stdout.write(self.style.SUCCESS("\n".join(summary_lines())))
