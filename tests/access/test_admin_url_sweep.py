"""Every admin URL that takes an object id, filled with OPD B's objects and opened by OPD A's operator.

The sweep walks the URL resolver, so a URL added by Wagtail, a contrib app or this project is swept as
soon as it exists; ``SWEEP`` says which of B's objects fill each route. A route that is not in ``SWEEP``
(or an entry of ``SWEEP`` that no longer matches a route) fails the test: a new admin URL that takes
an id is a new way in, and needs an expectation before it ships.

A response fails the sweep when it is a 200 (or any non-redirect, non-refusal) that carries B's canary,
when it is a server error, or when it queues a message that names B's content for the next page.
"""

import re
from urllib.parse import urlencode

from django.contrib.messages import get_messages
from django.test import TestCase
from django.urls import URLPattern, URLResolver, get_resolver
from wagtail.admin.models import EditingSession
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import GroupApprovalTask, UploadedFile, Workflow, WorkflowPage, WorkflowTask

from access.models import AccessRefusal
from freshness.models import Reminder
from questions import services
from tests.access.world import CANARY, AccessWorld, leaks

ADMIN_PREFIX = "admin/"
REFUSED = {302, 403, 404, 405}


def admin_routes_with_arguments():
    """(route, pattern) of every admin URL pattern whose route captures something."""
    found = {}

    def walk(patterns, prefix):
        for pattern in patterns:
            route = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                walk(pattern.url_patterns, route)
            elif isinstance(pattern, URLPattern) and route.startswith(ADMIN_PREFIX):
                if pattern.pattern.regex.groups:
                    found[route] = pattern

    walk(get_resolver().url_patterns, "")
    return found


def fill(route, *values, **kwargs):
    """The path of ``route`` with its captures replaced: named ones from kwargs, unnamed ones in order."""
    path = route
    for name, value in kwargs.items():
        path, count = re.subn(rf"<(?:\w+:)?{name}>|\(\?P<{name}>[^)]*\)", str(value), path)
        assert count, f"{route} has no capture {name}"
    for value in values:
        path, count = re.subn(r"\((?!\?P)[^)]*\)", str(value), path, count=1)
        assert count, f"{route} has fewer unnamed captures than given"
    path = path.replace("^", "").replace("$", "").replace("\\.", ".")
    assert "<" not in path and "(" not in path, f"{route}: unfilled capture in {path}"
    return "/" + path


def query(path, **params):
    return f"{path}?{urlencode(params, doseq=True)}"


