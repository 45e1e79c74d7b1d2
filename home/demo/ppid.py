"""Rows of the Daftar Informasi Publik for the demo: every category, one exempt item, one stale periodic item."""

import datetime

from opd.models import PublicInformation

from . import common

Category = PublicInformation.Category
CONSEQUENCE_TEST = (
    "Membuka informasi ini dapat {harm}. Kerugian yang timbul bila informasi dibuka lebih besar daripada manfaatnya "
    "bagi kepentingan publik, sehingga informasi ini ditetapkan sebagai informasi yang dikecualikan."
)


def _days_ago(today, days):
    return today - datetime.timedelta(days=days)


def opd_information(opd, agency, kit, today, *, stale=False):
    """The PPID items of one OPD; with ``stale`` its LKjIP row is older than six months (needs a refresh)."""
    name, year = opd.short_name, today.year
    secretariat, ppid_unit = f"Sekretariat {name}", f"PPID Pelaksana {name}"
    planning = "Subbagian Program dan Keuangan"
    items = [
        PublicInformation(
            category=Category.BERKALA,
            title=f"Rencana Strategis {name} 2025–2029",
            summary=f"Tujuan, sasaran, strategi, dan program {common.province(opd)} selama lima tahun.",
            official_in_charge=secretariat,
            producer=planning,
            date=_days_ago(today, 150),
            retention_period=common.RETENTION_ARCHIVE,
            document=kit.renstra,
        ),
        PublicInformation(
            category=Category.BERKALA,
            title=f"Laporan Kinerja Instansi Pemerintah (LKjIP) {name} Tahun {year - 1}",
            summary=f"Capaian kinerja {name} tahun {year - 1} dibandingkan target dalam perjanjian kinerja.",
            official_in_charge=secretariat,
            producer=planning,
            date=_days_ago(today, 200 if stale else 95),
            retention_period=common.RETENTION_ARCHIVE,
            document=kit.lkjip,
        ),
        PublicInformation(
            category=Category.BERKALA,
            title=f"Rencana Umum Pengadaan Barang/Jasa {name} Tahun {year}",
            summary=f"Daftar paket pengadaan {name} tahun berjalan yang diumumkan melalui SiRUP LKPP.",
            official_in_charge=secretariat,
            producer="Pejabat Pembuat Komitmen",
            date=_days_ago(today, 20),
            form="Softcopy",
            retention_period=common.RETENTION_ACTIVE,
            media="Situs web SiRUP LKPP",
            link=common.SIRUP_URL,
        ),
        PublicInformation(
            category=Category.SERTA_MERTA,
            title=agency.immediate[0],
            summary=agency.immediate[1],
            official_in_charge=ppid_unit,
            producer=agency.units[0],
            date=_days_ago(today, 3),
            form="Softcopy",
            retention_period="Selama keadaan darurat berlangsung",
            media="Situs web dan media sosial",
            document=kit.immediate_notice,
        ),
        PublicInformation(
            category=Category.SETIAP_SAAT,
            title=f"Standar Pelayanan dan Maklumat Pelayanan {name}",
            summary=f"Standar pelayanan setiap layanan {name} dan pernyataan janji layanan yang ditandatangani Kepala.",
            official_in_charge=secretariat,
            producer="Subbagian Umum dan Kepegawaian",
            date=_days_ago(today, 60),
            retention_period=common.RETENTION_ACTIVE,
            document=kit.maklumat,
        ),
        PublicInformation(
            category=Category.DIKECUALIKAN,
            title=agency.exempt.title,
            summary=agency.exempt.summary,
            official_in_charge=ppid_unit,
            producer=agency.units[-1],
            date=_days_ago(today, 90),
            retention_period=common.RETENTION_EXEMPT,
            media="Tidak dipublikasikan",
            exemption_legal_basis=agency.exempt.legal_basis,
            consequence_test=CONSEQUENCE_TEST.format(harm=agency.exempt.harm),
        ),
    ]
    register = PublicInformation(
        category=Category.SETIAP_SAAT,
        title=f"Daftar Informasi Publik {name}",
        summary=f"Seluruh informasi publik yang dikuasai {name} beserta kategorinya, dalam format CSV.",
        official_in_charge=ppid_unit,
        producer=ppid_unit,
        date=_days_ago(today, 15),
        form="Softcopy",
        retention_period=common.RETENTION_ACTIVE,
    )
    register.document = kit.information_list([*items, register])
    items.insert(4, register)
    return items


