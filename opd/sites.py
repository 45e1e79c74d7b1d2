"""Which OPD a page belongs to, answered for many pages with one query."""

from opd.models import Opd


def opds_by_root_path():
    """Map the tree path of each OPD site's home page to its OPD (one query, whatever the number of sites)."""
    return {
        opd.site.root_page.path: opd
        for opd in Opd.objects.filter(site__isnull=False)
        .select_related("site__root_page")
        .only("name", "slug", "acronym", "custom_hostname", "site__root_page__path", "site__hostname", "site__port")
    }


def opd_for_page(page, root_paths):
    """The OPD whose site contains ``page``, given ``opds_by_root_path()``; None for portal pages."""
    for path, opd in root_paths.items():
        if page.path.startswith(path):
            return opd
    return None


def attach_opds(pages):
    """Set ``page.opd`` on every page of a list (one query in all) and return the list."""
    root_paths = opds_by_root_path()
    pages = list(pages)
    for page in pages:
        page.opd = opd_for_page(page, root_paths)
    return pages
