"""The error pages: a branded 404, the 500 page, and the 503 answer when the database is out of reach.

Several apps answer with the 503 page (``service_unavailable``), so it lives here rather than in the
project package, which only wires settings and URLs.
"""

import sys

from django.core.exceptions import SuspiciousOperation
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseNotFound, HttpResponseServerError
from django.http.multipartparser import MultiPartParserError
from django.template import loader
from wagtail.models import Site

from questions.public import HONEYPOT_FIELD


def page_not_found(request, exception=None):
    """A friendly 404, branded with the site's identity when the host has a site."""
    site = Site.find_for_request(request)
    template = loader.get_template("404.html")
    return HttpResponseNotFound(template.render({"request": request, "current_site": site}, request))


RETRY_AFTER_SECONDS = 60


def server_error(request):
    """A 500 page that needs no database: it may be the database that failed.

    When it did fail (cannot connect, connection lost), the answer is a 503 instead, whichever layer
    hit it first (the site lookup, a middleware, the view), and a POST is told that what it sent was
    not received; a Gubernur Menjawab question is told so in the service's own words.
    """
    error = sys.exc_info()[1]  # Django calls handler500 while handling the exception
    if isinstance(error, OperationalError | InterfaceError):
        return database_unavailable(request)
    template = loader.get_template("500.html")
    return HttpResponseServerError(template.render({}))


def _is_question(request):
    """Whether the POST is the Gubernur Menjawab form (it carries the honeypot field); unreadable: no."""
    try:
        return HONEYPOT_FIELD in request.POST
    except (SuspiciousOperation, MultiPartParserError, OSError):
        return False


def database_unavailable(request):
    """503 rendered without the database; says whether a submission was lost."""
    posted = request.method == "POST"
    template = "questions/not_received_plain.html" if posted and _is_question(request) else "503.html"
    return service_unavailable(loader.get_template(template).render({"posted": posted, "title": "Gubernur Menjawab"}))


def service_unavailable(content):
    """A 503 with ``content``: retry in a minute, and never cached (the next try may well succeed)."""
    response = HttpResponse(content, status=503)
    response.headers["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response.headers["Cache-Control"] = "no-store"
    return response
