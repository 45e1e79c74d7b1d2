"""Publishing seeded pages the Wagtail way (revision, then publish), with optional backdating."""

import datetime

from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Page, PageLogEntry


def at(day, hour=9, minute=0):
    """An aware datetime on ``day`` (a date) at local ``hour``:``minute``."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


def publish(page, when=None):
    """Save a revision of ``page`` and publish it as the system (no user).

    ``when`` backdates the first and last publication and its audit-log entry, so listings,
    "Terakhir diperbarui" and the freshness score see months of history instead of one afternoon of
    seeding.
    """
    page.save_revision().publish()
    if when is not None:
        Page.objects.filter(pk=page.pk).update(first_published_at=when, last_published_at=when)
        PageLogEntry.objects.filter(page=page, action="wagtail.publish").update(timestamp=when)
        page.first_published_at = page.last_published_at = when
    return page


def child(parent, slug):
    """The specific child page of ``parent`` with ``slug``, or None."""
    page = parent.get_children().filter(slug=slug).first()
    return page.specific if page else None


def slug_for(title):
    return slugify(title)[:100].strip("-")


def has_child(parent, title):
    """True if ``parent`` already has the page that ``add_page`` would create for ``title``."""
    return parent.get_children().filter(slug=slug_for(title)).exists()


def add_page(parent, page, when=None):
    """Add ``page`` under ``parent`` (slug from the title unless given) and publish it; skip an existing slug."""
    page.slug = page.slug or slug_for(page.title)
    if parent.get_children().filter(slug=page.slug).exists():
        return None
    parent.add_child(instance=page)
    return publish(page, when)


def is_empty(value):
    """True for an empty text, rich text or StreamField value."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    return len(value) == 0
