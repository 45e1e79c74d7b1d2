from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ModerationConfig(AppConfig):
    name = "moderation"
    verbose_name = _("Moderasi")

    def ready(self):
        from moderation import checks, signals  # noqa: F401 - registers the checks and signal handlers
