"""Demo content of the provincial portal: identity, intro, Humas news, announcements, agenda, PPID."""

import datetime
from urllib.parse import quote_plus

from django.utils import timezone

from opd import roles
from opd.models import AnnouncementAttachment, AnnouncementPage, EventPage, NewsPage, SiteSettings

from . import common, media
from .agencies import Event, News, Notice
from .opd_media import DEMO_NOTE
from .ppid import portal_information
from .publishing import add_page, at, has_child, is_empty, publish
from .text import p, paragraph, quote

COLOURS = ("#1c4587", "#e69138")
ADDRESS = "Jl. Jend. Ahmad Yani No. 1, Telanaipura, Kota Jambi 36122"
GOVERNOR = "H. Ahmad Syukri Hasibuan, S.E., M.M."  # fictional
HUMAS = "Biro Hubungan Masyarakat dan Protokol Setda Provinsi Jambi"

NEWS = (
    News(
        "Gubernur Resmikan Jembatan Penghubung Dua Kecamatan di Tanjung Jabung Timur",
        "pembangunan",
        ("infrastruktur", "jembatan"),
        "Jembatan sepanjang 120 meter memperpendek waktu tempuh warga dua kecamatan menuju pusat kabupaten.",
        "Sebelumnya warga harus menyeberang dengan perahu atau memutar sejauh 30 kilometer. Jembatan ini juga "
        "memperlancar angkutan hasil kebun dan perikanan.",
        "Jembatan baru membentang di atas sungai",
    ),
    News(
        "Pemprov Jambi Gelar Rapat Koordinasi Pengendalian Inflasi Daerah",
        "ekonomi",
        ("inflasi", "bahan pokok"),
        "Gubernur meminta perangkat daerah dan kabupaten/kota memastikan pasokan beras, cabai, dan bawang tetap aman "
        "menjelang akhir tahun.",
        "Rapat menyepakati pasar murah bergilir, pemantauan harga harian, dan kerja sama antardaerah untuk komoditas "
        "yang pasokannya kurang.",
        "Rapat koordinasi pengendalian inflasi di ruang pola kantor gubernur",
    ),
    News(
        "Gubernur Menjawab Terima Pertanyaan Warga Secara Daring",
        "pelayanan-publik",
        ("Gubernur Menjawab", "pengaduan"),
        "Warga dapat bertanya kepada Pemerintah Provinsi Jambi dan memantau jawabannya melalui nomor tiket.",
        "Setiap pertanyaan diteruskan ke perangkat daerah yang berwenang dan dijawab paling lambat 1×24 jam. Data "
        "pribadi penanya dilindungi dan tidak diterbitkan.",
        "Warga mengisi formulir Gubernur Menjawab melalui telepon genggam",
    ),
    News(
        "Apel Siaga Bencana Banjir Menghadapi Musim Hujan",
        "kegiatan",
        ("banjir", "kesiapsiagaan"),
        "Personel gabungan dan peralatan penanggulangan bencana disiagakan menghadapi puncak musim hujan.",
        "Daerah aliran Sungai Batanghari menjadi perhatian utama. Posko siaga dibuka di kabupaten/kota rawan banjir "
        "dan masyarakat diminta memantau peringatan dini.",
        "Personel gabungan berbaris dalam apel siaga bencana",
    ),
    News(
        "Festival Budaya Melayu Jambi Tampilkan Ragam Seni Tradisi",
        "kegiatan",
        ("budaya", "pariwisata"),
        "Festival menampilkan tari, musik, dan kuliner tradisional dari sebelas kabupaten/kota.",
        "Festival juga menjadi ajang promosi wisata Kawasan Cagar Budaya Nasional Candi Muaro Jambi dan Danau Kerinci.",
        "Penari tradisional Jambi tampil di panggung festival",
    ),
)
NEWS_AGE_DAYS = (1, 6, 17, 30, 58)