# route -> a function of the sweep (``s``) returning the URLs to request, filled with B's objects.
SWEEP = {
    # Explorer, page actions, revisions, workflow
    "admin/pages/<int:parent_page_id>/": lambda s: s.page_urls("parent_page_id"),
    "admin/pages/<int:parent_page_id>/results/": lambda s: s.page_urls("parent_page_id"),
    "admin/pages/<int:parent_page_id>/add_subpage/": lambda s: s.page_urls("parent_page_id", s.b.news_index),
    "admin/pages/add/<slug:content_type_app_name>/<slug:content_type_model_name>/<int:parent_page_id>/": (
        lambda s: [
            s.fill(content_type_app_name="opd", content_type_model_name="newspage", parent_page_id=s.b.news_index.pk)
        ]
    ),
    "admin/pages/add/<slug:content_type_app_name>/<slug:content_type_model_name>/<int:parent_page_id>/preview/": (
        lambda s: [
            s.fill(content_type_app_name="opd", content_type_model_name="newspage", parent_page_id=s.b.news_index.pk)
        ]
    ),
    "admin/pages/create/<slug:app_label>/<slug:model_name>": (
        lambda s: [s.fill(app_label="opd", model_name="newspage"), s.fill(app_label="opd", model_name="standardpage")]
    ),
    "admin/pages/<int:page_id>/edit/": lambda s: s.page_urls("page_id"),
    "admin/pages/<int:page_id>/edit/preview/": lambda s: s.page_urls("page_id"),
    "admin/pages/<int:page_id>/view_draft/": lambda s: s.page_urls("page_id"),
    "admin/pages/<int:page_id>/copy/": lambda s: s.page_urls("page_id"),
    "admin/pages/<int:page_id>/delete/": lambda s: s.page_urls("page_id"),
    "admin/pages/<int:page_id>/unpublish/": lambda s: s.page_urls("page_id"),
    "admin/pages/<int:page_id>/convert_alias/": lambda s: s.page_urls("page_id"),
    "admin/pages/<int:page_id>/lock/": lambda s: s.page_urls("page_id"),
    "admin/pages/<int:page_id>/unlock/": lambda s: s.page_urls("page_id"),
    "admin/pages/<int:page_id>/privacy/": lambda s: s.page_urls("page_id"),
    "admin/pages/<int:page_id>/usage/": lambda s: s.page_urls("page_id"),
    "admin/pages/<int:page_id>/history/": lambda s: s.page_urls("page_id"),
    "admin/pages/<int:page_id>/history/results/": lambda s: s.page_urls("page_id"),
    "admin/pages/<int:page_id>/revisions/": lambda s: s.page_urls("page_id"),
    "admin/pages/<int:page_id>/workflow_history/": lambda s: s.page_urls("page_id"),
    "admin/pages/<int:page_id>/workflow_history/detail/<int:workflow_state_id>/": (
        lambda s: [s.fill(page_id=s.b.draft.pk, workflow_state_id=s.workflow_state.pk)]
    ),
    "admin/pages/<int:page_id>/revisions/<int:revision_id>/view/": lambda s: s.revision_urls(),
    "admin/pages/<int:page_id>/revisions/<int:revision_id>/revert/": lambda s: s.revision_urls(),
    "admin/pages/<int:page_id>/revisions/<int:revision_id>/unschedule/": lambda s: s.revision_urls(),
    r"admin/pages/^(\d+)/revisions/compare/(live|earliest|\d+)\.\.\.(live|latest|\d+)/$": (
        lambda s: [
            s.fill(s.b.live.pk, "earliest", "latest"),
            s.fill(s.b.live.pk, "earliest", "live"),
            s.fill(s.b.draft.pk, *s.revision_ids(s.b.draft)),
            # A's own page, with B's revisions: the revisions must belong to the page in the URL.
            s.fill(s.a.live.pk, *s.revision_ids(s.b.live)),
        ]
    ),
    "admin/pages/<int:page_to_move_id>/move/": lambda s: s.page_urls("page_to_move_id"),
    "admin/pages/<int:page_to_move_id>/move/<int:destination_id>/confirm/": (
        lambda s: [
            s.fill(page_to_move_id=s.b.draft.pk, destination_id=s.a.news_index.pk),
            s.fill(page_to_move_id=s.a.draft.pk, destination_id=s.b.news_index.pk),
        ]
    ),
    "admin/pages/<int:page_to_move_id>/set_position/": lambda s: s.page_urls("page_to_move_id"),
    "admin/pages/usage/<slug:content_type_app_name>/<slug:content_type_model_name>/": (
        lambda s: [s.fill(content_type_app_name="opd", content_type_model_name="newspage")]
    ),
    "admin/pages/usage/<slug:content_type_app_name>/<slug:content_type_model_name>/results/": (
        lambda s: [s.fill(content_type_app_name="opd", content_type_model_name="standardpage")]
    ),
    "admin/pages/workflow/action/<int:page_id>/<slug:action_name>/<int:task_state_id>/": lambda s: s.task_urls(),
    "admin/pages/workflow/collect_action_data/<int:page_id>/<slug:action_name>/<int:task_state_id>/": (
        lambda s: s.task_urls()
    ),
    "admin/pages/workflow/confirm_cancellation/<int:page_id>/": lambda s: s.page_urls("page_id"),
    "admin/pages/workflow/preview/<int:page_id>/<int:task_id>/": (
        lambda s: [s.fill(page_id=s.b.draft.pk, task_id=s.task.pk)]
    ),
    # Page chooser
    "admin/choose-page/<int:parent_page_id>/": (
        lambda s: s.page_urls("parent_page_id", s.b.home, s.b.news_index, s.b.profile, s.b.live)
    ),
    # Admin API (explorer menu, and the images/documents endpoints)
    "admin/api/main/^pages/<int:pk>/": lambda s: s.page_urls("pk"),
    "admin/api/main/^pages/<int:pk>/action/<str:action_name>/": (
        lambda s: [s.fill(pk=s.b.draft.pk, action_name="copy"), s.fill(pk=s.b.live.pk, action_name="move")]
    ),
    "admin/api/main/^images/<int:pk>/": lambda s: [s.fill(pk=s.b.image.pk)],
    "admin/api/main/^documents/<int:pk>/": lambda s: [s.fill(pk=s.b.document.pk)],
    # Bulk actions: the ids travel in the query string
    "admin/bulk/<str:app_label>/<str:model_name>/<str:action>/": lambda s: s.bulk_urls(),
    # Editing sessions (POST only)
    "admin/editing-sessions/ping/<str:app_label>/<str:model_name>/<str:object_id>/<int:session_id>/": (
        lambda s: [
            s.fill(app_label="wagtailcore", model_name="page", object_id=s.b.draft.pk, session_id=s.editing_session.pk)
        ]
    ),
    "admin/editing-sessions/release/<int:session_id>/": lambda s: [s.fill(session_id=s.editing_session.pk)],
    # Images
    "admin/images/<int:image_id>/": lambda s: s.image_urls(),
    "admin/images/<int:image_id>/delete/": lambda s: s.image_urls(),
    "admin/images/<int:image_id>/generate_url/": lambda s: s.image_urls(),
    "admin/images/<int:image_id>/generate_url/output/": lambda s: s.image_urls(),
    "admin/images/<int:image_id>/preview/<str:filter_spec>/": (
        lambda s: [s.fill(image_id=s.b.image.pk, filter_spec="original")]
    ),
    "admin/images/usage/<int:image_id>/": lambda s: s.image_urls(),
    "admin/images/multiple/<int:image_id>/": lambda s: s.image_urls(),
    "admin/images/multiple/<int:image_id>/delete/": lambda s: s.image_urls(),
    "admin/images/multiple/create_from_uploaded_image/<int:uploaded_file_id>/": (
        lambda s: [s.fill(uploaded_file_id=s.uploaded_image.pk)]
    ),
    "admin/images/multiple/delete_upload/<int:uploaded_file_id>/": (
        lambda s: [s.fill(uploaded_file_id=s.uploaded_image.pk)]
    ),
    "admin/images/chooser/chosen/<str:pk>/": lambda s: [s.fill(pk=s.b.image.pk)],
    "admin/images/chooser/<int:image_id>/select_format/": lambda s: s.image_urls(),
    # Documents
    "admin/documents/edit/<int:document_id>/": lambda s: [s.fill(document_id=s.b.document.pk)],
    "admin/documents/delete/<int:document_id>/": lambda s: [s.fill(document_id=s.b.document.pk)],
    "admin/documents/usage/<int:document_id>/": lambda s: [s.fill(document_id=s.b.document.pk)],
    "admin/documents/multiple/<int:doc_id>/": lambda s: [s.fill(doc_id=s.b.document.pk)],
    "admin/documents/multiple/<int:doc_id>/delete/": lambda s: [s.fill(doc_id=s.b.document.pk)],
    "admin/documents/multiple/create_from_uploaded_document/<int:uploaded_file_id>/": (
        lambda s: [s.fill(uploaded_file_id=s.uploaded_document.pk)]
    ),
    "admin/documents/multiple/delete_upload/<int:uploaded_file_id>/": (
        lambda s: [s.fill(uploaded_file_id=s.uploaded_document.pk)]
    ),
    "admin/documents/chooser/chosen/<str:pk>/": lambda s: [s.fill(pk=s.b.document.pk)],
    # Collections
    "admin/collections/<int:pk>/": lambda s: [s.fill(pk=s.b.opd.collection_id)],
    "admin/collections/<int:pk>/delete/": lambda s: [s.fill(pk=s.b.opd.collection_id)],
    "admin/collections/<int:collection_id>/privacy/": lambda s: [s.fill(collection_id=s.b.opd.collection_id)],
    # Site settings
    "admin/settings/<slug:app_name>/<slug:model_name>/": lambda s: [s.fill(app_name="opd", model_name="sitesettings")],
    "admin/settings/<slug:app_name>/<slug:model_name>/<int:pk>/": (
        lambda s: [s.fill(app_name="opd", model_name="sitesettings", pk=s.b.site.pk)]
    ),
    "admin/settings/<slug:app_name>/<slug:model_name>/<int:pk>/preview/": (
        lambda s: [s.fill(app_name="opd", model_name="sitesettings", pk=s.b.site.pk)]
    ),
    # Diskominfo-only: sites, users, groups, workflows, redirects, snippets, forms, the OPD registry
    "admin/sites/edit/<int:pk>/": lambda s: [s.fill(pk=s.b.site.pk)],
    "admin/sites/copy/<int:pk>/": lambda s: [s.fill(pk=s.b.site.pk)],
    "admin/sites/delete/<int:pk>/": lambda s: [s.fill(pk=s.b.site.pk)],
    "admin/sites/history/<int:pk>/": lambda s: [s.fill(pk=s.b.site.pk)],
    "admin/sites/history-results/<int:pk>/": lambda s: [s.fill(pk=s.b.site.pk)],
    "admin/sites/usage/<int:pk>/": lambda s: [s.fill(pk=s.b.site.pk)],
    "admin/users/edit/<int:pk>/": lambda s: [s.fill(pk=s.users["operator_b"].pk)],
    "admin/users/copy/<int:pk>/": lambda s: [s.fill(pk=s.users["operator_b"].pk)],
    "admin/users/delete/<int:pk>/": lambda s: [s.fill(pk=s.users["operator_b"].pk)],
    "admin/users/history/<int:pk>/": lambda s: [s.fill(pk=s.users["operator_b"].pk)],
    "admin/users/history-results/<int:pk>/": lambda s: [s.fill(pk=s.users["operator_b"].pk)],
    "admin/users/usage/<int:pk>/": lambda s: [s.fill(pk=s.users["operator_b"].pk)],
    "admin/groups/edit/<int:pk>/": lambda s: [s.fill(pk=s.b.opd.operator_group_id)],
    "admin/groups/delete/<int:pk>/": lambda s: [s.fill(pk=s.b.opd.operator_group_id)],
    "admin/groups/history/<int:pk>/": lambda s: [s.fill(pk=s.b.opd.operator_group_id)],
    "admin/groups/history-results/<int:pk>/": lambda s: [s.fill(pk=s.b.opd.operator_group_id)],
    "admin/groups/usage/<int:pk>/": lambda s: [s.fill(pk=s.b.opd.operator_group_id)],
    "admin/workflows/edit/<int:pk>/": lambda s: [s.fill(pk=s.workflow.pk)],
    "admin/workflows/disable/<int:pk>/": lambda s: [s.fill(pk=s.workflow.pk)],
    "admin/workflows/enable/<int:pk>/": lambda s: [s.fill(pk=s.workflow.pk)],
    "admin/workflows/usage/<int:pk>/": lambda s: [s.fill(pk=s.workflow.pk)],
    "admin/workflows/usage/<int:pk>/results/": lambda s: [s.fill(pk=s.workflow.pk)],
    "admin/workflows/remove/<int:page_pk>/": lambda s: [s.fill(page_pk=s.b.home.pk)],
    "admin/workflows/remove/<int:page_pk>/<int:workflow_pk>/": (
        lambda s: [s.fill(page_pk=s.b.home.pk, workflow_pk=s.workflow.pk)]
    ),
    "admin/workflows/tasks/add/<str:app_label>/<str:model_name>/": (
        lambda s: [s.fill(app_label="wagtailcore", model_name="groupapprovaltask")]
    ),
    "admin/workflows/tasks/edit/<int:pk>/": lambda s: [s.fill(pk=s.task.pk)],
    "admin/workflows/tasks/disable/<int:pk>/": lambda s: [s.fill(pk=s.task.pk)],
    "admin/workflows/tasks/enable/<int:pk>/": lambda s: [s.fill(pk=s.task.pk)],
    "admin/workflows/task_chooser/<int:task_id>/": lambda s: [s.fill(task_id=s.task.pk)],
    "admin/redirects/<int:redirect_id>/": lambda s: [s.fill(redirect_id=s.redirect.pk)],
    "admin/redirects/<int:redirect_id>/delete/": lambda s: [s.fill(redirect_id=s.redirect.pk)],
    "admin/snippets/opd/newscategory/edit/<int:pk>/": lambda s: [s.fill(pk=s.category.pk)],
    "admin/snippets/opd/newscategory/copy/<int:pk>/": lambda s: [s.fill(pk=s.category.pk)],
    "admin/snippets/opd/newscategory/delete/<int:pk>/": lambda s: [s.fill(pk=s.category.pk)],
    "admin/snippets/opd/newscategory/history/<int:pk>/": lambda s: [s.fill(pk=s.category.pk)],
    "admin/snippets/opd/newscategory/history-results/<int:pk>/": lambda s: [s.fill(pk=s.category.pk)],
    "admin/snippets/opd/newscategory/usage/<int:pk>/": lambda s: [s.fill(pk=s.category.pk)],
    "admin/snippets/choose/opd/newscategory/chosen/<str:pk>/": lambda s: [s.fill(pk=s.category.pk)],
    "admin/forms/submissions/<int:page_id>/": lambda s: s.page_urls("page_id"),
    "admin/forms/submissions/<int:page_id>/results/": lambda s: s.page_urls("page_id"),
    "admin/forms/submissions/<int:page_id>/delete/": lambda s: s.page_urls("page_id"),
    r"admin/^opd/opd/edit/(?P<instance_pk>[-\w]+)/$": lambda s: [s.fill(instance_pk=s.b.opd.pk)],
    # Gubernur Menjawab: B's question, opened or acted on by A's operator
    r"admin/^questions/question/edit/(?P<instance_pk>[-\w]+)/$": lambda s: [s.fill(instance_pk=s.question.pk)],
    r"admin/^questions/question/delete/(?P<instance_pk>[-\w]+)/$": lambda s: [s.fill(instance_pk=s.question.pk)],
    r"admin/^questions/question/inspect/(?P<instance_pk>[-\w]+)/$": lambda s: [s.fill(instance_pk=s.question.pk)],
    r"admin/^questions/question/route/(?P<instance_pk>[-\w]+)/$": lambda s: [s.fill(instance_pk=s.question.pk)],
    r"admin/^questions/question/answer/(?P<instance_pk>[-\w]+)/$": lambda s: [s.fill(instance_pk=s.question.pk)],
    r"admin/^questions/question/close/(?P<instance_pk>[-\w]+)/$": lambda s: [s.fill(instance_pk=s.question.pk)],
    r"admin/^questions/question/escalate/(?P<instance_pk>[-\w]+)/$": lambda s: [s.fill(instance_pk=s.question.pk)],
    r"admin/^questions/question/forward/(?P<instance_pk>[-\w]+)/$": lambda s: [s.fill(instance_pk=s.question.pk)],
    # Freshness: another OPD's detail page; the reminders' record (Diskominfo only)
    "admin/kebaruan/<int:opd_id>/": lambda s: [s.fill(opd_id=s.b.opd.pk)],
    r"admin/^freshness/reminder/edit/(?P<instance_pk>[-\w]+)/$": lambda s: [s.fill(instance_pk=s.reminder.pk)],
    r"admin/^freshness/reminder/delete/(?P<instance_pk>[-\w]+)/$": lambda s: [s.fill(instance_pk=s.reminder.pk)],
    r"admin/^freshness/reminder/history/(?P<instance_pk>[-\w]+)/$": lambda s: [s.fill(instance_pk=s.reminder.pk)],
    r"admin/^freshness/reminder/inspect/(?P<instance_pk>[-\w]+)/$": lambda s: [s.fill(instance_pk=s.reminder.pk)],
    r"admin/^opd/opd/delete/(?P<instance_pk>[-\w]+)/$": lambda s: [s.fill(instance_pk=s.b.opd.pk)],
    r"admin/^opd/opd/history/(?P<instance_pk>[-\w]+)/$": lambda s: [s.fill(instance_pk=s.b.opd.pk)],
    r"admin/^opd/opd/inspect/(?P<instance_pk>[-\w]+)/$": lambda s: [s.fill(instance_pk=s.b.opd.pk)],
    # Not object ids: a tag vocabulary shared by every site, and the password reset link
    "admin/tag-autocomplete/<slug:app_name>/<slug:model_name>/": (
        lambda s: [query(s.fill(app_name="opd", model_name="newspagetag"), term="k")]
    ),
    "admin/password_reset/confirm/<uidb64>/<token>/": lambda s: [s.fill(uidb64="MQ", token="set-password")],
}


