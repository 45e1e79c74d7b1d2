"""The record of refused cross-OPD accesses (docs/access.md, "Refusal log")."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AccessRefusal(models.Model):
    """One refused attempt to reach another OPD's object: who, from where, what, when.

    No content of the object and no personal data of citizens is kept: the kind and id say what was
    asked for, and Diskominfo looks the object up when it needs to. Rows older than
    ``ACCESS_REFUSAL_RETENTION_DAYS`` are deleted by ``purge_access_refusals``.
    """

    class Kind(models.TextChoices):
        PAGE = "page", _("halaman")
        IMAGE = "image", _("gambar")
        DOCUMENT = "document", _("dokumen")
        QUESTION = "question", _("pertanyaan Gubernur Menjawab")
        OTHER = "other", _("lainnya")

    class Source(models.TextChoices):
        URL = "url", _("alamat admin")
        FORM = "form", _("isian formulir")

    created_at = models.DateTimeField(_("waktu"), auto_now_add=True, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("pengguna"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    client_ip = models.GenericIPAddressField(_("alamat klien"), null=True, blank=True)
    kind = models.CharField(_("jenis"), max_length=16, choices=Kind.choices)
    object_id = models.CharField(_("ID objek"), max_length=64, blank=True)
    source = models.CharField(_("asal"), max_length=8, choices=Source.choices, default=Source.URL)
    path = models.CharField(_("alamat"), max_length=500, blank=True)
    method = models.CharField(_("metode"), max_length=10, blank=True)

    class Meta:
        verbose_name = _("penolakan akses")
        verbose_name_plural = _("penolakan akses")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["user", "-created_at"], name="access_refusal_user_idx")]

    def __str__(self):
        return f"{self.get_kind_display()} #{self.object_id}"
