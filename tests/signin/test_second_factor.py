"""Second factor: Diskominfo's administrators and approvers and the Inspektorat give a one-time code after the
password before any admin page (or enroll first); anyone else may turn it on.

Codes are computed from the device's key with django_otp.oath, as an authenticator app does.
"""

import datetime

import time_machine
from django.test import TestCase, override_settings
from django.urls import reverse
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.factories import DocumentFactory, SiteFactory
from tests.signin.world import DASHBOARD, build_accounts, client, confirmed_app_device, current_code, post_login

VERIFY = reverse("signin_verify")
ENROLL = reverse("signin_enroll")
CODES = reverse("signin_recovery_codes")
ACCOUNT = reverse("signin_account")
ADMIN_URLS = [
    DASHBOARD,
    reverse("wagtailadmin_explore_root"),
    reverse("wagtailadmin_pages:search"),
    reverse("wagtailimages:index"),
    reverse("wagtailusers_users:index"),
    reverse("wagtailadmin_account"),
    ACCOUNT,
]
API_URLS = ["/admin/api/main/pages/", "/admin/api/main/pages/1/"]


def signed_in_with_password(user, address="198.51.100.7"):
    browser = client(address)
    response = post_login(browser, user.username)
    assert response.status_code == 302, response.status_code
    return browser


