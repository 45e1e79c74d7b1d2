"""Keep the search index in step with what a publish really stored.

Wagtail indexes a page from its ``post_save`` signal, which fires before modelcluster writes the
page's inline rows (PPID items, officials). Without a second pass, rows added in the same edit are
missing from the index until the page is saved again.
"""

from wagtail.search import index
from wagtail.signals import page_published


def reindex_published_page(sender, instance, **kwargs):
    """Index the page again once its inline rows are in the database."""
    index.insert_or_update_object(instance.specific)


def connect():
    page_published.connect(reindex_published_page, dispatch_uid="search.reindex_published_page")
