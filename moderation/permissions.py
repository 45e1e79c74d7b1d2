"""Who may see the moderation queue of every site."""

from opd import roles


def can_see_queue(user):
    """Diskominfo approvers and superusers see everything waiting in moderation, on every site."""
    if not (user.is_authenticated and user.is_active):
        return False
    return user.is_superuser or user.groups.filter(name=roles.DISKOMINFO_APPROVER).exists()
