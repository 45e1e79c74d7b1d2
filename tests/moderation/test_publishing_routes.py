"""Every route Wagtail offers to put a page live, enumerated, classified and tried by every role (issue 9).

The first part lists what Wagtail registers for pages (admin URL names, the admin API's page actions,
page bulk actions, the page action menu and the workflow task actions) and compares it with the
tables below: a route that appears after a Wagtail upgrade and is not in a table fails the suite until
someone classifies it. Each table says, for a non-superuser on a site under a workflow:

- ``REFUSED``: the route can put content live and refuses to (``moderation.publishing``);
- ``WORKFLOW``: the route publishes only by approving a workflow step (four eyes) or submits to one;
- ``SAFE``: the route never puts anything live (reading, drafting, taking down, deleting);
- ``SUPERUSER``: only superusers reach it at all.

The second part proves the ``REFUSED`` ones over HTTP, for each role: a draft stays unpublished, a live
page keeps its live revision and place, nothing new is live on another OPD's site, nobody but the
superuser has a ``wagtail.publish`` entry, and the answer is a refusal. The superuser's actions work
and leave a ``moderation.bypass`` entry in the audit log.
"""

import contextlib
import datetime
import json
from io import StringIO

import time_machine
from django.core.management import call_command
from django.db import transaction
from django.test import SimpleTestCase, TestCase
from django.urls import URLResolver, get_resolver, resolve, reverse
from django.utils import timezone
from wagtail.actions.create_alias import CreatePageAliasAction
from wagtail.admin.action_menu import _get_base_page_action_menu_items
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.models import Page, PageLogEntry, WorkflowPage, WorkflowState

from moderation.api import ModeratedPagesAdminAPIViewSet
from moderation.publishing import BYPASS_LOG_ACTION, DIRECT_PUBLISH_REFUSED, SCHEDULE_REFUSED_LOG_ACTION
from tests.moderation.factories import (
    admin_client,
    build_moderation_world,
    draft_news,
    post_edit,
    reload,
    submit,
)

REFUSED, WORKFLOW, SAFE, SUPERUSER = "refused", "workflow-bound", "safe (no publishing)", "superuser only"

# --- the expectation tables ------------------------------------------------------------------------

