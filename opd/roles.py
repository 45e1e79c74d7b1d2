"""Group names of DESIGN.md's roles, and the idempotent creation of the province-wide groups.

Group names live here and nowhere else; per-OPD groups are named by the functions below.
"""

from django.contrib.auth.models import Group, Permission
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

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