@override_settings(ADMIN_2FA_REQUIRED=True)
class RequiredRolesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.accounts = build_accounts()

    def test_required_roles_without_a_device_reach_nothing_but_enrollment(self):
        for role, user in self.accounts.required.items():
            browser = signed_in_with_password(user)
            for url in ADMIN_URLS:
                with self.subTest(role=role, url=url):
                    response = browser.get(url)
                    self.assertEqual(response.status_code, 302)
                    self.assertTrue(response.url.startswith(ENROLL), response.url)
            for url in API_URLS:
                with self.subTest(role=role, url=url):
                    response = browser.get(url)
                    self.assertEqual(response.status_code, 403)
                    self.assertIn("kode verifikasi", response.json()["message"])
            with self.subTest(role=role, url="publish action"):
                response = browser.post("/admin/api/main/pages/1/action/publish/", content_type="application/json")
                self.assertEqual(response.status_code, 403)

    def test_required_roles_with_a_device_reach_nothing_before_the_code(self):
        for role, user in self.accounts.required.items():
            confirmed_app_device(user)
            browser = signed_in_with_password(user)
            for url in ADMIN_URLS:
                with self.subTest(role=role, url=url):
                    response = browser.get(url)
                    self.assertEqual(response.status_code, 302)
                    self.assertTrue(response.url.startswith(VERIFY), response.url)
            for url in API_URLS:
                with self.subTest(role=role, url=url):
                    self.assertEqual(browser.get(url).status_code, 403)
            with self.subTest(role=role, url=ENROLL):
                self.assertTrue(browser.get(ENROLL).url.startswith(VERIFY), "a stolen password cannot add a device")

    def test_a_wrong_code_is_refused_in_indonesian_and_the_admin_stays_closed(self):
        device = confirmed_app_device(self.accounts.approver)
        browser = signed_in_with_password(self.accounts.approver)
        wrong = f"{(int(current_code(device)) + 1) % 1000000:06d}"
        response = browser.post(VERIFY, {"code": wrong, "next": DASHBOARD})
        self.assertContains(response, "Kode verifikasi salah atau sudah kedaluwarsa.", status_code=400)
        self.assertEqual(browser.get(DASHBOARD).status_code, 302)
        response = browser.post(VERIFY, {"code": "", "next": DASHBOARD})
        self.assertContains(response, "Masukkan kode verifikasi.", status_code=400)

    def test_repeated_wrong_codes_are_throttled(self):
        device = confirmed_app_device(self.accounts.approver)
        browser = signed_in_with_password(self.accounts.approver)
        browser.post(VERIFY, {"code": "000000"})
        response = browser.post(VERIFY, {"code": current_code(device)})
        self.assertContains(response, "Terlalu banyak kode yang salah", status_code=429)
        self.assertEqual(browser.get(DASHBOARD).status_code, 302)

    def test_the_right_code_opens_the_admin(self):
        for role, user in self.accounts.required.items():
            with self.subTest(role=role):
                device = confirmed_app_device(user)
                browser = signed_in_with_password(user)
                response = browser.post(VERIFY, {"code": current_code(device), "next": "/admin/pages/"})
                self.assertRedirects(response, "/admin/pages/", fetch_redirect_response=False)
                self.assertContains(browser.get(DASHBOARD), "Dasbor")
                self.assertEqual(browser.get(API_URLS[0]).status_code, 200)

    def test_outside_the_admin_a_session_that_owes_its_code_is_anonymous(self):
        # A document within Diskominfo's reach that no live page links: only staff may download it.
        host = SiteFactory(hostname="unduh.localhost").hostname
        document = DocumentFactory(title="Nota dinas internal")
        for role in ("superuser", "approver"):
            user = self.accounts.required[role]
            with self.subTest(role=role):
                device = confirmed_app_device(user)
                browser = signed_in_with_password(user)
                self.assertEqual(browser.get(document.url, HTTP_HOST=host).status_code, 404)
                browser.post(VERIFY, {"code": current_code(device), "next": DASHBOARD})
                self.assertEqual(browser.get(document.url, HTTP_HOST=host).status_code, 200)

    def test_a_recovery_code_works_once(self):
        confirmed_app_device(self.accounts.inspektorat)
        static = StaticDevice.objects.create(user=self.accounts.inspektorat, name="Kode pemulihan")
        static.token_set.create(token="abcd2345ef")
        browser = signed_in_with_password(self.accounts.inspektorat)
        response = browser.post(VERIFY, {"code": "abcd 2345ef", "next": DASHBOARD}, follow=True)
        self.assertEqual(response.redirect_chain[-1][0], DASHBOARD)
        self.assertContains(response, "Sisa kode pemulihan: 0")
        again = signed_in_with_password(self.accounts.inspektorat, address="198.51.100.8")
        response = again.post(VERIFY, {"code": "abcd2345ef", "next": DASHBOARD})
        self.assertContains(response, "Kode verifikasi salah", status_code=400)
        self.assertEqual(again.get(DASHBOARD).status_code, 302)

    def test_enrollment_of_a_required_role(self):
        user = self.accounts.approver
        browser = signed_in_with_password(user)
        response = browser.get(browser.get(DASHBOARD).url)
        self.assertContains(response, "Aktifkan verifikasi dua langkah")
        self.assertContains(response, "<svg")
        device = TOTPDevice.objects.get(user=user, confirmed=False)
        self.assertContains(response, response.context["secret"])
        self.assertEqual(response.context["secret"].replace(" ", ""), _b32(device.bin_key))

        response = browser.post(ENROLL, {"code": current_code(device), "next": DASHBOARD})
        self.assertTrue(response.url.startswith(CODES))
        page = browser.get(response.url)
        codes = page.context["codes"]
        self.assertEqual(len(codes), 10)
        for code in codes:
            self.assertContains(page, f"<code>{code}</code>", html=True)
        self.assertIn("no-store", page["Cache-Control"])
        self.assertNotContains(browser.get(CODES), codes[0], msg_prefix="shown once")
        self.assertEqual(browser.get(DASHBOARD).status_code, 200)
        device.refresh_from_db()
        self.assertTrue(device.confirmed)

        # Next sign-in: password, then a code from the new device (a later period: a code is never reused).
        with time_machine.travel(datetime.timedelta(seconds=31)):
            later = signed_in_with_password(user)
            self.assertTrue(later.get(DASHBOARD).url.startswith(VERIFY))
            response = later.post(VERIFY, {"code": current_code(device), "next": DASHBOARD})
            self.assertRedirects(response, DASHBOARD, fetch_redirect_response=False)
            self.assertEqual(later.get(DASHBOARD).status_code, 200)

    def test_enrollment_refuses_a_wrong_code_and_then_rests(self):
        browser = signed_in_with_password(self.accounts.superuser)
        browser.get(ENROLL)
        device = TOTPDevice.objects.get(user=self.accounts.superuser, confirmed=False)
        response = browser.post(ENROLL, {"code": "123456", "next": DASHBOARD})
        self.assertContains(response, "Kode verifikasi salah atau sudah kedaluwarsa", status_code=400)
        response = browser.post(ENROLL, {"code": current_code(device), "next": DASHBOARD})
        self.assertContains(response, "Tunggu beberapa detik", status_code=429)
        self.assertEqual(browser.get(DASHBOARD).status_code, 302)
        with time_machine.travel(datetime.timedelta(seconds=2)):
            response = browser.post(ENROLL, {"code": current_code(device), "next": DASHBOARD})
            self.assertTrue(response.url.startswith(CODES))

    def test_a_required_role_cannot_switch_it_off(self):
        device = confirmed_app_device(self.accounts.approver)
        browser = signed_in_with_password(self.accounts.approver)
        browser.post(VERIFY, {"code": current_code(device)})
        self.assertContains(browser.get(ACCOUNT), "tidak dapat dinonaktifkan")
        browser.post(ACCOUNT, {"action": "disable"})
        self.assertTrue(TOTPDevice.objects.filter(pk=device.pk).exists())

    def test_logging_out_and_password_reset_stay_open(self):
        browser = signed_in_with_password(self.accounts.approver)
        self.assertEqual(browser.get(reverse("wagtailadmin_password_reset")).status_code, 200)
        response = browser.post(reverse("wagtailadmin_logout"))
        self.assertEqual(response.status_code, 302)
        self.assertIn(reverse("wagtailadmin_login"), browser.get(DASHBOARD).url)


