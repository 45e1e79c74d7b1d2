"""Wagtail admin hooks of the sign-in app: the second-factor pages, the account menu item, "Akun terkunci"."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from signin import views


@hooks.register("register_admin_urls")
def register_signin_urls():
    return [
        path("masuk/verifikasi/", views.VerifyView.as_view(), name="signin_verify"),
        path("masuk/aktifkan/", views.EnrollView.as_view(), name="signin_enroll"),
        path("masuk/kode-pemulihan/", views.RecoveryCodesView.as_view(), name="signin_recovery_codes"),
        path("akun/verifikasi-dua-langkah/", views.TwoFactorAccountView.as_view(), name="signin_account"),
        path("akun-terkunci/", views.LockoutListView.as_view(), name="signin_lockouts"),
    ]


@hooks.register("register_account_menu_item")
def register_two_factor_account_item(request):
    return {
        "url": reverse("signin_account"),
        "label": _("Verifikasi dua langkah"),
        "help_text": _("Kode dari aplikasi autentikator setiap kali masuk, dan kode pemulihan."),
    }


class SuperuserMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_settings_menu_item")
def register_lockouts_menu_item():
    return SuperuserMenuItem(
        _("Akun terkunci"), reverse("signin_lockouts"), name="locked-accounts", icon_name="lock", order=610
    )
