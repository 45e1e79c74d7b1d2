"""Filling one provisioned OPD site with demo content.

Every step fills only what is still empty (a section without its text, a listing without its
pages), so running it over a site someone already edited adds the missing parts and keeps the rest.
"""

import datetime
from urllib.parse import quote_plus

from django.utils import timezone

from opd.models import (
    AnnouncementAttachment,
    AnnouncementPage,
    DownloadItem,
    EventPage,
    GalleryImage,
    NewsPage,
    Official,
    ServicePage,
    SiteSettings,
)

from . import common
from .opd_media import OpdMedia
from .ppid import opd_information
from .publishing import add_page, at, has_child, is_empty, publish
from .text import document, heading, image, ol, p, paragraph, quote, ul

NEWS_AGE_DAYS = (2, 13, 33, 64)
QUIET_NEWS_AGE_DAYS = (38, 52, 71, 88)
HEAD_QUOTES = (
    "Kami ingin masyarakat merasakan langsung manfaat program ini. Masukan dari lapangan akan kami pakai untuk "
    "memperbaikinya.",
    "Kegiatan ini bukan seremoni. Kami akan memantau hasilnya dan melaporkannya secara terbuka.",
    "Kerja sama dengan kabupaten/kota menjadi kunci agar layanan sampai ke masyarakat.",
    "Kami mengajak masyarakat ikut mengawasi dan memberi masukan melalui kanal resmi.",
)


def fill_opd_site(opd, agency, *, categories, portal_home, variant):
    """Write the demo content of ``agency`` into the provisioned site of ``opd``.

    ``categories`` maps NewsCategory slugs to rows, ``portal_home`` is linked from the quick links and
    ``variant`` (the OPD's position in the seed) staggers dates so sites do not look cloned.
    """
    today = timezone.localdate()
    kit = OpdMedia(opd, agency, today.year)
    home = opd.site.root_page.specific
    sections = {page.slug: page.specific for page in home.get_children()}
    _fill_settings(opd, agency, kit, variant)
    _fill_home(opd, agency, home, sections, portal_home)
    _fill_profile(opd, agency, kit, sections["profil"])
    _fill_news(opd, agency, kit, sections["berita"], categories, today, variant)
    _fill_announcements(opd, agency, kit, sections["pengumuman"], today, variant)
    _fill_agenda(opd, agency, sections["agenda"], today)
    _fill_services(opd, agency, kit, sections["layanan"], today)
    _fill_ppid(opd, agency, kit, sections["ppid"], today, variant)
    _fill_gallery(opd, agency, kit, sections["galeri"])
    _fill_downloads(opd, kit, sections["unduhan"])
    _fill_intro(sections["kontak"], common.section_intros(opd)["kontak"])


def _fill_settings(opd, agency, kit, variant):
    settings = SiteSettings.for_site(opd.site)
    if settings.logo_id:
        return
    handle = f"{opd.slug}provjambi"
    settings.logo = kit.logo
    settings.primary_colour, settings.accent_colour = agency.colours
    settings.tagline = agency.tagline
    settings.address = agency.street
    settings.map_url = f"https://www.openstreetmap.org/search?query={quote_plus(agency.street)}"
    settings.phone = agency.phone
    settings.email = common.email(opd)
    settings.office_hours = common.OFFICE_HOURS
    settings.facebook_url = f"https://www.facebook.com/{handle}"
    settings.instagram_url = f"https://www.instagram.com/{handle}/"
    settings.youtube_url = f"https://www.youtube.com/@{handle}"
    settings.x_url = f"https://x.com/{handle}" if variant % 2 == 0 else ""
    settings.head_name = agency.head.name
    settings.head_title = f"Kepala {common.province(opd)}"
    settings.head_photo = kit.head_photo
    settings.ppid_officer = f"{agency.secretary.name} (Sekretaris, selaku PPID Pelaksana)"
    settings.ppid_contact = f"{agency.phone} · ppid.{opd.slug}@jambiprov.go.id"
    settings.full_clean()
    settings.save()
    if not opd.head_of_agency:
        opd.head_of_agency = agency.head.name
        opd.save(update_fields=["head_of_agency"])


def _link(label, *, page=None, url=""):
    return {"type": "link", "value": {"label": label, "page": page.pk if page else None, "url": url}}


def _fill_home(opd, agency, home, sections, portal_home):
    if not is_empty(home.greeting):
        return
    home.greeting_title = "Sambutan Kepala"
    home.greeting = common.greeting(opd, agency)
    home.listing_summary = f"Laman resmi {common.province(opd)}. {agency.tagline}."
    home.quick_links = [
        _link("SP4N-LAPOR!", url=common.LAPOR_URL),
        _link("Portal Pemerintah Provinsi Jambi", page=portal_home),
        _link(f"Layanan {opd.short_name}", page=sections["layanan"]),
        _link("Daftar Informasi Publik", page=sections["ppid"]),
        _link("e-LHKPN", url=common.LHKPN_URL),
    ]
    publish(home)


