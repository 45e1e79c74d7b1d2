"""Wagtail's old name for ``publish_scheduled``: the same approved-only publishing (docs/moderation.md).

Wagtail's own alias subclasses Wagtail's command, which would publish unapproved schedules; this one
replaces it and subclasses ours.
"""

from moderation.management.commands.publish_scheduled import Command as PublishScheduledCommand


class Command(PublishScheduledCommand):
    pass
