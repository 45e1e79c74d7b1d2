"""Provisioning of the provincial portal: its home page, sections and Site at BASE_DOMAIN."""

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import Page

from freshness.models import FreshnessBoardPage
from home.models import OpdDirectoryPage, PortalHomePage
from moderation.workflows import ensure_site_workflow
from opd import roles
from opd.models import AgendaIndexPage, AnnouncementIndexPage, ContactPage, NewsIndexPage, PpidPage
from opd.provisioning import ProvisionReport, ensure_child_page, ensure_site, ensure_site_settings, ensure_tree
from questions.pages import GubernurMenjawabPage

PORTAL_NAME = "Pemerintah Provinsi Jambi"
PORTAL_SLUG = "portal"
PORTAL_SECTIONS = (
    (NewsIndexPage, "Berita", "berita", ()),
    (AnnouncementIndexPage, "Pengumuman", "pengumuman", ()),
    (AgendaIndexPage, "Agenda", "agenda", ()),
    (OpdDirectoryPage, "Direktori OPD", "direktori-opd", ()),
    (FreshnessBoardPage, "Kebaruan Situs OPD", "kebaruan", ()),
    (GubernurMenjawabPage, "Gubernur Menjawab", "gubernur-menjawab", ()),
    (PpidPage, "PPID", "ppid", ()),
    (ContactPage, "Kontak", "kontak", ()),
)


def provision_portal(*, dry_run=False):
    """Create what is missing of the portal at BASE_DOMAIN, on the shared moderation workflow.

    Humas writers may draft anywhere in it.
    """
    report = ProvisionReport()
    with transaction.atomic():
        roles.ensure_role_groups()
        home = ensure_child_page(Page.get_first_root_node(), PortalHomePage, PORTAL_NAME, PORTAL_SLUG, report)
        ensure_tree(home, PORTAL_SECTIONS, report)
        site = ensure_site(settings.BASE_DOMAIN, home, PORTAL_NAME, report)
        if roles.grant_page_permissions(Group.objects.get(name=roles.HUMAS_WRITER), home, roles.DRAFT_PAGE_PERMISSIONS):
            report.actions.append("izin Humas pada portal")
        report.actions += ensure_site_workflow(home)
        ensure_site_settings(site, report, head_name="", head_title="Gubernur Jambi", primary_colour="#1c4587")
        report.site = site
        if dry_run:
            transaction.set_rollback(True)
    return report
