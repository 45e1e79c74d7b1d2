"""Tag autocomplete limited to the tags used on content within the user's reach (docs/access.md).

Tags are one vocabulary shared by every site (taggit's ``Tag``, used by news pages, images and
documents). Scoping the vocabulary itself per OPD would split the portal's tag pages and change the
data model; what leaks is the autocomplete, which lists every tag of the installation. So the
autocomplete alone is narrowed: a tag is offered when it is used on a page, image or document the
user may see (``access.scoping``). Those who see the whole tree (Diskominfo) get every tag. A tag
typed by hand is still accepted: knowing a word is not reaching another OPD's content.
"""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.http import Http404, JsonResponse
from taggit.managers import TaggableManager
from taggit.models import GenericTaggedItemBase, Tag, TagBase
from wagtail.admin.views.tags import TAGS_AUTOCOMPLETE_LIMIT

from access import references, scoping

VISIBLE = {"page": scoping.visible_pages, "image": scoping.visible_images, "document": scoping.visible_documents}


def _tagged_models():
    """(model, kind, through model) of every model with tags that scoping knows."""
    for model in apps.get_models():
        kind = references.kind_of_model(model)
        if kind is None:
            continue
        for field in model._meta.get_fields():
            if isinstance(field, TaggableManager) and field.model is model:
                yield model, kind, field.remote_field.through


def reachable_tags(user):
    """The ``Tag`` rows used on at least one page, image or document ``user`` may see."""
    if scoping.sees_whole_tree(user):
        return Tag.objects.all()
    used = Q(pk__in=[])
    for model, kind, through in _tagged_models():
        visible_pks = VISIBLE[kind](user).values("pk")
        if issubclass(through, GenericTaggedItemBase):
            items = through.objects.filter(
                content_type=ContentType.objects.get_for_model(model), object_id__in=visible_pks
            )
        else:
            items = through.objects.filter(content_object_id__in=visible_pks)
        used |= Q(pk__in=items.values("tag_id"))
    return Tag.objects.filter(used)


def autocomplete(request, app_name=None, model_name=None):
    """Wagtail's tag autocomplete (same URLs, same JSON), offering only the tags within reach."""
    tag_model = Tag
    if app_name and model_name:
        try:
            tag_model = ContentType.objects.get_by_natural_key(app_name, model_name).model_class()
        except ContentType.DoesNotExist as error:
            raise Http404 from error
        if tag_model is None or not issubclass(tag_model, TagBase):
            raise Http404
    term = request.GET.get("term", "")
    if not term or tag_model is not Tag:  # no other tag model is in use: nothing known to be within reach
        return JsonResponse([], safe=False)
    names = (
        reachable_tags(request.user)
        .filter(name__istartswith=term)
        .order_by("name")
        .values_list("name", flat=True)[:TAGS_AUTOCOMPLETE_LIMIT]
    )
    return JsonResponse(list(names), safe=False)
