"""The download rule costs a fixed number of queries, however many pages link the document."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.document_access.world import (
    dinkes_document,
    document_link,
    download,
    live_page_linking,
    password_protected_page,
    visitor,
)
from tests.factories import StandardPageFactory, paragraph
from tests.moderation.factories import build_moderation_world

pytestmark = pytest.mark.postgres


def queries_of(client, document, status):
    with CaptureQueriesContext(connection) as queries:
        response = download(client, document)
    assert response.status_code == status
    return len(queries)


def test_download_queries_do_not_grow_with_the_linking_pages(db, django_assert_max_num_queries):
    world = build_moderation_world()
    once = dinkes_document(world, "Sekali ditautkan")
    live_page_linking(world, once, title="Satu")
    often = dinkes_document(world, "Sering ditautkan")
    protected, _restriction = password_protected_page(world)
    for n in range(12):
        parent = protected if n % 2 else None
        if parent is None:
            live_page_linking(world, often, title=f"Halaman {n}")
        else:
            StandardPageFactory(
                parent=world.dinkes.site.root_page, title=f"Tertaut {n}", body=paragraph(document_link(often))
            )
    draft_only = dinkes_document(world, "Hanya di draf")
    StandardPageFactory(
        parent=world.dinkes.site.root_page, title="Draf", live=False, body=paragraph(document_link(draft_only))
    )

    anonymous = visitor()
    assert queries_of(anonymous, once, 200) == queries_of(anonymous, often, 200)
    with django_assert_max_num_queries(7):
        assert download(anonymous, once).status_code == 200
    # The 404 page adds the site's identity, menu and the redirects lookup (4 queries of its own).
    with django_assert_max_num_queries(10):
        assert download(anonymous, draft_only).status_code == 404

    other_operator = visitor(world.operator_disdik)
    assert queries_of(other_operator, once, 200) == queries_of(other_operator, often, 200)
    # One more for a signed-in visitor: does the session still owe a one-time code (signin.middleware)?
    with django_assert_max_num_queries(13):
        assert download(other_operator, often).status_code == 200
