"""The second factor's devices: an authenticator app (TOTP) and ten single-use recovery codes per user.

Views call these functions; they never create or delete devices themselves.
"""

from base64 import b32encode

import segno
from django.db import transaction
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

RECOVERY_CODE_COUNT = 10
APP_DEVICE_NAME = "Aplikasi autentikator"
RECOVERY_DEVICE_NAME = "Kode pemulihan"


def pending_app_device(user):
    """The unconfirmed authenticator device ``user`` is enrolling (one is created the first time)."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    return device or TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=False)


def secret_text(device):
    """The device's secret in base32, grouped by four, for typing into an app that cannot scan."""
    secret = b32encode(device.bin_key).decode()
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def qr_svg(device):
    """The device's otpauth:// URL as an inline SVG QR code (no image request, no script)."""
    return segno.make(device.config_url, error="m").svg_inline(border=4, light="#fff", omitsize=True, title="Kode QR")


def verify_code(user, code, device=None):
    """The device that accepts ``code`` for ``user`` (an app code, or a recovery code used up now), else None.

    Six digits go to the authenticator app, anything else to the recovery codes, so a mistyped code only
    slows down the device it was meant for. With ``device`` only that one is tried. django-otp throttles
    each device after failures (1, 2, 4, … seconds).
    """
    code = "".join((code or "").split()).lower()
    if not code:
        return None
    if device is not None:
        candidates = [device]
    elif is_app_code(code):
        candidates = list(TOTPDevice.objects.filter(user=user, confirmed=True))
    else:
        candidates = list(StaticDevice.objects.filter(user=user))
    for candidate in candidates:
        with transaction.atomic():
            locked = type(candidate).objects.select_for_update().get(pk=candidate.pk)
            if locked.verify_token(code):
                return locked
    return None


def is_app_code(code):
    return len(code) == 6 and code.isdigit()


def throttled(user, code):
    """True when the device ``code`` is meant for is resting after wrong codes (django-otp's throttling)."""
    model = TOTPDevice if is_app_code("".join((code or "").split())) else StaticDevice
    return any(not device.verify_is_allowed()[0] for device in model.objects.filter(user=user))


@transaction.atomic
def confirm_app_device(device):
    """Make ``device`` the user's only authenticator and give them fresh recovery codes (returned)."""
    TOTPDevice.objects.filter(user=device.user).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    return new_recovery_codes(device.user)


@transaction.atomic
def new_recovery_codes(user):
    """Replace ``user``'s recovery codes with ten new ones and return them (they are shown once)."""
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=RECOVERY_DEVICE_NAME, confirmed=True)
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


@transaction.atomic
def remove_second_factor(user):
    """Delete every device of ``user`` (the authenticator and the recovery codes)."""
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()