ADMIN_URLS = {
    "wagtailadmin_pages:add": REFUSED,  # create view: its publish button is refused (before_publish_page)
    "wagtailadmin_pages:edit": REFUSED,  # publish and schedule are refused; submit is workflow-bound
    "wagtailadmin_pages:revisions_revert": REFUSED,  # revert-and-publish posts to the edit view: refused
    "wagtailadmin_pages:copy": REFUSED,  # "publish copies" and aliases refused; draft copies allowed
    "wagtailadmin_pages:move_confirm": REFUSED,  # moving live content into another site refused
    "wagtailadmin_pages:convert_alias": REFUSED,
    "wagtail_bulk_action": REFUSED,  # see BULK_ACTIONS
    "wagtailadmin_api:pages:action": REFUSED,  # see API_ACTIONS
    "wagtailadmin_pages:workflow_action": WORKFLOW,
    "wagtailadmin_pages:collect_workflow_action_data": WORKFLOW,
    "wagtailadmin_pages:add_subpage": SAFE,
    "wagtailadmin_pages:choose_parent": SAFE,
    "wagtailadmin_pages:confirm_workflow_cancellation": SAFE,
    "wagtailadmin_pages:delete": SAFE,
    "wagtailadmin_pages:history": SAFE,
    "wagtailadmin_pages:history_results": SAFE,
    "wagtailadmin_pages:lock": SAFE,
    "wagtailadmin_pages:unlock": SAFE,
    "wagtailadmin_pages:move": SAFE,  # only chooses the destination; move_confirm moves
    "wagtailadmin_pages:preview_on_add": SAFE,
    "wagtailadmin_pages:preview_on_edit": SAFE,
    "wagtailadmin_pages:view_draft": SAFE,
    "wagtailadmin_pages:revisions_compare": SAFE,
    "wagtailadmin_pages:revisions_index": SAFE,
    "wagtailadmin_pages:revisions_view": SAFE,
    "wagtailadmin_pages:revisions_unschedule": SAFE,  # withdraws a schedule
    "wagtailadmin_pages:search": SAFE,
    "wagtailadmin_pages:search_results": SAFE,
    "wagtailadmin_pages:set_page_position": SAFE,  # order among siblings; no revision goes live
    "wagtailadmin_pages:set_privacy": SAFE,  # view restrictions; no revision goes live
    "wagtailadmin_pages:type_use": SAFE,
    "wagtailadmin_pages:type_use_results": SAFE,
    "wagtailadmin_pages:unpublish": SAFE,
    "wagtailadmin_pages:usage": SAFE,
    "wagtailadmin_pages:workflow_history": SAFE,
    "wagtailadmin_pages:workflow_history_detail": SAFE,
    "wagtailadmin_pages:workflow_preview": SAFE,
    "wagtailadmin_explore": SAFE,
    "wagtailadmin_explore_results": SAFE,
    "wagtailadmin_choose_page": SAFE,
    "wagtailadmin_choose_page_child": SAFE,
    "wagtailadmin_choose_page_chosen_multiple": SAFE,
    "wagtailadmin_choose_page_search": SAFE,
    "wagtailadmin_choose_page_anchor_link": SAFE,
    "wagtailadmin_choose_page_email_link": SAFE,
    "wagtailadmin_choose_page_external_link": SAFE,
    "wagtailadmin_choose_page_phone_link": SAFE,
    "wagtailadmin_api:pages:listing": SAFE,
    "wagtailadmin_api:pages:detail": SAFE,
    "wagtailadmin_api:pages:find": SAFE,
    "wagtailadmin_reports:aging_pages": SAFE,
    "wagtailadmin_reports:aging_pages_results": SAFE,
    "wagtailadmin_reports:page_types_usage": SAFE,
    "wagtailadmin_reports:page_types_usage_results": SAFE,
    "wagtailadmin_reports:locked_pages": SAFE,
    "wagtailadmin_reports:locked_pages_results": SAFE,
    "wagtailforms:list_submissions": SAFE,
    "wagtailforms:list_submissions_results": SAFE,
    "wagtailforms:delete_submissions": SAFE,
    # Workflows decide what needs review: taking a page off its workflow would free it to be published.
    "wagtailadmin_workflows:add": SUPERUSER,
    "wagtailadmin_workflows:edit": SUPERUSER,
    "wagtailadmin_workflows:remove": SUPERUSER,
    "wagtailadmin_workflows:disable": SUPERUSER,
    "wagtailadmin_workflows:enable": SUPERUSER,
    "wagtailadmin_workflows:index": SUPERUSER,
    "wagtailadmin_workflows:index_results": SUPERUSER,
    "wagtailadmin_workflows:usage": SUPERUSER,
    "wagtailadmin_workflows:usage_results": SUPERUSER,
    "wagtailadmin_workflows:add_task": SUPERUSER,
    "wagtailadmin_workflows:edit_task": SUPERUSER,
    "wagtailadmin_workflows:disable_task": SUPERUSER,
    "wagtailadmin_workflows:enable_task": SUPERUSER,
    "wagtailadmin_workflows:select_task_type": SUPERUSER,
    "wagtailadmin_workflows:task_chooser": SUPERUSER,
    "wagtailadmin_workflows:task_chooser_create": SUPERUSER,
    "wagtailadmin_workflows:task_chooser_results": SUPERUSER,
    "wagtailadmin_workflows:task_chosen": SUPERUSER,
    "wagtailadmin_workflows:task_index": SUPERUSER,
    "wagtailadmin_workflows:task_index_results": SUPERUSER,
}

