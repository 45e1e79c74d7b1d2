"""Browser tests: Debian's Chromium driven by Playwright against Django's live server.

Only loopback traffic: every request to another host is aborted (and recorded, so a test can fail on it).
"""

import ipaddress
import os
import shutil
from contextlib import contextmanager
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from wagtail.models import Collection, Locale, Page

from tests.factories import PASSWORD

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ADMIN_HOST = "cms.localhost"  # the admin's host in the test settings
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def is_loopback(url):
    host = urlsplit(url).hostname or ""
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return url.startswith(("data:", "blob:", "about:"))


@pytest.fixture(scope="session")
def browser():
    if not shutil.which(CHROMIUM):
        pytest.skip(f"needs Chromium at {CHROMIUM} (apt-get install chromium; CI installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@contextmanager
def guarded_page(browser):
    """A page in a browser context of its own (own cookies) whose only reachable hosts are on loopback.

    Every other request is aborted and recorded in ``page.blocked_requests``, so a test can fail on it.
    """
    context = browser.new_context(locale="id-ID")
    blocked = []

    def guard(route):
        if is_loopback(route.request.url):
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    page = context.new_page()
    page.blocked_requests = blocked
    try:
        yield page
    finally:
        context.close()


@pytest.fixture
def page(browser):
    """A fresh guarded browser page (``guarded_page``)."""
    with guarded_page(browser) as guarded:
        yield guarded


@pytest.fixture
def wagtail_root(live_server):
    """Wagtail's locale, root page and root collection, which a transactional test before may have flushed."""
    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    if not Page.objects.filter(depth=1).exists():
        Page.add_root(instance=Page(title="Semua situs", slug="root"))
    if not Collection.objects.filter(depth=1).exists():
        Collection.add_root(name="Koleksi utama")
    return live_server


def log_in(page, admin, user):
    """Sign ``user`` in to the Wagtail admin at ``admin`` (scheme, host and port) through its login form."""
    from playwright.sync_api import expect

    page.goto(f"{admin}/admin/login/")
    page.locator("#id_username").fill(user.username)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("form button[type=submit]").click()
    expect(page).to_have_url(f"{admin}/admin/")
