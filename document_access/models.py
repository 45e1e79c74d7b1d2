"""The explicit publication of a document by Diskominfo, for documents no live page links."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class DocumentRelease(models.Model):
    """A document a Diskominfo approver has made public, whether or not a live page links it.

    Its existence is the flag; withdrawing the publication deletes it. Both are recorded in Wagtail's
    audit log of the document (``document_access.publish`` / ``document_access.withdraw``).
    """

    document = models.OneToOneField(
        "wagtaildocs.Document", verbose_name=_("dokumen"), on_delete=models.CASCADE, related_name="release"
    )
    released_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("diterbitkan oleh"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    released_at = models.DateTimeField(_("diterbitkan pada"), auto_now_add=True)

    class Meta:
        verbose_name = _("terbitan dokumen")
        verbose_name_plural = _("terbitan dokumen")

    def __str__(self):
        return str(self.document)
