"""The generated pictures and documents of one OPD site, each made on first use and stored in its collection."""

from functools import cached_property

from . import media
from .common import province

DEMO_NOTE = "Dokumen contoh untuk demonstrasi Jambi CMS; bukan dokumen resmi Pemerintah Provinsi Jambi."


class OpdMedia:
    """Media of one OPD: logo, portraits, organisation chart, scenes and PDFs in ``opd.collection``."""

    def __init__(self, opd, agency, year):
        self.opd, self.agency, self.year = opd, agency, year
        self.collection = opd.collection
        self.colours = agency.colours

    @cached_property
    def logo(self):
        return media.logo(self.collection, self.opd.short_name, self.colours)

    @cached_property
    def head_photo(self):
        return media.portrait(self.collection, self.agency.head.name, self.colours)

    @cached_property
    def secretary_photo(self):
        return media.portrait(self.collection, self.agency.secretary.name, self.colours)

    @cached_property
    def org_chart(self):
        data = media.draw_org_chart(
            self.opd.short_name, f"Kepala {self.opd.name}", ("Sekretariat", *self.agency.units), *self.colours
        )
        return media.save_image(self.collection, f"Bagan Struktur Organisasi {self.opd.short_name}", data)

    def scene(self, caption, seed=""):
        """A generated photo captioned ``caption``."""
        return media.scene(self.collection, caption, self.opd.short_name, caption, self.colours, seed=seed)

    @cached_property
    def renstra(self):
        agency = self.agency
        return media.pdf(
            self.collection,
            f"Rencana Strategis {self.opd.short_name} 2025–2029",
            (
                f"Ringkasan Rencana Strategis {province(self.opd)} 2025–2029.",
                f"Visi: {agency.visi}",
                "Misi: " + " ".join(f"({number}) {item}" for number, item in enumerate(agency.misi, start=1)),
                f"Tugas: membantu Gubernur {agency.tugas}.",
                DEMO_NOTE,
            ),
        )

    @cached_property
    def lkjip(self):
        year = self.year - 1
        return media.pdf(
            self.collection,
            f"Laporan Kinerja Instansi Pemerintah {self.opd.short_name} Tahun {year}",
            (
                f"Laporan Kinerja Instansi Pemerintah (LKjIP) {province(self.opd)} Tahun {year}.",
                "Bab I Pendahuluan. Bab II Perencanaan Kinerja. Bab III Akuntabilitas Kinerja. Bab IV Penutup.",
                "Capaian indikator kinerja utama dibandingkan dengan target dalam perjanjian kinerja, beserta "
                "analisis penyebab keberhasilan dan kendala.",
                DEMO_NOTE,
            ),
        )

    @cached_property
    def maklumat(self):
        return media.pdf(
            self.collection,
            f"Maklumat Pelayanan {self.opd.short_name}",
            (
                "MAKLUMAT PELAYANAN",
                "Dengan ini, kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang telah "
                "ditetapkan dan apabila tidak menepati janji ini, kami siap menerima sanksi sesuai peraturan "
                "perundang-undangan yang berlaku.",
                f"Jambi, 2 Januari {self.year}. Kepala {province(self.opd)}, {self.agency.head.name}.",
                DEMO_NOTE,
            ),
        )

    @cached_property
    def immediate_notice(self):
        """The document behind the OPD's serta-merta PPID item."""
        title, summary = self.agency.immediate
        contact = f"Kontak darurat: {self.agency.phone}, {self.opd.slug}@jambiprov.go.id."
        return media.pdf(self.collection, title, (summary, contact, DEMO_NOTE))

    def attachment(self, notice):
        """The document attached to an announcement."""
        return media.pdf(self.collection, f"Lampiran {notice.title}", (notice.title, notice.text, DEMO_NOTE))

    def information_list(self, items):
        """The Daftar Informasi Publik as a CSV document (one row per item)."""
        rows = ["judul;ringkasan;penguasa informasi;penanggung jawab;tanggal;bentuk;jangka waktu;kategori"]
        for item in items:
            columns = (item.title, item.summary, item.official_in_charge, item.producer, item.date.isoformat())
            columns += (item.form, item.retention_period, item.get_category_display())
            rows.append(";".join(str(column).replace(";", ",") for column in columns))
        data = ("\n".join(rows) + "\n").encode("utf-8-sig")
        title = f"Daftar Informasi Publik {self.opd.short_name}"
        return media.save_document(self.collection, title, data, extension="csv")
