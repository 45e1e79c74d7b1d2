"""The pages, images and documents an edited object refers to, and which of them are outside a user's reach.

A submitted form carries ids: StreamField chooser values (also nested in structs and lists), rich-text
links and embeds, foreign-key choosers and the rows of inline panels. Wagtail's reference index
already knows how to find every one of them on a model instance (the same walk that fills the "usage"
reports), so this module asks it instead of keeping a second walker, and checks the ids against
``access.scoping``.
"""

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import Model
from wagtail.blocks import StreamValue, StructValue
from wagtail.blocks.list_block import ListValue
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex
from wagtail.rich_text import RichText
from wagtail.rich_text.rewriters import FIND_A_TAG, FIND_EMBED_TAG, extract_attrs

from access import scoping


@dataclass(frozen=True)
class Reference:
    """One reference found on an object: what it points to and where it sits (Wagtail's model path)."""

    kind: str  # "page", "image" or "document"
    object_id: int
    model_path: str
    content_type_id: int
    row: object = field(default=None, compare=False)  # the inline row (whatever ``children`` gave) it sits in

    @property
    def key(self):
        return (self.kind, self.object_id)

    @property
    def field_name(self):
        """The name of the field holding it: on the object itself, or on its inline row."""
        parts = self.model_path.split(".")
        return parts[2] if self.row is not None and len(parts) > 2 else parts[0]

    def describe_field(self):
        """The field the reference sits in, as the editor labels it (e.g. "Isi → Gambar", "Lampiran → Dokumen")."""
        try:
            return str(
                ReferenceIndex(content_type_id=self.content_type_id, model_path=self.model_path).describe_source_field()
            )
        except Exception:  # noqa: BLE001 - an unusual field still gets a message, named by its path
            return self.model_path.split(".")[0]


def _kinds():
    """{base content type id: kind} of the three kinds of object that scoping knows."""
    models = {"page": Page, "image": get_image_model(), "document": get_document_model()}
    return {ReferenceIndex._get_base_content_type(model).pk: kind for kind, model in models.items()}


def references(instance, children=()):
    """Every page, image and document reference of ``instance`` and of the unsaved child rows ``children``.

    ``children`` are (relation name, row, row's model instance) triples: inline-panel rows a form built but
    has not attached to ``instance`` yet (a form attaches them only when it saves); rows already
    attached are walked by the reference index itself.
    """
    kinds = _kinds()
    content_type_id = ContentType.objects.get_for_model(instance).pk
    found = []
    sources = [(instance, "", None)]
    sources += [(child, f"{relation}.item.", row) for relation, row, child in children]
    for source, prefix, row in sources:
        for to_type_id, to_id, model_path, _content_path in ReferenceIndex._extract_references_from_object(source):
            kind = kinds.get(to_type_id)
            if kind is None or not str(to_id).isdigit():
                continue
            found.append(Reference(kind, int(to_id), prefix + model_path, content_type_id, row))
    return found


def out_of_reach(user, instance, children=(), allowed=frozenset()):
    """The references of ``instance`` (and ``children``) to objects ``user`` may not see, in the order found.

    ``allowed`` holds (kind, id) pairs that pass anyway: the references the object already had before
    this edit, placed by someone who could reach them. Keeping them lets an operator edit a page that
    Diskominfo linked elsewhere, and shows the operator nothing the saved draft does not already show.
    """
    found = [ref for ref in references(instance, children) if ref.key not in allowed]
    if not found or user.is_superuser:
        return []
    visible = {
        "page": scoping.visible_pages,
        "image": scoping.visible_images,
        "document": scoping.visible_documents,
    }
    reachable = set()
    for kind in {ref.kind for ref in found}:
        ids = {ref.object_id for ref in found if ref.kind == kind}
        reachable |= {(kind, pk) for pk in visible[kind](user).filter(pk__in=ids).values_list("pk", flat=True)}
    return [ref for ref in found if ref.key not in reachable]


def reference_keys(instance):
    """The (kind, id) pairs ``instance`` refers to: what ``out_of_reach`` lets pass unchanged."""
    return frozenset(ref.key for ref in references(instance))


def kind_of_model(model):
    """The kind ("page", "image" or "document") of ``model`` or its base, else None."""
    for kind, base in (("page", Page), ("image", get_image_model()), ("document", get_document_model())):
        if issubclass(model, base):
            return kind
    return None


def _scrub_tag(match, refused, kind_attr, kinds):
    attrs = extract_attrs(match.group(1))
    kind = kinds.get(attrs.get(kind_attr))
    if kind and attrs.get("id", "").isdigit() and (kind, int(attrs["id"])) in refused:
        return "<a>" if match.group(0).startswith("<a") else ""
    return match.group(0)


def scrub_html(html, refused):
    """Rich text ``html`` without the links and embeds that point at ``refused`` (kind, id) pairs."""
    html = FIND_A_TAG.sub(lambda m: _scrub_tag(m, refused, "linktype", {"page": "page", "document": "document"}), html)
    return FIND_EMBED_TAG.sub(lambda m: _scrub_tag(m, refused, "embedtype", {"image": "image"}), html)


def scrub(value, refused):
    """``value`` (a StreamField value, rich text or a chosen object) with every ``refused`` reference emptied.

    Used to show a rejected form again without rendering what it was refused (a chooser's title and
    thumbnail, a link's URL). StreamField values are changed in place.
    """
    if isinstance(value, StreamValue):
        for child in value:
            child.value = scrub(child.value, refused)
    elif isinstance(value, ListValue):
        for child in value.bound_blocks:
            child.value = scrub(child.value, refused)
    elif isinstance(value, StructValue):
        for name in list(value):
            value[name] = scrub(value[name], refused)
    elif isinstance(value, RichText):
        value = RichText(scrub_html(value.source, refused))
    elif isinstance(value, str):
        value = scrub_html(value, refused)
    elif isinstance(value, Model) and (kind_of_model(type(value)), value.pk) in refused:
        value = None
    return value
