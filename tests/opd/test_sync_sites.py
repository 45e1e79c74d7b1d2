"""``manage.py sync_sites``: every Site follows BASE_DOMAIN, SITE_PORT and its OPD's hostname."""

from io import StringIO

from django.core.management import call_command
from django.test import TestCase, override_settings
from wagtail.models import Site

from home.provisioning import provision_portal
from opd.models import Opd
from opd.provisioning import provision_opd_site


def run_command(*args):
    out = StringIO()
    call_command("sync_sites", *args, stdout=out)
    return out.getvalue()


class SyncSitesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        provision_portal()
        provision_opd_site("dinkes", "Dinas Kesehatan")

    def hosts(self):
        return set(Site.objects.values_list("hostname", "port"))

    def test_nothing_to_do(self):
        self.assertIn("0 situs disesuaikan.", run_command())
        self.assertEqual(self.hosts(), {("localhost", 80), ("dinkes.localhost", 80)})

    @override_settings(BASE_DOMAIN="jambiprov.go.id", SITE_PORT=443)
    def test_follows_a_new_domain_and_port(self):
        output = run_command()
        self.assertIn("localhost:80 → jambiprov.go.id:443", output)
        self.assertIn("dinkes.localhost:80 → dinkes.jambiprov.go.id:443", output)
        self.assertIn("2 situs disesuaikan.", output)
        self.assertEqual(self.hosts(), {("jambiprov.go.id", 443), ("dinkes.jambiprov.go.id", 443)})

    def test_follows_a_custom_hostname(self):
        Opd.objects.filter(slug="dinkes").update(custom_hostname="kesehatan.localhost")
        run_command()
        self.assertEqual(Opd.objects.get(slug="dinkes").site.hostname, "kesehatan.localhost")

    @override_settings(SITE_PORT=8000)
    def test_dry_run_changes_nothing(self):
        output = run_command("--dry-run")
        self.assertIn("dinkes.localhost:80 → dinkes.localhost:8000", output)
        self.assertEqual(self.hosts(), {("localhost", 80), ("dinkes.localhost", 80)})
