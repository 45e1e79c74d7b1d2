"""Provisioning an OPD site: ``provision_opd_site`` and ``manage.py create_opd_site``."""

from io import StringIO

from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.test import TestCase
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    PageViewRestriction,
    Revision,
    Site,
)

from home.provisioning import provision_portal
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
from opd.provisioning import ProvisioningError, provision_opd_site
from tests.factories import UserFactory

# The standard tree of an OPD site below its home page: URL path (relative to the home) -> page type.
EXPECTED_TREE = {
    "profil/": ProfilePage,
    "profil/visi-dan-misi/": StandardPage,
    "profil/tugas-dan-fungsi/": StandardPage,
    "profil/struktur-organisasi/": StandardPage,
    "profil/profil-pimpinan/": OfficialsPage,
    "berita/": NewsIndexPage,
    "pengumuman/": AnnouncementIndexPage,
    "agenda/": AgendaIndexPage,
    "layanan/": ServiceIndexPage,
    "ppid/": PpidPage,
    "galeri/": GalleryPage,
    "unduhan/": DownloadsPage,
    "kontak/": ContactPage,
}
MODELS_COUNTED = (
    Opd,
    Page,
    Revision,
    Site,
    Collection,
    Group,
    GroupPagePermission,
    GroupCollectionPermission,
    SiteSettings,
    PageViewRestriction,
)


def row_counts():
    return {model.__name__: model.objects.count() for model in MODELS_COUNTED}


def page_permissions(group):
    return {
        (perm.page.url_path, perm.permission.codename)
        for perm in GroupPagePermission.objects.filter(group=group).select_related("page", "permission")
    }


def collection_permissions(group):
    return {
        (perm.collection.name, perm.permission.codename)
        for perm in GroupCollectionPermission.objects.filter(group=group).select_related("collection", "permission")
    }


