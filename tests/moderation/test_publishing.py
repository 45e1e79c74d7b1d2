"""Publishing only through the workflow: every hand-made way to put a page live is refused, scheduling works.

An operator or Humas writer holds no publish permission; a Diskominfo approver holds it (to approve),
but on a site under a workflow only an approval publishes. Each refused attempt must leave the live
page exactly as it was: same live revision, same title, same place in the tree.
"""

import datetime
from io import StringIO

import time_machine
from django.core.management import call_command
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageLogEntry

from tests.moderation.factories import (
    act,
    admin_client,
    build_moderation_world,
    draft_news,
    edit_url,
    post_edit,
    reload,
    submit,
)

WRITERS = ("operator_dinkes", "humas", "approver")


def published_news(index, author, title):
    """A live news item whose live revision is by ``author``, with a newer unpublished draft on top."""
    page = draft_news(index, author, title=title)
    page.get_latest_revision().publish()
    page = reload(page)
    page.title = f"{title} (draf baru)"
    page.save_revision(user=author)
    return reload(page)


def snapshot(page):
    page = reload(page)
    return {
        "live": page.live,
        "title": page.title,
        "live_revision": page.live_revision_id,
        "parent": page.get_parent().pk,
        "has_unpublished_changes": page.has_unpublished_changes,
    }


class NoPublishingOutsideTheWorkflowTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_moderation_world()
        cls.index = cls.world.news_index(cls.world.dinkes)
        cls.other_index = cls.world.dinkes.site.root_page.get_children().get(slug="pengumuman")

    def setUp(self):
        self.live = published_news(self.index, self.world.operator_dinkes, "Jadwal posyandu")
        self.before = snapshot(self.live)

    def user(self, role):
        return getattr(self.world, role)

    def assertUnchanged(self, page=None):
        self.assertEqual(snapshot(page or self.live), self.before)

    def test_publish_button_is_not_offered(self):
        for role in WRITERS:
            with self.subTest(role=role):
                response = admin_client(self.user(role)).get(edit_url(self.live))
                self.assertEqual(response.status_code, 200)
                self.assertNotContains(response, 'name="action-publish"')
                self.assertContains(response, 'name="action-submit"')

    def test_hand_made_publish_post_keeps_the_live_page(self):
        for role in WRITERS:
            with self.subTest(role=role):
                post_edit(self.user(role), self.live, "action-publish", title="Terbit tanpa moderasi")
                page = reload(self.live)
                self.assertEqual(page.live_revision_id, self.before["live_revision"])
                self.assertEqual(page.title, self.before["title"])
                self.assertEqual(page.get_latest_revision_as_object().title, "Terbit tanpa moderasi", "kept as draft")

    def test_hand_made_schedule_post_schedules_nothing(self):
        go_live = (timezone.localtime() + datetime.timedelta(hours=2)).strftime("%Y-%m-%d %H:%M")
        for role in WRITERS:
            with self.subTest(role=role):
                post_edit(self.user(role), self.live, "action-publish", go_live_at=go_live)
                self.assertUnchanged()
                self.assertIsNone(reload(self.live).scheduled_revision)

    def test_revert_and_publish_is_refused(self):
        first_revision = reload(self.live).live_revision
        for role in WRITERS:
            with self.subTest(role=role):
                post_edit(self.user(role), self.live, "action-publish", revision=str(first_revision.pk))
                self.assertUnchanged()

    def test_copy_and_publish_creates_no_live_copy(self):
        url = reverse("wagtailadmin_pages:copy", args=(self.live.pk,))
        for n, role in enumerate(WRITERS):
            with self.subTest(role=role):
                data = {"new_title": f"Salinan {n}", "new_slug": f"salinan-{n}", "new_parent_page": self.index.pk}
                for flag in ("publish_copies", "alias"):
                    admin_client(self.user(role)).post(url, {**data, flag: "on"})
                    self.assertFalse(self.index.get_children().filter(slug=f"salinan-{n}", live=True).exists())

    def test_copy_as_draft_stays_possible(self):
        url = reverse("wagtailadmin_pages:copy", args=(self.live.pk,))
        data = {"new_title": "Salinan draf", "new_slug": "salinan-draf", "new_parent_page": self.index.pk}
        admin_client(self.world.operator_dinkes).post(url, data)
        copy = self.index.get_children().get(slug="salinan-draf")
        self.assertFalse(copy.live)

    def test_writers_cannot_unpublish_or_move_a_live_page(self):
        unpublish = reverse("wagtailadmin_pages:unpublish", args=(self.live.pk,))
        move = reverse("wagtailadmin_pages:move_confirm", args=(self.live.pk, self.other_index.pk))
        for role in ("operator_dinkes", "humas"):
            with self.subTest(role=role):
                client = admin_client(self.user(role))
                self.assertIn(client.post(unpublish).status_code, (302, 403, 404))
                self.assertIn(client.post(move).status_code, (302, 403, 404))
                self.assertUnchanged()

    def test_bulk_publish_is_refused(self):
        draft = draft_news(self.index, self.world.operator_dinkes, title="Draf massal")
        url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
        for role in WRITERS:
            with self.subTest(role=role):
                admin_client(self.user(role)).post(f"{url}?id={draft.pk}&id={self.live.pk}", {})
                self.assertFalse(reload(draft).live)
                self.assertUnchanged()

    def test_only_an_approval_publishes_and_it_is_in_the_audit_log(self):
        page = draft_news(self.index, self.world.operator_dinkes, title="Imunisasi anak")
        submit(self.world.operator_dinkes, page)
        self.assertFalse(reload(page).live)
        act(self.world.approver, page, "approve", comment="Sudah sesuai.")
        self.assertTrue(reload(page).live)
        entries = PageLogEntry.objects.filter(page=page).order_by("timestamp", "pk")
        by_action = {entry.action: entry.user for entry in entries}
        self.assertEqual(by_action["wagtail.workflow.start"], self.world.operator_dinkes)
        self.assertEqual(by_action["wagtail.workflow.approve"], self.world.approver)
        self.assertEqual(by_action["wagtail.publish"], self.world.approver)

    def test_send_back_is_in_the_audit_log_with_its_comment(self):
        page = draft_news(self.index, self.world.operator_dinkes, title="Imunisasi dewasa")
        submit(self.world.operator_dinkes, page)
        act(self.world.approver, page, "reject", comment="Lengkapi sumber data.")
        entry = PageLogEntry.objects.get(page=page, action="wagtail.workflow.reject")
        self.assertEqual(entry.user, self.world.approver)
        self.assertEqual(entry.data["comment"], "Lengkapi sumber data.")
        self.assertFalse(reload(page).live)


