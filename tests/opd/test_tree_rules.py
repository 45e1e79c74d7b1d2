"""Where every page type may live, and how many of it a parent may hold."""

from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from freshness.models import FreshnessBoardPage
from home.models import OpdDirectoryPage, PortalHomePage
from home.provisioning import provision_portal
from opd.models import (
    AgendaIndexPage,
    AnnouncementIndexPage,
    AnnouncementPage,
    ContactPage,
    DownloadsPage,
    EventPage,
    GalleryPage,
    NewsIndexPage,
    NewsPage,
    OfficialsPage,
    OpdHomePage,
    PpidPage,
    ProfilePage,
    ServiceIndexPage,
    ServicePage,
    StandardPage,
)
from opd.provisioning import provision_opd_site
from questions.pages import GubernurMenjawabPage
from tests.factories import OpdHomePageFactory, SuperuserFactory

# Every page type of the project: its allowed parents and its allowed children.
TREE = {
    PortalHomePage: (
        {Page},
        {
            NewsIndexPage,
            AnnouncementIndexPage,
            AgendaIndexPage,
            PpidPage,
            ContactPage,
            StandardPage,
            OpdDirectoryPage,
            FreshnessBoardPage,
            GubernurMenjawabPage,
        },
    ),
    OpdDirectoryPage: ({PortalHomePage}, set()),
    FreshnessBoardPage: ({PortalHomePage}, set()),
    GubernurMenjawabPage: ({PortalHomePage}, set()),
    OpdHomePage: (
        {Page},
        {
            ProfilePage,
            NewsIndexPage,
            AnnouncementIndexPage,
            AgendaIndexPage,
            ServiceIndexPage,
            PpidPage,
            GalleryPage,
            DownloadsPage,
            ContactPage,
            StandardPage,
        },
    ),
    ProfilePage: ({OpdHomePage}, {StandardPage, OfficialsPage}),
    StandardPage: ({ProfilePage, OpdHomePage, PortalHomePage}, set()),
    OfficialsPage: ({ProfilePage}, set()),
    NewsIndexPage: ({OpdHomePage, PortalHomePage}, {NewsPage}),
    NewsPage: ({NewsIndexPage}, set()),
    AnnouncementIndexPage: ({OpdHomePage, PortalHomePage}, {AnnouncementPage}),
    AnnouncementPage: ({AnnouncementIndexPage}, set()),
    AgendaIndexPage: ({OpdHomePage, PortalHomePage}, {EventPage}),
    EventPage: ({AgendaIndexPage}, set()),
    ServiceIndexPage: ({OpdHomePage}, {ServicePage}),
    ServicePage: ({ServiceIndexPage}, set()),
    PpidPage: ({OpdHomePage, PortalHomePage}, set()),
    GalleryPage: ({OpdHomePage}, set()),
    DownloadsPage: ({OpdHomePage}, set()),
    ContactPage: ({OpdHomePage, PortalHomePage}, set()),
}
PAGE_TYPES = list(TREE)

# Sections a parent holds at most once (max_count_per_parent = 1), and the parent they live under.
ONE_PER_OPD_HOME = (
    ProfilePage,
    NewsIndexPage,
    AnnouncementIndexPage,
    AgendaIndexPage,
    ServiceIndexPage,
    PpidPage,
    GalleryPage,
    DownloadsPage,
    ContactPage,
)
ONE_PER_PORTAL = (NewsIndexPage, AnnouncementIndexPage, AgendaIndexPage, PpidPage, ContactPage)


class PageTypeRulesTests(WagtailPageTestCase):
    """The declared parent/child rules of every page type, both directions."""

    def test_every_page_type_is_covered(self):
        from django.apps import apps

        project_pages = {
            model
            for app in ("opd", "home", "freshness", "questions")
            for model in apps.get_app_config(app).get_models()
            if issubclass(model, Page)
        }
        self.assertEqual(project_pages, set(PAGE_TYPES))

    def test_allowed_parent_page_types(self):
        for model, (parents, _children) in TREE.items():
            with self.subTest(model=model.__name__):
                self.assertAllowedParentPageTypes(model, parents)

    def test_allowed_subpage_types(self):
        for model, (_parents, children) in TREE.items():
            with self.subTest(model=model.__name__):
                self.assertAllowedSubpageTypes(model, children)

    def test_wagtail_root_holds_only_home_pages(self):
        self.assertAllowedSubpageTypes(Page, {Page, PortalHomePage, OpdHomePage})

    def test_can_and_cannot_create_at_every_pair(self):
        for parent in PAGE_TYPES:
            for child in PAGE_TYPES:
                with self.subTest(parent=parent.__name__, child=child.__name__):
                    if child in TREE[parent][1]:
                        self.assertCanCreateAt(parent, child)
                    else:
                        self.assertCanNotCreateAt(parent, child)

    def test_opd_only_sections_are_not_offered_on_the_portal(self):
        for model in (ProfilePage, ServiceIndexPage, GalleryPage, DownloadsPage):
            with self.subTest(model=model.__name__):
                self.assertCanNotCreateAt(PortalHomePage, model)
        self.assertCanNotCreateAt(OpdHomePage, OpdDirectoryPage)
        self.assertCanNotCreateAt(OpdHomePage, PortalHomePage)
        self.assertCanNotCreateAt(PortalHomePage, OpdHomePage)