API_ACTIONS = {
    "publish": REFUSED,
    "copy": REFUSED,  # with keep_live (the default) of live content
    "create_alias": REFUSED,
    "move": REFUSED,  # of live content into another site
    "convert_alias": REFUSED,
    "copy_for_translation": REFUSED,  # not on the allow-list (translation is off)
    "revert_to_page_revision": WORKFLOW,  # saves a draft revision; it goes live only through the workflow
    "unpublish": SAFE,
    "delete": SAFE,
}

BULK_ACTIONS = {"publish": REFUSED, "move": REFUSED, "unpublish": SAFE, "delete": SAFE}

ACTION_MENU = {
    "action-publish": REFUSED,  # hidden, and refused when posted by hand
    "action-submit": WORKFLOW,
    "action-restart-workflow": WORKFLOW,
    "action-save-draft": SAFE,
    "action-unpublish": SAFE,
    "action-cancel-workflow": SAFE,
    "action-page-locked": SAFE,
}

WORKFLOW_TASK_ACTIONS = {"approve": WORKFLOW, "reject": SAFE}

UNCLASSIFIED = "Wagtail registers {kind} that the table {table} of {module} does not classify: {names}. Classify each."

PAGE_NAMESPACES = ("wagtailadmin_pages:", "wagtailadmin_workflows:", "wagtailadmin_api:pages:")
PAGE_KWARGS = ("<int:page_id>", "<int:parent_page_id>", "<int:page_to_move_id>", "<int:page_pk>")


def _url_patterns(patterns, prefix="", namespaces=()):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            namespace = (pattern.namespace,) if pattern.namespace else ()
            yield from _url_patterns(pattern.url_patterns, prefix + str(pattern.pattern), namespaces + namespace)
        elif pattern.name:
            yield ":".join((*namespaces, pattern.name)), prefix + str(pattern.pattern)


def page_admin_url_names():
    """Names of the admin URLs that concern pages: the page, workflow and page API namespaces, bulk
    actions, and every other admin URL that takes a page id or names pages."""
    names = set()
    for name, route in _url_patterns(get_resolver().url_patterns):
        if not route.startswith("admin/"):
            continue
        if (
            name.startswith(PAGE_NAMESPACES)
            or name == "wagtail_bulk_action"
            or any(kwarg in route for kwarg in PAGE_KWARGS)
            or "page" in name
        ):
            names.add(name)
    return names


def served_pages_endpoint():
    """The view set the admin API really serves at ``pages/<id>/action/<name>/``."""
    return resolve(reverse("wagtailadmin_api:pages:action", args=(1, "publish"))).func.cls


class EnumerationTests(SimpleTestCase):
    """What Wagtail registers for pages equals what the tables classify (both ways)."""

    def assertClassified(self, registered, table, kind, table_name):
        missing = sorted(set(registered) - set(table))
        self.assertFalse(
            missing, UNCLASSIFIED.format(kind=kind, table=table_name, module=__name__, names=", ".join(missing))
        )
        self.assertFalse(set(table) - set(registered), f"{table_name} lists {kind} that Wagtail no longer has")

    def test_every_page_admin_url_is_classified(self):
        self.assertClassified(page_admin_url_names(), ADMIN_URLS, "admin URLs", "ADMIN_URLS")

    def test_every_admin_api_page_action_is_classified(self):
        self.assertTrue(issubclass(served_pages_endpoint(), ModeratedPagesAdminAPIViewSet))
        self.assertClassified(served_pages_endpoint().actions, API_ACTIONS, "admin API page actions", "API_ACTIONS")

    def test_every_page_bulk_action_is_classified(self):
        registered = {
            action.action_type for action in bulk_action_registry.get_bulk_actions_for_model("wagtailcore", "page")
        }
        self.assertClassified(registered, BULK_ACTIONS, "page bulk actions", "BULK_ACTIONS")

    def test_every_page_action_menu_item_is_classified(self):
        registered = {item.name for item in _get_base_page_action_menu_items()}
        self.assertClassified(registered, ACTION_MENU, "page action menu items", "ACTION_MENU")


