"""Factories for every page type and the models around them, and ``build_world``: a portal plus OPD sites.

Page factories create live pages with publication dates set (no revision history, which keeps large
worlds cheap); pass ``live=False`` and call ``save_revision()`` for a draft. Trees of sections come
from the real provisioning functions, so tests exercise them too.
"""

import datetime
from dataclasses import dataclass, field

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.utils import timezone
from factory.django import DjangoModelFactory
from wagtail.models import Collection, Page, Site

from home.models import OpdDirectoryPage, PortalHomePage
from home.provisioning import provision_portal
from opd.models import (
    AgendaIndexPage,
    AnnouncementAttachment,
    AnnouncementIndexPage,
    AnnouncementPage,
    ContactPage,
    DownloadItem,
    DownloadsPage,
    EventPage,
    GalleryImage,
    GalleryPage,
    NewsCategory,
    NewsIndexPage,
    NewsPage,
    Official,
    OfficialsPage,
    Opd,
    OpdHomePage,
    PpidPage,
    ProfilePage,
    PublicInformation,
    ServiceIndexPage,
    ServicePage,
    SiteSettings,
    StandardPage,
)
from opd.provisioning import provision_opd_site

PASSWORD = "kata-sandi-uji-123"


def paragraph(html):
    """A one-paragraph StreamField value (BodyBlock's JSON representation)."""
    return [{"type": "paragraph", "value": html}]


def root_page():
    return Page.get_first_root_node()


# --- Users -------------------------------------------------------------------


class UserFactory(DjangoModelFactory):
    username = factory.Sequence(lambda n: f"pengguna{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@jambiprov.go.id")
    first_name = "Pengguna"
    last_name = factory.Sequence(lambda n: f"Uji {n}")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        if create and extracted:
            self.groups.add(*extracted)
        if create:
            self.save()


class SuperuserFactory(UserFactory):
    username = factory.Sequence(lambda n: f"admin{n}")
    is_staff = True
    is_superuser = True


# --- Media and snippets ------------------------------------------------------


class ImageFactory(wagtail_factories.ImageFactory):
    """A small real PNG in the root collection (wagtail-factories would make a new root collection)."""

    collection = factory.LazyFunction(Collection.get_first_root_node)
    title = factory.Sequence(lambda n: f"Foto kegiatan {n}")
    file = factory.django.ImageField(width=160, height=100, color="green", filename="foto.png")


class DocumentFactory(wagtail_factories.DocumentFactory):
    collection = factory.LazyFunction(Collection.get_first_root_node)
    title = factory.Sequence(lambda n: f"Dokumen {n}")
    file = factory.django.FileField(filename="dokumen.pdf", data=b"%PDF-1.4\n% dokumen uji\n")


class NewsCategoryFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Kategori {n}")
    slug = factory.Sequence(lambda n: f"kategori-{n}")

    class Meta:
        model = NewsCategory
        django_get_or_create = ("slug",)


class OpdFactory(DjangoModelFactory):
    """A registry entry without a site (provisioning gives it one)."""

    name = factory.Sequence(lambda n: f"Dinas Uji {n}")
    slug = factory.Sequence(lambda n: f"uji{n}")
    acronym = factory.Sequence(lambda n: f"DU{n}")
    kind = Opd.Kind.DINAS

    class Meta:
        model = Opd


# --- Pages -------------------------------------------------------------------


class BasePageFactory(wagtail_factories.PageFactory):
    """A live page that looks published (dates set), without the cost of a revision."""

    first_published_at = factory.LazyFunction(timezone.now)
    last_published_at = factory.LazyFunction(timezone.now)
    show_in_menus = True

    class Meta:
        abstract = True


class PortalHomePageFactory(BasePageFactory):
    title = "Pemerintah Provinsi Jambi"
    slug = "portal"
    parent = factory.LazyFunction(root_page)
    intro = "<p>Portal resmi Pemerintah Provinsi Jambi.</p>"

    class Meta:
        model = PortalHomePage


class OpdDirectoryPageFactory(BasePageFactory):
    title = "Direktori OPD"
    intro = "Daftar organisasi perangkat daerah."

    class Meta:
        model = OpdDirectoryPage