def _fill_intro(page, intro):
    if is_empty(page.intro):
        page.intro = intro
        publish(page)


def _fill_profile(opd, agency, kit, profile):
    intros = common.section_intros(opd)
    if is_empty(profile.intro):
        profile.intro = intros["profil"]
        profile.body = [
            paragraph(
                p(
                    f"{common.province(opd)} adalah perangkat daerah yang {agency.tugas}. Kami dipimpin oleh seorang "
                    "Kepala yang berada di bawah dan bertanggung jawab kepada Gubernur melalui Sekretaris Daerah."
                )
            )
        ]
        publish(profile)
    pages = {page.slug: page.specific for page in profile.get_children()}
    _fill_body(pages.get("visi-dan-misi"), lambda: _vision_body(opd, agency, kit))
    _fill_body(pages.get("tugas-dan-fungsi"), lambda: _duties_body(opd, agency))
    _fill_body(pages.get("struktur-organisasi"), lambda: _structure_body(opd, agency, kit))
    officials_page = pages.get("profil-pimpinan")
    if officials_page is not None and not officials_page.officials.exists():
        officials_page.intro = f"Pimpinan {common.province(opd)}."
        officials_page.officials = [
            Official(
                name=agency.head.name,
                position=f"Kepala {common.province(opd)}",
                photo=kit.head_photo,
                education="\n".join(agency.head.education),
                career=common.head_career(opd, agency),
                lhkpn_url=common.LHKPN_URL,
            ),
            Official(
                name=agency.secretary.name,
                position=f"Sekretaris {common.province(opd)}",
                photo=kit.secretary_photo,
                education="\n".join(agency.secretary.education),
                career=common.secretary_career(opd, agency),
                lhkpn_url=common.LHKPN_URL,
            ),
        ]
        publish(officials_page)


def _fill_body(page, build):
    if page is not None and is_empty(page.body):
        page.body = build()
        publish(page)


def _vision_body(opd, agency, kit):
    return [
        heading("Visi"),
        quote(agency.visi, f"Visi {opd.short_name} 2025–2029"),
        heading("Misi"),
        paragraph(ol(agency.misi)),
        paragraph(
            p(
                f"Visi dan misi ini dijabarkan dalam Rencana Strategis {opd.short_name} 2025–2029 untuk mendukung "
                "sasaran Rencana Pembangunan Jangka Menengah Daerah (RPJMD) Provinsi Jambi 2025–2029."
            )
        ),
        document(kit.renstra, f"Unduh Rencana Strategis {opd.short_name} 2025–2029"),
    ]


def _duties_body(opd, agency):
    functions = (*agency.fungsi, "pelaksanaan fungsi lain yang diberikan oleh Gubernur sesuai tugas dan fungsinya")
    return [
        heading("Tugas"),
        paragraph(p(f"{common.province(opd)} mempunyai tugas membantu Gubernur {agency.tugas}.")),
        heading("Fungsi"),
        paragraph(p(f"Untuk melaksanakan tugas tersebut, {opd.short_name} menyelenggarakan fungsi:") + ol(functions)),
        paragraph(
            p(
                "Rincian tugas dan fungsi setiap unit diatur dalam Peraturan Gubernur Jambi tentang Kedudukan, "
                "Susunan Organisasi, Tugas dan Fungsi, serta Tata Kerja Perangkat Daerah."
            )
        ),
    ]


def _structure_body(opd, agency, kit):
    units = ", ".join(("Sekretariat", *agency.units))
    return [
        heading("Susunan Organisasi"),
        paragraph(p(f"Susunan organisasi {common.province(opd)} terdiri atas:") + ul(common.structure_units(agency))),
        image(
            kit.org_chart,
            f"Bagan struktur organisasi {opd.short_name}: Kepala membawahkan {units}.",
            f"Bagan struktur organisasi {common.province(opd)}",
        ),
        heading("Pejabat", "h3"),
        paragraph(
            ul((f"Kepala: {agency.head.name}", f"Sekretaris: {agency.secretary.name}"))
            + p("Riwayat pendidikan, jabatan, dan tautan LHKPN setiap pejabat ada di halaman Profil Pimpinan.")
        ),
    ]


