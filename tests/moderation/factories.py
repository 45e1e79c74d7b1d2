"""A small moderation world (portal, Dinkes, Disdik, one user per role) and helpers that drive the editor over HTTP."""

import datetime
from dataclasses import dataclass

from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.provisioning import provision_portal
from opd import roles
from opd.models import NewsPage, Opd
from opd.provisioning import provision_opd_site
from tests.factories import NewsPageFactory, SuperuserFactory, UserFactory

ADMIN_HOST = "cms.localhost"


@dataclass
class ModerationWorld:
    """The portal and two OPD sites as provisioning leaves them, and a user for every moderation role."""

    portal: Page
    dinkes: Opd
    disdik: Opd
    approver: object  # Diskominfo – Penyetuju
    approver2: object  # a second approver: the other pair of eyes
    superuser: object
    humas: object
    operator_dinkes: object
    operator_disdik: object
    head_dinkes: object
    head_disdik: object
    inspektorat: object

    def news_index(self, opd):
        return opd.site.root_page.get_children().get(slug="berita")


def group(name):
    return Group.objects.get(name=name)


def build_moderation_world():
    portal = provision_portal().site.root_page
    dinkes = provision_opd_site("dinkes", "Dinas Kesehatan", acronym="Dinkes").opd
    disdik = provision_opd_site("disdik", "Dinas Pendidikan", acronym="Disdik").opd
    approvers = group(roles.DISKOMINFO_APPROVER)
    return ModerationWorld(
        portal=portal,
        dinkes=dinkes,
        disdik=disdik,
        approver=UserFactory(username="penyetuju", first_name="Dewi", last_name="Lestari", groups=[approvers]),
        approver2=UserFactory(username="penyetuju2", first_name="Rina", last_name="Marlina", groups=[approvers]),
        superuser=SuperuserFactory(username="admin"),
        humas=UserFactory(username="humas", groups=[group(roles.HUMAS_WRITER)]),
        operator_dinkes=UserFactory(
            username="operator.dinkes", first_name="Siti", last_name="Aminah", groups=[dinkes.operator_group]
        ),
        operator_disdik=UserFactory(username="operator.disdik", groups=[disdik.operator_group]),
        head_dinkes=UserFactory(username="kepala.dinkes", groups=[group(roles.head_group_name(dinkes))]),
        head_disdik=UserFactory(username="kepala.disdik", groups=[group(roles.head_group_name(disdik))]),
        inspektorat=UserFactory(username="inspektorat", groups=[group(roles.INSPEKTORAT)]),
    )


def draft_news(index, author, title="Vaksinasi gratis di Puskesmas", **fields):
    """A never-published news item under ``index`` whose only revision is by ``author``."""
    page = NewsPageFactory(
        parent=index,
        title=title,
        live=False,
        first_published_at=None,
        last_published_at=None,
        owner=author,
        lead_image=None,
        lead_image_alt="",
        **fields,
    )
    page.save_revision(user=author)
    return NewsPage.objects.get(pk=page.pk)


def news_form_data(page, body="<p>Isi berita.</p>", blocks=None, **overrides):
    """POST data of the news edit form for ``page``, as the editor sends it.

    The body is one paragraph of ``body``, or the StreamField ``blocks`` given as (type, value) pairs.
    """
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "date": page.date.isoformat(),
            "category": "",
            "lead_image": "",
            "lead_image_alt": "",
            "summary": page.summary,
            "body": streamfield(blocks or [("paragraph", rich_text(body))]),
            "tags": "",
            "responsible_person": page.responsible_person,
            "seo_title": "",
            "search_description": "",
            "listing_summary": "",
            "go_live_at": "",
            "expire_at": "",
            "comments": inline_formset([]),
        }
    )
    data.update(overrides)
    return data


def admin_client(user):
    client = Client(HTTP_HOST=ADMIN_HOST)
    client.force_login(user)
    return client


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=(page.pk,))


def post_edit(user, page, action, **overrides):
    """POST the edit form of ``page`` as ``user`` with the button ``action`` (e.g. "action-submit")."""
    fresh = NewsPage.objects.get(pk=page.pk).get_latest_revision_as_object()
    data = news_form_data(fresh, **overrides)
    if action:
        data[action] = "1"
    return admin_client(user).post(edit_url(page), data)


def submit(user, page, **overrides):
    """``user`` submits ``page`` for moderation through the editor; returns the response."""
    return post_edit(user, page, "action-submit", **overrides)


def workflow_action_url(page, action, task_state):
    return reverse("wagtailadmin_pages:workflow_action", args=(page.pk, action, task_state.pk))


def act(user, page, action, comment="", task_state=None):
    """``user`` approves or rejects the current step of ``page`` through Wagtail's workflow action URL."""
    task_state = task_state or Page.objects.get(pk=page.pk).current_workflow_task_state
    return admin_client(user).post(workflow_action_url(page, action, task_state), {"comment": comment})


def reload(page):
    return NewsPage.objects.get(pk=page.pk)


def in_an_hour():
    return timezone.now() + datetime.timedelta(hours=1)
