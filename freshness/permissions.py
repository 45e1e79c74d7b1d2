"""Who sees the freshness of which OPD site: Diskominfo sees every site, an operator only its own."""

from opd import roles
from opd.models import Opd


def sees_all_sites(user):
    """Diskominfo (superusers, who are its administrators, and its approvers) follows every OPD site."""
    return roles.is_diskominfo(user)


def own_opds(user):
    """The OPDs with a site whose operator group ``user`` belongs to."""
    if not roles.is_signed_in(user):
        return Opd.objects.none()
    return Opd.objects.with_site().filter(operator_group__user=user)


def visible_opds(user):
    """The OPDs whose freshness ``user`` may see: every site for Diskominfo, otherwise the user's own."""
    return Opd.objects.with_site() if sees_all_sites(user) else own_opds(user)


def can_see_freshness(user):
    """True for Diskominfo and for operators of at least one OPD site: they get the panel and the report."""
    return sees_all_sites(user) or own_opds(user).exists()
