"""Demo wording shared by every OPD site, phrased around each agency's own data."""

from django.utils.html import escape

from .text import p, ul

# (slug, name) of the shared news categories.
NEWS_CATEGORIES = (
    ("kegiatan", "Kegiatan"),
    ("pelayanan-publik", "Pelayanan Publik"),
    ("pembangunan", "Pembangunan"),
    ("kesehatan", "Kesehatan"),
    ("pendidikan", "Pendidikan"),
    ("ekonomi", "Ekonomi"),
    ("pemerintahan", "Pemerintahan"),
)

OFFICE_HOURS = "Senin–Kamis 07.30–16.00 WIB, Jumat 07.30–16.30 WIB"
SERVICE_HOURS = "Senin–Kamis 08.00–15.00 WIB, Jumat 08.00–11.30 WIB (istirahat 12.00–13.00 WIB)"
LAPOR_URL = "https://www.lapor.go.id/"
LHKPN_URL = "https://elhkpn.kpk.go.id/"
SIRUP_URL = "https://sirup.lkpp.go.id/"
RETENTION_ACTIVE = "Selama berlaku"
RETENTION_ARCHIVE = "10 tahun, kemudian diserahkan ke lembaga kearsipan daerah"
RETENTION_EXEMPT = "Dikecualikan selama 5 tahun, kemudian diuji kembali"


def province(opd):
    """The agency's name as the public writes it: "Dinas Kesehatan Provinsi Jambi"."""
    return f"{opd.name} Provinsi Jambi"


def greeting(opd, agency):
    """The head of agency's welcome on the home page (rich text; the page shows the head's name beside it)."""
    return p(
        "Assalamu’alaikum warahmatullahi wabarakatuh, salam sejahtera bagi kita semua.",
        f"Selamat datang di laman resmi {province(opd)}. Laman ini kami hadirkan sebagai sarana keterbukaan "
        "informasi publik sekaligus pintu layanan bagi masyarakat, sebagaimana diamanatkan Undang-Undang Nomor 14 "
        "Tahun 2008 tentang Keterbukaan Informasi Publik.",
        f"Sesuai tugas kami, {opd.short_name} berkomitmen {agency.focus}. Melalui laman ini Bapak dan Ibu dapat "
        "mengikuti berita kegiatan, pengumuman, agenda, standar pelayanan, serta Daftar Informasi Publik kami.",
        "Kami terbuka terhadap saran dan pengaduan. Sampaikan melalui kontak resmi kami atau kanal SP4N-LAPOR!. "
        "Terima kasih atas kepercayaan dan dukungan Bapak dan Ibu.",
        "Wassalamu’alaikum warahmatullahi wabarakatuh.",
    )


def maklumat(opd, agency, year):
    """The Maklumat Pelayanan (service pledge) in the wording PermenPAN-RB 15/2014 prescribes."""
    return (
        p(
            "Dengan ini, kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang telah "
            "ditetapkan dan apabila tidak menepati janji ini, kami siap menerima sanksi sesuai peraturan "
            "perundang-undangan yang berlaku."
        )
        + f"<p>Jambi, 2 Januari {year}<br>Kepala {escape(province(opd))}<br><b>{escape(agency.head.name)}</b></p>"
    )


def complaints(opd, agency):
    """How to complain about a service of this agency (rich text)."""
    return (
        p("Pengaduan, saran, dan masukan dapat disampaikan melalui:")
        + ul(
            (
                f"meja layanan dan kotak pengaduan di kantor {opd.short_name}, {agency.street};",
                f"telepon {agency.phone} atau e-mail {email(opd)};",
                "SP4N-LAPOR! melalui www.lapor.go.id atau SMS ke 1708.",
            )
        )
        + p("Setiap pengaduan ditanggapi paling lambat 5 (lima) hari kerja sejak diterima.")
    )


def email(opd):
    return f"{opd.slug}@jambiprov.go.id"


def head_career(opd, agency):
    """A plausible career path for the head of agency, newest last."""
    return "\n".join(
        (
            f"Kepala {agency.units[0]}, {province(opd)} (2015–2019)",
            f"Sekretaris {province(opd)} (2019–2023)",
            f"Kepala {province(opd)} (2023–sekarang)",
        )
    )


def secretary_career(opd, agency):
    return "\n".join(
        (
            f"Kepala Subbagian Umum dan Kepegawaian, {province(opd)} (2013–2018)",
            f"Kepala {agency.units[-1]}, {province(opd)} (2018–2023)",
            f"Sekretaris {province(opd)} (2023–sekarang)",
        )
    )


def section_intros(opd):
    """Intro text of the section pages, keyed by URL slug."""
    name = opd.short_name
    return {
        "profil": f"Mengenal {province(opd)}: visi dan misi, tugas dan fungsi, struktur organisasi, dan pimpinan.",
        "berita": f"Kabar terbaru kegiatan dan layanan {name}.",
        "pengumuman": f"Pengumuman resmi {name}. Pengumuman yang sudah lewat masa berlakunya tidak lagi ditampilkan.",
        "agenda": f"Jadwal kegiatan {name} yang terbuka untuk diketahui masyarakat.",
        "layanan": f"Daftar layanan {name} beserta standar pelayanannya: persyaratan, prosedur, waktu, dan biaya.",
        "ppid": f"Daftar Informasi Publik {name} menurut Undang-Undang Nomor 14 Tahun 2008. Informasi yang belum "
        "tersedia di sini dapat dimohonkan kepada PPID Pelaksana.",
        "galeri": f"Dokumentasi kegiatan {name}.",
        "unduhan": f"Dokumen {name} yang dapat diunduh masyarakat.",
        "kontak": f"Hubungi {name} pada jam layanan atau melalui e-mail. Untuk pengaduan, gunakan juga SP4N-LAPOR!.",
    }


def structure_units(agency):
    """The list shown on the Struktur Organisasi page."""
    return (
        "Kepala",
        "Sekretariat, membawahkan Subbagian Umum dan Kepegawaian serta Subbagian Program dan Keuangan",
        *agency.units,
        "Unit Pelaksana Teknis Daerah (UPTD)",
        "Kelompok Jabatan Fungsional",
    )


def notice_body(notice):
    return p(notice.text, "Informasi lebih lanjut dapat diperoleh pada jam layanan melalui kontak resmi kami.")


# The announcement every OPD has that expired yesterday, so the demo shows expiry at work.
EXPIRED_NOTICE_TITLE = "Penyesuaian Jam Layanan Selama Cuti Bersama"
EXPIRED_NOTICE_TEXT = (
    "Selama cuti bersama, layanan tatap muka ditutup dan permohonan hanya diterima secara daring. Layanan tatap muka "
    "kembali normal pada hari kerja berikutnya."
)
