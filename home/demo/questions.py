"""Demo questions of Gubernur Menjawab, one for each state, so the queue, the clocks and the public list
have something to show.

Each question goes through ``questions.services`` as the demo login whose role takes the step (Humas or
Diskominfo routes, the OPD's operator answers, Diskominfo closes, the Inspektorat escalates), with times
back-dated from now so that the clocks read as they would in use. The askers are fictitious: "Warga
Demo" names, e-mail on the reserved example.com / example.org domains, 0812-0000-00xx numbers.
"""

import datetime
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.utils import timezone

from opd.models import Opd
from questions import services
from questions.models import Question

C = Question.Category
NUMBERS = ("Satu", "Dua", "Tiga", "Empat", "Lima", "Enam", "Tujuh", "Delapan", "Sembilan")


@dataclass(frozen=True)
class DemoQuestion:
    """A demo question: submitted ``age`` hours before the seed runs, then ``steps`` taken.

    Each step is (action, username, hours after submission); "route" sends it to ``opd_slug``.
    """

    number: int
    opd_slug: str
    category: str
    text: str
    age: float
    steps: tuple = ()
    answer: str = ""
    consent: bool = False
    picked_opd: bool = False  # the asker chose the OPD in the form (only OPDs with a site are offered)


def asker(number):
    """(name, e-mail, phone) of the fictitious asker ``number``; some give only one way to reach them."""
    domain = "example.com" if number % 2 else "example.org"
    email = f"warga.demo{number}@{domain}" if number % 3 else ""
    phone = f"0812-0000-{number:04d}" if number % 3 != 1 else ""
    return f"Warga Demo {NUMBERS[number - 1]}", email, phone


DEMO_QUESTIONS = (
    DemoQuestion(
        1,
        "bapenda",
        C.PELAYANAN,
        "Pajak sepeda motor saya sudah terlambat dua tahun. Apakah program pembebasan denda pajak kendaraan "
        "bermotor masih berlaku bulan ini, dan apakah pembayarannya bisa dilakukan di Samsat keliling?",
        age=2.5,
        consent=True,
        picked_opd=True,
    ),
    DemoQuestion(
        2,
        "disnaker",
        C.EKONOMI,
        "Saya lulusan SMK tahun lalu dan belum bekerja. Apakah balai latihan kerja milik Pemerintah Provinsi "
        "Jambi masih membuka pelatihan gratis kejuruan las atau otomotif, dan bagaimana cara mendaftarnya?",
        age=4,
        steps=(("route", "humas", 0.75),),
        consent=True,
    ),
    DemoQuestion(
        3,
        "pupr",
        C.INFRASTRUKTUR,
        "Ruas Jalan Lintas Timur di sekitar Tempino, Kabupaten Muaro Jambi, rusak dan berlubang cukup dalam. "
        "Saat hujan lubangnya tergenang air dan sudah beberapa pengendara sepeda motor terjatuh. Kapan ruas "
        "jalan ini akan diperbaiki?",
        age=9,
        steps=(("route", "penyetuju", 1.5),),
    ),
    DemoQuestion(
        4,
        "disdik",
        C.PENDIDIKAN,
        "Kapan pendaftaran PPDB SMA negeri di Kota Jambi dibuka tahun ini? Apakah jalur zonasi masih dihitung "
        "dari jarak rumah ke sekolah, dan apakah nilai rapor dipakai untuk jalur prestasi?",
        # Four hours and forty minutes left: the 20-hour warning is due within the hour.
        age=19 + 20 / 60,
        steps=(("route", "humas", 2),),
        consent=True,
        picked_opd=True,
    ),
    DemoQuestion(
        5,
        "dinkes",
        C.KESEHATAN,
        "Kartu BPJS Kesehatan saya dari bantuan pemerintah (PBI) ternyata tidak aktif ketika saya berobat ke "
        "puskesmas. Bagaimana cara mengaktifkannya kembali, dan apakah saya tetap bisa dilayani selama "
        "menunggu?",
        age=30,
        steps=(("route", "humas", 1), ("answer", "operator.dinkes", 6)),
        answer="Terima kasih atas pertanyaannya. Kepesertaan PBI yang nonaktif dapat diaktifkan kembali bila "
        "Bapak/Ibu masih memenuhi kriteria penerima bantuan iuran. Silakan datang ke Dinas Sosial kabupaten/kota "
        "tempat tinggal dengan membawa KTP dan kartu keluarga untuk pemeriksaan data, lalu ke kantor BPJS "
        "Kesehatan terdekat untuk pengaktifan. Dalam keadaan gawat darurat, puskesmas dan rumah sakit tetap "
        "wajib memberikan pertolongan pertama.",
        consent=True,
        picked_opd=True,
    ),
    DemoQuestion(
        6,
        "disdik",
        C.PENDIDIKAN,
        "Anak saya kelas XI SMA negeri di Kabupaten Bungo dan kami pindah ke Kota Jambi karena pekerjaan. "
        "Apakah ia bisa pindah ke SMA negeri di Kota Jambi di tengah semester, dan apa saja syaratnya?",
        age=76,
        steps=(("route", "penyetuju", 1), ("answer", "operator.disdik", 18), ("close", "penyetuju", 28)),
        answer="Perpindahan siswa SMA negeri antarkabupaten/kota di Provinsi Jambi dapat dilakukan di tengah "
        "semester selama sekolah tujuan masih memiliki daya tampung. Siapkan surat keterangan pindah dari sekolah "
        "asal, rapor, dan surat keterangan pindah tugas orang tua, lalu ajukan ke sekolah tujuan. Sekolah tujuan "
        "akan meminta persetujuan Cabang Dinas Pendidikan setempat.",
        consent=True,
    ),
    DemoQuestion(
        7,
        "disbun",
        C.EKONOMI,
        "Harga TBS sawit yang dibayar pengepul kepada pekebun swadaya di Kabupaten Tebo minggu ini jauh di bawah "
        "harga penetapan Dinas Perkebunan. Apakah harga penetapan itu wajib diikuti pabrik dan pengepul, dan ke "
        "mana pekebun dapat melapor?",
        # Routed but not answered: the deadline passed three hours ago and the Inspektorat took it up.
        age=27,
        steps=(("route", "humas", 2), ("escalate", "inspektorat", 25)),
        consent=True,
    ),
)


