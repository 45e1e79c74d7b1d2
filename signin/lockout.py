"""Lockout after repeated wrong passwords (django-axes), its page, and Diskominfo's unlock.

Axes counts failures per (username, client address) with ``security.client_ip`` as the address, and
refuses that pair for ``AXES_COOLOFF_TIME`` once ``AXES_FAILURE_LIMIT`` is reached, before the password
is even checked. This module renders the refusal as the admin's own login page with an Indonesian
message (HTTP 429), and lists and lifts current lockouts.
"""

from axes.helpers import get_cool_off
from axes.models import AccessAttempt
from django.conf import settings
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.admin.views.account import LoginView

LOCKOUT_STATUS = 429


def lockout_minutes():
    """How long a lockout lasts, in whole minutes."""
    return int(get_cool_off().total_seconds() // 60)


def lockout_message():
    return _(
        "Terlalu banyak percobaan masuk yang gagal. Akun ini dikunci sementara selama %(minutes)d menit "
        "untuk alamat Anda. Coba lagi nanti atau hubungi Diskominfo untuk membukanya."
    ) % {"minutes": lockout_minutes()}


def lockout_response(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: the admin login page again, with the lockout message, answered 429."""
    view = LoginView()
    view.setup(request)
    username = (credentials or {}).get("username", "")
    form = view.get_form_class()(request, initial={"username": username})
    context = view.get_context_data(form=form, lockout_message=lockout_message())
    return render(request, view.template_name, context, status=LOCKOUT_STATUS)


def current_lockouts():
    """Access attempts that lock their (username, address) pair right now, newest first."""
    attempts = AccessAttempt.objects.filter(failures_since_start__gte=settings.AXES_FAILURE_LIMIT)
    cool_off = get_cool_off()
    if cool_off:
        attempts = attempts.filter(attempt_time__gte=timezone.now() - cool_off)
    return attempts.order_by("-attempt_time")


def unlock(attempt_id):
    """Lift the lockout recorded as access attempt ``attempt_id``; True if there was one."""
    deleted, _ = AccessAttempt.objects.filter(pk=attempt_id).delete()
    return bool(deleted)