NOTICES = (
    Notice(
        "Seleksi Terbuka Jabatan Pimpinan Tinggi Pratama Pemerintah Provinsi Jambi",
        "Pemerintah Provinsi Jambi membuka seleksi terbuka untuk empat jabatan kepala perangkat daerah. Persyaratan, "
        "jadwal, dan formulir pendaftaran terlampir.",
        14,
    ),
    Notice(
        "Jadwal Pelayanan Publik Akhir Tahun",
        "Pelayanan publik di lingkungan Pemerintah Provinsi Jambi tetap buka pada hari kerja akhir tahun. Layanan "
        "daring dapat diakses setiap saat.",
        30,
    ),
)

EVENTS = (
    Event(
        "Rapat Paripurna DPRD Penyampaian Rancangan Peraturan Daerah",
        "Gedung DPRD Provinsi Jambi",
        "Gubernur menyampaikan rancangan peraturan daerah kepada DPRD Provinsi Jambi.",
        8,
        hour=10,
    ),
    Event(
        "Pameran Pembangunan dan Produk Unggulan Daerah",
        "Lapangan Kantor Gubernur Jambi",
        "Pameran capaian pembangunan perangkat daerah dan produk unggulan kabupaten/kota.",
        16,
        hours=8,
    ),
    Event(
        "Upacara Hari Kesadaran Nasional",
        "Lapangan Kantor Gubernur Jambi",
        "Upacara bulanan aparatur sipil negara di lingkungan Pemerintah Provinsi Jambi.",
        -11,
        hour=7,
        hours=2,
    ),
)


def fill_portal(portal_home, categories):
    """Write the portal's demo content into its provisioned pages; media go to the shared collection."""
    today = timezone.localdate()
    collection = roles.shared_collection()
    sections = {page.slug: page.specific for page in portal_home.get_children()}
    _fill_settings(portal_home, collection)
    if is_empty(portal_home.intro):
        portal_home.intro = p(
            "Selamat datang di portal resmi Pemerintah Provinsi Jambi. Di sini Anda menemukan berita provinsi, kabar "
            "terbaru dari perangkat daerah, direktori situs OPD, dan layanan Gubernur Menjawab.",
            "Provinsi Jambi terdiri atas sembilan kabupaten dan dua kota. Setiap perangkat daerah mengelola situsnya "
            "sendiri di bawah jambiprov.go.id, dengan standar pelayanan dan Daftar Informasi Publik yang sama.",
        )
        portal_home.listing_summary = "Portal resmi Pemerintah Provinsi Jambi."
        publish(portal_home)
    _fill_news(sections["berita"], categories, collection, today)
    _fill_announcements(sections["pengumuman"], collection, today)
    _fill_agenda(sections["agenda"], today)
    _fill_intro(sections["direktori-opd"], "Daftar perangkat daerah Pemerintah Provinsi Jambi beserta situsnya.")
    _fill_ppid(sections["ppid"], collection, today)
    _fill_intro(sections["kontak"], "Hubungi Pemerintah Provinsi Jambi melalui alamat, telepon, atau e-mail berikut.")


def _fill_intro(page, intro):
    if is_empty(page.intro):
        page.intro = intro
        publish(page)


def _fill_settings(portal_home, collection):
    site = portal_home.get_site()
    settings = SiteSettings.for_site(site)
    if settings.logo_id:
        return
    settings.logo = media.logo(
        collection, "JAMBI", COLOURS, title="Logo Pemerintah Provinsi Jambi", subtitle="PEMERINTAH PROVINSI"
    )
    settings.primary_colour, settings.accent_colour = COLOURS
    settings.tagline = "Melayani masyarakat Jambi dengan terbuka"
    settings.address = ADDRESS
    settings.map_url = f"https://www.openstreetmap.org/search?query={quote_plus(ADDRESS)}"
    settings.phone = "(0741) 7551001"
    settings.email = "info@jambiprov.go.id"
    settings.office_hours = common.OFFICE_HOURS
    settings.facebook_url = "https://www.facebook.com/pemprovjambi"
    settings.instagram_url = "https://www.instagram.com/pemprovjambi/"
    settings.x_url = "https://x.com/pemprovjambi"
    settings.youtube_url = "https://www.youtube.com/@pemprovjambi"
    settings.head_name = GOVERNOR
    settings.head_title = "Gubernur Jambi"
    settings.head_photo = media.portrait(collection, GOVERNOR, COLOURS)
    settings.ppid_officer = "Kepala Dinas Komunikasi dan Informatika (PPID Utama)"
    settings.ppid_contact = "(0741) 7551120 · ppid@jambiprov.go.id"
    settings.full_clean()
    settings.save()


