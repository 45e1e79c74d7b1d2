"""Content-Security-Policy and Permissions-Policy on public pages and the admin.

Every public page type is fetched and its HTML checked to hold nothing the strict public policy would
block: no inline script, no inline style element or attribute, no event-handler attribute.
"""

import json
import logging
from html.parser import HTMLParser

import pytest
from django.test import Client, TestCase

from opd.models import SiteSettings
from security.headers import PERMISSIONS_POLICY
from tests.factories import SuperuserFactory, build_world
from tests.test_query_counts import targets

JSON_SCRIPT_TYPES = {"application/json", "application/ld+json"}


class InlineCodeFinder(HTMLParser):
    """Collects what a policy without 'unsafe-inline' would refuse to run or apply."""

    def __init__(self):
        super().__init__()
        self.found = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script" and "src" not in attrs and attrs.get("type") not in JSON_SCRIPT_TYPES:
            self.found.append("inline <script>")
        if tag == "style":
            self.found.append("<style> element")
        if "style" in attrs:
            self.found.append(f"style attribute on <{tag}>")
        self.found += [f"{name} handler on <{tag}>" for name in attrs if name.startswith("on")]
        if any((value or "").strip().lower().startswith("javascript:") for value in attrs.values()):
            self.found.append(f"javascript: URL on <{tag}>")


def inline_code(html):
    finder = InlineCodeFinder()
    finder.feed(html)
    return finder.found


def directives(header):
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


class PublicPolicyTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_world(items=2)  # the second event is still to come

    def test_every_public_page_type_is_served_under_the_strict_policy_and_needs_nothing_inline(self):
        for name, (host, path) in targets(self.world).items():
            with self.subTest(page=name):
                response = self.client.get(path, HTTP_HOST=host)
                self.assertEqual(response.status_code, 200)
                policy = directives(response["Content-Security-Policy"])
                self.assertEqual(policy["script-src"], ["'self'"])
                self.assertEqual(policy["style-src"], ["'self'"])
                self.assertEqual(policy["object-src"], ["'none'"])
                self.assertEqual(policy["frame-ancestors"], ["'none'"])
                self.assertEqual(response["Permissions-Policy"], PERMISSIONS_POLICY)
                if response["Content-Type"].startswith("text/html"):
                    self.assertEqual(inline_code(response.content.decode()), [])

    def test_error_pages_carry_the_policy_and_need_nothing_inline(self):
        not_found = self.client.get("/tidak-ada/", HTTP_HOST="dinkes.localhost")
        no_site = self.client.get("/", HTTP_HOST="tidakada.localhost")
        for response in (not_found, no_site):
            self.assertEqual(response.status_code, 404)
            self.assertIn("script-src 'self'", response["Content-Security-Policy"])
            self.assertIn("geolocation=()", response["Permissions-Policy"])
            self.assertEqual(inline_code(response.content.decode()), [])

    def test_a_sites_colours_come_from_its_theme_stylesheet(self):
        settings_row = SiteSettings.for_site(self.world.opds["dinkes"].site)
        settings_row.primary_colour, settings_row.accent_colour = "#123456", "#abcdef"
        settings_row.save()
        page = self.client.get("/", HTTP_HOST="dinkes.localhost")
        self.assertContains(page, '<link rel="stylesheet" href="/tema.css?v=123456abcdef">', html=True)

        css = self.client.get("/tema.css?v=123456abcdef", HTTP_HOST="dinkes.localhost")
        self.assertEqual(css["Content-Type"], "text/css; charset=utf-8")
        self.assertEqual(css.content.decode(), ":root { --brand: #123456; --accent: #abcdef; }\n")
        self.assertIn("public", css["Cache-Control"])
        other = self.client.get("/tema.css", HTTP_HOST="disdik.localhost")
        self.assertNotIn("#123456", other.content.decode())


class AdminPolicyTests(TestCase):
    def test_the_admin_enforces_its_policy_and_reports_against_the_strict_one(self):
        self.client.force_login(SuperuserFactory())
        response = self.client.get("/admin/", HTTP_HOST="cms.localhost")
        self.assertEqual(response.status_code, 200)
        enforced = directives(response["Content-Security-Policy"])
        self.assertEqual(enforced["default-src"], ["'self'"])
        self.assertEqual(enforced["object-src"], ["'none'"])
        self.assertEqual(enforced["frame-ancestors"], ["'self'"])
        self.assertNotIn("'unsafe-eval'", response["Content-Security-Policy"])
        strict = directives(response["Content-Security-Policy-Report-Only"])
        self.assertEqual(strict["script-src"], ["'self'"])
        self.assertEqual(strict["report-uri"], ["/csp-laporan/"])
        self.assertEqual(response["Permissions-Policy"], PERMISSIONS_POLICY)

    def test_the_admin_login_page_carries_the_policy(self):
        response = Client().get("/admin/login/", HTTP_HOST="cms.localhost")
        self.assertEqual(response.status_code, 200)
        self.assertIn("object-src 'none'", response["Content-Security-Policy"])


@pytest.mark.django_db
class TestViolationReports:
    url = "/csp-laporan/"

    def post(self, client, body, content_type="application/csp-report"):
        return client.post(self.url, body, content_type=content_type, HTTP_HOST="cms.localhost")

    def test_a_report_is_logged_without_the_pages_query_or_the_blocked_urls_path(self, client, caplog):
        report = {
            "csp-report": {
                "document-uri": "https://cms.localhost/admin/pages/3/edit/?nama=Budi",
                "violated-directive": "script-src-elem",
                "blocked-uri": "https://evil.example/steal.js?nik=1234567890123456",
            }
        }
        with caplog.at_level(logging.INFO, logger="security.csp"):
            response = self.post(client, json.dumps(report))
        assert response.status_code == 204
        (record,) = caplog.records
        message = record.getMessage()
        assert message == "CSP violation: script-src-elem blocked https://evil.example on /admin/pages/3/edit/"
        assert "Budi" not in message and "1234567890123456" not in message

    def test_the_reporting_api_format_is_understood(self, client, caplog):
        report = [{"type": "csp-violation", "body": {"documentURL": "https://x.localhost/", "blockedURL": "inline"}}]
        with caplog.at_level(logging.INFO, logger="security.csp"):
            response = self.post(client, json.dumps(report), content_type="application/reports+json")
        assert response.status_code == 204
        assert "blocked inline on /" in caplog.records[0].getMessage()

    def test_bad_reports_are_refused_without_an_error(self, client):
        assert self.post(client, "{not json").status_code == 400
        assert self.post(client, json.dumps({"csp-report": {"x": "y" * 20000}})).status_code == 413
        assert client.get(self.url, HTTP_HOST="cms.localhost").status_code == 405
