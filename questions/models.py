"""Gubernur Menjawab: citizens' questions, who saw their personal data, and the SP4N-LAPOR! outbox.

The personal data of a question (name, e-mail, phone) is kept apart in its own fields so it can be
masked in lists, logged when opened, exported for its subject and wiped by the retention purge
while the question, the answer and the statistics stay (UU 27/2022, docs/questions.md).
"""

import hashlib
import secrets
import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

QUESTION_MAX_LENGTH = 5000
TOKEN_BYTES = 24  # 192 bits, URL-safe: the citizen's private tracking link


def hash_token(token):
    """What is stored of a tracking token: its SHA-256, so a database leak gives no working links."""
    return hashlib.sha256(token.encode()).hexdigest()


def new_token():
    return secrets.token_urlsafe(TOKEN_BYTES)


class Question(models.Model):
    """One question to the Governor, from submission to its answer, with the 1×24-hour clock."""

    class Category(models.TextChoices):
        PELAYANAN = "pelayanan", _("Pelayanan publik")
        INFRASTRUKTUR = "infrastruktur", _("Infrastruktur dan jalan")
        KESEHATAN = "kesehatan", _("Kesehatan")
        PENDIDIKAN = "pendidikan", _("Pendidikan")
        EKONOMI = "ekonomi", _("Ekonomi dan ketenagakerjaan")
        KEPENDUDUKAN = "kependudukan", _("Kependudukan dan bantuan sosial")
        LINGKUNGAN = "lingkungan", _("Lingkungan hidup")
        LAINNYA = "lainnya", _("Lainnya")

    class Status(models.TextChoices):
        NEW = "baru", _("Baru")
        ROUTED = "diteruskan", _("Diteruskan ke OPD")
        ANSWERED = "dijawab", _("Dijawab")
        CLOSED = "ditutup", _("Ditutup")
        ESCALATED = "dieskalasi", _("Dieskalasi")

    ticket_number = models.CharField(_("nomor tiket"), max_length=20, unique=True)
    token_hash = models.CharField(max_length=64, unique=True, editable=False)

    # Personal data: masked in lists, logged when shown, wiped by the retention purge.
    name = models.CharField(_("nama"), max_length=100)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("nomor telepon"), max_length=20, blank=True)

    category = models.CharField(_("kategori"), max_length=20, choices=Category.choices)
    suggested_opd = models.ForeignKey(
        "opd.Opd",
        verbose_name=_("OPD yang dituju penanya"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    question = models.TextField(_("pertanyaan"), max_length=QUESTION_MAX_LENGTH)
    consent_to_publish = models.BooleanField(
        _("setuju diterbitkan tanpa data pribadi"),
        default=False,
    )

    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.NEW)
    opd = models.ForeignKey(
        "opd.Opd",
        verbose_name=_("OPD penjawab"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="questions",
    )
    routed_at = models.DateTimeField(_("diteruskan pada"), null=True, blank=True)
    routed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    answer = models.TextField(_("jawaban"), blank=True)
    answered_at = models.DateTimeField(_("dijawab pada"), null=True, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    closed_at = models.DateTimeField(_("ditutup pada"), null=True, blank=True)

    submitted_at = models.DateTimeField(_("diajukan pada"), db_index=True)
    due_at = models.DateTimeField(_("batas waktu"), db_index=True)
    # Set once each by check_question_deadlines, with a conditional UPDATE, so each happens once.
    warned_at = models.DateTimeField(_("peringatan 20 jam"), null=True, blank=True)
    overdue_at = models.DateTimeField(_("lewat batas waktu"), null=True, blank=True)
    escalated_at = models.DateTimeField(_("dieskalasi pada"), null=True, blank=True)
    escalated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    forward_to_lapor = models.BooleanField(_("teruskan ke SP4N-LAPOR!"), default=False)
    anonymised_at = models.DateTimeField(_("data pribadi dihapus pada"), null=True, blank=True)

    class Meta:
        verbose_name = _("pertanyaan Gubernur Menjawab")
        verbose_name_plural = _("pertanyaan Gubernur Menjawab")
        ordering = ["-submitted_at"]
        indexes = [models.Index(fields=["status", "due_at"])]

    def __str__(self):
        return self.ticket_number

    @property
    def is_open(self):
        """Still waiting for an answer: the clock runs."""
        return self.status in (self.Status.NEW, self.Status.ROUTED, self.Status.ESCALATED)

    def set_token(self):
        """Give the question a new tracking token; returns the raw token (shown once, never stored)."""
        token = new_token()
        self.token_hash = hash_token(token)
        return token


class PersonalDataAccess(models.Model):
    """Every time a member of staff was shown a question's personal data (UU 27/2022: access is logged)."""

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="personal_data_accesses")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    accessed_at = models.DateTimeField(_("diakses pada"), auto_now_add=True)
    purpose = models.CharField(_("keperluan"), max_length=100)

    class Meta:
        verbose_name = _("akses data pribadi")
        verbose_name_plural = _("akses data pribadi")
        ordering = ["-accessed_at"]

    def __str__(self):
        return f"{self.question} · {self.user} · {self.accessed_at:%Y-%m-%d %H:%M}"


class LaporForward(models.Model):
    """A question queued for SP4N-LAPOR!: the outbox row the sender works through, with retries."""

    class Status(models.TextChoices):
        PENDING = "menunggu", _("Menunggu")
        SENT = "terkirim", _("Terkirim")
        FAILED = "gagal", _("Gagal")
        MANUAL = "manual", _("Ekspor manual")

    question = models.OneToOneField(Question, on_delete=models.CASCADE, related_name="lapor_forward")
    idempotency_key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(_("percobaan"), default=0)
    next_attempt_at = models.DateTimeField(_("percobaan berikutnya"), null=True, blank=True)
    last_error = models.TextField(_("galat terakhir"), blank=True)
    lapor_tracking_id = models.CharField(_("nomor lacak LAPOR!"), max_length=100, blank=True)
    sent_at = models.DateTimeField(_("terkirim pada"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("penerusan ke SP4N-LAPOR!")
        verbose_name_plural = _("penerusan ke SP4N-LAPOR!")

    def __str__(self):
        return f"{self.question} → SP4N-LAPOR! ({self.get_status_display()})"


from questions.pages import GubernurMenjawabPage  # noqa: E402,F401
