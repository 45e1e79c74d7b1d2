"""Provisioning the provincial portal: ``provision_portal`` and ``manage.py create_portal``."""

from io import StringIO

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import TestCase
from wagtail.models import GroupPagePermission, Page, Site

from freshness.models import FreshnessBoardPage
from home.models import OpdDirectoryPage, PortalHomePage
from home.provisioning import provision_portal
from opd import roles
from opd.models import AgendaIndexPage, AnnouncementIndexPage, ContactPage, NewsIndexPage, PpidPage, SiteSettings
from questions.pages import GubernurMenjawabPage


def run_command(*args):
    out = StringIO()
    call_command("create_portal", *args, stdout=out)
    return out.getvalue()


class ProvisionPortalTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.output = run_command()
        cls.site = Site.objects.get(hostname="localhost")

    def test_site_at_the_base_domain(self):
        self.assertEqual((self.site.port, self.site.site_name), (80, "Pemerintah Provinsi Jambi"))
        self.assertIsInstance(self.site.root_page.specific, PortalHomePage)
        self.assertFalse(self.site.is_default_site)
        self.assertIn("Portal siap di http://localhost/", self.output)

    def test_sections(self):
        home = self.site.root_page
        self.assertEqual(
            {page.slug: page.specific_class for page in home.get_children()},
            {
                "berita": NewsIndexPage,
                "pengumuman": AnnouncementIndexPage,
                "agenda": AgendaIndexPage,
                "direktori-opd": OpdDirectoryPage,
                "kebaruan": FreshnessBoardPage,
                "gubernur-menjawab": GubernurMenjawabPage,
                "ppid": PpidPage,
                "kontak": ContactPage,
            },
        )
        self.assertTrue(all(page.live for page in home.get_descendants(inclusive=True)))

    def test_humas_drafts_anywhere_on_the_portal_without_publishing(self):
        humas = Group.objects.get(name=roles.HUMAS_WRITER)
        self.assertEqual(
            set(GroupPagePermission.objects.filter(group=humas).values_list("page__url_path", "permission__codename")),
            {("/portal/", "add_page"), ("/portal/", "change_page")},
        )

    def test_settings_row(self):
        settings_row = SiteSettings.objects.get(site=self.site)
        self.assertEqual((settings_row.head_title, settings_row.primary_colour), ("Gubernur Jambi", "#1c4587"))

    def test_second_run_changes_nothing(self):
        pages = Page.objects.count()
        output = run_command()
        self.assertIn("Portal sudah lengkap; tidak ada yang diubah.", output)
        self.assertEqual(Page.objects.count(), pages)
        self.assertEqual(provision_portal().actions, [])


class PortalDryRunTests(TestCase):
    def test_dry_run_stores_nothing(self):
        output = run_command("--dry-run")
        self.assertIn("Akan dibuat: situs localhost", output)
        self.assertIn("Akan dibuat: halaman “Direktori OPD” (/portal/direktori-opd/)", output)
        self.assertIn("tidak ada yang disimpan", output)
        self.assertFalse(Site.objects.exists())
        self.assertFalse(PortalHomePage.objects.exists())
