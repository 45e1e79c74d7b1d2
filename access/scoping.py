"""What a user may see in the admin: the pages, images and documents within their reach.

One definition, used by the hooks, the admin API endpoints and the scope middleware:

- pages: Wagtail's "explorable" pages, i.e. every page under a page the user holds a page
  permission on, plus the ancestors that lead there (an operator: its own OPD site; a Humas
  writer: the portal, and the Berita, Pengumuman and Agenda of every OPD with each OPD's home page
  above them; a Diskominfo approver: everything);
- images and documents: those in a collection the user may add to, edit, delete or choose from.

Superusers see everything; anonymous and inactive users see nothing.
"""

from wagtail.documents import get_document_model
from wagtail.documents.permissions import permission_policy as document_permission_policy
from wagtail.images import get_image_model
from wagtail.images.permissions import permission_policy as image_permission_policy
from wagtail.models import Page
from wagtail.permissions import page_permission_policy

from opd import roles

PAGE_ACTIONS = {"add", "change", "publish", "bulk_delete", "lock", "unlock"}
MEDIA_ACTIONS = ["add", "change", "delete", "choose"]


def visible_pages(user):
    """The pages ``user`` may see anywhere in the admin (explorer, choosers, search, reports, API)."""
    if not roles.is_signed_in(user):
        return Page.objects.none()
    if user.is_superuser:
        return Page.objects.all()
    if not page_permission_policy.user_has_any_permission(user, PAGE_ACTIONS):
        return Page.objects.none()
    return page_permission_policy.explorable_instances(user)


def sees_whole_tree(user):
    """True for users with a page permission on the tree's root (Diskominfo), and superusers."""
    if not roles.is_signed_in(user):
        return False
    root = Page.get_first_root_node()
    return user.is_superuser or bool(root.permissions_for_user(user).permissions)


def visible_images(user):
    if not roles.is_signed_in(user):
        return get_image_model().objects.none()
    return image_permission_policy.instances_user_has_any_permission_for(user, MEDIA_ACTIONS)


def visible_documents(user):
    if not roles.is_signed_in(user):
        return get_document_model().objects.none()
    return document_permission_policy.instances_user_has_any_permission_for(user, MEDIA_ACTIONS)
