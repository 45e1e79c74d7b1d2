"""Who may download a document: the one rule every view that serves document files applies.

A document file is served when one of these holds (docs/document-access.md):

1. the user is staff with the document within reach (``access.scoping.visible_documents``: they need
   it to edit and preview), or a superuser;
2. the document is public, i.e. a live page references it in its live content and this visitor may
   view that page (no page view restriction on it or its ancestors, or one the visitor has passed:
   a page password entered in this session, a login, a group), or a Diskominfo approver has
   published it (``DocumentRelease``); and the visitor passes every view restriction of its
   collection, where a "login" restriction admits only the staff of the collection's OPD and
   Diskominfo, not any account.

Which pages reference a document comes from Wagtail's reference index. A page row holds the live
content once the page has been published (saving a draft revision only updates bookkeeping columns
of the row, and the index is rebuilt from the stored row), and a never-published page is not live,
so counting only ``live`` pages counts only what the public can read: drafts and submissions in
moderation never make a document public.
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import F, IntegerField, Q
from django.db.models.functions import Cast
from wagtail.models import BaseViewRestriction, CollectionViewRestriction, Page, PageViewRestriction, ReferenceIndex

from access import scoping
from document_access.models import DocumentRelease
from opd import roles
from opd.models import Opd

# How a download is refused.
NOT_FOUND = "not_found"  # not public: answer as if the document did not exist
PASSWORD_FORM = "password_form"  # noqa: S105 - a refusal kind: show the collection's password form
LOGIN = "login"  # sign in first
FORBIDDEN = "forbidden"  # signed in, but not one of the people the collection is restricted to


@dataclass(frozen=True)
class Decision:
    """The answer of ``may_download``.

    ``private`` says that the answer depends on who asks (staff reach, a passed password, a login or a
    group), so the file must not be stored by shared caches. ``restriction`` is the collection
    restriction whose password form to show when ``refusal`` is ``PASSWORD_FORM``.
    """

    allowed: bool
    private: bool = False
    refusal: str | None = None
    restriction: CollectionViewRestriction | None = None


def _tree_prefixes(path, steplen):
    """The materialised paths of a tree node and its ancestors (treebeard paths)."""
    return [path[:end] for end in range(steplen, len(path) + 1, steplen)]


class _Visitor:
    """The request's user and session, with the user's groups read at most once."""

    def __init__(self, request):
        self.request = request
        self.user = request.user
        self._group_ids = None

    @property
    def signed_in(self):
        return roles.is_signed_in(self.user)

    @property
    def group_ids(self):
        if self._group_ids is None:
            self._group_ids = set(self.user.groups.values_list("pk", flat=True)) if self.signed_in else set()
        return self._group_ids

    def passed(self, restriction):
        """Wagtail's meaning of a page or collection restriction (password in session, login, groups)."""
        kind = restriction.restriction_type
        if kind == BaseViewRestriction.PASSWORD:
            passed = self.request.session.get(restriction.passed_view_restrictions_session_key, [])
            return restriction.pk in passed
        if kind == BaseViewRestriction.LOGIN:
            return self.signed_in
        if kind == BaseViewRestriction.GROUPS:
            if self.signed_in and self.user.is_superuser:
                return True
            return bool(self.group_ids & {group.pk for group in restriction.groups.all()})
        return True


def staff_within_reach(user, document):
    """Superusers, and staff whose media permissions reach the document's collection."""
    if not roles.is_signed_in(user):
        return False
    return user.is_superuser or scoping.visible_documents(user).filter(pk=document.pk).exists()


def live_page_paths(document):
    """Tree paths of the live pages whose live content references ``document`` (one query)."""
    page_type = ContentType.objects.get_for_model(Page)
    page_ids = (
        ReferenceIndex.get_references_to(document)
        .filter(base_content_type=page_type)
        .values(page_id=Cast("object_id", IntegerField()))
    )
    return list(Page.objects.filter(live=True, pk__in=page_ids).values_list("path", flat=True))


