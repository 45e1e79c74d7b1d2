"""The one form of the second factor: a code from the authenticator app, or a recovery code."""

from django import forms
from django.utils.translation import gettext_lazy as _


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
