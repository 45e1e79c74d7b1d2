"""Four eyes: whoever submitted or last edited a revision cannot approve it, even as approver or superuser."""

from django.test import TestCase
from wagtail.models import TaskState, WorkflowState

from tests.moderation.factories import (
    act,
    admin_client,
    build_moderation_world,
    draft_news,
    edit_url,
    news_form_data,
    post_edit,
    reload,
    submit,
    workflow_action_url,
)

ACTIONS = ["reject", "approve", "approve"]


def action_names(page, user):
    page = reload(page)
    return [name for name, _label, _modal in page.current_workflow_task.get_actions(page, user)]


class FourEyesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_moderation_world()
        cls.index = cls.world.news_index(cls.world.dinkes)

    def submitted(self, author, title="Vaksinasi gratis di Puskesmas"):
        page = draft_news(self.index, author, title=title)
        response = submit(author, page)
        self.assertEqual(response.status_code, 302)
        page = reload(page)
        self.assertEqual(page.current_workflow_state.requested_by, author)
        return page

    def assertWaiting(self, page):
        page = reload(page)
        self.assertFalse(page.live)
        self.assertEqual(page.current_workflow_task_state.status, TaskState.STATUS_IN_PROGRESS)

    def test_another_approver_approves_and_the_page_goes_live(self):
        page = self.submitted(self.world.operator_dinkes)
        self.assertEqual(action_names(page, self.world.approver), ACTIONS)
        response = act(self.world.approver, page, "approve")
        self.assertRedirects(response, edit_url(page), fetch_redirect_response=False)
        page = reload(page)
        self.assertTrue(page.live)
        self.assertEqual(page.workflow_states.get().status, WorkflowState.STATUS_APPROVED)

    def test_submitter_who_is_an_approver_cannot_approve(self):
        page = self.submitted(self.world.approver)
        self.assertEqual(action_names(page, self.world.approver), [])
        for action in ("approve", "reject"):
            with self.subTest(action=action):
                response = act(self.world.approver, page, action)
                self.assertEqual(response.status_code, 302)
                self.assertEqual(response["Location"], "/admin/", "Wagtail's permission-denied redirect")
                self.assertWaiting(page)
        self.assertEqual(action_names(page, self.world.approver2), ACTIONS)
        act(self.world.approver2, page, "approve")
        self.assertTrue(reload(page).live)

    def test_superuser_cannot_approve_what_they_submitted(self):
        page = self.submitted(self.world.superuser)
        self.assertEqual(action_names(page, self.world.superuser), [])
        act(self.world.superuser, page, "approve")
        self.assertWaiting(page)

    def test_approve_button_of_the_editor_is_refused_to_the_submitter(self):
        page = self.submitted(self.world.approver)
        response = post_edit(self.world.approver, page, "action-workflow-action", **{"workflow-action-name": "approve"})
        self.assertIn(response.status_code, (200, 302))
        self.assertWaiting(page)

    def test_last_editor_cannot_approve_and_their_edit_needs_other_eyes(self):
        page = self.submitted(self.world.operator_dinkes)
        post_edit(self.world.approver, page, None, body="<p>Isi berita, diperbaiki penyetuju.</p>")
        self.assertEqual(reload(page).latest_revision.user, self.world.approver)
        self.assertEqual(action_names(page, self.world.approver), [])
        act(self.world.approver, page, "approve")
        self.assertWaiting(page)
        # The other approver's first approval was given for the submitted revision, not the edit: asked again.
        act(self.world.approver2, page, "approve")
        self.assertWaiting(page)
        self.assertEqual(reload(page).current_workflow_task_state.revision.user, self.world.approver)
        act(self.world.approver2, page, "approve")
        page = reload(page)
        self.assertTrue(page.live)
        self.assertIn("diperbaiki penyetuju", str(page.body))

    def test_task_state_of_another_page_in_the_url_is_refused(self):
        # Wagtail checks the actions against the page in the URL but acts on the task state in the URL.
        own = self.submitted(self.world.approver, title="Kiriman penyetuju sendiri")
        other = self.submitted(self.world.operator_dinkes, title="Kiriman operator")
        own_task_state = reload(own).current_workflow_task_state
        response = admin_client(self.world.approver).post(workflow_action_url(other, "approve", own_task_state))
        self.assertIn(response.status_code, (302, 403, 404))
        self.assertWaiting(own)
        self.assertWaiting(other)

    def test_awaiting_review_leaves_out_own_submissions_and_edits(self):
        own = self.submitted(self.world.approver, title="Kiriman penyetuju sendiri")
        edited = self.submitted(self.world.operator_dinkes, title="Disunting penyetuju")
        post_edit(self.world.approver, edited, None)
        other = self.submitted(self.world.operator_dinkes, title="Kiriman operator")
        reviewable = {state.workflow_state.object_id for state in TaskState.objects.reviewable_by(self.world.approver)}
        self.assertEqual(reviewable, {str(other.pk)})
        reviewable = {state.workflow_state.object_id for state in TaskState.objects.reviewable_by(self.world.approver2)}
        self.assertEqual(reviewable, {str(own.pk), str(edited.pk), str(other.pk)})
        self.assertFalse(TaskState.objects.reviewable_by(self.world.operator_dinkes).exists())

    def test_page_is_locked_for_its_submitter_and_open_to_other_approvers(self):
        page = self.submitted(self.world.approver)
        lock = reload(page).get_lock()
        self.assertTrue(lock.for_user(self.world.approver))
        self.assertTrue(lock.for_user(self.world.operator_dinkes), "non-reviewers are locked out, as in Wagtail")
        self.assertFalse(lock.for_user(self.world.approver2))
        response = post_edit(self.world.approver, page, None, title="Diubah saat menunggu")
        self.assertEqual(response.status_code, 200, "the editor refuses the save and shows the form again")
        self.assertEqual(reload(page).latest_revision.user, self.world.approver)
        self.assertNotEqual(reload(page).get_latest_revision_as_object().title, "Diubah saat menunggu")

    def test_submitter_may_still_cancel(self):
        page = self.submitted(self.world.approver)
        data = {**news_form_data(reload(page)), "action-cancel-workflow": "1"}
        admin_client(self.world.approver).post(edit_url(page), data)
        self.assertEqual(reload(page).workflow_states.get().status, WorkflowState.STATUS_CANCELLED)


class EditorFormTests(TestCase):
    """The editor's form must not count untouched date fields as changed.

    Fields with a callable default (``date.today``) would compare against a hidden input Wagtail never
    renders: every approve from the editor then saved a revision of the approver's own first, which
    restarted the review and could never be approved by them (four eyes).
    """

    @classmethod
    def setUpTestData(cls):
        cls.world = build_moderation_world()
        cls.index = cls.world.news_index(cls.world.dinkes)

    def test_untouched_date_is_not_a_change(self):
        page = reload(draft_news(self.index, self.world.operator_dinkes)).get_latest_revision_as_object()
        form_class = page.get_edit_handler().get_form_class()
        form = form_class(news_form_data(page), instance=page, for_user=self.world.approver)
        self.assertTrue(form.is_valid(), form.errors)
        self.assertNotIn("date", form.changed_data)
        changed = news_form_data(page, date="2026-02-01")
        form = form_class(changed, instance=page, for_user=self.world.approver)
        self.assertTrue(form.is_valid(), form.errors)
        self.assertIn("date", form.changed_data)