def _fill_news(index, categories, collection, today):
    _fill_intro(index, "Berita Pemerintah Provinsi Jambi dari Biro Hubungan Masyarakat dan Protokol.")
    for number, item in enumerate(NEWS):
        if has_child(index, item.title):
            continue
        day = today - datetime.timedelta(days=NEWS_AGE_DAYS[number])
        page = NewsPage(
            title=item.title,
            date=day,
            lead_image=media.scene(collection, item.caption, "Pemprov Jambi", item.caption, COLOURS, item.title),
            lead_image_alt=item.caption,
            summary=item.summary,
            listing_summary=item.summary[:300],
            category=categories[item.category],
            responsible_person=f"Kepala {HUMAS}",
            body=[
                paragraph(p(f"JAMBI – {item.detail}")),
                quote(
                    "Pemerintah hadir untuk memastikan manfaat pembangunan dirasakan seluruh masyarakat Jambi.",
                    GOVERNOR,
                ),
            ],
        )
        page.tags.add(*item.tags)
        add_page(index, page, at(day, 11))


def _fill_announcements(index, collection, today):
    _fill_intro(index, "Pengumuman resmi Pemerintah Provinsi Jambi.")
    expired_day = today - datetime.timedelta(days=12)
    add_page(
        index,
        AnnouncementPage(
            title=common.EXPIRED_NOTICE_TITLE,
            date=expired_day,
            expiry_date=today - datetime.timedelta(days=1),
            body=[paragraph(p(common.EXPIRED_NOTICE_TEXT))],
        ),
        at(expired_day, 8),
    )
    for number, notice in enumerate(NOTICES):
        day = today - datetime.timedelta(days=1 + 4 * number)
        page = AnnouncementPage(
            title=notice.title,
            date=day,
            expiry_date=today + datetime.timedelta(days=notice.valid_days),
            body=[paragraph(common.notice_body(notice))],
            listing_summary=notice.text[:300],
        )
        if has_child(index, notice.title):
            continue
        if "lampir" in notice.text:
            document = media.pdf(collection, f"Lampiran {notice.title}", (notice.title, notice.text, DEMO_NOTE))
            page.attachments = [AnnouncementAttachment(document=document, title="Persyaratan dan jadwal seleksi")]
        add_page(index, page, at(day, 10))


def _fill_agenda(index, today):
    _fill_intro(index, "Agenda kegiatan Gubernur dan Pemerintah Provinsi Jambi.")
    now = timezone.now()
    for event in EVENTS:
        start = at(today + datetime.timedelta(days=event.in_days), event.hour)
        page = EventPage(
            title=event.title,
            start=start,
            end=start + datetime.timedelta(hours=event.hours),
            location=event.location,
            listing_summary=event.description,
            description=[paragraph(p(event.description))],
        )
        add_page(index, page, min(start - datetime.timedelta(days=10), now - datetime.timedelta(days=1)))


def _fill_ppid(ppid, collection, today):
    if ppid.information_items.exists():
        return
    documents = {
        "rpjmd": ("RPJMD Provinsi Jambi 2025–2029 (Ringkasan)", "Ringkasan visi, misi, dan program prioritas."),
        "lppd": (f"Ringkasan LPPD Provinsi Jambi Tahun {today.year - 1}", "Ringkasan capaian urusan pemerintahan."),
        "permohonan": ("Tata Cara Permohonan Informasi Publik", "Ajukan permohonan, tunggu jawaban 10 hari kerja."),
    }
    kit = {key: media.pdf(collection, title, (text, DEMO_NOTE)) for key, (title, text) in documents.items()}
    items = portal_information(kit, today)
    for item in items:
        item.full_clean(exclude=["page"])
    ppid.intro = "Daftar Informasi Publik Pemerintah Provinsi Jambi yang dikelola PPID Utama."
    ppid.information_items = items
    publish(ppid)
