"""Recording refused cross-OPD accesses, and keeping their record bounded (docs/access.md, "Refusal log").

``record`` is called wherever a refusal is decided: the scope middleware's 404, the reach check of a
submitted form (``opd.forms.PageForm``, site settings) and the Gubernur Menjawab admin. A form does
not know its request, so the scope middleware makes the current admin request available here for
the length of the request.
"""

import datetime
from contextvars import ContextVar

from django.conf import settings
from django.utils import timezone

from access.models import AccessRefusal
from security.client_ip import client_ip

# The same refusal repeated within this window (a preview panel re-posting as the editor types) is one row.
REPEAT_WINDOW = datetime.timedelta(minutes=5)
PATH_LENGTH = AccessRefusal._meta.get_field("path").max_length

_current_request = ContextVar("access_current_request", default=None)


def set_current_request(request):
    """Make ``request`` the one refusals are recorded against; returns the token to reset it with."""
    return _current_request.set(request)


def reset_current_request(token):
    _current_request.reset(token)


def retention_days():
    return settings.ACCESS_REFUSAL_RETENTION_DAYS


def record(kind, object_id, *, user=None, request=None, source=AccessRefusal.Source.URL):
    """Store one refusal of ``user`` (default: the request's user) asking for the ``kind`` object ``object_id``.

    Keeps no content of the object. An identical refusal (same user, object and path) within
    ``REPEAT_WINDOW`` is not stored again. Returns the row, or None when it was a repeat.
    """
    request = request or _current_request.get()
    if user is None and request is not None:
        user = getattr(request, "user", None)
    if user is not None and not user.is_authenticated:
        user = None
    path = request.path[:PATH_LENGTH] if request is not None else ""
    object_id = str(object_id)[:64]
    repeat = AccessRefusal.objects.filter(
        user=user, kind=kind, object_id=object_id, path=path, created_at__gte=timezone.now() - REPEAT_WINDOW
    )
    if repeat.exists():
        return None
    return AccessRefusal.objects.create(
        user=user,
        client_ip=(client_ip(request) or None) if request is not None else None,
        kind=kind,
        object_id=object_id,
        source=source,
        path=path,
        method=request.method if request is not None else "",
    )


def purge(now=None, dry_run=False):
    """Delete refusals older than the retention period; return how many were (or would be) deleted."""
    cutoff = (now or timezone.now()) - datetime.timedelta(days=retention_days())
    old = AccessRefusal.objects.filter(created_at__lt=cutoff)
    if dry_run:
        return old.count()
    deleted, _ = old.delete()
    return deleted


def record_if_exists(model, pk, kind, request):
    """Record ``request``'s user being refused ``model`` ``pk``, if that object exists (a wrong id refuses nothing)."""
    if str(pk).isdigit() and model._default_manager.filter(pk=pk).exists():
        record(kind, pk, request=request)
