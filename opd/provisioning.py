"""Provisioning: one call turns a name and a slug into a complete, working OPD site.

``provision_opd_site`` is idempotent: each step creates only what is missing and
reports it, so a second run changes nothing and says so. ``dry_run`` does the
work in a transaction and rolls it back, so the report is exactly what would happen.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import transaction
from wagtail.models import Collection, Page, Site

from moderation.workflows import ensure_site_workflow
from opd import roles
from opd.models import (
    AgendaIndexPage,
    AnnouncementIndexPage,
    ContactPage,
    DownloadsPage,
    GalleryPage,
    NewsIndexPage,
    OfficialsPage,
    Opd,
    OpdHomePage,
    PpidPage,
    ProfilePage,
    ServiceIndexPage,
    SiteSettings,
    StandardPage,
)
from opd.validators import validate_host_label, validate_hostname

# The standard tree of every OPD site (DESIGN.md): (model, title, slug, children).
OPD_SECTIONS = (
    (
        ProfilePage,
        "Profil",
        "profil",
        (
            (StandardPage, "Visi dan Misi", "visi-dan-misi", ()),
            (StandardPage, "Tugas dan Fungsi", "tugas-dan-fungsi", ()),
            (StandardPage, "Struktur Organisasi", "struktur-organisasi", ()),
            (OfficialsPage, "Profil Pimpinan", "profil-pimpinan", ()),
        ),
    ),
    (NewsIndexPage, "Berita", "berita", ()),
    (AnnouncementIndexPage, "Pengumuman", "pengumuman", ()),
    (AgendaIndexPage, "Agenda", "agenda", ()),
    (ServiceIndexPage, "Layanan", "layanan", ()),
    (PpidPage, "PPID", "ppid", ()),
    (GalleryPage, "Galeri", "galeri", ()),
    (DownloadsPage, "Unduhan", "unduhan", ()),
    (ContactPage, "Kontak", "kontak", ()),
)

# Sections where Humas writers draft on every OPD site.
HUMAS_SECTIONS = (NewsIndexPage, AnnouncementIndexPage, AgendaIndexPage)


class ProvisioningError(Exception):
    """Input that cannot become a site; the message is for the person who gave it."""


@dataclass
class ProvisionReport:
    """What a provisioning run created (or, in a dry run, would create)."""

    opd: Opd | None = None
    site: Site | None = None
    actions: list[str] = field(default_factory=list)

    @property
    def changed(self):
        return bool(self.actions)


def ensure_child_page(parent, model, title, slug, report, **fields):
    """Return ``parent``'s child with ``slug``, creating and publishing it if missing."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        if existing.specific_class is not model:
            raise ProvisioningError(
                f"Halaman “{existing.url_path}” sudah ada dengan jenis {existing.specific_class.__name__}, "
                f"bukan {model.__name__}."
            )
        return existing.specific
    page = model(title=title, slug=slug, show_in_menus=True, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish(log_action=False)
    report.actions.append(f"halaman “{title}” ({page.url_path})")
    return page


def ensure_tree(parent, sections, report):
    """Create the missing pages of ``sections`` under ``parent``; return {model: page} of the top level."""
    pages = {}
    for model, title, slug, children in sections:
        page = ensure_child_page(parent, model, title, slug, report)
        pages[model] = page
        ensure_tree(page, children, report)
    return pages


def ensure_site(hostname, root_page, site_name, report):
    """Return the Site on ``hostname`` for ``root_page``, creating it if missing."""
    site = Site.objects.filter(hostname=hostname).first()
    if site is not None:
        if site.root_page_id != root_page.pk:
            raise ProvisioningError(f"Nama host “{hostname}” sudah dipakai situs lain ({site.site_name}).")
        return site
    site = Site.objects.create(
        hostname=hostname, port=settings.SITE_PORT, root_page=root_page, site_name=site_name, is_default_site=False
    )
    report.actions.append(f"situs {hostname}")
    return site


def ensure_site_settings(site, report, **defaults):
    _, created = SiteSettings.objects.get_or_create(site=site, defaults=defaults)
    if created:
        report.actions.append("identitas situs")


def _check_input(slug, name, hostname):
    try:
        validate_host_label(slug)
        validate_hostname(hostname)
    except ValidationError as error:
        raise ProvisioningError(" ".join(error.messages)) from error
    if not name.strip():
        raise ProvisioningError("Nama OPD wajib diisi.")
    opd = Opd.objects.filter(slug=slug).first()
    if opd is not None and opd.name != name:
        raise ProvisioningError(f"Slug “{slug}” sudah dipakai oleh {opd.name}.")
    if opd is None and Opd.objects.filter(name=name).exists():
        other = Opd.objects.get(name=name)
        raise ProvisioningError(f"{name} sudah terdaftar dengan slug “{other.slug}”.")
    return opd


def _ensure_opd(slug, name, acronym, kind, hostname, report):
    opd = _check_input(slug, name, hostname)
    if opd is None:
        custom = "" if hostname == f"{slug}.{settings.BASE_DOMAIN}" else hostname
        opd = Opd.objects.create(slug=slug, name=name, acronym=acronym, kind=kind, custom_hostname=custom)
        report.actions.append(f"OPD {name}")
    elif opd.hostname != hostname:
        raise ProvisioningError(f"{name} sudah memakai nama host “{opd.hostname}”.")
    return opd


def _ensure_home(opd, report):
    if opd.site_id:
        return opd.site.root_page.specific
    return ensure_child_page(Page.get_first_root_node(), OpdHomePage, opd.name, opd.slug, report)


def _ensure_collection(opd, report):
    if opd.collection_id:
        return opd.collection
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=opd.name).first() or root.add_child(name=opd.name)
    opd.collection = collection
    opd.save(update_fields=["collection"])
    report.actions.append(f"koleksi media “{opd.name}”")
    return collection


