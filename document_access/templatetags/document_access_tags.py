"""The public-access panel of the document edit view."""

from django import template
from django.urls import reverse

from document_access import rules
from opd import roles

register = template.Library()


@register.inclusion_tag("document_access/status_panel.html", takes_context=True)
def document_access_panel(context, document):
    """Whether ``document`` can be downloaded by the public and why; Diskominfo also gets the publish action."""
    request = context["request"]
    return {
        "document": document,
        "status": rules.public_status(document),
        "can_release": roles.is_diskominfo(request.user),
        "action_url": reverse("document_access_release"),
        "csrf_token": context.get("csrf_token"),
    }
