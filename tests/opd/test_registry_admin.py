"""The OPD registry in the admin (wagtail-modeladmin) and the command that loads the province's list."""

from io import StringIO

from django.core.management import call_command
from django.test import TestCase
from django.urls import reverse

from opd.models import Opd
from opd.provisioning import provision_opd_site
from opd.registry_data import JAMBI_OPDS
from opd.wagtail_hooks import OpdAdmin
from tests.factories import SuperuserFactory, UserFactory

ADMIN_HOST = "cms.localhost"


def form_data(**overrides):
    data = {
        "name": "Badan Riset dan Inovasi Daerah",
        "slug": "brida",
        "acronym": "BRIDA",
        "kind": Opd.Kind.BADAN,
        "status": Opd.Status.ACTIVE,
        "successor": "",
        "head_of_agency": "Dr. Nama Kepala",
        "verified": "",
        "custom_hostname": "",
    }
    return {**data, **overrides}


class OpdRegistryAdminTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        call_command("load_opd_registry", stdout=StringIO())
        cls.dinkes = provision_opd_site("dinkes", "Dinas Kesehatan", acronym="Dinkes").opd
        cls.superuser = SuperuserFactory()
        cls.operator = UserFactory(groups=[cls.dinkes.operator_group])
        url_helper = OpdAdmin().url_helper
        cls.index_url = url_helper.index_url
        cls.create_url = url_helper.create_url
        cls.edit_url = url_helper.get_action_url("edit", cls.dinkes.pk)

    def get(self, url, **params):
        return self.client.get(url, params, HTTP_HOST=ADMIN_HOST)

    def post(self, url, data):
        return self.client.post(url, data, HTTP_HOST=ADMIN_HOST)

    def test_urls_are_the_modeladmin_ones(self):
        self.assertEqual(self.index_url, reverse("opd_opd_modeladmin_index"))
        self.assertEqual(self.index_url, "/admin/opd/opd/")

    def test_superuser_sees_the_list_with_each_site(self):
        self.client.force_login(self.superuser)
        response = self.get(self.index_url)
        self.assertEqual(response.status_code, 200)
        listed = list(response.context["object_list"])
        self.assertEqual(len(listed), len(JAMBI_OPDS))
        self.assertEqual([opd.name for opd in listed], sorted(name for name, *_ in JAMBI_OPDS))
        self.assertContains(response, '<td class="field-site_link title">dinkes.localhost</td>', html=True)
        self.assertContains(response, '<td class="field-slug title">disdik</td>', html=True)
        self.assertContains(response, "Dinas Pendidikan")

    def test_superuser_searches_the_list(self):
        self.client.force_login(self.superuser)
        response = self.get(self.index_url, q="kesehatan")
        self.assertEqual(
            {opd.slug for opd in response.context["object_list"]},
            {"dinkes", "disnakkeswan"},
        )

    def test_superuser_creates_an_opd(self):
        Opd.objects.filter(slug="brida").delete()
        self.client.force_login(self.superuser)
        response = self.post(self.create_url, form_data(verified="on"))
        self.assertRedirects(response, self.index_url, fetch_redirect_response=False)
        opd = Opd.objects.get(slug="brida")
        self.assertEqual(
            (opd.name, opd.acronym, opd.kind, opd.status, opd.head_of_agency, opd.verified, opd.site),
            ("Badan Riset dan Inovasi Daerah", "BRIDA", "badan", "aktif", "Dr. Nama Kepala", True, None),
        )

    def test_merged_without_successor_is_refused(self):
        Opd.objects.filter(slug="brida").delete()
        count = Opd.objects.count()
        self.client.force_login(self.superuser)
        response = self.post(self.create_url, form_data(status=Opd.Status.MERGED))
        self.assertEqual(response.status_code, 200)
        self.assertFormError(
            response.context["form"], "successor", ["OPD yang digabung harus menyebut OPD penerusnya."]
        )
        self.assertContains(response, "OPD yang digabung harus menyebut OPD penerusnya.")
        self.assertEqual(Opd.objects.count(), count)

    def test_merged_with_successor_is_stored(self):
        Opd.objects.filter(slug="brida").delete()
        self.client.force_login(self.superuser)
        response = self.post(self.create_url, form_data(status=Opd.Status.MERGED, successor=self.dinkes.pk))
        self.assertRedirects(response, self.index_url, fetch_redirect_response=False)
        self.assertEqual(Opd.objects.get(slug="brida").successor, self.dinkes)

    def test_invalid_or_reserved_slug_is_refused(self):
        Opd.objects.filter(slug="brida").delete()
        count = Opd.objects.count()
        self.client.force_login(self.superuser)
        for slug, message in (("Brida!", "bukan nama subdomain yang sah"), ("www", "dicadangkan")):
            with self.subTest(slug=slug):
                response = self.post(self.create_url, form_data(slug=slug))
                self.assertEqual(response.status_code, 200)
                self.assertIn("slug", response.context["form"].errors)
                self.assertContains(response, message)
                self.assertEqual(Opd.objects.count(), count)

    def test_operator_is_refused_and_nothing_changes(self):
        Opd.objects.filter(slug="brida").delete()
        count = Opd.objects.count()
        self.client.force_login(self.operator)
        dashboard = reverse("wagtailadmin_home")
        for method, url, data in (
            ("get", self.index_url, None),
            ("get", self.create_url, None),
            ("post", self.create_url, form_data()),
            ("post", self.edit_url, form_data(name="Dinas Diretas", slug="dinkes")),
        ):
            with self.subTest(method=method, url=url):
                response = self.get(url) if method == "get" else self.post(url, data)
                # modeladmin raises PermissionDenied; Wagtail's admin answers with a redirect to the dashboard.
                self.assertIn(response.status_code, (302, 403))
                if response.status_code == 302:
                    self.assertEqual(response["Location"], dashboard)
        self.assertEqual(Opd.objects.count(), count)
        self.dinkes.refresh_from_db()
        self.assertEqual(self.dinkes.name, "Dinas Kesehatan")

    def test_anonymous_is_sent_to_login(self):
        response = self.get(self.index_url)
        self.assertEqual(response.status_code, 302)
        self.assertTrue(response["Location"].startswith(reverse("wagtailadmin_login")))


class LoadRegistryCommandTests(TestCase):
    def test_loads_the_province_once_and_keeps_edits(self):
        out = StringIO()
        call_command("load_opd_registry", stdout=out)
        self.assertIn(f"{len(JAMBI_OPDS)} OPD ditambahkan", out.getvalue())
        self.assertEqual(Opd.objects.count(), len(JAMBI_OPDS))
        self.assertEqual(
            set(Opd.objects.filter(verified=True).values_list("slug", flat=True)),
            {
                "diskominfo",
                "disdik",
                "bkd",
                "disbun",
                "esdm",
                "kesbangpol",
                "bappeda",
                "bapenda",
                "bpsdm",
                "dinkes",
                "disnaker",
                "disperindag",
            },
        )
        Opd.objects.filter(slug="dinkes").update(head_of_agency="Kepala Baru")
        out = StringIO()
        call_command("load_opd_registry", stdout=out)
        self.assertIn("0 OPD ditambahkan", out.getvalue())
        self.assertEqual(Opd.objects.get(slug="dinkes").head_of_agency, "Kepala Baru")