class OpdHomePageFactory(BasePageFactory):
    title = factory.Sequence(lambda n: f"Dinas Uji {n}")
    parent = factory.LazyFunction(root_page)
    greeting = "<p>Selamat datang di situs kami.</p>"

    class Meta:
        model = OpdHomePage


class ProfilePageFactory(BasePageFactory):
    title = "Profil"

    class Meta:
        model = ProfilePage


class StandardPageFactory(BasePageFactory):
    title = factory.Sequence(lambda n: f"Halaman {n}")
    body = factory.LazyAttribute(lambda page: paragraph(f"<p>Isi {page.title}.</p>"))

    class Meta:
        model = StandardPage


class OfficialsPageFactory(BasePageFactory):
    title = "Profil Pimpinan"

    class Meta:
        model = OfficialsPage


class NewsIndexPageFactory(BasePageFactory):
    title = "Berita"

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(BasePageFactory):
    title = factory.Sequence(lambda n: f"Berita kegiatan nomor {n}")
    date = factory.LazyFunction(timezone.localdate)
    # "Kabar" is in every news item and nowhere else: a search that matches news items only.
    summary = factory.LazyAttribute(lambda page: f"Kabar singkat: {page.title}.")
    body = factory.LazyAttribute(lambda page: paragraph(f"<p>Isi lengkap {page.title}.</p>"))
    lead_image = factory.SubFactory(ImageFactory)
    lead_image_alt = factory.LazyAttribute(lambda page: f"Foto {page.title}")
    responsible_person = "Humas"

    class Meta:
        model = NewsPage
        skip_postgeneration_save = True

    @factory.post_generation
    def tags(self, create, extracted, **kwargs):
        if create and extracted:
            self.tags.add(*extracted)
            self.save()


class AnnouncementIndexPageFactory(BasePageFactory):
    title = "Pengumuman"

    class Meta:
        model = AnnouncementIndexPage


class AnnouncementPageFactory(BasePageFactory):
    title = factory.Sequence(lambda n: f"Pengumuman nomor {n}")
    date = factory.LazyFunction(timezone.localdate)
    expiry_date = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=30))
    body = factory.LazyAttribute(lambda page: paragraph(f"<p>Isi {page.title}.</p>"))

    class Meta:
        model = AnnouncementPage


class AgendaIndexPageFactory(BasePageFactory):
    title = "Agenda"

    class Meta:
        model = AgendaIndexPage


class EventPageFactory(BasePageFactory):
    title = factory.Sequence(lambda n: f"Rapat koordinasi {n}")
    start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))
    end = factory.LazyAttribute(lambda page: page.start + datetime.timedelta(hours=2))
    location = "Aula Kantor Gubernur Jambi"
    description = factory.LazyAttribute(lambda page: paragraph(f"<p>Acara {page.title}.</p>"))

    class Meta:
        model = EventPage


class ServiceIndexPageFactory(BasePageFactory):
    title = "Layanan"
    maklumat = "<p>Kami sanggup menyelenggarakan pelayanan sesuai standar.</p>"

    class Meta:
        model = ServiceIndexPage


class ServicePageFactory(BasePageFactory):
    title = factory.Sequence(lambda n: f"Layanan perizinan {n}")
    summary = factory.LazyAttribute(lambda page: f"Ringkasan {page.title}.")
    legal_basis = "<p>Peraturan Gubernur Jambi.</p>"
    requirements = "<ul><li>KTP</li></ul>"
    procedure = "<ol><li>Ajukan permohonan</li></ol>"
    completion_time = "3 hari kerja"
    cost = "Gratis"
    product = "Surat izin"
    complaints = "<p>Hubungi kami.</p>"

    class Meta:
        model = ServicePage


class PpidPageFactory(BasePageFactory):
    title = "PPID"

    class Meta:
        model = PpidPage


class GalleryPageFactory(BasePageFactory):
    title = "Galeri"

    class Meta:
        model = GalleryPage


class DownloadsPageFactory(BasePageFactory):
    title = "Unduhan"

    class Meta:
        model = DownloadsPage


class ContactPageFactory(BasePageFactory):
    title = "Kontak"

    class Meta:
        model = ContactPage


