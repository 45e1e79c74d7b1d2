"""Accounts for the sign-in tests: one per kind of role, signed in through the real login form."""

from dataclasses import dataclass

from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from opd import roles
from tests.factories import PASSWORD, SuperuserFactory, UserFactory

ADMIN_HOST = "cms.localhost"
LOGIN = reverse("wagtailadmin_login")
DASHBOARD = reverse("wagtailadmin_home")


@dataclass
class Accounts:
    superuser: object
    approver: object
    inspektorat: object
    operator: object

    @property
    def required(self):
        """The roles that must use a second factor."""
        return {"superuser": self.superuser, "approver": self.approver, "inspektorat": self.inspektorat}


def build_accounts():
    roles.ensure_role_groups()
    operators, _ = Group.objects.get_or_create(name="Operator Uji")
    operators.permissions.add(roles.permission(*roles.ACCESS_ADMIN))
    return Accounts(
        superuser=SuperuserFactory(username="admin.uji"),
        approver=UserFactory(username="penyetuju.uji", groups=[Group.objects.get(name=roles.DISKOMINFO_APPROVER)]),
        inspektorat=UserFactory(username="inspektorat.uji", groups=[Group.objects.get(name=roles.INSPEKTORAT)]),
        operator=UserFactory(username="operator.uji", groups=[operators]),
    )


def client(address="198.51.100.7", **extra):
    """A test client on the admin host, coming from ``address``."""
    return Client(HTTP_HOST=ADMIN_HOST, REMOTE_ADDR=address, **extra)


def post_login(browser, username, password=PASSWORD, **extra):
    return browser.post(LOGIN, {"username": username, "password": password, "next": DASHBOARD}, **extra)


def confirmed_app_device(user):
    return TOTPDevice.objects.create(user=user, name="Aplikasi autentikator", confirmed=True)


def current_code(device, offset_steps=0):
    """The six digits the user's authenticator shows now (or ``offset_steps`` periods later)."""
    device.refresh_from_db()
    value = totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits, drift=offset_steps)
    return f"{value:0{device.digits}d}"
