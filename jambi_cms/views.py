"""Project-wide views: robots.txt and the error pages."""

from django.http import HttpResponse, HttpResponseNotFound, HttpResponseServerError
from django.template import loader
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.models import Site


@require_GET
@cache_control(max_age=3600, public=True)
def robots_txt(request):
    """Crawl the public pages of this host; keep out of the admin and search results; point at the sitemap."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /cari/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def page_not_found(request, exception=None):
    """A friendly 404, branded with the site's identity when the host has a site."""
    site = Site.find_for_request(request)
    template = loader.get_template("404.html")
    return HttpResponseNotFound(template.render({"request": request, "current_site": site}, request))


def server_error(request):
    """A 500 page that needs no database: it may be the database that failed."""
    template = loader.get_template("500.html")
    return HttpResponseServerError(template.render({}))
