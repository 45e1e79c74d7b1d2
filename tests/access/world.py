"""The world of the access tests: the portal and two OPD sites, one user per role, canary-marked objects.

Site A is Dinkes, site B is Disdik. Every object of a site carries that site's canary
(``KENARI-DINKES`` / ``KENARI-DISDIK``) in its title, body, file name or settings, so a response that
leaks it is caught by a plain substring test. Sites, trees, collections and groups come from the real
provisioning functions.
"""

import datetime
from dataclasses import dataclass

import factory
from django.contrib.auth.models import Group
from django.test import Client
from wagtail.models import Page
from wagtail.test.utils.form_data import querydict_from_html

from home.provisioning import provision_portal
from opd import roles
from opd.models import NewsPage, SiteSettings, StandardPage
from opd.provisioning import provision_opd_site
from tests.factories import DocumentFactory, ImageFactory, NewsCategoryFactory, SuperuserFactory, UserFactory, paragraph

ADMIN_HOST = "cms.localhost"
CANARY = {"A": "KENARI-DINKES", "B": "KENARI-DISDIK"}
ROLES = ("approver", "humas", "operator_a", "operator_b", "head_a", "inspektorat", "anonymous")


def leaks(response, site):
    """True when ``response`` carries the canary of ``site`` ("A" or "B"), in any letter case."""
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return CANARY[site].lower().encode() in content.lower()


@dataclass
class SiteObjects:
    """One OPD site and its canary-marked objects."""

    opd: object
    home: Page
    live: StandardPage  # live under Profil, with a newer draft revision on top
    draft: NewsPage  # never published, in Berita (where Humas writers may draft)
    image: object
    document: object
    settings: SiteSettings

    @property
    def site(self):
        return self.opd.site

    def page(self, kind):
        return getattr(self, kind)


def _page_with_revisions(parent, page, owner, publish_first):
    """Add ``page`` under ``parent`` with two revisions; the first one published if ``publish_first``."""
    page.owner = owner
    parent.add_child(instance=page)
    first = page.save_revision(user=owner)
    if publish_first:
        first.publish()
        page.refresh_from_db()
    page.title = f"{page.title} (revisi)"
    page.save_revision(user=owner)
    return page.specific_class.objects.get(pk=page.pk)


def _site_objects(opd, site_key, owner):
    canary = CANARY[site_key]
    home = opd.site.root_page.specific
    profile = home.get_children().get(slug="profil")
    news_index = home.get_children().get(slug="berita")
    live = _page_with_revisions(
        profile,
        StandardPage(
            title=f"Profil {canary}-HIDUP", slug="profil-kenari", body=paragraph(f"<p>Isi {canary}-HIDUP.</p>")
        ),
        owner,
        publish_first=True,
    )
    draft = _page_with_revisions(
        news_index,
        NewsPage(
            title=f"Berita {canary}-DRAF",
            slug="berita-kenari",
            live=False,
            date=datetime.date(2026, 1, 5),
            summary=f"Ringkasan {canary}-DRAF.",
            body=paragraph(f"<p>Isi {canary}-DRAF.</p>"),
        ),
        owner,
        publish_first=False,
    )
    image = ImageFactory(
        title=f"Foto {canary}",
        collection=opd.collection,
        file=factory.django.ImageField(width=120, height=80, color="blue", filename=f"{canary.lower()}.png"),
    )
    document = DocumentFactory(
        title=f"Dokumen {canary}",
        collection=opd.collection,
        file=factory.django.FileField(filename=f"{canary.lower()}.pdf", data=b"%PDF-1.4\n% " + canary.encode()),
    )
    settings = SiteSettings.for_site(opd.site)
    settings.tagline = f"Slogan {canary}"
    settings.address = f"Jl. {canary} No. 1"
    settings.save()
    return SiteObjects(opd, home, live, draft, image, document, settings)


class AccessWorld:
    """Mixin for TestCase: ``setUpTestData`` builds the world once for the class."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        provision_portal()
        opd_a = provision_opd_site("dinkes", "Dinas Kesehatan", acronym="Dinkes").opd
        opd_b = provision_opd_site("disdik", "Dinas Pendidikan", acronym="Disdik").opd
        cls.category = NewsCategoryFactory(name="Kesehatan", slug="kesehatan")
        cls.users = {
            "superuser": SuperuserFactory(),
            "approver": UserFactory(groups=[Group.objects.get(name=roles.DISKOMINFO_APPROVER)]),
            "humas": UserFactory(groups=[Group.objects.get(name=roles.HUMAS_WRITER)]),
            "operator_a": UserFactory(groups=[opd_a.operator_group]),
            "operator_b": UserFactory(groups=[opd_b.operator_group]),
            "head_a": UserFactory(groups=[roles.ensure_head_group(opd_a)]),
            "inspektorat": UserFactory(groups=[Group.objects.get(name=roles.INSPEKTORAT)]),
        }
        cls.sites = {
            "A": _site_objects(opd_a, "A", cls.users["operator_a"]),
            "B": _site_objects(opd_b, "B", cls.users["operator_b"]),
        }
        cls.shared_image = ImageFactory(title="Foto bersama", collection=roles.shared_collection())
        cls.shared_document = DocumentFactory(title="Dokumen bersama", collection=roles.shared_collection())

    # --- requests ------------------------------------------------------------

    def login(self, role):
        self.client.logout()
        if role != "anonymous":
            self.client.force_login(self.users[role])

    def get(self, url, **params):
        return self.client.get(url, params, HTTP_HOST=ADMIN_HOST)

    def post(self, url, data=None, **extra):
        return self.client.post(url, data or {}, HTTP_HOST=ADMIN_HOST, **extra)

    _form_cache = {}

    def edit_form_data(self, url, form_id="page-edit-form"):
        """The POST data of the form at ``url`` as a superuser sees it (a valid, unchanged submission)."""
        if url not in self._form_cache:
            client = Client()
            client.force_login(self.users["superuser"])
            response = client.get(url, HTTP_HOST=ADMIN_HOST)
            assert response.status_code == 200, (url, response.status_code)
            self._form_cache[url] = querydict_from_html(response.content.decode(), form_id=form_id)
        return self._form_cache[url].copy()