class CountLimitTests(WagtailPageTestCase):
    """max_count and max_count_per_parent on provisioned trees, in the model and in the admin."""

    @classmethod
    def setUpTestData(cls):
        cls.portal = provision_portal().site.root_page.specific
        cls.home = provision_opd_site("dinkes", "Dinas Kesehatan").site.root_page.specific
        cls.fresh_home = OpdHomePageFactory(title="Dinas Baru", slug="dinas-baru")
        cls.superuser = SuperuserFactory()

    def setUp(self):
        self.client.force_login(self.superuser)

    def test_provisioned_opd_home_takes_no_second_section(self):
        for model in ONE_PER_OPD_HOME:
            with self.subTest(model=model.__name__):
                self.assertFalse(model.can_create_at(self.home))
        self.assertTrue(StandardPage.can_create_at(self.home), "free-form pages are not limited")

    def test_fresh_opd_home_takes_every_section_once(self):
        for model in ONE_PER_OPD_HOME:
            with self.subTest(model=model.__name__):
                self.assertTrue(model.can_create_at(self.fresh_home))

    def test_profile_takes_one_officials_page_and_any_number_of_standard_pages(self):
        profile = self.home.get_children().get(slug="profil").specific
        self.assertFalse(OfficialsPage.can_create_at(profile))
        self.assertTrue(StandardPage.can_create_at(profile))

    def test_listing_sections_take_any_number_of_items(self):
        for slug, item_model in (
            ("berita", NewsPage),
            ("pengumuman", AnnouncementPage),
            ("agenda", EventPage),
            ("layanan", ServicePage),
        ):
            with self.subTest(item=item_model.__name__):
                section = self.home.get_children().get(slug=slug).specific
                self.assertTrue(item_model.can_create_at(section))

    def test_portal_takes_no_second_section_and_there_is_one_portal(self):
        for model in ONE_PER_PORTAL:
            with self.subTest(model=model.__name__):
                self.assertFalse(model.can_create_at(self.portal))
        self.assertFalse(OpdDirectoryPage.can_create_at(self.portal), "max_count = 1")
        self.assertFalse(GubernurMenjawabPage.can_create_at(self.portal), "max_count = 1")
        self.assertFalse(PortalHomePage.can_create_at(Page.get_first_root_node()), "max_count = 1")
        self.assertTrue(OpdHomePage.can_create_at(Page.get_first_root_node()), "every OPD gets a home page")

    def test_admin_refuses_a_second_news_index(self):
        pages_before = Page.objects.count()
        url = reverse("wagtailadmin_pages:add", args=["opd", "newsindexpage", self.home.pk])
        # Wagtail's admin turns PermissionDenied into a redirect to the dashboard with an error message.
        self.assertRedirects(self.client.get(url), reverse("wagtailadmin_home"), fetch_redirect_response=False)
        response = self.client.post(url, {"title": "Berita Kedua", "slug": "berita-kedua", "action-publish": "1"})
        self.assertRedirects(response, reverse("wagtailadmin_home"), fetch_redirect_response=False)
        self.assertEqual(Page.objects.count(), pages_before)
        self.assertEqual(self.home.get_children().type(NewsIndexPage).count(), 1)

    def test_admin_creates_a_news_item_under_the_news_index(self):
        news_index = self.home.get_children().get(slug="berita").specific
        self.assertCanCreate(
            news_index,
            NewsPage,
            nested_form_data(
                {
                    "title": "Posyandu Serentak",
                    "slug": "posyandu-serentak",
                    "date": "2025-03-01",
                    "summary": "Posyandu serentak di seluruh kabupaten.",
                    "body": streamfield([("paragraph", rich_text("<p>Isi berita.</p>"))]),
                    "tags": "",
                    "lead_image_alt": "",
                    "responsible_person": "",
                    "listing_summary": "",
                }
            ),
        )
        created = NewsPage.objects.child_of(news_index).get(slug="posyandu-serentak")
        self.assertTrue(created.live)
        self.assertEqual(created.summary, "Posyandu serentak di seluruh kabupaten.")
