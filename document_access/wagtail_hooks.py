"""Wiring of the download rule into Wagtail (docs/document-access.md).

Wagtail's own ``before_serve_document`` hook (``check_view_restrictions``) is replaced by ours:
``document_access.rules`` applies the collection restrictions itself (password and groups as Wagtail
does, "login" narrowed to the collection's OPD and Diskominfo) and lets staff within reach through,
which Wagtail's hook would refuse for a password- or group-restricted collection.
"""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.documents import wagtail_hooks as wagtaildocs_hooks

from document_access import views


def _replace_wagtail_document_hook():
    # wagtail.documents registered its hook when its wagtail_hooks module was imported (above).
    registered = hooks._hooks.get("before_serve_document", [])
    hooks._hooks["before_serve_document"] = [
        (fn, order) for fn, order in registered if fn is not wagtaildocs_hooks.check_view_restrictions
    ]


_replace_wagtail_document_hook()
hooks.register("before_serve_document", views.check_download, order=-100)


@hooks.register("register_admin_urls")
def register_release_url():
    return [path("akses-dokumen/terbitan/", views.change_release, name="document_access_release")]


@hooks.register("register_log_actions")
def register_release_log_actions(actions):
    actions.register_action(
        "document_access.publish", _("Terbitkan dokumen untuk publik"), _("Dokumen diterbitkan untuk publik")
    )
    actions.register_action(
        "document_access.withdraw", _("Tarik terbitan dokumen"), _("Terbitan dokumen untuk publik ditarik")
    )
