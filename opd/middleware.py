"""Host routing: every public request must belong to a Site; the admin answers only where allowed."""

from django.conf import settings
from django.http import Http404, HttpResponsePermanentRedirect
from wagtail.models import Site

from security.headers import REPORT_PATH

# Paths served whatever the host: static files, uploaded media, policy-violation reports and the admin
# (checked separately).
SITELESS_PREFIXES = ("/static/", "/media/", REPORT_PATH)
ADMIN_PREFIX = "/admin/"
# The admin links documents with root-relative URLs, so the admin host serves them too.
DOCUMENTS_PREFIX = "/dokumen/"


class SiteHostMiddleware:
    """Send ``www.`` to the portal, keep the admin on its host, and 404 a host that has no Site.

    Wagtail would otherwise serve its default site for an unknown host; DESIGN.md wants a 404.
    A host outside BASE_DOMAIN never gets this far: ALLOWED_HOSTS answers it with 400.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        hostname = request.get_host().rsplit(":", 1)[0].lower()
        if hostname == f"www.{settings.BASE_DOMAIN}":
            target = request.build_absolute_uri().replace(
                f"//www.{settings.BASE_DOMAIN}", f"//{settings.BASE_DOMAIN}", 1
            )
            return HttpResponsePermanentRedirect(target)
        if request.path.startswith(ADMIN_PREFIX):
            if settings.ADMIN_HOST_ONLY and hostname != settings.ADMIN_HOST:
                raise Http404("The admin is served on its own host.")
            return self.get_response(request)
        if request.path.startswith(SITELESS_PREFIXES):
            return self.get_response(request)
        if settings.ADMIN_HOST_ONLY and hostname == settings.ADMIN_HOST:
            if request.path.startswith(DOCUMENTS_PREFIX):
                return self.get_response(request)
            return HttpResponsePermanentRedirect(ADMIN_PREFIX)
        if Site.find_for_request(request) is None:
            raise Http404("No site is configured for this host.")
        return self.get_response(request)