def _ensure_operator_group(opd, report):
    group = opd.operator_group
    if group is None:
        group, _ = Group.objects.get_or_create(name=roles.operator_group_name(opd))
        opd.operator_group = group
        opd.save(update_fields=["operator_group"])
        report.actions.append(f"grup “{group.name}”")
    if roles.grant_operator_permissions(opd):
        report.actions.append(f"izin grup “{group.name}” (tambah/ubah halaman, tanpa terbit)")
    return group


def grant_humas(pages, report):
    """Let Humas writers draft in the given sections."""
    humas = Group.objects.get(name=roles.HUMAS_WRITER)
    if any([roles.grant_page_permissions(humas, page, roles.DRAFT_PAGE_PERMISSIONS) for page in pages]):
        report.actions.append("izin Humas pada berita, pengumuman, dan agenda")


def provision_opd_site(slug, name, *, acronym="", hostname="", kind=Opd.Kind.DINAS, dry_run=False):
    """Create what is missing of an OPD's registry entry, page tree, Site, collection, groups, workflow and settings.

    Raises ProvisioningError on input that cannot become a site (invalid or reserved slug, a slug or
    host already used by another OPD). With ``dry_run`` nothing is stored.
    """
    slug = (slug or "").strip().lower()
    name = (name or "").strip()
    hostname = (hostname or f"{slug}.{settings.BASE_DOMAIN}").strip().lower()
    report = ProvisionReport()
    with transaction.atomic():
        roles.ensure_role_groups()
        opd = _ensure_opd(slug, name, acronym, kind, hostname, report)
        home = _ensure_home(opd, report)
        sections = ensure_tree(home, OPD_SECTIONS, report)
        site = ensure_site(opd.hostname, home, opd.name, report)
        if opd.site_id != site.pk:
            opd.site = site
            opd.save(update_fields=["site"])
        _ensure_collection(opd, report)
        _ensure_operator_group(opd, report)
        grant_humas([sections[model] for model in HUMAS_SECTIONS], report)
        report.actions += ensure_site_workflow(opd)
        ensure_site_settings(site, report, head_name=opd.head_of_agency, head_title=f"Kepala {opd.name}")
        report.opd, report.site = opd, site
        if dry_run:
            transaction.set_rollback(True)
    return report