# --- Inline rows of pages ----------------------------------------------------


class OfficialFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Pejabat {n}")
    position = "Kepala Bidang"
    photo = factory.SubFactory(ImageFactory)
    education = "S2 Administrasi Publik"
    career = "Sekretaris Dinas"
    lhkpn_url = "https://elhkpn.kpk.go.id/"
    sort_order = factory.Sequence(int)

    class Meta:
        model = Official


class GalleryImageFactory(DjangoModelFactory):
    image = factory.SubFactory(ImageFactory)
    alt_text = factory.Sequence(lambda n: f"Kegiatan {n}")
    caption = factory.Sequence(lambda n: f"Keterangan foto {n}")
    sort_order = factory.Sequence(int)

    class Meta:
        model = GalleryImage


class DownloadItemFactory(DjangoModelFactory):
    document = factory.SubFactory(DocumentFactory)
    title = factory.Sequence(lambda n: f"Berkas unduhan {n}")
    description = "Berkas untuk publik."
    sort_order = factory.Sequence(int)

    class Meta:
        model = DownloadItem


class AnnouncementAttachmentFactory(DjangoModelFactory):
    document = factory.SubFactory(DocumentFactory)
    title = factory.Sequence(lambda n: f"Lampiran {n}")
    sort_order = factory.Sequence(int)

    class Meta:
        model = AnnouncementAttachment


class PublicInformationFactory(DjangoModelFactory):
    category = PublicInformation.Category.BERKALA
    title = factory.Sequence(lambda n: f"Laporan keuangan {n}")
    summary = "Ringkasan informasi publik."
    official_in_charge = "Sekretariat"
    producer = "Subbagian Keuangan"
    date = factory.LazyFunction(timezone.localdate)
    retention_period = "5 tahun"
    document = factory.SubFactory(DocumentFactory)
    sort_order = factory.Sequence(int)

    class Meta:
        model = PublicInformation


class SiteFactory(wagtail_factories.SiteFactory):
    """A Site on its own host; prefer ``provision_opd_site`` for a real OPD site."""

    hostname = factory.Sequence(lambda n: f"situs{n}.localhost")
    port = 80
    root_page = factory.SubFactory(OpdHomePageFactory)


# --- A small world -----------------------------------------------------------

DEFAULT_OPDS = (("dinkes", "Dinas Kesehatan", "Dinkes"), ("disdik", "Dinas Pendidikan", "Disdik"))


@dataclass
class SiteWorld:
    """One site (provisioned, or built light with factories) and the content added to it."""

    site: Site
    home: Page
    opd: Opd | None = None
    sections: dict = field(default_factory=dict)  # slug -> specific section page
    news: list = field(default_factory=list)
    announcements: list = field(default_factory=list)
    events: list = field(default_factory=list)
    services: list = field(default_factory=list)

    @property
    def hostname(self):
        return self.site.hostname

    def section(self, path):
        """The page at ``path`` below the home page, e.g. ``"profil/visi-dan-misi"``."""
        page = self.home
        for slug in path.strip("/").split("/"):
            page = page.get_children().get(slug=slug)
        return page.specific


@dataclass
class World:
    portal: SiteWorld
    opds: dict  # slug -> SiteWorld
    category: NewsCategory


def _sections(home):
    return {page.slug: page.specific for page in home.get_children()}


