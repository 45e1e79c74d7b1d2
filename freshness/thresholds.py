"""The thresholds of the freshness score, from ``settings.FRESHNESS_THRESHOLDS`` over the defaults."""

from dataclasses import dataclass, fields

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


@dataclass(frozen=True)
class Thresholds:
    """Every number the score and the reminders use; override any of them in ``FRESHNESS_THRESHOLDS``."""

    amber_after_days: int = 30  # no publication for this long: amber
    red_after_days: int = 90  # no publication for this long: red
    waiting_amber_days: int = 2  # a submission waiting this long: amber
    waiting_red_days: int = 7  # a submission waiting this long: red
    berkala_months: int = 6  # a *berkala* PPID item must be refreshed at least this often
    inactive_operator_days: int = 60  # an operator who has not logged in for this long
    escalate_head_after_days: int = 14  # red this long: the reminder also goes to the head of the OPD
    escalate_diskominfo_after_days: int = 30  # red this long: and to Diskominfo

    def __post_init__(self):
        for field in fields(self):
            value = getattr(self, field.name)
            if not isinstance(value, int) or value < 1:
                raise ImproperlyConfigured(f"FRESHNESS_THRESHOLDS[{field.name!r}] must be a positive whole number.")
        if self.amber_after_days >= self.red_after_days or self.waiting_amber_days >= self.waiting_red_days:
            raise ImproperlyConfigured("FRESHNESS_THRESHOLDS: every amber threshold must come before its red one.")
        if self.escalate_head_after_days >= self.escalate_diskominfo_after_days:
            raise ImproperlyConfigured("FRESHNESS_THRESHOLDS: the head is reminded before Diskominfo.")


def get_thresholds():
    """The thresholds in force: the defaults, overridden by ``settings.FRESHNESS_THRESHOLDS``."""
    overrides = getattr(settings, "FRESHNESS_THRESHOLDS", {}) or {}
    known = {field.name for field in fields(Thresholds)}
    unknown = set(overrides) - known
    if unknown:
        raise ImproperlyConfigured(f"FRESHNESS_THRESHOLDS has unknown keys: {', '.join(sorted(unknown))}.")
    return Thresholds(**overrides)
