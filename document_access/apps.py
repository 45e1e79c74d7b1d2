from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DocumentAccessConfig(AppConfig):
    name = "document_access"
    verbose_name = _("Akses dokumen")
