"""Workflows created by code: the shared Diskominfo workflow, the optional head step, and ``setup_moderation``."""

from contextlib import redirect_stdout
from io import StringIO
from unittest import mock

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import TestCase
from wagtail.models import GroupPagePermission, Task, Workflow, WorkflowPage, WorkflowTask
from wagtail_modeladmin.helpers import AdminURLHelper

from moderation.models import FourEyesApprovalTask
from moderation.workflows import DISKOMINFO_TASK, SHARED_WORKFLOW, ensure_all_site_workflows, ensure_site_workflow
from opd import roles
from opd.models import Opd
from opd.provisioning import provision_opd_site
from tests.factories import SuperuserFactory
from tests.moderation.factories import ADMIN_HOST, build_moderation_world, draft_news, reload, submit

HEAD_STEPS = ["Tinjauan Kepala Dinkes", DISKOMINFO_TASK]


def workflow_of(page):
    return WorkflowPage.objects.select_related("workflow").get(page=page).workflow


def steps(workflow):
    return [task.name for task in workflow.tasks]


def row_counts():
    return {model.__name__: model.objects.count() for model in (Workflow, Task, WorkflowTask, WorkflowPage, Group)}


class SiteWorkflowTests(TestCase):
    """Provisioning puts every site on a workflow; the head step follows the registry's switch."""

    @classmethod
    def setUpTestData(cls):
        cls.world = build_moderation_world()
        cls.dinkes, cls.disdik = cls.world.dinkes, cls.world.disdik

    def home(self, opd):
        return Opd.objects.get(pk=opd.pk).site.root_page

    def switch(self, opd, on):
        opd = Opd.objects.get(pk=opd.pk)
        opd.head_review = on
        opd.save()
        return opd

    def test_portal_and_every_opd_home_are_on_the_shared_workflow(self):
        for home in (self.world.portal, self.home(self.dinkes), self.home(self.disdik)):
            with self.subTest(home=home.url_path):
                self.assertEqual(workflow_of(home).name, SHARED_WORKFLOW)
        news = self.world.news_index(self.dinkes)
        self.assertEqual(news.get_workflow().name, SHARED_WORKFLOW, "pages below the home inherit it")

    def test_shared_workflow_is_one_four_eyes_step_for_diskominfo_approvers(self):
        workflow = Workflow.objects.get(name=SHARED_WORKFLOW)
        self.assertTrue(workflow.active)
        self.assertEqual(steps(workflow), [DISKOMINFO_TASK])
        task = workflow.tasks.get().specific
        self.assertIsInstance(task, FourEyesApprovalTask)
        self.assertEqual([group.name for group in task.groups.all()], [roles.DISKOMINFO_APPROVER])

    def test_provisioning_reports_the_workflow_and_the_head_group(self):
        report = provision_opd_site("dlh", "Dinas Lingkungan Hidup", acronym="DLH")
        self.assertIn("grup “Kepala DLH”", report.actions)
        self.assertIn("alur “Moderasi Diskominfo” untuk /dlh/", report.actions)
        self.assertEqual(workflow_of(report.site.root_page).name, SHARED_WORKFLOW)

    def test_head_group_reviews_its_own_site_only_and_never_publishes(self):
        head = Group.objects.get(name="Kepala Dinkes")
        self.assertEqual(list(head.permissions.values_list("codename", flat=True)), ["access_admin"])
        granted = GroupPagePermission.objects.filter(group=head).values_list("page_id", "permission__codename")
        self.assertEqual(list(granted), [(self.home(self.dinkes).pk, "change_page")])

    def test_second_run_changes_nothing(self):
        before = row_counts()
        self.assertEqual(provision_opd_site("dinkes", "Dinas Kesehatan", acronym="Dinkes").actions, [])
        self.assertEqual(ensure_all_site_workflows(), [])
        self.assertEqual(row_counts(), before)

    def test_head_review_puts_the_site_on_its_own_two_step_workflow(self):
        self.switch(self.dinkes, True)
        workflow = workflow_of(self.home(self.dinkes))
        self.assertEqual(workflow.name, "Moderasi Dinkes")
        self.assertEqual(steps(workflow), HEAD_STEPS)
        head_task, diskominfo_task = (task.specific for task in workflow.tasks)
        self.assertEqual([group.name for group in head_task.groups.all()], ["Kepala Dinkes"])
        self.assertEqual(diskominfo_task, Task.objects.get(name=DISKOMINFO_TASK).specific, "one shared Diskominfo step")
        self.assertEqual(workflow_of(self.home(self.disdik)).name, SHARED_WORKFLOW, "other sites are untouched")

    def test_switching_off_and_on_again_reuses_the_same_workflow(self):
        self.switch(self.dinkes, True)
        own = workflow_of(self.home(self.dinkes))
        counts = row_counts()
        self.switch(self.dinkes, False)
        self.assertEqual(workflow_of(self.home(self.dinkes)).name, SHARED_WORKFLOW)
        self.switch(self.dinkes, True)
        self.assertEqual(workflow_of(self.home(self.dinkes)), own)
        self.assertEqual(row_counts(), counts)

    def test_saving_without_changing_the_switch_leaves_workflows_alone(self):
        opd = Opd.objects.get(pk=self.dinkes.pk)
        with mock.patch("moderation.signals.ensure_site_workflow") as ensure:
            opd.head_of_agency = "dr. Nama Baru"
            opd.save()
            Opd.objects.only("name").get(pk=opd.pk).save(update_fields=["name"])
        ensure.assert_not_called()

    def test_ensure_site_workflow_reports_the_switch(self):
        opd = Opd.objects.get(pk=self.dinkes.pk)
        Opd.objects.filter(pk=opd.pk).update(head_review=True)  # no signal: as if changed behind our back
        opd.refresh_from_db()
        actions = ensure_site_workflow(opd)
        self.assertEqual(
            actions,
            [
                "tahap “Tinjauan Kepala Dinkes”",
                "penyetuju tahap “Tinjauan Kepala Dinkes”: grup “Kepala Dinkes”",
                "alur moderasi “Moderasi Dinkes”",
                "tahapan alur “Moderasi Dinkes”: “Tinjauan Kepala Dinkes” → “Persetujuan Diskominfo”",
                "alur “Moderasi Dinkes” untuk /dinkes/ (sebelumnya “Moderasi Diskominfo”)",
            ],
        )
        self.assertEqual(ensure_site_workflow(opd), [])

    def test_a_submission_in_progress_finishes_on_the_workflow_it_started_on(self):
        page = draft_news(self.world.news_index(self.dinkes), self.world.operator_dinkes)
        submit(self.world.operator_dinkes, page)
        self.switch(self.dinkes, True)
        state = reload(page).current_workflow_state
        self.assertEqual(state.workflow.name, SHARED_WORKFLOW)
        self.assertEqual(state.current_task_state.task.name, DISKOMINFO_TASK)

    def test_diskominfo_switches_it_in_the_registry_admin(self):
        opd = Opd.objects.get(pk=self.dinkes.pk)
        data = {
            "name": opd.name,
            "slug": opd.slug,
            "acronym": opd.acronym,
            "kind": opd.kind,
            "status": opd.status,
            "successor": "",
            "head_of_agency": opd.head_of_agency,
            "verified": "",
            "custom_hostname": "",
            "head_review": "on",
        }
        self.client.force_login(SuperuserFactory())
        edit_url = AdminURLHelper(Opd).get_action_url("edit", opd.pk)
        response = self.client.get(edit_url, HTTP_HOST=ADMIN_HOST)
        self.assertContains(response, "Tinjauan Kepala OPD", msg_prefix="the switch is on the registry form")
        response = self.client.post(edit_url, data, HTTP_HOST=ADMIN_HOST)
        self.assertEqual(response.status_code, 302)
        self.assertTrue(Opd.objects.get(pk=opd.pk).head_review)
        self.assertEqual(workflow_of(self.home(opd)).name, "Moderasi Dinkes")
        response = self.client.post(edit_url, {**data, "head_review": ""}, HTTP_HOST=ADMIN_HOST)
        self.assertEqual(response.status_code, 302)
        self.assertEqual(workflow_of(self.home(opd)).name, SHARED_WORKFLOW)


