"""System checks: the settings four-eyes moderation depends on."""

from django.conf import settings
from django.core import checks


@checks.register()
def reapproval_on_edit(app_configs, **kwargs):
    """Without re-approval on edit, an approval would publish whatever was edited after it (no four eyes)."""
    if getattr(settings, "WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT", False):
        return []
    return [
        checks.Error(
            "WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT must be True.",
            hint="Four-eyes moderation approves one revision; an edit after approval must be approved again.",
            id="moderation.E001",
        )
    ]
