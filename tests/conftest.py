"""Suite-wide test configuration.

PostgreSQL-only tests skip with a reason on SQLite; uploads go to a temporary directory; the cache
starts empty in every test, so no test sees another's cached Site root paths or renditions.

A kept database (``--reuse-db``) that transactional tests (``tests/e2e``) left flushed is created afresh:
they empty every table when they finish, and a reused database does not run the data migrations that
give Wagtail its root page, locale and collection.
"""

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.test import override_settings


def pytest_collection_modifyitems(config, items):
    if settings.DATABASE_IS_POSTGRES:
        return
    skip = pytest.mark.skip(reason="needs PostgreSQL: set DATABASE_URL=postgres://… (CI does)")
    for item in items:
        if "postgres" in item.keywords:
            item.add_marker(skip)


def _kept_postgres_db_was_flushed():
    """True when the kept PostgreSQL test database exists but has lost Wagtail's root page."""
    if not settings.DATABASE_IS_POSTGRES:
        return False  # SQLite test databases live in memory and are created every run
    import psycopg

    params = connection.get_connection_params()
    params["dbname"] = connection.creation._get_test_db_name()
    try:
        with psycopg.connect(**params, connect_timeout=5) as conn:
            row = conn.execute(
                "SELECT to_regclass('wagtailcore_page') IS NOT NULL "
                "AND NOT EXISTS (SELECT 1 FROM wagtailcore_page WHERE depth = 1)"
            ).fetchone()
    except psycopg.Error:
        return False  # no kept database (or no tables yet): the normal setup creates it
    return bool(row and row[0])


@pytest.fixture(scope="session")
def django_db_createdb(request, django_db_keepdb):
    """``--create-db``, or a kept database that a previous run's transactional tests left flushed."""
    if request.config.getvalue("create_db"):
        return True
    return bool(django_db_keepdb and _kept_postgres_db_was_flushed())


@pytest.fixture(scope="session", autouse=True)
def _media_root(tmp_path_factory):
    """Images, documents and renditions are written to a throw-away directory."""
    with override_settings(MEDIA_ROOT=str(tmp_path_factory.mktemp("media"))):
        yield


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()