def add_opd_content(world_site, items, category):
    """Give a provisioned OPD site ``items`` rows in every listing, with images where a listing shows them."""
    home, sections, prefix = world_site.home, world_site.sections, world_site.opd.short_name
    for n in range(items):
        world_site.news.append(
            NewsPageFactory(
                parent=sections["berita"],
                title=f"Berita {prefix} {n + 1}",
                date=timezone.localdate() - datetime.timedelta(days=n),
                category=category,
                tags=[world_site.opd.slug, "jambi"],
            )
        )
        announcement = AnnouncementPageFactory(
            parent=sections["pengumuman"],
            title=f"Pengumuman {prefix} {n + 1}",
            date=timezone.localdate() - datetime.timedelta(days=n),
        )
        AnnouncementAttachmentFactory(page=announcement)
        world_site.announcements.append(announcement)
        # Two in three events are still to come, the rest are past.
        start = timezone.now() + datetime.timedelta(days=n + 1 if n % 3 else -(n + 1))
        world_site.events.append(
            EventPageFactory(parent=sections["agenda"], title=f"Agenda {prefix} {n + 1}", start=start)
        )
        world_site.services.append(
            ServicePageFactory(parent=sections["layanan"], title=f"Layanan {prefix} {n + 1:02d}", featured=n < 2)
        )
        category_choice = PublicInformation.Category.values[n % 3]  # never "dikecualikan" with a document
        PublicInformationFactory(page=sections["ppid"], category=category_choice, title=f"Informasi {prefix} {n}")
        GalleryImageFactory(page=sections["galeri"])
        DownloadItemFactory(page=sections["unduhan"])
        OfficialFactory(page=world_site.section("profil/profil-pimpinan"), name=f"Pejabat {prefix} {n + 1}")
    PublicInformationFactory(
        page=sections["ppid"],
        category=PublicInformation.Category.DIKECUALIKAN,
        title=f"Informasi dikecualikan {prefix}",
        document=None,
        exemption_legal_basis="Pasal 17 UU 14/2008",
        consequence_test="Membahayakan pertahanan negara.",
    )
    sections["layanan"].maklumat = f"<p>{world_site.opd.name} sanggup melayani sesuai standar pelayanan.</p>"
    sections["layanan"].save()
    home.quick_links = [
        {"type": "link", "value": {"label": "Layanan", "page": sections["layanan"].pk, "url": ""}},
        {"type": "link", "value": {"label": "LAPOR!", "page": None, "url": "https://www.lapor.go.id/"}},
    ]
    home.save()
    settings_row = SiteSettings.for_site(world_site.site)
    settings_row.logo = ImageFactory(title=f"Logo {prefix}")
    settings_row.head_photo = ImageFactory(title=f"Kepala {prefix}")
    settings_row.address = f"Jl. Jenderal Sudirman, Kantor {world_site.opd.name}"
    settings_row.save()


def add_opd_site(slug, name, acronym="", items=3, category=None):
    """Provision an OPD site the real way and fill it with ``items`` rows per listing."""
    report = provision_opd_site(slug, name, acronym=acronym)
    home = report.site.root_page.specific
    world_site = SiteWorld(site=report.site, home=home, opd=report.opd, sections=_sections(home))
    add_opd_content(world_site, items, category or NewsCategoryFactory(name="Kesehatan", slug="kesehatan"))
    return world_site


def add_light_opd_site(slug, name, news_items=1):
    """A cheap OPD site built with factories (no provisioning): registry entry, Site, home, news section.

    For worlds that need many sites (the portal's aggregates, the directory), where provisioning
    each one would only make the suite slow.
    """
    home = OpdHomePageFactory(title=name, slug=slug)
    site = SiteFactory(hostname=f"{slug}.localhost", root_page=home, site_name=name)
    opd = OpdFactory(name=name, slug=slug, acronym=slug.upper(), site=site)
    news_index = NewsIndexPageFactory(parent=home, slug="berita")
    world_site = SiteWorld(site=site, home=home, opd=opd, sections={"berita": news_index})
    for n in range(news_items):
        world_site.news.append(NewsPageFactory(parent=news_index, title=f"Berita {opd.short_name} {n + 1}"))
    return world_site


def build_world(opds=DEFAULT_OPDS, items=3):
    """The portal and OPD sites (default: Dinkes and Disdik), each with ``items`` rows in every listing."""
    category = NewsCategoryFactory(name="Pemerintahan", slug="pemerintahan")
    report = provision_portal()
    portal_home = report.site.root_page.specific
    portal = SiteWorld(site=report.site, home=portal_home, sections=_sections(portal_home))
    for n in range(items):
        portal.news.append(
            NewsPageFactory(
                parent=portal.sections["berita"],
                title=f"Berita Provinsi {n + 1}",
                date=timezone.localdate() - datetime.timedelta(days=n),
                category=category,
            )
        )
    opd_sites = {
        slug: add_opd_site(slug, name, acronym, items=items, category=category) for slug, name, acronym in opds
    }
    return World(portal=portal, opds=opd_sites, category=category)
