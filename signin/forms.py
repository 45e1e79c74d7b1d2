"""The sign-in forms: the admin login form in Indonesian, and the second factor's code."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm


class CodeForm(forms.Form):
    """A six-digit code from the app (or, where ``allow_recovery``, a recovery code)."""

    code = forms.CharField(
        label=_("Kode verifikasi"),
        max_length=20,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autofocus": True, "spellcheck": "false"}),
        error_messages={"required": _("Masukkan kode verifikasi.")},
    )

    def __init__(self, *args, allow_recovery=True, **kwargs):
        super().__init__(*args, **kwargs)
        if allow_recovery:
            self.fields["code"].help_text = _(
                "Enam angka dari aplikasi autentikator, atau salah satu kode pemulihan Anda."
            )
        else:
            self.fields["code"].help_text = _("Enam angka yang sekarang tampil di aplikasi autentikator.")
            self.fields["code"].widget.attrs["inputmode"] = "numeric"

    def clean_code(self):
        return "".join(self.cleaned_data["code"].split())


class LoginForm(WagtailLoginForm):
    """Wagtail's login form in Indonesian (Wagtail's own Indonesian catalogue leaves these strings in English)."""

    error_messages = {
        **WagtailLoginForm.error_messages,
        "invalid_login": _("Nama pengguna dan kata sandi tidak cocok. Silakan coba lagi."),
        "inactive": _("Akun ini tidak aktif."),
    }

    def __init__(self, request=None, *args, **kwargs):
        super().__init__(request, *args, **kwargs)
        self.fields["username"].label = _("Nama pengguna")
        self.fields["password"].label = _("Kata sandi")
        self.fields["password"].widget.attrs["placeholder"] = _("Masukkan kata sandi")
        self.fields["remember"].label = _("Ingat saya")
