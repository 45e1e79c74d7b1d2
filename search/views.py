"""Public search: an OPD host searches its own site; the portal searches every site."""

from django.conf import settings
from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils import timezone
from wagtail.models import Page, Site

from opd.models import AnnouncementPage
from opd.sites import attach_opds

RESULTS_PER_PAGE = 10


def searchable_pages(site):
    """Live, public pages the given host may search; expired announcements never show up."""
    pages = Page.objects.live().public().filter(depth__gt=1)
    if not is_portal(site):
        pages = pages.descendant_of(site.root_page, inclusive=True)
    expired = AnnouncementPage.objects.live().filter(expiry_date__lt=timezone.localdate()).values_list("id", flat=True)
    expired = list(expired)
    if expired:
        pages = pages.exclude(id__in=expired)
    return pages


def is_portal(site):
    """The portal is the site that no OPD owns."""
    return not hasattr(site, "opd")


def search(request):
    site = Site.find_for_request(request)
    query = request.GET.get("q", "").strip()[: settings.SEARCH_QUERY_MAX_LENGTH]
    page_number = request.GET.get("halaman", 1)
    results = None
    if query:
        paginator = Paginator(searchable_pages(site).search(query), RESULTS_PER_PAGE)
        results = paginator.get_page(page_number)
        hits = Page.objects.filter(id__in=[page.id for page in results]).specific().in_bulk()
        ordered = [hits[page.id] for page in results if page.id in hits]
        results.object_list = attach_opds(ordered) if is_portal(site) else ordered
    return TemplateResponse(
        request,
        "search/search.html",
        {"search_query": query, "results": results, "searching_all_sites": is_portal(site)},
    )
