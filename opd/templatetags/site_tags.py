"""Template tags for the public pages: the current site, its main menu, breadcrumbs and small helpers.

Every lookup that touches the database runs at most once per request (the result is cached on the
request), so a page costs the same number of queries however many sites and pages exist.
"""

from django import template
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.utils.text import capfirst
from wagtail.models import Page, Site

register = template.Library()

SECTIONS_CACHE_ATTR = "_jambi_site_sections"
BREADCRUMBS_CACHE_ATTR = "_jambi_breadcrumbs"


def _site_for(context):
    """The Site serving the request in ``context`` (Wagtail caches it on the request), or None."""
    request = context.get("request")
    if request is None:
        return None
    return Site.find_for_request(request)


def _site_sections(context):
    """Live children of the site's home page, fetched once per request (one query)."""
    request = context.get("request")
    if request is None:
        return []
    if not hasattr(request, SECTIONS_CACHE_ATTR):
        site = _site_for(context)
        # find_for_request selects the root page along with the site: only the children cost a query.
        sections = list(site.root_page.get_children().live()) if site else []
        setattr(request, SECTIONS_CACHE_ATTR, sections)
    return getattr(request, SECTIONS_CACHE_ATTR)


@register.simple_tag(takes_context=True)
def current_site(context):
    """``{% current_site as site %}``: the Wagtail Site of this host, or None for an unknown host."""
    return _site_for(context)


@register.simple_tag(takes_context=True)
def site_menu(context):
    """``{% site_menu as items %}``: the live children of the site's home page marked "show in menus"."""
    return [page for page in _site_sections(context) if page.show_in_menus]


@register.simple_tag(takes_context=True)
def section_page(context, model_label):
    """``{% section_page "opd.NewsIndexPage" as news_index %}``: the site's section of that type, or None.

    Looks among the sections already fetched for the menu, so it costs no query.
    """
    content_type = ContentType.objects.get_for_model(apps.get_model(model_label))
    for page in _site_sections(context):
        if page.content_type_id == content_type.pk:
            return page
    return None


@register.simple_tag(takes_context=True)
def breadcrumbs(context, page=None):
    """``{% breadcrumbs page as crumbs %}``: ancestors of ``page`` below the site's home page (one query)."""
    page = page or context.get("page")
    request = context.get("request")
    if not isinstance(page, Page) or request is None:
        return []
    cache = getattr(request, BREADCRUMBS_CACHE_ATTR, None)
    if cache is None:
        cache = {}
        setattr(request, BREADCRUMBS_CACHE_ATTR, cache)
    if page.pk not in cache:
        site = _site_for(context)
        if site is None or page.pk == site.root_page_id or not page.path.startswith(site.root_page.path):
            cache[page.pk] = []
        else:
            cache[page.pk] = list(page.get_ancestors().filter(depth__gt=site.root_page.depth))
    return cache[page.pk]


@register.filter
def in_section(page, section):
    """True when ``page`` is ``section`` or lies below it (marks the active menu item)."""
    if not isinstance(page, Page) or not isinstance(section, Page):
        return False
    return page.path.startswith(section.path)


@register.filter
def is_site_root(page, site):
    """True when ``page`` is the home page of ``site``."""
    return isinstance(page, Page) and isinstance(site, Site) and page.pk == site.root_page_id


@register.filter
def page_kind(page):
    """The human name of a page's type, e.g. "Berita" (content types are cached: no query per page)."""
    if not isinstance(page, Page):
        return ""
    model = page.specific_class or type(page)
    return capfirst(model._meta.verbose_name)


@register.filter
def field_label(obj, name):
    """The verbose name of a model field: ``page|field_label:"legal_basis"`` gives "Dasar hukum"."""
    return capfirst(obj._meta.get_field(name).verbose_name)