class AdminUrlSweepTests(AccessWorld, TestCase):
    """Operator A opens every admin URL that takes an id, filled with B's objects."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.a, cls.b = cls.sites["A"], cls.sites["B"]
        cls.a.news_index = cls.a.draft.get_parent()
        cls.b.news_index = cls.b.draft.get_parent()
        cls.b.profile = cls.b.live.get_parent()
        # B's draft is in moderation, so its workflow and task states exist to be swept.
        cls.workflow = cls.b.draft.get_workflow() or cls._make_workflow(cls.b.home)
        cls.workflow_state = cls.workflow.start(cls.b.draft, cls.users["operator_b"])
        cls.task_state = cls.workflow_state.current_task_state
        cls.task = cls.task_state.task
        cls.question, _token = services.submit_question(
            name=f"Warga {CANARY['B']}",
            email=f"{CANARY['B'].lower()}@mail.id",
            phone="081234561234",
            category="pendidikan",
            question=f"Pertanyaan {CANARY['B']}",
        )
        services.route_question(cls.question, cls.b.opd, cls.users["approver"])
        cls.reminder = Reminder.objects.create(
            opd=cls.b.opd,
            period="2026-W01",
            level=Reminder.Level.OPERATOR,
            status="merah",
            recipients=f"{CANARY['B'].lower()}@jambiprov.go.id",
            subject=f"Pengingat {CANARY['B']}",
            body=f"Isi {CANARY['B']}",
        )
        cls.editing_session = EditingSession.objects.create(
            user=cls.users["operator_b"],
            content_object=cls.b.draft,
            last_seen_at=cls.b.draft.latest_revision_created_at,
        )
        cls.uploaded_image = UploadedFile.objects.create(
            file=cls.b.image.file.name, uploaded_by_user=cls.users["operator_b"]
        )
        cls.uploaded_document = UploadedFile.objects.create(
            file=cls.b.document.file.name, uploaded_by_user=cls.users["operator_b"]
        )
        cls.redirect = Redirect.objects.create(
            old_path=f"/{CANARY['B'].lower()}", site=cls.b.site, redirect_page=cls.b.live
        )

    @classmethod
    def _make_workflow(cls, page):
        workflow = Workflow.objects.create(name="Alur uji akses")
        task = GroupApprovalTask.objects.create(name="Tinjauan uji akses")
        task.groups.set(cls.users["approver"].groups.all())
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        WorkflowPage.objects.create(workflow=workflow, page=page)
        return workflow

    # --- URL builders used by SWEEP --------------------------------------------

    def fill(self, *values, **kwargs):
        return fill(self.route, *values, **kwargs)

    def page_urls(self, kwarg, *pages):
        return [self.fill(**{kwarg: page.pk}) for page in pages or (self.b.live, self.b.draft)]

    @staticmethod
    def revision_ids(page):
        return list(page.revisions.order_by("pk").values_list("pk", flat=True))

    def revision_urls(self):
        return [
            self.fill(page_id=page.pk, revision_id=revision_id)
            for page in (self.b.live, self.b.draft)
            for revision_id in self.revision_ids(page)
        ] + [self.fill(page_id=self.a.live.pk, revision_id=self.revision_ids(self.b.live)[0])]

    def task_urls(self):
        return [
            self.fill(page_id=page.pk, action_name=action, task_state_id=self.task_state.pk)
            for page in (self.b.draft, self.a.draft)
            for action in ("approve", "reject")
        ]

    def image_urls(self):
        return [self.fill(image_id=self.b.image.pk)]

    def bulk_urls(self):
        pages = [self.b.live.pk, self.b.draft.pk]
        targets = (
            [("wagtailcore", "page", action, pages) for action in ("delete", "move", "publish", "unpublish")]
            + [
                ("wagtailimages", "image", action, [self.b.image.pk])
                for action in ("delete", "add_to_collection", "add_tags")
            ]
            + [
                ("wagtaildocs", "document", action, [self.b.document.pk])
                for action in ("delete", "add_to_collection", "add_tags")
            ]
            + [("wagtailusers", "user", action, [self.users["operator_b"].pk]) for action in ("delete", "set_active")]
        )
        return [
            query(self.fill(app_label=app, model_name=model, action=action), id=ids, next="/admin/")
            for app, model, action, ids in targets
        ]

    # --- the sweep -------------------------------------------------------------

    def test_every_admin_route_with_an_argument_has_an_expectation(self):
        discovered = set(admin_routes_with_arguments())
        self.assertEqual(
            discovered - set(SWEEP),
            set(),
            "new admin URL patterns take an argument: add them to SWEEP with B's objects",
        )
        self.assertEqual(set(SWEEP) - discovered, set(), "SWEEP names routes that no longer exist")

    def test_operator_of_a_never_sees_b_through_an_admin_url(self):
        self.login("operator_a")
        routes = admin_routes_with_arguments()
        requested = 0
        for route in sorted(set(routes) & set(SWEEP)):
            self.route = route
            for url in SWEEP[route](self):
                requested += 1
                with self.subTest(url=url):
                    response = self.get(url)
                    self.assertLess(response.status_code, 500, url)
                    self.assertFalse(leaks(response, "B"), f"{url} ({response.status_code}) shows B's content")
                    queued = " ".join(str(message) for message in get_messages(response.wsgi_request))
                    self.assertNotIn(CANARY["B"].lower(), queued.lower(), f"{url} queues a message about B")
        self.assertGreater(requested, 150)
        # Every kind of refusal the sweep provokes is in Diskominfo's refusal log.
        logged = set(AccessRefusal.objects.filter(user=self.users["operator_a"]).values_list("kind", flat=True))
        self.assertLessEqual({"page", "image", "document", "question"}, logged)


def admin_routes_without_arguments():
    """Every admin GET route that captures nothing: listings, choosers, searches, reports, the API."""
    found = []

    def walk(patterns, prefix):
        for pattern in patterns:
            route = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                walk(pattern.url_patterns, route)
            elif route.startswith(ADMIN_PREFIX) and not pattern.pattern.regex.groups:
                found.append(route)

    walk(get_resolver().url_patterns, "")
    return [route for route in found if route not in UNSWEPT_LISTINGS]


# Routes without arguments that are not swept: they end the session or serve no data.
UNSWEPT_LISTINGS = {
    "admin/logout/",
    "admin/failwhale/",  # Wagtail's deliberate server error, for testing error reporting
    "admin/login/",
    "admin/sprite/",
    "admin/jsi18n/",
    "admin/modeladmin/jsi18n/",
    "admin/^.*/$",
}


class AdminListingSweepTests(AdminUrlSweepTests):
    """Operator A opens every admin listing, chooser, search and report, also searching for B's canary."""

    test_every_admin_route_with_an_argument_has_an_expectation = None
    test_operator_of_a_never_sees_b_through_an_admin_url = None

    def listing_queries(self, route):
        """Query strings for ``route``: none, a search for B's canary, and the ids or filters it accepts."""
        b = self.b
        search = "kenari"  # matches both sites; the canary itself would be echoed back by search boxes
        extra = {
            "admin/pages/": [{"q": search, "search_all": "1"}],
            "admin/pages/search/": [{"q": search, "content_type": "opd.newspage"}],
            "admin/api/main/^pages/": [
                {"child_of": "root", "for_explorer": "1"},
                {"descendant_of": b.home.pk},
                {"child_of": b.news_index.pk, "for_explorer": "1"},
                {"search": search},
                {"type": "opd.NewsPage", "fields": "title"},
            ],
            "admin/api/main/^pages/find/": [{"id": b.draft.pk}, {"html_path": "/berita/berita-kenari/"}],
            "admin/api/main/^images/": [{"search": search}],
            "admin/api/main/^images/find/": [{"id": b.image.pk}],
            "admin/api/main/^documents/": [{"search": search}],
            "admin/api/main/^documents/find/": [{"id": b.document.pk}],
            "admin/choose-page/": [{"page_type": "opd.newspage"}, {"page_type": "opd.standardpage"}],
            "admin/choose-page/search/": [{"q": search, "page_type": "opd.newspage"}, {"q": "berita"}],
            "admin/choose-page/chosen-multiple/": [{"id": [b.live.pk, b.draft.pk]}],
            "admin/images/": [{"collection_id": b.opd.collection_id}],
            "admin/images/chooser/": [{"collection_id": b.opd.collection_id}],
            "admin/images/chooser/results/": [{"collection_id": b.opd.collection_id}],
            "admin/images/chooser/chosen-multiple/": [{"id": [b.image.pk]}],
            "admin/documents/": [{"collection_id": b.opd.collection_id}],
            "admin/documents/chooser/results/": [{"collection_id": b.opd.collection_id}],
            "admin/documents/chooser/chosen-multiple/": [{"id": [b.document.pk]}],
            "admin/reports/page-types-usage/": [{"site": b.home.path}],
            "admin/reports/page-types-usage/results/": [{"site": b.home.path}],
            "admin/tag-autocomplete/": [{"term": "k"}],
            # Diskominfo's refusal log: a 404 for an operator, whatever the filter
            "admin/penolakan-akses/": [{"kind": "page"}, {"user": self.users["operator_b"].pk}],
            "admin/penolakan-akses/hasil/": [{"kind": "question"}],
        }
        return [{}, {"q": search}, *extra.get(route, [])]

    def test_operator_of_a_never_sees_b_in_a_listing(self):
        self.login("operator_a")
        requested = 0
        for route in admin_routes_without_arguments():
            path = fill(route)
            for params in self.listing_queries(route):
                url = query(path, **params) if params else path
                requested += 1
                with self.subTest(url=url):
                    response = self.get(url)
                    self.assertLess(response.status_code, 500, url)
                    self.assertFalse(leaks(response, "B"), f"{url} ({response.status_code}) shows B's content")
        self.assertGreater(requested, 150)