def _b32(key):
    from base64 import b32encode

    return b32encode(key).decode()


@override_settings(ADMIN_2FA_REQUIRED=True)
class OptionalSecondFactorTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.accounts = build_accounts()

    def test_an_operator_without_a_device_signs_in_with_the_password_alone(self):
        browser = signed_in_with_password(self.accounts.operator)
        self.assertEqual(browser.get(DASHBOARD).status_code, 200)
        self.assertEqual(browser.get(API_URLS[0]).status_code, 200)

    def test_an_operator_turns_it_on_then_needs_a_code_then_turns_it_off(self):
        user = self.accounts.operator
        browser = signed_in_with_password(user)
        self.assertContains(browser.get(ACCOUNT), "belum aktif")
        self.assertContains(browser.get(reverse("wagtailadmin_account")), ACCOUNT)
        response = browser.get(ENROLL, {"next": ACCOUNT})
        self.assertNotContains(response, "Akun Anda dapat menerbitkan")
        device = TOTPDevice.objects.get(user=user, confirmed=False)
        response = browser.post(ENROLL, {"code": current_code(device), "next": ACCOUNT}, follow=True)
        self.assertEqual(len(response.context["codes"]), 10)
        self.assertContains(browser.get(ACCOUNT), "Sisa 10 kode pemulihan")

        new_codes_page = browser.post(ACCOUNT, {"action": "regenerate"}, follow=True)
        new_codes = new_codes_page.context["codes"]
        self.assertEqual(len(set(new_codes) - set(response.context["codes"])), 10)

        other = signed_in_with_password(user, address="198.51.100.9")
        self.assertTrue(other.get(DASHBOARD).url.startswith(VERIFY))
        old_code = response.context["codes"][0]
        self.assertEqual(other.post(VERIFY, {"code": old_code}).status_code, 400, "old codes were replaced")
        with time_machine.travel(datetime.timedelta(seconds=2)):  # past the one-second throttle of the miss
            self.assertEqual(other.post(VERIFY, {"code": new_codes[0]}).status_code, 302)
        self.assertEqual(other.get(DASHBOARD).status_code, 200)

        response = other.post(ACCOUNT, {"action": "disable"}, follow=True)
        self.assertContains(response, "Verifikasi dua langkah dinonaktifkan.")
        self.assertFalse(TOTPDevice.objects.filter(user=user).exists())
        self.assertFalse(StaticDevice.objects.filter(user=user).exists())
        third = signed_in_with_password(user, address="198.51.100.10")
        self.assertEqual(third.get(DASHBOARD).status_code, 200)


class SwitchedOffTests(TestCase):
    """With ADMIN_2FA_REQUIRED off (development, the rest of the suite) approvers sign in with a password."""

    @classmethod
    def setUpTestData(cls):
        cls.accounts = build_accounts()

    def test_required_roles_sign_in_with_the_password_alone_when_switched_off(self):
        browser = signed_in_with_password(self.accounts.approver)
        self.assertEqual(browser.get(DASHBOARD).status_code, 200)

    def test_a_device_still_asks_for_its_code(self):
        confirmed_app_device(self.accounts.operator)
        browser = signed_in_with_password(self.accounts.operator)
        self.assertTrue(browser.get(DASHBOARD).url.startswith(VERIFY))