def _fill_news(opd, agency, kit, index, categories, today, variant):
    _fill_intro(index, common.section_intros(opd)["berita"])
    ages = QUIET_NEWS_AGE_DAYS if agency.quiet else NEWS_AGE_DAYS
    for number, item in enumerate(agency.news):
        day = today - datetime.timedelta(days=ages[number] + variant % 4)
        if has_child(index, item.title):
            continue
        page = NewsPage(
            title=item.title,
            date=day,
            lead_image=kit.scene(item.caption, seed=item.title),
            lead_image_alt=item.caption,
            summary=item.summary,
            listing_summary=item.summary[:300],
            category=categories[item.category],
            responsible_person=f"{agency.secretary.name} (Sekretaris {opd.short_name})",
            body=[
                paragraph(p(f"JAMBI – {item.detail}")),
                quote(
                    HEAD_QUOTES[(number + variant) % len(HEAD_QUOTES)], f"{agency.head.name}, Kepala {opd.short_name}"
                ),
                paragraph(
                    p(
                        f"Informasi lebih lanjut dapat diperoleh di {opd.short_name} pada jam layanan atau melalui "
                        f"e-mail {common.email(opd)}."
                    )
                ),
            ],
        )
        page.tags.add(*item.tags)
        add_page(index, page, at(day, 9 + number, 15))


def _fill_announcements(opd, agency, kit, index, today, variant):
    _fill_intro(index, common.section_intros(opd)["pengumuman"])
    expired_day = today - datetime.timedelta(days=12)
    expired = AnnouncementPage(
        title=common.EXPIRED_NOTICE_TITLE,
        date=expired_day,
        expiry_date=today - datetime.timedelta(days=1),
        body=[paragraph(p(common.EXPIRED_NOTICE_TEXT))],
        listing_summary=common.EXPIRED_NOTICE_TEXT[:300],
    )
    add_page(index, expired, at(expired_day, 8))
    for number, notice in enumerate(agency.notices):
        day = today - datetime.timedelta(days=2 + 3 * number + variant % 3)
        if has_child(index, notice.title):
            continue
        page = AnnouncementPage(
            title=notice.title,
            date=day,
            expiry_date=today + datetime.timedelta(days=notice.valid_days),
            body=[paragraph(common.notice_body(notice))],
            listing_summary=notice.text[:300],
        )
        if "lampir" in notice.text:
            page.attachments = [AnnouncementAttachment(document=kit.attachment(notice), title="Lampiran pengumuman")]
        add_page(index, page, at(day, 10))


def _fill_agenda(opd, agency, index, today):
    _fill_intro(index, common.section_intros(opd)["agenda"])
    now = timezone.now()
    for event in agency.events:
        start = at(today + datetime.timedelta(days=event.in_days), event.hour)
        page = EventPage(
            title=event.title,
            start=start,
            end=start + datetime.timedelta(hours=event.hours),
            location=event.location,
            listing_summary=event.description[:300],
            description=[paragraph(p(event.description, f"Kegiatan ini diselenggarakan oleh {common.province(opd)}."))],
        )
        add_page(index, page, min(start - datetime.timedelta(days=10), now - datetime.timedelta(days=1)))


def _fill_services(opd, agency, kit, index, today):
    if is_empty(index.maklumat):
        index.intro = common.section_intros(opd)["layanan"]
        index.maklumat = common.maklumat(opd, agency, today.year)
        index.maklumat_document = kit.maklumat
        publish(index)
    for number, service in enumerate(agency.services):
        page = ServicePage(
            title=service.title,
            summary=service.summary,
            listing_summary=service.summary[:300],
            featured=number == 0,
            legal_basis=ul(service.legal_basis),
            requirements=ul(service.requirements),
            procedure=ol(service.procedure),
            completion_time=service.completion_time,
            cost=service.cost,
            product=service.product,
            complaints=common.complaints(opd, agency),
            facilities=service.facilities,
            service_hours=common.SERVICE_HOURS,
        )
        add_page(index, page, at(today - datetime.timedelta(days=45 + number), 10))


def _fill_ppid(opd, agency, kit, ppid, today, variant):
    if ppid.information_items.exists():
        return
    ppid.intro = common.section_intros(opd)["ppid"]
    items = opd_information(opd, agency, kit, today, stale=variant % 3 == 2)
    for item in items:
        item.full_clean(exclude=["page"])
    ppid.information_items = items
    publish(ppid)


def _fill_gallery(opd, agency, kit, gallery):
    if gallery.gallery_images.exists():
        return
    past = [event for event in agency.events if event.in_days < 0]
    captions = [f"Dokumentasi {event.title}" for event in past] + [news.caption for news in agency.news]
    gallery.intro = common.section_intros(opd)["galeri"]
    gallery.gallery_images = [
        GalleryImage(image=kit.scene(caption, seed=f"galeri-{caption}"), alt_text=caption, caption=caption)
        for caption in captions[:3]
    ]
    publish(gallery)


def _fill_downloads(opd, kit, downloads):
    if downloads.downloads.exists():
        return
    downloads.intro = common.section_intros(opd)["unduhan"]
    downloads.downloads = [
        DownloadItem(document=kit.renstra, description="Tujuan, sasaran, strategi, dan program lima tahun."),
        DownloadItem(document=kit.lkjip, description="Capaian kinerja tahun lalu dibandingkan target."),
        DownloadItem(document=kit.maklumat, description="Janji layanan yang ditandatangani Kepala."),
    ]
    publish(downloads)