# --- the proofs --------------------------------------------------------------------------------------

ROLES = ("operator_dinkes", "humas", "head_dinkes", "approver", "inspektorat")
REFUSAL_STATUSES = {302, 403, 404}


def api_action(user, page, action, **data):
    url = reverse("wagtailadmin_api:pages:action", args=(page.pk, action))
    return admin_client(user).post(url, json.dumps(data), content_type="application/json")


def bulk_action(user, action, pages, data=None):
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", action))
    query = "&".join(f"id={page.pk}" for page in pages)
    return admin_client(user).post(f"{url}?{query}", data or {})


class PublishingWorld(TestCase):
    """Dinkes holds a live news item (with a newer draft) and a submitted draft; Disdik's Berita is the
    other OPD's section every cross-site attempt aims at, and holds an alias made by a superuser."""

    @classmethod
    def setUpTestData(cls):
        cls.world = build_moderation_world()
        cls.index = cls.world.news_index(cls.world.dinkes)
        cls.other_index = cls.world.news_index(cls.world.disdik)
        operator = cls.world.operator_dinkes
        cls.live = draft_news(cls.index, operator, title="Jadwal posyandu")
        cls.first_revision = cls.live.get_latest_revision()
        cls.first_revision.publish()
        live = reload(cls.live)
        live.title = "Jadwal posyandu (draf baru)"
        live.save_revision(user=operator)
        cls.draft = draft_news(cls.index, operator, title="Draf vaksinasi")
        cls.alias = CreatePageAliasAction(
            reload(cls.live), parent=cls.other_index, update_slug="alias-posyandu"
        ).execute(skip_permission_checks=True)

    def setUp(self):
        self.live, self.draft = reload(self.live), reload(self.draft)
        self.live_state = self.state(self.live)
        self.other_children = set(self.other_index.get_children().values_list("pk", flat=True))

    def state(self, page):
        page = reload(page)
        return (page.live, page.live_revision_id, page.title, page.get_parent().pk, page.alias_of_id)

    def user(self, role):
        return getattr(self.world, role)

    @contextlib.contextmanager
    def attempt(self, **params):
        """A subtest whose changes are rolled back, so one role's attempt never sees another's."""
        with self.subTest(**params), transaction.atomic():
            yield
            transaction.set_rollback(True)

    def assertNothingWentLive(self, role):
        user = self.user(role)
        self.assertEqual(self.state(self.live), self.live_state, "the live page is unchanged")
        self.assertFalse(reload(self.draft).live, "the draft stays a draft")
        self.assertIsNone(reload(self.draft).live_revision_id)
        new_in_other_site = self.other_index.get_children().exclude(pk__in=self.other_children)
        self.assertFalse(new_in_other_site.live().exists(), "nothing new is live on the other OPD's site")
        self.assertTrue(Page.objects.get(pk=self.alias.pk).alias_of_id, "the alias stays an alias")
        self.assertFalse(PageLogEntry.objects.filter(action__startswith="wagtail.publish", user=user).exists())

    def assertApiRefusal(self, response):
        self.assertIn(response.status_code, (403, 404), response.content[:300])
        if response.status_code == 403:
            self.assertEqual(response.json(), {"message": str(DIRECT_PUBLISH_REFUSED)})

    def assertBypassLogged(self, page, route):
        entry = PageLogEntry.objects.filter(page=page, action=BYPASS_LOG_ACTION).latest("timestamp")
        self.assertEqual(entry.user, self.world.superuser)
        self.assertEqual(entry.data["route"], route)


