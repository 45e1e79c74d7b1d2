"""Sign-in middleware: idle and absolute session expiry, and the admin's one-time-code gate."""

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.models import AnonymousUser
from django.http import JsonResponse
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _

from signin.rules import has_second_factor, needs_verification

LAST_SEEN_KEY = "signin_last_seen"
STARTED_KEY = "signin_started"
# The last-activity stamp is written at most this often, so a busy editor does not save the session each request.
STAMP_EVERY_SECONDS = 60

# Admin views an unverified user may still open: signing in and out, resetting a password, giving a code.
OPEN_VIEWS = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_password_reset",
    "wagtailadmin_password_reset_done",
    "wagtailadmin_password_reset_confirm",
    "wagtailadmin_password_reset_complete",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "signin_verify",
    "signin_enroll",
}


def session_expired(session, now):
    """True when ``session`` has been idle longer than SESSION_IDLE_MINUTES or is older than SESSION_COOKIE_AGE."""
    last_seen, started = session.get(LAST_SEEN_KEY), session.get(STARTED_KEY)
    if last_seen is None or started is None:
        return False
    return now - last_seen > settings.SESSION_IDLE_MINUTES * 60 or now - started > settings.SESSION_COOKIE_AGE


def stamp_sign_in(sender, request, user, **kwargs):
    """user_logged_in receiver: the session's clocks start at sign-in."""
    now = int(time.time())
    request.session[STARTED_KEY] = now
    request.session[LAST_SEEN_KEY] = now


class IdleSessionMiddleware:
    """Sign a user out after SESSION_IDLE_MINUTES without a request, and SESSION_COOKIE_AGE after sign-in."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            now = int(time.time())
            session = request.session
            if session_expired(session, now):
                logout(request)
                messages.info(request, _("Sesi Anda berakhir karena terlalu lama tidak aktif. Silakan masuk lagi."))
            else:
                session.setdefault(STARTED_KEY, now)
                if now - session.get(LAST_SEEN_KEY, 0) >= STAMP_EVERY_SECONDS:
                    session[LAST_SEEN_KEY] = now
        return self.get_response(request)


def admin_view_name(request):
    """The URL name of the admin view ``request`` goes to, "" for a non-admin path (or an unknown one)."""
    if not request.path_info.startswith(reverse("wagtailadmin_home")):
        return ""
    try:
        return resolve(request.path_info).url_name or "?"
    except Resolver404:
        return "?"


class AdminVerificationMiddleware:
    """Keep a signed-in user who owes a one-time code out of every admin URL but the open ones.

    Pages redirect to the code page (or, for a required role without an authenticator, to enrollment);
    the admin API answers 403. Outside the admin such a user is treated as anonymous.
    ``signin.rules.needs_verification`` says who owes a code.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        view_name = admin_view_name(request)
        if view_name:
            if view_name not in OPEN_VIEWS and needs_verification(request.user):
                return self.refuse(request)
        elif request.user.is_authenticated and needs_verification(request.user):
            # Outside the admin (document downloads, previews of restricted pages) a session that still
            # owes its code is no session: a password alone opens nothing a signed-in account may see.
            request.user = AnonymousUser()
        return self.get_response(request)

    def refuse(self, request):
        if request.path_info.startswith(reverse("wagtailadmin_home") + "api/"):
            return JsonResponse({"message": _("Masukkan kode verifikasi dua langkah terlebih dahulu.")}, status=403)
        target = reverse("signin_verify" if has_second_factor(request.user) else "signin_enroll")
        next_url = request.get_full_path() if request.method == "GET" else reverse("wagtailadmin_home")
        if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
            next_url = reverse("wagtailadmin_home")
        return redirect(f"{target}?{urlencode({'next': next_url})}")
