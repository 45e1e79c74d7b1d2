"""Password reset: the e-mailed link is https in production, and the form never tells whether an account exists.

Every admin link in an e-mail (reset, moderation notices, freshness reminders, question deadlines) is
built from WAGTAILADMIN_BASE_URL; production defaults it to https://ADMIN_HOST and refuses http://.
"""

import json
import re

import pytest
from django.core import mail
from django.test import TestCase, override_settings
from django.urls import reverse

from tests.signin.world import build_accounts, client
from tests.test_settings import SECRET, run_python

RESET = reverse("wagtailadmin_password_reset")
RESET_DONE = reverse("wagtailadmin_password_reset_done")
PRODUCTION_ENV = {"SECRET_KEY": SECRET, "BASE_DOMAIN": "jambiprov.go.id"}


def production_setting(name, **env):
    code = f"import django, json; django.setup(); from django.conf import settings; print(json.dumps(settings.{name}))"
    result = run_python(["-c", code], **{**PRODUCTION_ENV, **env})
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def without_tokens(content):
    """The page without its per-request CSRF token."""
    return re.sub(rb"[A-Za-z0-9]{64}", b"", content)


def reset_link(message):
    return re.search(r"(\S+/admin/password_reset/confirm/\S+)", message.body).group(1)


def test_production_defaults_admin_links_to_https():
    assert production_setting("WAGTAILADMIN_BASE_URL") == "https://cms.jambiprov.go.id"
    assert production_setting("WAGTAILADMIN_BASE_URL", ADMIN_HOST="admin.jambiprov.go.id") == (
        "https://admin.jambiprov.go.id"
    )


def test_production_refuses_an_http_admin_base_url():
    result = run_python(["-c", "import django; django.setup()"], **PRODUCTION_ENV, WAGTAILADMIN_BASE_URL="http://cms.x")
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "WAGTAILADMIN_BASE_URL must start with https://" in result.stderr


@pytest.fixture(scope="module")
def production_base_url():
    return production_setting("WAGTAILADMIN_BASE_URL")


@pytest.mark.django_db
def test_the_reset_email_link_is_https_with_production_settings(production_base_url):
    user = build_accounts().approver
    with override_settings(
        WAGTAILADMIN_BASE_URL=production_base_url, SECURE_PROXY_SSL_HEADER=("HTTP_X_FORWARDED_PROTO", "https")
    ):
        response = client().post(RESET, {"email": user.email}, HTTP_X_FORWARDED_PROTO="https")
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert reset_link(mail.outbox[0]).startswith("https://cms.jambiprov.go.id/admin/password_reset/confirm/")


@pytest.mark.django_db
def test_without_a_base_url_the_link_follows_the_proxys_https():
    user = build_accounts().approver
    with override_settings(WAGTAILADMIN_BASE_URL=None, SECURE_PROXY_SSL_HEADER=("HTTP_X_FORWARDED_PROTO", "https")):
        client().post(RESET, {"email": user.email}, HTTP_X_FORWARDED_PROTO="https")
    assert reset_link(mail.outbox[0]).startswith("https://cms.localhost/admin/password_reset/confirm/")


class AccountDisclosureTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.user = build_accounts().operator

    def test_known_and_unknown_addresses_get_the_same_answer(self):
        known = client().post(RESET, {"email": self.user.email}, follow=True)
        unknown = client().post(RESET, {"email": "tidak.ada@jambiprov.go.id"}, follow=True)
        self.assertEqual(known.redirect_chain, [(RESET_DONE, 302)])
        self.assertEqual(unknown.redirect_chain, known.redirect_chain)
        self.assertEqual(without_tokens(unknown.content), without_tokens(known.content))
        self.assertEqual(len(mail.outbox), 1, "only the real account gets an e-mail")