def page_restrictions(paths):
    """{path: the page view restrictions on that page or its ancestors} for pages at ``paths`` (one query)."""
    prefixes = {prefix for path in paths for prefix in _tree_prefixes(path, Page.steplen)}
    restrictions = list(
        PageViewRestriction.objects.filter(page__path__in=prefixes)
        .annotate(page_path=F("page__path"))
        .prefetch_related("groups")
    )
    return {path: [item for item in restrictions if path.startswith(item.page_path)] for path in paths}


def page_access(visitor, paths):
    """How the visitor may read at least one of the pages at ``paths``: "public", "passed" or None.

    "public": one of them has no view restriction on itself or an ancestor; "passed": none is public,
    but the visitor has passed every restriction of one of them. One query (two with group restrictions).
    """
    if not paths:
        return None
    outcome = None
    for own in page_restrictions(paths).values():
        if not own:
            return "public"
        if all(visitor.passed(restriction) for restriction in own):
            outcome = "passed"
    return outcome


@dataclass(frozen=True)
class PublicStatus:
    """What makes a document public, for the admin: its release and the live pages that link it."""

    release: object  # DocumentRelease or None
    public_pages: int  # live pages without a view restriction
    restricted_pages: int  # live pages behind a password, login or group restriction

    @property
    def is_public(self):
        return self.release is not None or self.public_pages > 0


def public_status(document):
    """The ``PublicStatus`` of ``document`` (three queries)."""
    restrictions = page_restrictions(live_page_paths(document))
    public_pages = sum(1 for own in restrictions.values() if not own)
    release = DocumentRelease.objects.filter(document_id=document.pk).select_related("released_by").first()
    return PublicStatus(release, public_pages, len(restrictions) - public_pages)


def collection_opd(collection):
    """The OPD whose collection is ``collection`` or one of its ancestors, or None (shared collections)."""
    prefixes = _tree_prefixes(collection.path, collection.steplen)
    return Opd.objects.filter(collection__path__in=prefixes).order_by("-collection__depth").first()


def is_opd_staff(user, opd):
    """True for members of ``opd``'s operator group or of its head-of-agency group ("Kepala <OPD>")."""
    if opd is None or not roles.is_signed_in(user):
        return False
    return user.groups.filter(Q(pk=opd.operator_group_id) | Q(name=roles.head_group_name(opd))).exists()


def passes_collection_login(user, collection):
    """A "login" collection restriction admits Diskominfo and the staff of the collection's OPD only."""
    return roles.is_diskominfo(user) or is_opd_staff(user, collection_opd(collection))


def is_released(document):
    """True when a Diskominfo approver has published ``document`` for the public."""
    return DocumentRelease.objects.filter(document_id=document.pk).exists()


def may_download(request, document):
    """Decide whether ``request`` may download ``document``; see the module docstring for the rule.

    A fixed number of queries: about five for an anonymous visitor, a few more for a signed-in one.
    """
    visitor = _Visitor(request)
    if staff_within_reach(visitor.user, document):
        return Decision(allowed=True, private=True)

    private = False
    if not is_released(document):
        access = page_access(visitor, live_page_paths(document))
        if access is None:
            return Decision(allowed=False, refusal=NOT_FOUND)
        private = access == "passed"

    collection = document.collection
    prefixes = _tree_prefixes(collection.path, collection.steplen)
    for restriction in CollectionViewRestriction.objects.filter(collection__path__in=prefixes).prefetch_related(
        "groups"
    ):
        if restriction.restriction_type == BaseViewRestriction.LOGIN:
            passed = passes_collection_login(visitor.user, collection)
        else:
            passed = visitor.passed(restriction)
        if passed:
            private = True
        elif restriction.restriction_type == BaseViewRestriction.PASSWORD:
            return Decision(allowed=False, refusal=PASSWORD_FORM, restriction=restriction)
        else:
            return Decision(allowed=False, refusal=LOGIN if not visitor.signed_in else FORBIDDEN)
    return Decision(allowed=True, private=private)
