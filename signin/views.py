"""Second-factor pages (code entry, enrollment, recovery codes, the account page) and Diskominfo's unlock list.

The rules (who must verify, who may switch the factor off) come from ``signin.rules``; the devices are
made and checked by ``signin.devices``; lockouts by ``signin.lockout``.
"""

import django_otp
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from signin import devices, lockout
from signin.forms import CodeForm
from signin.rules import has_second_factor, second_factor_required

CODES_SESSION_KEY = "signin_new_recovery_codes"


def next_url(request):
    """Where to go after this step: the ``next`` parameter if it is on this host, else the dashboard."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return target
    return reverse("wagtailadmin_home")


def mark_verified(request, device):
    """Record in the session that this user gave a valid code from ``device`` (a fresh session key)."""
    request.session.cycle_key()
    django_otp.login(request, device)


class VerifyView(View):
    """After the password: a code from the authenticator app or a recovery code, before any admin page."""

    template_name = "signin/verify.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_verified():
            return redirect(next_url(request))
        if not has_second_factor(request.user):
            return redirect(f"{reverse('signin_enroll')}?{request.GET.urlencode()}")
        return super().dispatch(request, *args, **kwargs)

    def render(self, form, status=200):
        context = {"form": form, "next": next_url(self.request)}
        return TemplateResponse(self.request, self.template_name, context, status=status)

    def get(self, request):
        return self.render(CodeForm())

    def post(self, request):
        form = CodeForm(request.POST)
        if not form.is_valid():
            return self.render(form, status=400)
        code = form.cleaned_data["code"]
        if devices.throttled(request.user, code):
            form.add_error(None, _("Terlalu banyak kode yang salah. Tunggu beberapa detik, lalu coba lagi."))
            return self.render(form, status=429)
        device = devices.verify_code(request.user, code)
        if device is None:
            form.add_error("code", _("Kode verifikasi salah atau sudah kedaluwarsa."))
            return self.render(form, status=400)
        mark_verified(request, device)
        if isinstance(device, devices.StaticDevice):
            left = device.token_set.count()
            messages.warning(
                request,
                _("Anda masuk dengan kode pemulihan. Sisa kode pemulihan: %(left)d. Buat yang baru bila hampir habis.")
                % {"left": left},
            )
        return redirect(next_url(request))


class EnrollView(View):
    """Turn on the second factor: scan the QR code (or type the secret), confirm with a code from the app.

    Someone who already has an authenticator must give a code from it before replacing it, so a stolen
    password alone never enrolls a new device.
    """

    template_name = "signin/enroll.html"

    def dispatch(self, request, *args, **kwargs):
        if has_second_factor(request.user) and not request.user.is_verified():
            return redirect(f"{reverse('signin_verify')}?{request.GET.urlencode()}")
        return super().dispatch(request, *args, **kwargs)

    def render(self, form, status=200):
        device = devices.pending_app_device(self.request.user)
        context = {
            "form": form,
            "next": next_url(self.request),
            "qr_svg": devices.qr_svg(device),
            "secret": devices.secret_text(device),
            "required": second_factor_required(self.request.user),
            "replacing": has_second_factor(self.request.user),
        }
        return TemplateResponse(self.request, self.template_name, context, status=status)

    def get(self, request):
        return self.render(CodeForm(allow_recovery=False))

    def post(self, request):
        form = CodeForm(request.POST, allow_recovery=False)
        if not form.is_valid():
            return self.render(form, status=400)
        device = devices.pending_app_device(request.user)
        if not device.verify_is_allowed()[0]:
            form.add_error(None, _("Terlalu banyak kode yang salah. Tunggu beberapa detik, lalu coba lagi."))
            return self.render(form, status=429)
        if devices.verify_code(request.user, form.cleaned_data["code"], device=device) is None:
            form.add_error("code", _("Kode verifikasi salah atau sudah kedaluwarsa. Periksa jam ponsel Anda."))
            return self.render(form, status=400)
        device.refresh_from_db()
        codes = devices.confirm_app_device(device)
        mark_verified(request, device)
        request.session[CODES_SESSION_KEY] = codes
        return redirect(f"{reverse('signin_recovery_codes')}?{urlencode({'next': next_url(request)})}")


class RecoveryCodesView(View):
    """The recovery codes just made, shown this once (they leave the session when the page is drawn)."""

    def get(self, request):
        context = {"codes": request.session.pop(CODES_SESSION_KEY, None), "next": next_url(request)}
        return TemplateResponse(request, "signin/recovery_codes.html", context)  # admin URLs are never cached


class TwoFactorAccountView(WagtailAdminTemplateMixin, TemplateView):
    """Account menu → Verifikasi dua langkah: its state, turn it on or off, new recovery codes."""

    page_title = gettext_lazy("Verifikasi dua langkah")
    header_icon = "key"
    template_name = "signin/account.html"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        user = self.request.user
        recovery = devices.StaticDevice.objects.filter(user=user).first()
        return super().get_context_data(
            enabled=has_second_factor(user),
            required=second_factor_required(user),
            recovery_left=recovery.token_set.count() if recovery else 0,
            **kwargs,
        )

    def post(self, request):
        user, action = request.user, request.POST.get("action")
        if action == "regenerate" and has_second_factor(user):
            request.session[CODES_SESSION_KEY] = devices.new_recovery_codes(user)
            return redirect(f"{reverse('signin_recovery_codes')}?{urlencode({'next': reverse('signin_account')})}")
        if action == "disable" and has_second_factor(user):
            if second_factor_required(user):
                raise PermissionDenied
            devices.remove_second_factor(user)
            messages.success(request, _("Verifikasi dua langkah dinonaktifkan."))
            return redirect("signin_account")
        return redirect("signin_account")


def superuser_only(request):
    """Unlocking is Diskominfo's administrators' (superusers') job; for anyone else the page does not exist."""
    if not request.user.is_superuser:
        raise Http404


class LockoutListView(WagtailAdminTemplateMixin, TemplateView):
    """Pengaturan → Akun terkunci: current lockouts, each with a button that lifts it."""

    page_title = gettext_lazy("Akun terkunci")
    header_icon = "lock"
    template_name = "signin/lockouts.html"

    def dispatch(self, request, *args, **kwargs):
        superuser_only(request)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            lockouts=lockout.current_lockouts(), minutes=lockout.lockout_minutes(), **kwargs
        )

    def post(self, request):
        try:
            attempt_id = int(request.POST.get("attempt", ""))
        except ValueError:
            attempt_id = None
        if attempt_id is not None and lockout.unlock(attempt_id):
            messages.success(request, _("Kunci dibuka. Pengguna dapat masuk lagi."))
        else:
            messages.error(request, _("Kunci itu sudah tidak ada."))
        return redirect("signin_lockouts")
