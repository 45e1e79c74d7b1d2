"""Every public page costs a fixed number of queries, however many sites and items exist.

Each page type is rendered on a small world (portal + 2 OPD sites, 3 items in every listing) and on a
world ten times larger (portal + 20 OPD sites; the portal and the measured OPD site carry 30 items in
every listing, with an image per news item, photo and official). Both worlds are built once, measured,
and rolled back.

Each URL is requested three times: a warm-up (creates renditions, fills per-process caches such as
ContentType), a measured request with the Django cache warm, and a measured request right after
``cache.clear()``. The cold-cache request is the one that would reveal an N+1 on image renditions, which
a warm cache otherwise hides (Wagtail caches each rendition by key). Both must stay under the page's
ceiling and be equal in both worlds.
"""

import pytest
from django.core.cache import cache
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from opd.models import GalleryImage, NewsPage, Opd, ServicePage
from tests.factories import DEFAULT_OPDS, add_light_opd_site, add_opd_site, build_world

PORTAL, DINKES = "localhost", "dinkes.localhost"

# Page type -> the most queries one request may cost, warm or cold cache, in either world. Measured
# (cold cache, both databases) plus two of headroom for a template that adds a constant lookup; growth
# with the number of items is caught by the small == large comparison, not by the headroom.
CEILINGS = {
    "portal home": 18,  # measured 16
    "OPD directory": 13,  # 11
    "freshness board": 21,  # 19: the score costs the same ten aggregate queries for 2 or 20 sites
    "Gubernur Menjawab": 13,  # 11: the form's OPD choices are one query
    "Gubernur Menjawab Q&A": 13,  # 11: one count and one page of answers with their OPD joined
    "portal news index": 16,  # 14
    "portal search": 14,  # 12
    "portal sitemap.xml": 15,  # 13: .specific() costs one query per page type present, not per page
    "OPD home": 20,  # 18
    "profile": 16,  # 14
    "standard page": 15,  # 13
    "officials": 17,  # 15
    "news index": 17,  # 15
    "news page": 19,  # 17
    "announcement index": 16,  # 14
    "announcement page": 16,  # 14
    "agenda index": 18,  # 16
    "event page": 15,  # 13
    "service index": 16,  # 14
    "service page": 15,  # 13
    "PPID": 14,  # 12
    "gallery": 15,  # 13
    "downloads": 14,  # 12
    "contact": 13,  # 11
    "OPD search": 14,  # 12
    "OPD sitemap.xml": 23,  # 21: one query per page type of an OPD site (16 types), whatever the number of pages
}


def targets(world):
    """Page type -> (host, path) for one world; the same shapes in both worlds."""
    dinkes = world.opds["dinkes"]
    upcoming_event = next(event for event in dinkes.events if event.start > timezone.now())

    def path(page):
        return page.relative_url(page.get_site())

    return {
        "portal home": (PORTAL, "/"),
        "OPD directory": (PORTAL, "/direktori-opd/"),
        "freshness board": (PORTAL, "/kebaruan/"),
        "Gubernur Menjawab": (PORTAL, "/gubernur-menjawab/"),
        "Gubernur Menjawab Q&A": (PORTAL, "/gubernur-menjawab/tanya-jawab/"),
        "portal news index": (PORTAL, "/berita/"),
        "portal search": (PORTAL, "/cari/?q=kabar"),
        "portal sitemap.xml": (PORTAL, "/sitemap.xml"),
        "OPD home": (DINKES, "/"),
        "profile": (DINKES, "/profil/"),
        "standard page": (DINKES, "/profil/visi-dan-misi/"),
        "officials": (DINKES, "/profil/profil-pimpinan/"),
        "news index": (DINKES, "/berita/"),
        "news page": (DINKES, path(dinkes.news[0])),
        "announcement index": (DINKES, "/pengumuman/"),
        "announcement page": (DINKES, path(dinkes.announcements[0])),
        "agenda index": (DINKES, "/agenda/"),
        "event page": (DINKES, path(upcoming_event)),
        "service index": (DINKES, "/layanan/"),
        "service page": (DINKES, path(dinkes.services[0])),
        "PPID": (DINKES, "/ppid/"),
        "gallery": (DINKES, "/galeri/"),
        "downloads": (DINKES, "/unduhan/"),
        "contact": (DINKES, "/kontak/"),
        "OPD search": (DINKES, "/cari/?q=kabar"),
        "OPD sitemap.xml": (DINKES, "/sitemap.xml"),
    }