class ScheduledPublishingTests(TestCase):
    """An approved page with a go-live time goes live when ``publish_scheduled`` runs after that time."""

    @classmethod
    def setUpTestData(cls):
        cls.world = build_moderation_world()
        cls.index = cls.world.news_index(cls.world.dinkes)

    def test_approved_page_goes_live_at_its_time(self):
        go_live = timezone.now().replace(second=0, microsecond=0) + datetime.timedelta(days=1)
        page = draft_news(self.index, self.world.operator_dinkes, title="Peluncuran aplikasi")
        local = timezone.localtime(go_live).strftime("%Y-%m-%d %H:%M")
        submit(self.world.operator_dinkes, page, go_live_at=local)
        act(self.world.approver, page, "approve")

        page = reload(page)
        self.assertFalse(page.live)
        self.assertEqual(page.scheduled_revision.approved_go_live_at, go_live)

        with time_machine.travel(go_live - datetime.timedelta(minutes=1)):
            call_command("publish_scheduled", stdout=StringIO())
        self.assertFalse(reload(page).live)

        with time_machine.travel(go_live + datetime.timedelta(minutes=1)):
            call_command("publish_scheduled", stdout=StringIO())
        page = reload(page)
        self.assertTrue(page.live)
        self.assertIsNone(page.scheduled_revision)
        response = self.client.get(page.get_url_parts()[2], HTTP_HOST="dinkes.localhost")
        self.assertContains(response, "Peluncuran aplikasi")