def run_command(*args):
    out = StringIO()
    call_command("create_opd_site", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


class ProvisionOpdSiteTests(TestCase):
    """Two OPD sites and the portal, provisioned once; every test reads what they left behind."""

    @classmethod
    def setUpTestData(cls):
        provision_portal()
        cls.report = provision_opd_site("dinkes", "Dinas Kesehatan", acronym="Dinkes")
        cls.other = provision_opd_site("disdik", "Dinas Pendidikan", acronym="Disdik")
        cls.opd = Opd.objects.get(slug="dinkes")
        cls.home = cls.opd.site.root_page

    def test_report_lists_what_was_created(self):
        self.assertTrue(self.report.changed)
        self.assertEqual(self.report.opd, self.opd)
        self.assertIn("OPD Dinas Kesehatan", self.report.actions)
        self.assertIn("situs dinkes.localhost", self.report.actions)
        self.assertIn("halaman “Visi dan Misi” (/dinkes/profil/visi-dan-misi/)", self.report.actions)

    def test_complete_tree_with_indonesian_slugs(self):
        self.assertIsInstance(self.home.specific, OpdHomePage)
        self.assertEqual(self.home.title, "Dinas Kesehatan")
        self.assertEqual(self.home.get_parent().depth, 1, "the home page sits directly under Wagtail's root")
        tree = {
            page.url_path.removeprefix(self.home.url_path): page.specific_class for page in self.home.get_descendants()
        }
        self.assertEqual(tree, EXPECTED_TREE)

    def test_every_page_is_published_with_a_revision(self):
        for page in self.home.get_descendants(inclusive=True):
            with self.subTest(page=page.url_path):
                self.assertTrue(page.live)
                self.assertFalse(page.has_unpublished_changes)
                self.assertIsNotNone(page.live_revision_id)
                self.assertIsNotNone(page.last_published_at)

    def test_site_answers_on_the_slug_subdomain(self):
        site = self.opd.site
        self.assertEqual((site.hostname, site.port), ("dinkes.localhost", 80))
        self.assertEqual(site.root_page_id, self.home.pk)
        self.assertEqual(site.site_name, "Dinas Kesehatan")
        self.assertFalse(site.is_default_site)
        self.assertFalse(Site.objects.filter(is_default_site=True).exists(), "no catch-all site, ever")

    def test_collection_of_its_own(self):
        collection = self.opd.collection
        self.assertEqual(collection.name, "Dinas Kesehatan")
        self.assertEqual(collection.get_parent(), Collection.get_first_root_node())

    def test_operator_group_drafts_on_its_home_only_and_never_publishes(self):
        group = self.opd.operator_group
        self.assertEqual(group.name, "Operator Dinkes")
        self.assertEqual(page_permissions(group), {("/dinkes/", "add_page"), ("/dinkes/", "change_page")})
        self.assertFalse(GroupPagePermission.objects.filter(permission__codename="publish_page", group=group).exists())
        self.assertTrue(group.permissions.filter(codename="access_admin").exists())

    def test_operator_group_media_permissions(self):
        self.assertEqual(
            collection_permissions(self.opd.operator_group),
            {("Dinas Kesehatan", codename) for _app, codename in roles.MEDIA_EDIT}
            | {(roles.SHARED_COLLECTION, "choose_image"), (roles.SHARED_COLLECTION, "choose_document")},
        )

    def test_operator_may_draft_on_its_site_but_not_publish_nor_touch_another(self):
        operator = UserFactory(groups=[self.opd.operator_group])
        news_index = self.home.get_children().get(slug="berita")
        own = news_index.permissions_for_user(operator)
        self.assertTrue(own.can_add_subpage())
        self.assertTrue(own.can_edit())
        self.assertFalse(own.can_publish())
        self.assertFalse(own.can_publish_subpage())
        other_home = self.other.site.root_page
        for page in (other_home, other_home.get_children().get(slug="berita")):
            with self.subTest(page=page.url_path):
                theirs = page.permissions_for_user(operator)
                self.assertFalse(theirs.can_edit())
                self.assertFalse(theirs.can_add_subpage())

    def test_humas_drafts_in_news_announcements_and_agenda_of_every_site(self):
        humas = Group.objects.get(name=roles.HUMAS_WRITER)
        expected = {("/portal/", "add_page"), ("/portal/", "change_page")}
        for slug in ("dinkes", "disdik"):
            for section in ("berita", "pengumuman", "agenda"):
                expected |= {(f"/{slug}/{section}/", "add_page"), (f"/{slug}/{section}/", "change_page")}
        self.assertEqual(page_permissions(humas), expected)

    def test_site_settings_row(self):
        settings_row = SiteSettings.objects.get(site=self.opd.site)
        self.assertEqual(settings_row.head_title, "Kepala Dinas Kesehatan")
        self.assertEqual(settings_row.primary_colour, "#0b5394")

    def test_opd_row_links_everything(self):
        self.assertEqual(
            (self.opd.name, self.opd.acronym, self.opd.kind, self.opd.status, self.opd.custom_hostname),
            ("Dinas Kesehatan", "Dinkes", Opd.Kind.DINAS, Opd.Status.ACTIVE, ""),
        )
        self.assertEqual(self.opd.hostname, "dinkes.localhost")
        self.assertEqual(Opd.objects.with_site().count(), 2)

    def test_second_run_changes_nothing(self):
        before = row_counts()
        report = provision_opd_site("dinkes", "Dinas Kesehatan", acronym="Dinkes")
        self.assertEqual(report.actions, [])
        self.assertFalse(report.changed)
        self.assertEqual(report.site, self.opd.site)
        self.assertEqual(row_counts(), before)

    def test_second_run_restores_a_deleted_section(self):
        self.home.get_children().get(slug="kontak").delete()
        report = provision_opd_site("dinkes", "Dinas Kesehatan")
        self.assertEqual(report.actions, ["halaman “Kontak” (/dinkes/kontak/)"])
        self.assertTrue(ContactPage.objects.child_of(self.home).live().exists())

    def test_a_page_of_the_wrong_type_on_a_section_slug_is_refused(self):
        self.home.get_children().get(slug="kontak").delete()
        self.home.add_child(instance=StandardPage(title="Kontak", slug="kontak"))
        before = row_counts()
        with self.assertRaisesMessage(ProvisioningError, "bukan ContactPage"):
            provision_opd_site("dinkes", "Dinas Kesehatan")
        self.assertEqual(row_counts(), before)


class CreateOpdSiteCommandTests(TestCase):
    """The management command: output, options, dry run and refusals."""

    @classmethod
    def setUpTestData(cls):
        provision_portal()
        run_command("--slug", "dinkes", "--name", "Dinas Kesehatan", "--acronym", "Dinkes")

    def test_new_site_is_announced(self):
        output = run_command("--slug", "dlh", "--name", "Dinas Lingkungan Hidup", "--acronym", "DLH")
        self.assertIn("Dibuat: OPD Dinas Lingkungan Hidup", output)
        self.assertIn("Situs Dinas Lingkungan Hidup siap di http://dlh.localhost/", output)
        opd = Opd.objects.get(slug="dlh")
        self.assertEqual(opd.acronym, "DLH")
        self.assertEqual(opd.operator_group.name, "Operator DLH")
        self.assertEqual(opd.site.hostname, "dlh.localhost")

    def test_second_run_says_complete_and_changes_nothing(self):
        before = row_counts()
        output = run_command("--slug", "dinkes", "--name", "Dinas Kesehatan", "--acronym", "Dinkes")
        self.assertIn("Dinas Kesehatan sudah lengkap; tidak ada yang diubah.", output)
        self.assertNotIn("Dibuat:", output)
        self.assertEqual(row_counts(), before)

    def test_dry_run_lists_actions_and_stores_nothing(self):
        before = row_counts()
        output = run_command("--slug", "dlh", "--name", "Dinas Lingkungan Hidup", "--dry-run")
        self.assertIn("Akan dibuat: OPD Dinas Lingkungan Hidup", output)
        self.assertIn("Akan dibuat: situs dlh.localhost", output)
        self.assertIn("Akan dibuat: halaman “Berita” (/dlh/berita/)", output)
        self.assertIn("Akan dibuat: grup “Operator DLH”", output)
        self.assertIn("tidak ada yang disimpan", output)
        self.assertEqual(row_counts(), before)
        self.assertFalse(Opd.objects.filter(slug="dlh").exists())

    def test_hostname_option(self):
        run_command("--slug", "dlh", "--name", "Dinas Lingkungan Hidup", "--hostname", "lingkungan.localhost")
        opd = Opd.objects.get(slug="dlh")
        self.assertEqual(opd.custom_hostname, "lingkungan.localhost")
        self.assertEqual(opd.hostname, "lingkungan.localhost")
        self.assertEqual(opd.site.hostname, "lingkungan.localhost")
        self.assertFalse(Site.objects.filter(hostname="dlh.localhost").exists())

    def test_kind_option(self):
        run_command("--slug", "bappeda", "--name", "Badan Perencanaan Pembangunan Daerah", "--kind", "badan")
        self.assertEqual(Opd.objects.get(slug="bappeda").kind, Opd.Kind.BADAN)

    def test_bad_input_is_refused_and_nothing_is_stored(self):
        cases = {
            "duplicate slug, other name": (["--slug", "dinkes", "--name", "Dinas Lain"], "sudah dipakai oleh"),
            "same name, other slug": (["--slug", "kesehatan", "--name", "Dinas Kesehatan"], "sudah terdaftar"),
            "punctuation": (["--slug", "Dinkes!", "--name", "Dinas Baru"], "bukan nama subdomain yang sah"),
            "leading hyphen": (["--slug=-abc", "--name", "Dinas Baru"], "bukan nama subdomain yang sah"),
            "underscore": (["--slug", "a_b", "--name", "Dinas Baru"], "bukan nama subdomain yang sah"),
            "64 characters": (["--slug", "a" * 64, "--name", "Dinas Baru"], "bukan nama subdomain yang sah"),
            "reserved www": (["--slug", "www", "--name", "Dinas Baru"], "dicadangkan"),
            "reserved cms": (["--slug", "cms", "--name", "Dinas Baru"], "dicadangkan"),
            "empty name": (["--slug", "baru", "--name", "  "], "wajib diisi"),
            "host of another OPD": (
                ["--slug", "baru", "--name", "Dinas Baru", "--hostname", "dinkes.localhost"],
                "sudah dipakai situs lain",
            ),
            "host of the portal": (
                ["--slug", "baru", "--name", "Dinas Baru", "--hostname", "localhost"],
                "sudah dipakai situs lain",
            ),
            "invalid hostname": (["--slug", "baru", "--name", "Dinas Baru", "--hostname", "a..b"], "nama host"),
            "existing OPD, other host": (
                ["--slug", "dinkes", "--name", "Dinas Kesehatan", "--hostname", "kesehatan.localhost"],
                "sudah memakai nama host",
            ),
        }
        before = row_counts()
        for label, (args, message) in cases.items():
            with self.subTest(label):
                with self.assertRaisesMessage(CommandError, message):
                    run_command(*args)
                self.assertEqual(row_counts(), before)

    def test_a_63_character_slug_is_accepted(self):
        run_command("--slug", "a" * 63, "--name", "Dinas Nama Panjang")
        self.assertEqual(Site.objects.filter(hostname=f"{'a' * 63}.localhost").count(), 1)
