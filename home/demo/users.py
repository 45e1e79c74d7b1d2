"""Demo accounts: one per role of DESIGN.md, all with one documented password (development only)."""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group

from opd import roles
from opd.models import Opd

DEMO_PASSWORD = "jambi-demo-2026"  # noqa: S105 - documented demo password; seed_demo refuses to run without DEBUG
# A reserved top-level domain (RFC 2606): mail to these addresses can never be delivered to anyone.
EMAIL_DOMAIN = "jambiprov.example"


@dataclass(frozen=True)
class DemoAccount:
    """A demo login and its role: a province-wide ``group``, or the operator/head group of ``opd_slug``."""

    username: str
    first_name: str
    last_name: str
    group: str = ""
    opd_slug: str = ""
    head: bool = False
    superuser: bool = False


DEMO_ACCOUNTS = (
    DemoAccount("admin", "Rahmat", "Hidayat", group=roles.DISKOMINFO_ADMIN, superuser=True),
    DemoAccount("penyetuju", "Dewi", "Lestari", group=roles.DISKOMINFO_APPROVER),
    DemoAccount("humas", "Fajar", "Nugroho", group=roles.HUMAS_WRITER),
    DemoAccount("operator.dinkes", "Siti", "Aminah", opd_slug="dinkes"),
    DemoAccount("operator.disdik", "Bayu", "Saputra", opd_slug="disdik"),
    DemoAccount("kepala.dinkes", "Hendra", "Gunawan", opd_slug="dinkes", head=True),
    DemoAccount("inspektorat", "Yusuf", "Harahap", group=roles.INSPEKTORAT),
)
DEMO_USERNAMES = tuple(account.username for account in DEMO_ACCOUNTS)


def _group_for(account, opds):
    if account.group:
        return Group.objects.get(name=account.group)
    opd = opds[account.opd_slug]
    return roles.ensure_head_group(opd) if account.head else opd.operator_group


def ensure_demo_users():
    """Create the missing demo accounts and put every one in its group.

    Returns the usernames that already existed: their passwords are left as they were.
    """
    user_model = get_user_model()
    # One hash for all: the password is the same and documented, and each hash costs a third of a second.
    password_hash = make_password(DEMO_PASSWORD)
    slugs = {account.opd_slug for account in DEMO_ACCOUNTS if account.opd_slug}
    opds = {opd.slug: opd for opd in Opd.objects.filter(slug__in=slugs).select_related("operator_group")}
    kept = []
    for account in DEMO_ACCOUNTS:
        user, created = user_model.objects.get_or_create(
            username=account.username,
            defaults={
                "first_name": account.first_name,
                "last_name": account.last_name,
                "email": f"{account.username}@{EMAIL_DOMAIN}",
                "is_superuser": account.superuser,
                "is_staff": account.superuser,
                "password": password_hash,
            },
        )
        if not created:
            kept.append(account.username)
        user.groups.add(_group_for(account, opds))
    return kept


def role_labels():
    """(username, role as shown in the admin) for the summary table, from the stored groups."""
    users = get_user_model().objects.filter(username__in=DEMO_USERNAMES).prefetch_related("groups")
    by_name = {user.username: user for user in users}
    rows = []
    for account in DEMO_ACCOUNTS:
        user = by_name.get(account.username)
        groups = sorted(group.name for group in user.groups.all()) if user else []
        label = ", ".join(groups) + (" (superuser)" if account.superuser else "")
        rows.append((account.username, label))
    return rows
