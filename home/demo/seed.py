"""Seeding the development demo: the registry, the portal, twelve OPD sites with content, demo logins,
two submissions waiting in moderation, and Gubernur Menjawab questions in every state.

Everything goes through the project's own functions (``load_registry``, ``provision_portal``,
``provision_opd_site``), then fills the provisioned pages the Wagtail way. It runs in one
transaction, so a failure leaves no half-seeded database, and only with ``DEBUG`` on, because the
demo logins share one published password.
"""

import time
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from wagtail.models import Site

from home.provisioning import provision_portal
from opd.models import NewsCategory, Opd
from opd.provisioning import provision_opd_site
from opd.registry import load_registry

from .agencies import AGENCIES
from .common import NEWS_CATEGORIES
from .moderation import submit_waiting_news
from .opd_site import fill_opd_site
from .portal import fill_portal
from .questions import ask_demo_questions
from .users import DEMO_PASSWORD, DEMO_USERNAMES, ensure_demo_users, role_labels

REFUSAL = (
    "Data demo hanya boleh dibuat di lingkungan pengembangan (DEBUG aktif). Akun demo memakai kata sandi yang "
    "diumumkan, sehingga tidak boleh ada di server produksi."
)


class DemoRefused(Exception):
    """The demo may not be seeded here (DEBUG is off)."""


@dataclass
class SeedResult:
    """What a call to ``seed_demo`` did."""

    already_seeded: bool
    seconds: float = 0.0
    kept_users: list[str] = field(default_factory=list)


def ensure_allowed():
    """Raise DemoRefused unless this is a development environment."""
    if not settings.DEBUG:
        raise DemoRefused(REFUSAL)


def is_seeded():
    """The demo is seeded when the portal's Site and every demo login exist."""
    users = get_user_model().objects.filter(username__in=DEMO_USERNAMES).count()
    return users == len(DEMO_USERNAMES) and Site.objects.filter(hostname=settings.BASE_DOMAIN).exists()


def ensure_categories():
    """The shared news categories, by slug (an existing category with the same name is reused)."""
    categories = {}
    for slug, name in NEWS_CATEGORIES:
        category = NewsCategory.objects.filter(slug=slug).first() or NewsCategory.objects.filter(name=name).first()
        categories[slug] = category or NewsCategory.objects.create(slug=slug, name=name)
    return categories


def seed_demo(progress=None):
    """Seed the demo once; on a seeded database return at once without changing anything.

    ``progress`` is called with one line of text per seeded site. Raises DemoRefused when DEBUG is off.
    """
    ensure_allowed()
    if is_seeded():
        return SeedResult(already_seeded=True)
    report = progress or (lambda line: None)
    started = time.monotonic()
    with transaction.atomic():
        load_registry()
        categories = ensure_categories()
        portal_home = provision_portal().site.root_page.specific
        for number, (slug, agency) in enumerate(AGENCIES.items()):
            opd = Opd.objects.get(slug=slug)
            opd = provision_opd_site(opd.slug, opd.name, acronym=opd.acronym, kind=opd.kind).opd
            fill_opd_site(opd, agency, categories=categories, portal_home=portal_home, variant=number)
            report(f"  [{number + 1:2}/{len(AGENCIES)}] {opd.name}: {site_url(opd.hostname)}")
        fill_portal(portal_home, categories)
        report(f"  Portal: {site_url(settings.BASE_DOMAIN)}")
        kept = ensure_demo_users()
        submit_waiting_news()
        asked = ask_demo_questions()
        report(f"  Gubernur Menjawab: {asked} pertanyaan demo")
    return SeedResult(already_seeded=False, seconds=time.monotonic() - started, kept_users=kept)


def site_url(hostname, path="/"):
    """The address of ``hostname`` on this environment's port."""
    port = settings.SITE_PORT
    scheme = "https" if port == 443 else "http"
    suffix = "" if port in (80, 443) else f":{port}"
    return f"{scheme}://{hostname}{suffix}{path}"


def summary_lines():
    """What to try next: the portal, Gubernur Menjawab, each OPD site, the admin and the demo logins (Indonesian)."""
    admin_host = settings.ADMIN_HOST if settings.ADMIN_HOST_ONLY else settings.BASE_DOMAIN
    opds = {opd.slug: opd for opd in Opd.objects.filter(slug__in=AGENCIES, site__isnull=False)}
    width = max((len(opd.name) for opd in opds.values()), default=0)
    lines = [
        "Demo Jambi CMS siap. Silakan coba:",
        f"  Portal provinsi   : {site_url(settings.BASE_DOMAIN)}",
        f"  Kebaruan situs    : {site_url(settings.BASE_DOMAIN, '/kebaruan/')}",
        f"  Gubernur Menjawab : {site_url(settings.BASE_DOMAIN, '/gubernur-menjawab/')}",
        f"  Tanya jawab publik: {site_url(settings.BASE_DOMAIN, '/gubernur-menjawab/tanya-jawab/')}",
        f"  Admin Wagtail     : {site_url(admin_host, '/admin/')}",
        "  Situs OPD:",
    ]
    lines += [f"    {opds[slug].name:<{width}}  {site_url(opds[slug].hostname)}" for slug in AGENCIES if slug in opds]
    lines.append(f"  Akun demo (kata sandi semua akun: {DEMO_PASSWORD}):")
    lines += [f"    {username:<16} {role}" for username, role in role_labels()]
    lines.append("  Akun demo hanya untuk pengembangan; jangan pernah dibuat di server produksi.")
    return lines
