"""Sign-in in a real browser: a Diskominfo approver's first sign-in enrolls an authenticator, the next one asks for
its code; five wrong passwords show the Indonesian lockout message."""

import re
from base64 import b32decode
from urllib.parse import urlsplit

import pytest
from django.contrib.auth.models import Group
from django_otp.oath import totp
from playwright.sync_api import expect

from opd import roles
from tests.e2e.conftest import ADMIN_HOST
from tests.factories import PASSWORD, UserFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def app_code(secret, steps_ahead=0):
    """What an authenticator app set up with ``secret`` shows (``steps_ahead`` periods of 30 s later)."""
    return f"{totp(b32decode(secret.replace(' ', '')), drift=steps_ahead):06d}"


def submit_password(page, admin, username, password=PASSWORD):
    page.goto(f"{admin}/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(password)
    page.locator("form.login-form button[type=submit]").click()


@pytest.fixture
def approver(wagtail_root, settings):
    settings.ADMIN_2FA_REQUIRED = True
    roles.ensure_role_groups()
    user = UserFactory(username="penyetuju", groups=[Group.objects.get(name=roles.DISKOMINFO_APPROVER)])
    return {"admin": f"http://{ADMIN_HOST}:{urlsplit(wagtail_root.url).port}", "user": user}


def test_approver_enrolls_then_signs_in_with_password_and_code(page, approver):
    admin = approver["admin"]

    # First sign-in: the password leads to the enrollment page, not to the dashboard.
    submit_password(page, admin, "penyetuju")
    expect(page).to_have_url(re.compile(r"/admin/masuk/aktifkan/"))
    expect(page.get_by_role("heading", name="Aktifkan verifikasi dua langkah")).to_be_visible()
    expect(page.locator(".signin__qr svg")).to_be_visible()
    secret = page.locator("#secret").inner_text()

    # Any other admin page sends them back.
    page.goto(f"{admin}/admin/pages/")
    expect(page).to_have_url(re.compile(r"/admin/masuk/aktifkan/"))

    # A wrong code is refused in Indonesian; the code from the app turns it on and shows ten recovery codes once.
    page.locator("#id_code").fill("000000" if app_code(secret) != "000000" else "111111")
    page.get_by_role("button", name="Konfirmasi dan aktifkan").click()
    expect(page.get_by_text("Kode verifikasi salah atau sudah kedaluwarsa.")).to_be_visible()
    page.wait_for_timeout(2100)  # django-otp rests the device for a second after a miss
    page.locator("#id_code").fill(app_code(page.locator("#secret").inner_text()))
    page.get_by_role("button", name="Konfirmasi dan aktifkan").click()
    expect(page).to_have_url(re.compile(r"/admin/masuk/kode-pemulihan/"))
    expect(page.locator("#recovery-codes li")).to_have_count(10)
    page.get_by_role("link", name="Sudah saya simpan, lanjutkan").click()
    expect(page).to_have_url(f"{admin}/admin/pages/")  # where they were going when sent to enroll
    page.goto(f"{admin}/admin/")
    expect(page).to_have_title(re.compile("Dasbor"))

    # Log out, then sign in again: password, then the code from the app.
    page.locator(".sidebar-footer__account").click()
    page.locator(".sidebar-footer form[action='/admin/logout/'] button").click()
    expect(page).to_have_url(re.compile(r"/admin/login/"))

    submit_password(page, admin, "penyetuju")
    expect(page).to_have_url(re.compile(r"/admin/masuk/verifikasi/"))
    expect(page.get_by_role("heading", name="Verifikasi dua langkah")).to_be_visible()
    page.locator("#id_code").fill(app_code(secret, steps_ahead=1))  # the enrollment's code cannot be used twice
    page.get_by_role("button", name="Verifikasi").click()
    expect(page).to_have_url(f"{admin}/admin/")
    expect(page).to_have_title(re.compile("Dasbor"))
    assert page.blocked_requests == []


def test_five_wrong_passwords_show_the_lockout_message(page, approver):
    admin = approver["admin"]
    for _ in range(5):
        submit_password(page, admin, "penyetuju", "bukan-sandinya-123")
    submit_password(page, admin, "penyetuju")
    expect(page.locator("#lockout-message")).to_contain_text("Terlalu banyak percobaan masuk yang gagal")
    expect(page).to_have_url(re.compile(r"/admin/login/"))
    page.goto(f"{admin}/admin/")
    expect(page).to_have_url(re.compile(r"/admin/login/"))