def portal_information(kit, today):
    """The portal's PPID items (PPID Utama of the province)."""
    ppid_utama = "PPID Utama Pemerintah Provinsi Jambi"
    return [
        PublicInformation(
            category=Category.BERKALA,
            title="Rencana Pembangunan Jangka Menengah Daerah (RPJMD) Provinsi Jambi 2025–2029",
            summary="Visi, misi, tujuan, sasaran, dan program prioritas Pemerintah Provinsi Jambi selama lima tahun.",
            official_in_charge="Badan Perencanaan Pembangunan Daerah",
            producer="Bidang Perencanaan, Pengendalian, dan Evaluasi Pembangunan",
            date=_days_ago(today, 120),
            retention_period=common.RETENTION_ARCHIVE,
            document=kit["rpjmd"],
        ),
        PublicInformation(
            category=Category.BERKALA,
            title=f"Ringkasan Laporan Penyelenggaraan Pemerintahan Daerah Tahun {today.year - 1}",
            summary="Capaian penyelenggaraan urusan pemerintahan daerah yang disampaikan kepada masyarakat.",
            official_in_charge="Biro Pemerintahan dan Otonomi Daerah",
            producer="Sekretariat Daerah",
            date=_days_ago(today, 75),
            retention_period=common.RETENTION_ARCHIVE,
            document=kit["lppd"],
        ),
        PublicInformation(
            category=Category.SERTA_MERTA,
            title="Peringatan Dini Cuaca Ekstrem dan Kebakaran Hutan dan Lahan",
            summary="Peringatan dini cuaca, titik panas, dan kualitas udara yang membahayakan keselamatan warga.",
            official_in_charge="Badan Penanggulangan Bencana Daerah",
            producer="Pusat Pengendalian Operasi BPBD",
            date=_days_ago(today, 2),
            form="Softcopy",
            retention_period="Selama keadaan darurat berlangsung",
            media="Situs web BMKG dan media sosial",
            link="https://www.bmkg.go.id/",
        ),
        PublicInformation(
            category=Category.SETIAP_SAAT,
            title="Tata Cara Permohonan Informasi Publik",
            summary="Langkah mengajukan permohonan informasi, keberatan, dan sengketa informasi kepada PPID Utama.",
            official_in_charge=ppid_utama,
            producer="Dinas Komunikasi dan Informatika",
            date=_days_ago(today, 30),
            retention_period=common.RETENTION_ACTIVE,
            document=kit["permohonan"],
        ),
        PublicInformation(
            category=Category.DIKECUALIKAN,
            title="Data Pribadi Penanya Gubernur Menjawab",
            summary="Nama, alamat e-mail, nomor telepon, dan isi pertanyaan yang tidak disetujui untuk diterbitkan.",
            official_in_charge=ppid_utama,
            producer="Biro Hubungan Masyarakat dan Protokol",
            date=_days_ago(today, 45),
            retention_period=common.RETENTION_EXEMPT,
            media="Tidak dipublikasikan",
            exemption_legal_basis="Pasal 17 huruf h Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi "
            "Publik jo. Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi.",
            consequence_test=CONSEQUENCE_TEST.format(
                harm="mengungkap identitas warga yang bertanya atau mengadu sehingga mereka enggan bersuara dan "
                "berisiko mendapat tekanan"
            ),
        ),
    ]