def run_command(*args):
    out = StringIO()
    call_command("setup_moderation", *args, stdout=out)
    return out.getvalue()


class SetupModerationCommandTests(TestCase):
    """A database provisioned before moderation existed is brought up to date by ``setup_moderation``."""

    @classmethod
    def setUpTestData(cls):
        world = build_moderation_world()
        cls.dinkes = world.dinkes
        WorkflowPage.objects.all().delete()
        Workflow.objects.all().delete()
        Task.objects.all().delete()
        Group.objects.filter(name__startswith="Kepala ").delete()
        Opd.objects.filter(pk=cls.dinkes.pk).update(head_review=True)

    def test_help(self):
        out = StringIO()
        with redirect_stdout(out), self.assertRaises(SystemExit):
            call_command("setup_moderation", "--help")
        self.assertIn("Bring moderation up to date", out.getvalue())
        self.assertIn("--dry-run", out.getvalue())

    def test_dry_run_lists_the_changes_and_stores_nothing(self):
        before = row_counts()
        output = run_command("--dry-run")
        self.assertIn("Akan dibuat: alur “Moderasi Diskominfo” untuk /portal/", output)
        self.assertIn("Akan dibuat: alur “Moderasi Dinkes” untuk /dinkes/", output)
        self.assertIn("Akan dibuat: grup “Kepala Disdik”", output)
        self.assertIn("tidak ada yang disimpan", output)
        self.assertEqual(row_counts(), before)

    def test_brings_every_site_up_to_date_then_has_nothing_left_to_do(self):
        output = run_command()
        self.assertIn("Dibuat: alur “Moderasi Diskominfo” untuk /disdik/", output)
        self.assertIn("Moderasi diperbarui", output)
        homes = {opd.slug: opd.site.root_page for opd in Opd.objects.with_site()}
        self.assertEqual(steps(workflow_of(homes["dinkes"])), HEAD_STEPS)
        self.assertEqual(steps(workflow_of(homes["disdik"])), [DISKOMINFO_TASK])
        self.assertEqual(WorkflowPage.objects.count(), 3, "portal, Dinkes and Disdik")
        before = row_counts()
        self.assertIn("Moderasi sudah lengkap; tidak ada yang diubah.", run_command())
        self.assertEqual(row_counts(), before)

    def test_repairs_a_deactivated_workflow(self):
        run_command()
        Workflow.objects.get(name=SHARED_WORKFLOW).deactivate()  # Wagtail also unassigns it everywhere
        output = run_command()
        self.assertIn("Dibuat: alur moderasi “Moderasi Diskominfo” diaktifkan kembali", output)
        self.assertTrue(Workflow.objects.get(name=SHARED_WORKFLOW).active)
        self.assertEqual(WorkflowPage.objects.filter(workflow__name=SHARED_WORKFLOW).count(), 2)