def _take_step(question, action, user, when, demo, opd):
    """One step of ``demo`` through the service that staff would use, at the back-dated time ``when``."""
    if action == "route":
        services.route_question(question, opd, user, now=when)
    elif action == "answer":
        services.answer_question(question, demo.answer, user, now=when)
    elif action == "close":
        services.close_question(question, user, now=when)
    elif action == "escalate":
        services.escalate_question(question, user=user, now=when)
    else:
        raise ValueError(f"Unknown demo step {action!r}")


def ask_demo_questions(now=None):
    """Submit each demo question once (matched by its text) and take its steps; returns how many were created.

    A question whose OPD or demo logins are missing is left out.
    """
    now = now or timezone.now()
    usernames = {username for demo in DEMO_QUESTIONS for _, username, _ in demo.steps}
    users = get_user_model().objects.in_bulk(usernames, field_name="username")
    opds = Opd.objects.in_bulk({demo.opd_slug for demo in DEMO_QUESTIONS}, field_name="slug")
    existing = set(
        Question.objects.filter(question__in=[demo.text for demo in DEMO_QUESTIONS]).values_list("question", flat=True)
    )
    created = 0
    # Oldest first, so ticket numbers rise with the time of submission.
    for demo in sorted(DEMO_QUESTIONS, key=lambda demo: -demo.age):
        opd = opds.get(demo.opd_slug)
        if demo.text in existing or opd is None or any(username not in users for _, username, _ in demo.steps):
            continue
        submitted = now - datetime.timedelta(hours=demo.age)
        name, email, phone = asker(demo.number)
        question, _token = services.submit_question(
            name=name,
            email=email,
            phone=phone,
            category=demo.category,
            question=demo.text,
            suggested_opd=opd if demo.picked_opd else None,
            consent_to_publish=demo.consent,
            now=submitted,
        )
        for action, username, hours in demo.steps:
            _take_step(question, action, users[username], submitted + datetime.timedelta(hours=hours), demo, opd)
        created += 1
    return created
