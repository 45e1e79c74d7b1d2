from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ErrorsConfig(AppConfig):
    name = "errors"
    verbose_name = _("Halaman galat")
