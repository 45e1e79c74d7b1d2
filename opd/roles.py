"""Group names of DESIGN.md's roles, what each role may do, and the idempotent creation of the groups.

Group names live here and nowhere else; per-OPD groups are named by the functions below. Every
permission a role gets is scoped: page permissions on a subtree, media permissions on a collection,
settings permissions on one Site. Only Diskominfo's administrators (superusers) hold model-wide
permissions, so users, groups, sites, workflows, redirects and snippets stay in their hands
(docs/access.md).
"""

from django.contrib.auth.models import Group, Permission
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, GroupSitePermission, Page

DISKOMINFO_ADMIN = "Diskominfo – Administrator"
DISKOMINFO_APPROVER = "Diskominfo – Penyetuju"
HUMAS_WRITER = "Humas – Penulis"
INSPEKTORAT = "Inspektorat"

SHARED_COLLECTION = "Media Bersama"

ACCESS_ADMIN = ("wagtailadmin", "access_admin")
DRAFT_PAGE_PERMISSIONS = ("add_page", "change_page")
APPROVER_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")
MEDIA_EDIT = (
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
)
MEDIA_CHOOSE = (("wagtailimages", "choose_image"), ("wagtaildocs", "choose_document"))
# Granted per Site (GroupSitePermission): an operator edits the identity settings of its own site only.
SITE_SETTINGS_EDIT = (("opd", "change_sitesettings"),)
# The head of an OPD reviews and corrects its site's pages; operators create them, Diskominfo publishes.
HEAD_PAGE_PERMISSIONS = ("change_page",)


def operator_group_name(opd):
    return f"Operator {opd.short_name}"


def head_group_name(opd):
    return f"Kepala {opd.short_name}"


def permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def grant_page_permissions(group, page, codenames):
    """Give ``group`` the page permissions ``codenames`` on ``page`` and its subtree; True if any was new."""
    created_any = False
    for codename in codenames:
        _, created = GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=permission("wagtailcore", codename)
        )
        created_any |= created
    return created_any


def grant_collection_permissions(group, collection, perms):
    """Give ``group`` the collection permissions ``perms`` ((app, codename) pairs) on ``collection``."""
    created_any = False
    for app_label, codename in perms:
        _, created = GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=permission(app_label, codename)
        )
        created_any |= created
    return created_any


def grant_site_permissions(group, site, perms):
    """Give ``group`` the permissions ``perms`` ((app, codename) pairs) on ``site`` only; True if any was new."""
    created_any = False
    for app_label, codename in perms:
        _, created = GroupSitePermission.objects.get_or_create(
            group=group, site=site, permission=permission(app_label, codename)
        )
        created_any |= created
    return created_any


def grant_operator_permissions(opd):
    """Everything ``opd``'s operator group may do, each on the OPD's own tree, collection or site.

    Admin access; add and edit pages in the site (never publish); add, edit and choose media in the
    OPD's collection and choose from the shared one; edit the site's identity settings. Needs the
    OPD's site, collection and operator group; returns True if any permission was new.
    """
    group = opd.operator_group
    group.permissions.add(permission(*ACCESS_ADMIN))
    changed = grant_page_permissions(group, opd.site.root_page, DRAFT_PAGE_PERMISSIONS)
    changed |= grant_collection_permissions(group, opd.collection, MEDIA_EDIT)
    changed |= grant_collection_permissions(group, shared_collection(), MEDIA_CHOOSE)
    changed |= grant_site_permissions(group, opd.site, SITE_SETTINGS_EDIT)
    return changed


def ensure_head_group(opd):
    """The "Kepala <OPD>" group: review and correct the OPD's pages, choose its media; never add or publish."""
    group, _ = Group.objects.get_or_create(name=head_group_name(opd))
    group.permissions.add(permission(*ACCESS_ADMIN))
    grant_page_permissions(group, opd.site.root_page, HEAD_PAGE_PERMISSIONS)
    if opd.collection_id:  # provisioning creates the collection after the site
        grant_collection_permissions(group, opd.collection, MEDIA_CHOOSE)
    grant_collection_permissions(group, shared_collection(), MEDIA_CHOOSE)
    return group


def shared_collection():
    """The collection every site may choose media from (created on first use)."""
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=SHARED_COLLECTION).first()
    return existing or root.add_child(name=SHARED_COLLECTION)


def ensure_role_groups():
    """Create the province-wide groups with their admin access; return the names of the ones created."""
    created_names = []
    tree_root = Page.get_first_root_node()
    media_root = Collection.get_first_root_node()
    for name in (DISKOMINFO_ADMIN, DISKOMINFO_APPROVER, HUMAS_WRITER, INSPEKTORAT):
        group, created = Group.objects.get_or_create(name=name)
        if created:
            created_names.append(name)
        group.permissions.add(permission(*ACCESS_ADMIN))
    approver = Group.objects.get(name=DISKOMINFO_APPROVER)
    grant_page_permissions(approver, tree_root, APPROVER_PAGE_PERMISSIONS)
    grant_collection_permissions(approver, media_root, MEDIA_EDIT)
    grant_collection_permissions(Group.objects.get(name=HUMAS_WRITER), shared_collection(), MEDIA_EDIT)
    return created_names


def is_signed_in(user):
    """An authenticated, active account: the only kind any role check lets through."""
    return user.is_authenticated and user.is_active


def is_diskominfo(user):
    """Diskominfo's approvers and administrators (superusers): they oversee every site."""
    if not is_signed_in(user):
        return False
    return user.is_superuser or user.groups.filter(name=DISKOMINFO_APPROVER).exists()
