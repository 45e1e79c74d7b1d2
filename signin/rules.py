"""Who must use a second factor, and whether a signed-in admin user still has to give a one-time code.

The single place these rules live: the verification middleware, the enrollment views and the account
page all ask here.
"""

from django.conf import settings
from django_otp import user_has_device

from opd.roles import DISKOMINFO_ADMIN, DISKOMINFO_APPROVER, INSPEKTORAT

# Roles that publish for the whole province or oversee it: a stolen password must not be enough.
SECOND_FACTOR_GROUPS = (DISKOMINFO_ADMIN, DISKOMINFO_APPROVER, INSPEKTORAT)


def second_factor_required(user):
    """True when ``user`` may not use the admin without a verified one-time code (ADMIN_2FA_REQUIRED on)."""
    if not settings.ADMIN_2FA_REQUIRED or not user.is_authenticated:
        return False
    return user.is_superuser or user.groups.filter(name__in=SECOND_FACTOR_GROUPS).exists()


def has_second_factor(user):
    """True when ``user`` has a confirmed authenticator app (a TOTP device)."""
    from django_otp.plugins.otp_totp.models import TOTPDevice

    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def needs_verification(user):
    """True when a signed-in ``user`` must give a code (or enroll) before any other admin page.

    Anyone with a confirmed device gives a code; a required role without one enrolls first.
    """
    if not user.is_authenticated or user.is_verified():
        return False
    return user_has_device(user, confirmed=True) or second_factor_required(user)
