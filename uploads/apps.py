from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class UploadsConfig(AppConfig):
    name = "uploads"
    verbose_name = _("Unggahan")

    def ready(self):
        from uploads import signals  # noqa: F401 -- connects the receivers
        from uploads.limits import apply_pillow_ceiling
        from uploads.renditions import guard_willow_converters

        apply_pillow_ceiling()
        guard_willow_converters()
