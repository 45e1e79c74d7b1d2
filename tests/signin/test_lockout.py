"""Lockout: five wrong passwords lock that username from that address for 30 minutes, whatever comes next.

The lockout page is the admin's login page with an Indonesian message (429); the real client address
comes from ``security.client_ip`` (X-Forwarded-For only from a trusted proxy); a password reset does not
lift it; Diskominfo's administrators lift it in Pengaturan → Akun terkunci, nobody else can.
"""

import datetime
import re

import time_machine
from axes.models import AccessAttempt
from django.conf import settings
from django.core import mail
from django.test import TestCase, override_settings
from django.urls import reverse

from tests.signin.world import DASHBOARD, LOGIN, build_accounts, client, post_login

LOCKOUTS = reverse("signin_lockouts")
LOCKOUT_TEXT = "Terlalu banyak percobaan masuk yang gagal"


def fail(browser, username, times, **extra):
    for _ in range(times):
        response = post_login(browser, username, "salah-sandi-123", **extra)
        assert response.status_code in {200, 429}, response.status_code


def signed_in(browser):
    return browser.get(DASHBOARD).status_code == 200


class LockoutTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.accounts = build_accounts()
        cls.user = cls.accounts.operator

    def test_right_password_after_five_wrong_ones_is_refused_with_an_indonesian_page(self):
        browser = client()
        fail(browser, self.user.username, settings.AXES_FAILURE_LIMIT - 1)
        response = post_login(browser, self.user.username, "salah-sandi-123")
        self.assertEqual(response.status_code, 429)
        response = post_login(browser, self.user.username)
        self.assertEqual(response.status_code, 429)
        self.assertContains(response, LOCKOUT_TEXT, status_code=429)
        self.assertContains(response, "selama 30 menit", status_code=429)
        self.assertContains(response, 'id="id_username"', status_code=429, msg_prefix="the login form is still there")
        self.assertNotIn("locked out", response.content.decode().lower())
        self.assertFalse(signed_in(browser))

    def test_four_wrong_passwords_then_the_right_one_signs_in(self):
        browser = client()
        fail(browser, self.user.username, settings.AXES_FAILURE_LIMIT - 1)
        response = post_login(browser, self.user.username)
        self.assertRedirects(response, DASHBOARD, fetch_redirect_response=False)
        self.assertTrue(signed_in(browser))

    def test_lockout_holds_the_address_not_the_whole_account(self):
        fail(client("198.51.100.7"), self.user.username, settings.AXES_FAILURE_LIMIT)
        self.assertEqual(post_login(client("198.51.100.7"), self.user.username).status_code, 429)
        elsewhere = client("203.0.113.50")
        self.assertEqual(post_login(elsewhere, self.user.username).status_code, 302)
        self.assertTrue(signed_in(elsewhere))

    def test_a_forged_forwarded_for_header_does_not_escape_the_lockout(self):
        for n in range(settings.AXES_FAILURE_LIMIT):
            post_login(
                client("198.51.100.7"), self.user.username, "salah-sandi-123", HTTP_X_FORWARDED_FOR=f"10.9.9.{n}"
            )
        response = post_login(client("198.51.100.7"), self.user.username, HTTP_X_FORWARDED_FOR="10.9.9.99")
        self.assertEqual(response.status_code, 429)

    @override_settings(TRUSTED_PROXIES=["10.0.0.0/24"])
    def test_behind_a_trusted_proxy_the_forwarded_client_is_locked_not_the_proxy(self):
        proxy = "10.0.0.2"
        fail(client(proxy), self.user.username, settings.AXES_FAILURE_LIMIT, HTTP_X_FORWARDED_FOR="198.51.100.7")
        locked = post_login(client(proxy), self.user.username, HTTP_X_FORWARDED_FOR="198.51.100.7")
        self.assertEqual(locked.status_code, 429)
        colleague = client(proxy)
        response = post_login(colleague, self.user.username, HTTP_X_FORWARDED_FOR="203.0.113.50")
        self.assertEqual(response.status_code, 302)

    def test_lockout_ends_after_thirty_minutes(self):
        fail(client(), self.user.username, settings.AXES_FAILURE_LIMIT)
        with time_machine.travel(datetime.timedelta(minutes=29)):
            self.assertEqual(post_login(client(), self.user.username).status_code, 429)
        with time_machine.travel(datetime.timedelta(minutes=61)):
            self.assertEqual(post_login(client(), self.user.username).status_code, 302)

    def test_a_password_reset_does_not_lift_the_lockout(self):
        fail(client(), self.user.username, settings.AXES_FAILURE_LIMIT)
        browser = client()
        browser.post(reverse("wagtailadmin_password_reset"), {"email": self.user.email})
        link = re.search(r"https?://[^/\s]+(/admin/password_reset/confirm/\S+)", mail.outbox[0].body).group(1)
        form_url = browser.get(link).url  # Django swaps the token for a session-held one
        new_password = "sandi-baru-yang-panjang-2026"
        response = browser.post(form_url, {"new_password1": new_password, "new_password2": new_password})
        self.assertEqual(response.status_code, 302)
        self.assertFalse(signed_in(browser), "a reset does not sign anyone in")
        self.user.refresh_from_db()
        self.assertTrue(self.user.check_password(new_password))
        self.assertEqual(post_login(client(), self.user.username, new_password).status_code, 429)

    def test_a_superuser_sees_and_lifts_the_lockout(self):
        fail(client(), self.user.username, settings.AXES_FAILURE_LIMIT)
        admin = client("192.0.2.10")
        admin.force_login(self.accounts.superuser)
        response = admin.get(LOCKOUTS)
        cells = [
            re.sub(r"\s+", " ", cell).strip() for cell in re.findall(r"<td>(.*?)</td>", response.content.decode(), re.S)
        ]
        self.assertIn(f'<span class="signin__cell-label">Nama pengguna:</span> {self.user.username}', cells)
        self.assertIn('<span class="signin__cell-label">Alamat IP:</span> 198.51.100.7', cells)
        attempt = response.context["lockouts"][0]
        response = admin.post(LOCKOUTS, {"attempt": attempt.pk}, follow=True)
        self.assertContains(response, "Kunci dibuka")
        self.assertContains(response, "Tidak ada akun yang sedang terkunci")
        self.assertEqual(post_login(client(), self.user.username).status_code, 302)

    def test_the_lockout_list_is_in_the_settings_menu_of_superusers_only(self):
        admin = client()
        admin.force_login(self.accounts.superuser)
        self.assertContains(admin.get(DASHBOARD), LOCKOUTS)
        approver = client()
        approver.force_login(self.accounts.approver)
        self.assertNotContains(approver.get(DASHBOARD), LOCKOUTS)

    def test_no_one_but_a_superuser_opens_or_posts_to_the_lockout_list(self):
        fail(client(), self.user.username, settings.AXES_FAILURE_LIMIT)
        for user in (self.accounts.approver, self.accounts.inspektorat, self.accounts.operator):
            with self.subTest(user=user.username):
                browser = client("192.0.2.10")
                browser.force_login(user)
                self.assertEqual(browser.get(LOCKOUTS).status_code, 404)
                attempt = AccessAttempt.objects.get()
                self.assertEqual(browser.post(LOCKOUTS, {"attempt": attempt.pk}).status_code, 404)
                self.assertTrue(AccessAttempt.objects.filter(pk=attempt.pk).exists())
        self.assertEqual(client().get(LOCKOUTS).status_code, 302, "anonymous: to the login page")
        self.assertIn(LOGIN, client().get(LOCKOUTS).url)