def small_world():
    return build_world(items=3)


def large_world():
    # Dinkes (measured) and the portal get 30 items per listing; Disdik keeps 3 and 18 light sites with one
    # news item each make 20 OPD sites for the portal's aggregates, its directory and its search.
    world = build_world(opds=DEFAULT_OPDS[:1], items=30)
    world.opds["disdik"] = add_opd_site(*DEFAULT_OPDS[1], items=3, category=world.category)
    for n in range(18):
        add_light_opd_site(f"opd{n:02d}", f"Badan Uji {n:02d}")
    return world


def count_queries(client, host, path):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path, HTTP_HOST=host)
    return response.status_code, len(queries)


def world_size(world):
    dinkes = world.opds["dinkes"]
    return {
        "OPD sites": Opd.objects.with_site().count(),
        "dinkes news": NewsPage.objects.live().descendant_of(dinkes.home).count(),
        "dinkes photos": GalleryImage.objects.filter(page=dinkes.sections["galeri"]).count(),
        "dinkes services": ServicePage.objects.live().descendant_of(dinkes.home).count(),
        "portal news": NewsPage.objects.live().descendant_of(world.portal.home).count(),
    }


def measure(world):
    """{page type: {"status", "warm", "cold"} or {"error"}} for every target of ``world``."""
    client = Client()
    results = {}
    for name, (host, path) in targets(world).items():
        try:
            client.get(path, HTTP_HOST=host)
            status, warm = count_queries(client, host, path)
            cache.clear()
            _status, cold = count_queries(client, host, path)
            results[name] = {"status": status, "warm": warm, "cold": cold}
        except Exception as error:  # reported by the test of that page type, not here
            results[name] = {"error": f"{type(error).__name__}: {error}"}
    return results


@pytest.fixture(scope="module")
def measurements(django_db_setup, django_db_blocker):
    """Build each world inside a transaction, measure every page, roll the world back."""
    results = {"sizes": {}}
    with django_db_blocker.unblock():
        for label, build in (("small", small_world), ("large", large_world)):
            cache.clear()
            with transaction.atomic():
                world = build()
                results["sizes"][label] = world_size(world)
                results[label] = measure(world)
                transaction.set_rollback(True)
    cache.clear()
    return results


@pytest.mark.django_db
@pytest.mark.parametrize("page_type", list(CEILINGS))
def test_query_count_does_not_grow_with_the_world(measurements, page_type):
    small, large = measurements["small"][page_type], measurements["large"][page_type]
    assert "error" not in small, small.get("error")
    assert "error" not in large, large.get("error")
    assert (small["status"], large["status"]) == (200, 200)
    ceiling = CEILINGS[page_type]
    for cache_state in ("warm", "cold"):
        counts = (small[cache_state], large[cache_state])
        assert max(counts) <= ceiling, f"{page_type} ({cache_state} cache): {counts} queries, ceiling {ceiling}"
        assert small[cache_state] == large[cache_state], (
            f"{page_type} ({cache_state} cache): {small[cache_state]} queries on the small world, "
            f"{large[cache_state]} on the large one"
        )


@pytest.mark.django_db
def test_every_page_type_is_measured(measurements):
    assert set(measurements["small"]) == set(CEILINGS) == set(measurements["large"])


@pytest.mark.django_db
def test_the_large_world_is_ten_times_the_small_one(measurements):
    """Guards the meaning of the comparison: the large world really has 10× the sites and the items."""
    small, large = measurements["sizes"]["small"], measurements["sizes"]["large"]
    assert small == {"OPD sites": 2, "dinkes news": 3, "dinkes photos": 3, "dinkes services": 3, "portal news": 3}
    assert large == {"OPD sites": 20, "dinkes news": 30, "dinkes photos": 30, "dinkes services": 30, "portal news": 30}


@pytest.mark.django_db
def test_report(measurements):
    """Print the measured table (shown with ``pytest -s``); the assertions are above."""
    print(f"\n{'page type':<22} {'small warm/cold':>16} {'large warm/cold':>16}")  # noqa: T201
    for name in CEILINGS:
        small, large = measurements["small"][name], measurements["large"][name]
        cells = ["error" if "error" in row else f"{row['warm']}/{row['cold']}" for row in (small, large)]
        print(f"{name:<22} {cells[0]:>16} {cells[1]:>16}")  # noqa: T201
