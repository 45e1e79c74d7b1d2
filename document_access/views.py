"""Serving document files under the rule of ``document_access.rules``, and Diskominfo's publish action."""

from django.contrib import messages
from django.http import Http404, HttpResponseForbidden
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import add_never_cache_headers, patch_cache_control, patch_vary_headers
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.documents import get_document_model
from wagtail.documents.views import serve as wagtail_serve
from wagtail.forms import PasswordViewRestrictionForm
from wagtail.log_actions import log
from wagtail.wagtail_hooks import require_wagtail_login

from document_access import rules
from document_access.models import DocumentRelease
from opd import roles

# The rule's decision for the document of this request, kept for the headers of the response.
DECISION_ATTRIBUTE = "document_access_decision"
# Seconds a shared cache may keep a public document; short, so an unpublished page's file goes soon.
PUBLIC_MAX_AGE = 300


def refuse(request, document, decision):
    """The response for a refused download: 404, the collection's password form, login, or 403."""
    if decision.refusal == rules.NOT_FOUND:
        raise Http404("Dokumen tidak ditemukan.")
    if decision.refusal == rules.PASSWORD_FORM:
        form = PasswordViewRestrictionForm(
            instance=decision.restriction, initial={"return_url": request.get_full_path()}
        )
        action_url = reverse("wagtaildocs_authenticate_with_password", args=[decision.restriction.pk])
        response = TemplateResponse(
            request, "wagtaildocs/password_required.html", {"form": form, "action_url": action_url}
        )
        add_never_cache_headers(response)
        return response
    if decision.refusal == rules.LOGIN:
        return require_wagtail_login(next=request.get_full_path())
    response = TemplateResponse(request, "document_access/forbidden.html", {"document": document}, status=403)
    add_never_cache_headers(response)
    return response


def check_download(document, request):
    """``before_serve_document`` hook: apply the rule; a refusal ends the request."""
    decision = rules.may_download(request, document)
    setattr(request, DECISION_ATTRIBUTE, decision)
    if not decision.allowed:
        return refuse(request, document, decision)
    return None


def serve(request, document_id, document_filename):
    """Wagtail's document serve view, with cache and content headers that follow the rule's decision."""
    response = wagtail_serve.serve(request, document_id, document_filename)
    decision = getattr(request, DECISION_ATTRIBUTE, None)
    if decision is None or not decision.allowed:
        return response
    if decision.private:
        patch_cache_control(response, private=True, no_cache=True)
        patch_vary_headers(response, ["Cookie"])
    else:
        patch_cache_control(response, public=True, max_age=PUBLIC_MAX_AGE)
    response["X-Content-Type-Options"] = "nosniff"
    return response


@require_POST
def change_release(request):
    """Publish (``aksi=terbitkan``) or withdraw (``aksi=tarik``) a document for the public; Diskominfo only.

    Registered as an admin URL (Wagtail adds its admin-access check). The id travels in the form, not
    the path: whoever may use this view sees every document.
    """
    if not roles.is_diskominfo(request.user):
        return HttpResponseForbidden(_("Hanya penyetuju Diskominfo yang dapat menerbitkan dokumen untuk publik."))
    document = get_object_or_404(get_document_model(), pk=request.POST.get("dokumen") or 0)
    action = request.POST.get("aksi")
    if action == "terbitkan":
        _release, created = DocumentRelease.objects.get_or_create(
            document=document, defaults={"released_by": request.user}
        )
        if created:
            log(instance=document, action="document_access.publish", user=request.user)
        messages.success(request, _("Dokumen “%(title)s” kini dapat diunduh publik.") % {"title": document.title})
    elif action == "tarik":
        deleted, _by_model = DocumentRelease.objects.filter(document=document).delete()
        if deleted:
            log(instance=document, action="document_access.withdraw", user=request.user)
        messages.success(
            request,
            _("Terbitan dokumen “%(title)s” ditarik: dokumen hanya publik bila halaman terbit memakainya.")
            % {"title": document.title},
        )
    else:
        messages.error(request, _("Aksi tidak dikenal."))
    return redirect("wagtaildocs:edit", document.pk)