class AdminApiTests(PublishingWorld):
    """``/admin/api/main/pages/<id>/action/<name>/``: every action that could put content live."""

    def attempts(self):
        """(API action, page, JSON body): each would put content live somewhere without review."""
        other = self.other_index.pk
        return [
            ("publish", self.draft, {}),
            ("copy", self.live, {"destination_page_id": other, "keep_live": True, "slug": "salinan"}),
            ("copy", self.live, {"destination_page_id": other, "slug": "salinan"}),  # keep_live by default
            ("create_alias", self.live, {"destination_page_id": other, "update_slug": "alias-baru"}),
            ("move", self.live, {"destination_page_id": other, "position": "last-child"}),
            ("move", self.live, {"destination_page_id": self.alias.pk}),  # beside a page of the other site
            ("convert_alias", self.alias, {}),
            ("copy_for_translation", self.live, {"locale": "en", "alias": True}),
        ]

    def test_every_refused_api_action_is_tried(self):
        refused = {name for name, kind in API_ACTIONS.items() if kind == REFUSED}
        self.assertEqual({action for action, _page, _data in self.attempts()}, refused)

    def test_each_role_is_refused_every_action_that_would_publish(self):
        for role in ROLES:
            for action, page, data in self.attempts():
                with self.attempt(role=role, action=action, data=data):
                    response = api_action(self.user(role), page, action, **data)
                    self.assertApiRefusal(response)
                    self.assertNothingWentLive(role)

    def test_the_approver_is_refused_with_a_message_in_indonesian(self):
        for action, page, data in self.attempts():
            with self.attempt(action=action, data=data):
                response = api_action(self.world.approver, page, action, **data)
                self.assertEqual(response.status_code, 403)
                self.assertEqual(response.json()["message"], str(DIRECT_PUBLISH_REFUSED))

    def test_approver_cannot_publish_their_own_submitted_draft(self):
        approver = self.world.approver
        page = draft_news(self.index, approver, title="Draf penyetuju sendiri")
        submit(approver, page)
        state = reload(page).current_workflow_state
        self.assertEqual(state.status, WorkflowState.STATUS_IN_PROGRESS)

        response = api_action(approver, page, "publish")

        self.assertEqual(response.status_code, 403)
        page = reload(page)
        self.assertFalse(page.live)
        self.assertIsNone(page.live_revision_id)
        state.refresh_from_db()
        self.assertEqual(state.status, WorkflowState.STATUS_IN_PROGRESS, "the workflow is not cancelled")
        self.assertFalse(PageLogEntry.objects.filter(page=page, action="wagtail.publish").exists())

    def test_revert_then_publish_keeps_the_live_revision(self):
        for role in ROLES:
            with self.attempt(role=role):
                api_action(self.user(role), self.live, "revert_to_page_revision", revision_id=self.first_revision.pk)
                response = api_action(self.user(role), self.live, "publish")
                self.assertApiRefusal(response)
                self.assertEqual(reload(self.live).live_revision_id, self.live_state[1])
                self.assertNothingWentLive(role)

    def test_moves_and_copies_that_publish_nothing_stay_possible(self):
        # The approver may move a draft to another OPD's site and copy a live page there as a draft:
        # neither puts anything live.
        approver = self.world.approver
        response = api_action(
            approver, self.draft, "move", destination_page_id=self.other_index.pk, position="last-child"
        )
        self.assertEqual(response.status_code, 200, response.content[:300])
        self.assertEqual(reload(self.draft).get_parent().pk, self.other_index.pk)
        response = api_action(
            approver, self.live, "copy", destination_page_id=self.other_index.pk, keep_live=False, slug="salinan-draf"
        )
        self.assertEqual(response.status_code, 201, response.content[:300])
        self.assertFalse(self.other_index.get_children().get(slug="salinan-draf").live)

    def test_superuser_keeps_every_action_and_it_is_logged(self):
        superuser = self.world.superuser
        response = api_action(superuser, self.draft, "publish")
        self.assertEqual(response.status_code, 200)
        self.assertTrue(reload(self.draft).live)
        self.assertTrue(PageLogEntry.objects.filter(page=self.draft, action="wagtail.publish", user=superuser).exists())
        self.assertBypassLogged(self.draft, "api:publish")

        response = api_action(
            superuser, self.live, "create_alias", destination_page_id=self.other_index.pk, update_slug="alias-admin"
        )
        self.assertEqual(response.status_code, 201)
        self.assertTrue(self.other_index.get_children().filter(alias_of=self.live, live=True).exists())
        self.assertBypassLogged(self.live, "api:create_alias")

        response = api_action(
            superuser, self.live, "move", destination_page_id=self.other_index.pk, position="last-child"
        )
        self.assertEqual(response.status_code, 200)
        self.assertEqual(reload(self.live).get_parent().pk, self.other_index.pk)
        self.assertBypassLogged(self.live, "api:move")


