"""Give a citizen a copy of what Gubernur Menjawab holds about them (questions.privacy, UU 27/2022)."""

import json

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from questions.privacy import export_subject_data


class Command(BaseCommand):
    help = _(
        "Ekspor semua pertanyaan Gubernur Menjawab atas suatu e-mail atau nomor telepon, beserta catatan "
        "akses data pribadinya (siapa, kapan, untuk apa), sebagai JSON untuk subjek data. Ekspor ini dicatat "
        "sebagai akses data pribadi."
    )

    def add_arguments(self, parser):
        parser.add_argument("--email", default="", help=_("Alamat e-mail subjek data."))
        parser.add_argument("--phone", default="", help=_("Nomor telepon subjek data (format bebas)."))
        parser.add_argument("--output", default="", help=_("Berkas JSON tujuan; tanpa ini, JSON ditulis ke layar."))

    def handle(self, *args, email="", phone="", output="", **options):
        try:
            data = export_subject_data(email=email, phone=phone)
        except ValueError as error:
            raise CommandError(_("Berikan --email atau --phone.")) from error
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        if not output:
            self.stdout.write(text, ending="")
            return
        try:
            with open(output, "w", encoding="utf-8") as stream:
                stream.write(text)
        except OSError as error:
            raise CommandError(
                _("Tidak dapat menulis %(path)s: %(error)s") % {"path": output, "error": error}
            ) from error
        self.stdout.write(
            self.style.SUCCESS(
                _("%(count)s pertanyaan diekspor ke %(path)s.") % {"count": len(data["questions"]), "path": output}
            )
        )
