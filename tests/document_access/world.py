"""The world of the document access tests: the moderation world (portal, Dinkes, Disdik, a user per role),
documents in Dinkes's collection, and helpers to link them from pages and download them over HTTP."""

import datetime

import factory
from django.test import Client
from django.utils import timezone
from wagtail.models import PageViewRestriction

from opd.models import DownloadItem, StandardPage
from tests.factories import DocumentFactory, StandardPageFactory, paragraph
from tests.moderation.factories import ADMIN_HOST

PUBLIC_HOST = "dinkes.localhost"
PAGE_PASSWORD = "sandi-rahasia"


def dinkes_document(world, title, filename="lampiran.pdf", data=b"%PDF-1.4\n% lampiran\n", collection=None):
    """A document uploaded to Dinkes's collection (as its operator would)."""
    return DocumentFactory(
        title=title,
        collection=collection or world.dinkes.collection,
        file=factory.django.FileField(filename=filename, data=data),
        uploaded_by_user=world.operator_dinkes,
    )


def document_link(document, text="Unduh lampiran"):
    """Rich text (database format) that links ``document``."""
    return f'<p><a linktype="document" id="{document.pk}">{text}</a></p>'


def profile(world):
    return world.dinkes.site.root_page.get_children().get(slug="profil")


def live_page_linking(world, document, title="Laporan tahunan", parent=None):
    """A live Dinkes page whose live content links ``document``, published the Wagtail way."""
    page = StandardPage(title=title, body=paragraph(document_link(document)))
    (parent or profile(world)).add_child(instance=page)
    page.save_revision(user=world.approver).publish(user=world.approver)
    return page


def downloads_page_listing(world, document):
    """Dinkes's live Unduhan page, listing ``document`` (an inline row of the page)."""
    page = world.dinkes.site.root_page.get_children().get(slug="unduhan").specific
    page.downloads.add(DownloadItem(document=document, title=document.title))
    page.save_revision(user=world.approver).publish(user=world.approver)
    return page


def password_protected_page(world):
    """A live page of Dinkes behind a shared password; returns (page, restriction)."""
    page = StandardPageFactory(parent=profile(world), title="Dokumen internal rapat", slug="rapat-internal")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password=PAGE_PASSWORD
    )
    return page, restriction


def visitor(user=None, host=PUBLIC_HOST):
    """A browser on the public host, signed in as ``user`` if given."""
    client = Client(HTTP_HOST=host)
    if user is not None:
        client.force_login(user)
    return client


def admin(user):
    client = Client(HTTP_HOST=ADMIN_HOST)
    client.force_login(user)
    return client


def download(client, document):
    return client.get(document.url)


def content(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def next_week():
    return timezone.localdate() + datetime.timedelta(days=7)
