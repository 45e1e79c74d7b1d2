"""Who may see the moderation queue of every site."""

from opd import roles


def can_see_queue(user):
    """Diskominfo approvers and superusers see everything waiting in moderation, on every site."""
    return roles.is_diskominfo(user)
