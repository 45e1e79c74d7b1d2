"""In Chromium, the public sites and the admin work under their Content-Security-Policy.

Every enforced violation the browser reports (``securitypolicyviolation`` with disposition "enforce")
fails the test: a blocked script or style is a broken screen. The admin's strict report-only policy is
allowed to report; that is what it is for (security/headers.py).
"""

import datetime
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from home.provisioning import provision_portal
from opd.models import NewsIndexPage, NewsPage, SiteSettings
from opd.provisioning import provision_opd_site
from tests.e2e.conftest import ADMIN_HOST, log_in
from tests.factories import SuperuserFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

RECORD_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.__violations.push({
        directive: event.effectiveDirective, blocked: event.blockedURI, disposition: event.disposition,
        page: location.pathname,
    });
});
"""


@pytest.fixture
def world(wagtail_root):
    provision_portal()
    site = provision_opd_site("dinkes", "Dinas Kesehatan", acronym="Dinkes").site
    SiteSettings.objects.filter(site=site).update(primary_colour="#1a5e20")
    index = NewsIndexPage.objects.get(url_path="/dinkes/berita/")
    news = NewsPage(title="Posyandu Keliling", summary="Setiap Sabtu.", body=[], date=datetime.date.today())
    index.add_child(instance=news)
    news.save_revision().publish()
    return {"port": urlsplit(wagtail_root.url).port, "news": news, "admin": SuperuserFactory(username="admin")}


def record_header_errors(page):
    """Console errors of the browser about our headers (e.g. a Permissions-Policy feature it does not know)."""
    errors = []
    page.on("console", lambda message: errors.append(message.text) if "Policy header" in message.text else None)
    return errors


def enforced_violations(page):
    return [item for item in page.evaluate("window.__violations") if item["disposition"] == "enforce"]


def visit(page, url):
    response = page.goto(url)
    page.wait_for_load_state("networkidle")
    assert response.status == 200, url
    return enforced_violations(page)


def test_public_pages_run_with_nothing_blocked(page, world):
    page.add_init_script(RECORD_VIOLATIONS)
    header_errors = record_header_errors(page)
    port = world["port"]
    page.set_viewport_size({"width": 390, "height": 844})  # the menu toggle script runs on phones
    urls = [
        f"http://localhost:{port}/",
        f"http://localhost:{port}/gubernur-menjawab/",
        f"http://dinkes.localhost:{port}/",
        f"http://dinkes.localhost:{port}/berita/posyandu-keliling/",
        f"http://dinkes.localhost:{port}/cari/?q=posyandu",
    ]
    for url in urls:
        assert visit(page, url) == [], url
    # The menu toggle (static/js/site.js) still works under script-src 'self'.
    toggle = page.locator(".nav-toggle")
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true"
    # The site's colours arrive through /tema.css, not an inline style.
    brand = page.evaluate("getComputedStyle(document.documentElement).getPropertyValue('--brand').trim()")
    assert brand == "#1a5e20"
    assert header_errors == []
    assert page.blocked_requests == []


def test_admin_screens_run_with_nothing_blocked(page, world):
    page.add_init_script(RECORD_VIOLATIONS)
    header_errors = record_header_errors(page)
    admin = f"http://{ADMIN_HOST}:{world['port']}"
    log_in(page, admin, world["admin"])
    news = world["news"]
    urls = [
        f"{admin}/admin/",
        f"{admin}/admin/pages/{news.get_parent().pk}/",
        f"{admin}/admin/pages/{news.pk}/edit/",  # date widget and StreamField: Wagtail's inline scripts
        f"{admin}/admin/images/",
        f"{admin}/admin/images/multiple/add/",
        f"{admin}/admin/documents/",
        f"{admin}/admin/reports/site-history/",
    ]
    for url in urls:
        assert visit(page, url) == [], url
    # The date picker (an inline script of Wagtail's) opens on the news item's date field.
    page.goto(f"{admin}/admin/pages/{news.pk}/edit/")
    page.locator("#id_date").click()
    expect(page.locator(".xdsoft_datetimepicker:visible")).to_have_count(1)
    # The live preview panel renders the page in an iframe from the admin's own host.
    page.locator("[data-side-panel-toggle=preview]").first.click()
    frame = page.frame_locator("#w-preview-iframe")
    expect(frame.get_by_role("heading", name="Posyandu Keliling").first).to_be_visible(timeout=15000)
    assert enforced_violations(page) == []
    assert header_errors == []
    assert page.blocked_requests == []