class EditorRouteTests(PublishingWorld):
    """The admin's own views and bulk actions, tried by every role."""

    def test_publish_and_revert_and_publish_in_the_editor_are_refused(self):
        for role in ROLES:
            with self.attempt(role=role, route="publish"):
                response = post_edit(self.user(role), self.draft, "action-publish")
                self.assertIn(response.status_code, REFUSAL_STATUSES)
                self.assertNothingWentLive(role)
            with self.attempt(role=role, route="revert-and-publish"):
                response = post_edit(self.user(role), self.live, "action-publish", revision=str(self.first_revision.pk))
                self.assertIn(response.status_code, REFUSAL_STATUSES)
                self.assertNothingWentLive(role)

    def test_live_copy_and_alias_into_another_site_are_refused(self):
        url = reverse("wagtailadmin_pages:copy", args=(self.live.pk,))
        for role in ROLES:
            for flag in ("publish_copies", "alias"):
                with self.attempt(role=role, flag=flag):
                    data = {"new_title": "Salinan", "new_slug": "salinan", "new_parent_page": self.other_index.pk}
                    response = admin_client(self.user(role)).post(url, {**data, flag: "on"})
                    self.assertIn(response.status_code, REFUSAL_STATUSES)
                    self.assertNothingWentLive(role)

    def test_moving_a_live_page_into_another_site_is_refused(self):
        url = reverse("wagtailadmin_pages:move_confirm", args=(self.live.pk, self.other_index.pk))
        for role in ROLES:
            with self.attempt(role=role):
                response = admin_client(self.user(role)).post(url)
                self.assertIn(response.status_code, REFUSAL_STATUSES)
                self.assertNothingWentLive(role)

    def test_converting_an_alias_is_refused(self):
        url = reverse("wagtailadmin_pages:convert_alias", args=(self.alias.pk,))
        for role in ROLES:
            with self.attempt(role=role):
                response = admin_client(self.user(role)).post(url)
                self.assertIn(response.status_code, REFUSAL_STATUSES)
                self.assertNothingWentLive(role)

    def test_bulk_publish_and_bulk_move_into_another_site_are_refused(self):
        for role in ROLES:
            with self.attempt(role=role, action="publish"):
                response = bulk_action(self.user(role), "publish", [self.draft, self.live])
                self.assertIn(response.status_code, REFUSAL_STATUSES | {200})  # 200: the confirmation again
                self.assertNothingWentLive(role)
            with self.attempt(role=role, action="move"):
                response = bulk_action(self.user(role), "move", [self.live], {"chooser": self.other_index.pk})
                self.assertIn(response.status_code, REFUSAL_STATUSES | {200})
                self.assertNothingWentLive(role)

    def test_the_approver_cannot_take_a_site_off_its_workflow(self):
        home = self.world.dinkes.site.root_page
        url = reverse("wagtailadmin_workflows:remove", args=(home.pk,))
        response = admin_client(self.world.approver).post(url)
        self.assertIn(response.status_code, REFUSAL_STATUSES)
        self.assertTrue(WorkflowPage.objects.filter(page=home).exists())

    def test_every_workflow_task_action_is_classified(self):
        submit(self.world.operator_dinkes, self.draft)
        page = reload(self.draft)
        task = page.current_workflow_task
        registered = {name for name, _label, _modal in task.get_actions(page, self.world.approver)}
        self.assertTrue(registered)
        missing = sorted(registered - set(WORKFLOW_TASK_ACTIONS))
        self.assertFalse(
            missing,
            UNCLASSIFIED.format(
                kind="workflow task actions", table="WORKFLOW_TASK_ACTIONS", module=__name__, names=", ".join(missing)
            ),
        )

    def test_superuser_moves_and_publishes_in_bulk_and_it_is_logged(self):
        superuser = self.world.superuser
        response = bulk_action(superuser, "publish", [self.draft])
        self.assertEqual(response.status_code, 302)
        self.assertTrue(reload(self.draft).live)
        self.assertBypassLogged(self.draft, "bulk:publish")

        url = reverse("wagtailadmin_pages:move_confirm", args=(self.live.pk, self.other_index.pk))
        admin_client(superuser).post(url)
        self.assertEqual(reload(self.live).get_parent().pk, self.other_index.pk)
        self.assertBypassLogged(self.live, "editor:move")

    def test_superuser_publishes_in_the_editor_and_it_is_logged(self):
        post_edit(self.world.superuser, self.draft, "action-publish")
        self.assertTrue(reload(self.draft).live)
        self.assertBypassLogged(self.draft, "editor:publish")


