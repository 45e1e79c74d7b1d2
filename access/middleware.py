"""Refuse, with the admin's 404, any admin URL that names a page, image or document outside the user's reach.

Wagtail checks permissions in most admin views, but some answer for any id they are given: the page
chooser (browsing under a page, "chosen" pages), the image chooser's format step, the bulk-action
confirmation pages (which list the titles of the items you may *not* act on) and the admin API. This
middleware closes them all the same way, before the view runs, from the ids in the URL and the query
string; ``access.scoping`` says what is within reach. Superusers and anonymous users pass untouched
(the admin sends the latter to its login page). Every refusal is recorded (``access.refusals``), and
tag autocomplete is answered from ``access.tags``.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.urls import reverse
from django.views.defaults import page_not_found
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, TaskState

from access import refusals, scoping, tags

PAGE_KWARGS = ("page_id", "parent_page_id", "page_to_move_id", "destination_id", "page_pk")
IMAGE_KWARGS = ("image_id",)
DOCUMENT_KWARGS = ("document_id", "doc_id")
# Views that take the object's primary key as ``pk`` (or as the first positional argument).
PK_KINDS = {
    "wagtailadmin_api:pages:detail": "page",
    "wagtailadmin_api:pages:action": "page",
    "wagtailadmin_api:images:detail": "image",
    "wagtailadmin_api:documents:detail": "document",
    "wagtailimages_chooser:chosen": "image",
    "wagtaildocs_chooser:chosen": "document",
    "wagtailadmin_pages:revisions_compare": "page",
}
# Views that take a list of ids as ``?id=``.
ID_LIST_KINDS = {
    "wagtailadmin_choose_page_chosen_multiple": "page",
    "wagtailimages_chooser:chosen_multiple": "image",
    "wagtaildocs_chooser:chosen_multiple": "document",
}
# Tag autocomplete answers from access.tags, which offers only the tags used within the user's reach.
TAG_AUTOCOMPLETE_VIEWS = {"wagtailadmin_tag_autocomplete", "wagtailadmin_tag_model_autocomplete"}
# Reports that summarise the whole page tree: only for those who may see all of it.
WHOLE_TREE_VIEWS = {"wagtailadmin_reports:page_types_usage", "wagtailadmin_reports:page_types_usage_results"}


def _bulk_kind(app_label, model_name):
    kinds = {
        ("wagtailcore", "page"): "page",
        (get_image_model()._meta.app_label, get_image_model()._meta.model_name): "image",
        (get_document_model()._meta.app_label, get_document_model()._meta.model_name): "document",
    }
    return kinds.get((app_label, model_name))


def referenced_objects(match, request):
    """(kind, id) of every page, image and document an admin URL names."""
    kwargs, refs = match.kwargs, []
    refs += [("page", kwargs[name]) for name in PAGE_KWARGS if name in kwargs]
    refs += [("image", kwargs[name]) for name in IMAGE_KWARGS if name in kwargs]
    refs += [("document", kwargs[name]) for name in DOCUMENT_KWARGS if name in kwargs]
    view_name = match.view_name
    if view_name in PK_KINDS:
        refs.append((PK_KINDS[view_name], kwargs.get("pk", match.args[0] if match.args else None)))
    if view_name in ID_LIST_KINDS:
        refs += [(ID_LIST_KINDS[view_name], pk) for pk in request.GET.getlist("id")]
    if view_name == "wagtail_bulk_action":
        kind = _bulk_kind(kwargs["app_label"], kwargs["model_name"])
        if kind:
            refs += [(kind, pk) for pk in request.GET.getlist("id")]
    if view_name == "wagtailadmin_editing_sessions:ping":
        content_type = ContentType.objects.filter(app_label=kwargs["app_label"], model=kwargs["model_name"]).first()
        model = content_type and content_type.model_class()
        if model and issubclass(model, Page):
            refs.append(("page", kwargs["object_id"]))
    return refs


def _ids(values):
    try:
        return {int(value) for value in values}
    except (TypeError, ValueError):
        return None


def out_of_reach_ids(user, kind, values):
    """The ids in ``values`` that are not ``kind`` objects ``user`` may see (all of them when malformed)."""
    ids = _ids(values)
    if ids is None:
        return [str(value) for value in values]
    if not ids:
        return []
    visible = {
        "page": scoping.visible_pages,
        "image": scoping.visible_images,
        "document": scoping.visible_documents,
    }[kind](user)
    return sorted(ids - set(visible.filter(pk__in=ids).values_list("pk", flat=True)))


def within_reach(user, kind, values):
    """True if every id in ``values`` is a ``kind`` object that ``user`` may see."""
    return not out_of_reach_ids(user, kind, values)


def task_state_matches_page(kwargs):
    """A workflow action names a page and a task state: the task state must be that page's."""
    if "task_state_id" not in kwargs or "page_id" not in kwargs:
        return True
    return TaskState.objects.filter(
        pk=kwargs["task_state_id"],
        workflow_state__base_content_type=ContentType.objects.get_for_model(Page),
        workflow_state__object_id=str(kwargs["page_id"]),
    ).exists()


class AdminScopeMiddleware:
    """Admin URLs naming an object outside the user's reach answer 404, before their view runs."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # A form's reach check records its refusals against this request (access.refusals).
        token = refusals.set_current_request(request)
        try:
            return self.get_response(request)
        finally:
            refusals.reset_current_request(token)

    def process_view(self, request, view_func, view_args, view_kwargs):
        # Public pages leave first, before the lazy user (a session lookup) is touched.
        if not request.path_info.startswith(reverse("wagtailadmin_home")):
            return None
        match = request.resolver_match
        user = getattr(request, "user", None)
        if match is None or user is None or not user.is_authenticated or user.is_superuser:
            return None
        if match.view_name in WHOLE_TREE_VIEWS and not scoping.sees_whole_tree(user):
            raise PermissionDenied
        if match.view_name in TAG_AUTOCOMPLETE_VIEWS and user.has_perm("wagtailadmin.access_admin"):
            return tags.autocomplete(request, **match.kwargs)
        by_kind = {}
        for kind, value in referenced_objects(match, request):
            by_kind.setdefault(kind, []).append(value)
        refused = [(kind, pk) for kind, values in by_kind.items() for pk in out_of_reach_ids(user, kind, values)]
        if not refused and task_state_matches_page(match.kwargs):
            return None
        kind, object_id = refused[0] if refused else ("other", match.kwargs.get("task_state_id", ""))
        refusals.record(kind, object_id, user=user, request=request)
        return page_not_found(request, Http404(), template_name="wagtailadmin/404.html")
