"""The citizen's form of Gubernur Menjawab."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from opd.models import Opd
from questions.models import QUESTION_MAX_LENGTH, Question
from questions.public import HONEYPOT_FIELD

NAME_MAX_LENGTH = Question._meta.get_field("name").max_length
EMAIL_MAX_LENGTH = Question._meta.get_field("email").max_length
PHONE_MAX_LENGTH = Question._meta.get_field("phone").max_length
QUESTION_MIN_LENGTH = 10
PHONE_PATTERN = re.compile(r"\+?[0-9 ().-]+")
PHONE_MIN_DIGITS, PHONE_MAX_DIGITS = 8, 15


class QuestionForm(forms.Form):
    """Name, a way to reach the citizen, category, optional OPD, the question, consent; plus a honeypot."""

    name = forms.CharField(
        label=_("Nama"),
        max_length=NAME_MAX_LENGTH,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": _("Isi nama Anda.")},
    )
    email = forms.EmailField(
        label=_("E-mail"),
        max_length=EMAIL_MAX_LENGTH,
        required=False,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={"invalid": _("Alamat e-mail tidak valid, mis. nama@contoh.id.")},
    )
    phone = forms.CharField(
        label=_("Nomor telepon/WhatsApp"),
        max_length=PHONE_MAX_LENGTH,
        required=False,
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel", "inputmode": "tel"}),
    )
    category = forms.ChoiceField(
        label=_("Kategori"),
        choices=[("", _("— Pilih kategori —")), *Question.Category.choices],
        error_messages={
            "required": _("Pilih kategori pertanyaan."),
            "invalid_choice": _("Pilih salah satu kategori yang tersedia."),
        },
    )
    opd = forms.ModelChoiceField(
        label=_("OPD yang dituju (boleh dikosongkan)"),
        queryset=Opd.objects.none(),
        required=False,
        empty_label=_("— Tidak tahu, biar petugas yang menentukan —"),
        error_messages={"invalid_choice": _("Pilih salah satu OPD dari daftar.")},
    )
    question = forms.CharField(
        label=_("Pertanyaan"),
        min_length=QUESTION_MIN_LENGTH,
        max_length=QUESTION_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=format_lazy(
            _("Paling banyak {max} karakter. Jangan menulis NIK, alamat rumah atau data pribadi lain di sini."),
            max=QUESTION_MAX_LENGTH,
        ),
        error_messages={
            "required": _("Tulis pertanyaan Anda."),
            "min_length": _(
                "Pertanyaan terlalu pendek: paling sedikit %(limit_value)d karakter (sekarang %(show_value)d)."
            ),
            "max_length": _(
                "Pertanyaan terlalu panjang: paling banyak %(limit_value)d karakter (sekarang %(show_value)d)."
            ),
        },
    )
    consent_to_publish = forms.BooleanField(
        label=_("Saya setuju pertanyaan dan jawabannya diterbitkan tanpa nama dan kontak saya."),
        required=False,
    )
    # The honeypot: hidden from people (and screen readers) by the template; bots fill it in.
    situs_web = forms.CharField(label=_("Situs web"), max_length=200, required=False)

    error_messages = {
        "contact": _("Isi alamat e-mail atau nomor telepon (salah satu wajib) agar kami dapat menghubungi Anda."),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["opd"].queryset = Opd.objects.active().filter(site__isnull=False).order_by("name")
        self.fields[HONEYPOT_FIELD].widget.attrs.update({"autocomplete": "off", "tabindex": "-1"})

    def clean_phone(self):
        phone = self.cleaned_data["phone"]
        if not phone:
            return phone
        digits = sum(char.isdigit() for char in phone)
        if not PHONE_PATTERN.fullmatch(phone) or not PHONE_MIN_DIGITS <= digits <= PHONE_MAX_DIGITS:
            raise ValidationError(
                _("Nomor telepon tidak valid: %(min)s–%(max)s angka, boleh diawali + (mis. 0812 3456 7890)."),
                code="invalid",
                params={"min": PHONE_MIN_DIGITS, "max": PHONE_MAX_DIGITS},
            )
        return phone

    def clean(self):
        cleaned = super().clean()
        contact_errors = self.has_error("email") or self.has_error("phone")
        if not cleaned.get("email") and not cleaned.get("phone") and not contact_errors:
            raise ValidationError(self.error_messages["contact"], code="contact")
        return cleaned

    def submission(self):
        """The keyword arguments of ``services.submit_question`` for a valid form."""
        data = self.cleaned_data
        return {
            "name": data["name"],
            "email": data["email"],
            "phone": data["phone"],
            "category": data["category"],
            "question": data["question"],
            "suggested_opd": data["opd"],
            "consent_to_publish": data["consent_to_publish"],
        }