class ScheduledPublishingRouteTests(PublishingWorld):
    """``publish_scheduled`` publishes only what was approved through the workflow, or by a superuser."""

    def go_live_at(self):
        return timezone.now().replace(second=0, microsecond=0) + datetime.timedelta(days=1)

    def run_publish_scheduled(self, when, command="publish_scheduled"):
        with time_machine.travel(when):
            call_command(command, stdout=StringIO())

    def test_a_schedule_that_was_never_approved_is_withdrawn(self):
        # A go-live time left on a revision by a route that bypassed review (the admin API before this
        # fix, or any later one): Wagtail's own commands would publish it.
        go_live = self.go_live_at()
        for command in ("publish_scheduled", "publish_scheduled_pages"):
            with self.attempt(command=command):
                revision = self.draft.get_latest_revision()
                revision.approved_go_live_at = go_live
                revision.save(update_fields=["approved_go_live_at"])

                self.run_publish_scheduled(go_live + datetime.timedelta(minutes=1), command)

                self.assertFalse(reload(self.draft).live)
                revision.refresh_from_db()
                self.assertIsNone(revision.approved_go_live_at)
                refused = PageLogEntry.objects.filter(page=self.draft, action=SCHEDULE_REFUSED_LOG_ACTION)
                self.assertTrue(refused.exists())

    def test_the_approver_cannot_schedule_outside_the_workflow(self):
        go_live = self.go_live_at()
        page = reload(self.draft)
        page.go_live_at = go_live
        page.save_revision(user=self.world.approver)
        response = api_action(self.world.approver, page, "publish")
        self.assertEqual(response.status_code, 403)
        self.assertIsNone(reload(page).scheduled_revision)
        self.run_publish_scheduled(go_live + datetime.timedelta(minutes=1))
        self.assertFalse(reload(page).live)

    def test_a_superusers_schedule_goes_live(self):
        go_live = self.go_live_at()
        local = timezone.localtime(go_live).strftime("%Y-%m-%d %H:%M")
        post_edit(self.world.superuser, self.draft, "action-publish", go_live_at=local)
        self.assertIsNotNone(reload(self.draft).scheduled_revision)
        self.assertBypassLogged(self.draft, "editor:publish")

        self.run_publish_scheduled(go_live + datetime.timedelta(minutes=1))

        self.assertTrue(reload(self.draft).live)
