from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand
from wagtail.models import Site

from home.models import PortalHomePage


class Command(BaseCommand):
    help = (
        "Point every Site at the current BASE_DOMAIN and SITE_PORT: the portal at BASE_DOMAIN, each OPD at its "
        "hostname. Run after changing either (make run does, for its port). Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Show what would change; store nothing")

    def handle(self, *args, **options):
        changed = 0
        portal_type = ContentType.objects.get_for_model(PortalHomePage)
        for site in Site.objects.select_related("opd", "root_page"):
            opd = getattr(site, "opd", None)
            if opd is not None:
                hostname = opd.hostname
            elif site.root_page.content_type_id == portal_type.pk:
                hostname = settings.BASE_DOMAIN
            else:
                continue
            if (site.hostname, site.port) == (hostname, settings.SITE_PORT):
                continue
            self.stdout.write(f"  {site.hostname}:{site.port} → {hostname}:{settings.SITE_PORT}")
            changed += 1
            if not options["dry_run"]:
                site.hostname, site.port = hostname, settings.SITE_PORT
                site.save()
        self.stdout.write(self.style.SUCCESS(f"{changed} situs disesuaikan."))
