"""The moderation workflows, created by code and assigned to every site's home page (docs/moderation.md).

Every site gets the shared "Moderasi Diskominfo" (one step: "Persetujuan Diskominfo"). An OPD with
``head_review`` on gets "Moderasi <OPD>" instead: "Tinjauan Kepala <OPD>", then "Persetujuan
Diskominfo". Workflows and tasks are found by name, like the groups of ``opd.roles``.

Every function is idempotent and appends what it created or changed to ``actions`` (Indonesian noun
phrases, as provisioning reports them); a second run appends nothing.
"""

from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import Page, Site, Workflow, WorkflowPage, WorkflowTask

from moderation.models import FourEyesApprovalTask
from opd import roles
from opd.models import Opd

SHARED_WORKFLOW = "Moderasi Diskominfo"
DISKOMINFO_TASK = "Persetujuan Diskominfo"


def opd_workflow_name(opd):
    return f"Moderasi {opd.short_name}"


def head_task_name(opd):
    return f"Tinjauan Kepala {opd.short_name}"


def ensure_task(name, group, actions):
    """The active four-eyes task ``name``, approved by ``group`` alone."""
    task = FourEyesApprovalTask.objects.filter(name=name).first()
    if task is None:
        task = FourEyesApprovalTask.objects.create(name=name)
        actions.append(f"tahap “{name}”")
    elif not task.active:
        task.active = True
        task.save(update_fields=["active"])
        actions.append(f"tahap “{name}” diaktifkan kembali")
    if set(task.groups.values_list("pk", flat=True)) != {group.pk}:
        task.groups.set([group])
        actions.append(f"penyetuju tahap “{name}”: grup “{group.name}”")
    return task


def ensure_workflow(name, tasks, actions):
    """The active workflow ``name`` with exactly ``tasks``, in that order."""
    workflow = Workflow.objects.filter(name=name).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=name)
        actions.append(f"alur moderasi “{name}”")
    elif not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
        actions.append(f"alur moderasi “{name}” diaktifkan kembali")
    current = list(workflow.workflow_tasks.order_by("sort_order").values_list("task_id", flat=True))
    if current != [task.pk for task in tasks]:
        workflow.workflow_tasks.all().delete()
        for order, task in enumerate(tasks):
            WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=order)
        steps = " → ".join(f"“{task.name}”" for task in tasks)
        actions.append(f"tahapan alur “{name}”: {steps}")
    return workflow


def ensure_head_group(opd, actions):
    """The group "Kepala <OPD>" (heads and secretaries of the agency), reporting it when it is new."""
    if not Group.objects.filter(name=roles.head_group_name(opd)).exists():
        actions.append(f"grup “{roles.head_group_name(opd)}”")
    return roles.ensure_head_group(opd)


def shared_workflow(actions):
    """ "Moderasi Diskominfo": one step, approved by Diskominfo's approvers."""
    approvers, _ = Group.objects.get_or_create(name=roles.DISKOMINFO_APPROVER)
    return ensure_workflow(SHARED_WORKFLOW, [ensure_task(DISKOMINFO_TASK, approvers, actions)], actions)


def opd_workflow(opd, actions):
    """ "Moderasi <OPD>": the OPD head's review, then Diskominfo's approval."""
    approvers, _ = Group.objects.get_or_create(name=roles.DISKOMINFO_APPROVER)
    head_task = ensure_task(head_task_name(opd), ensure_head_group(opd, actions), actions)
    diskominfo_task = ensure_task(DISKOMINFO_TASK, approvers, actions)
    return ensure_workflow(opd_workflow_name(opd), [head_task, diskominfo_task], actions)


def assign_workflow(page, workflow, actions):
    """Put ``page`` and its subtree (unless a descendant has its own) on ``workflow``."""
    assignment = WorkflowPage.objects.filter(page=page).select_related("workflow").first()
    if assignment is None:
        WorkflowPage.objects.create(page=page, workflow=workflow)
        actions.append(f"alur “{workflow.name}” untuk {page.url_path}")
    elif assignment.workflow_id != workflow.pk:
        previous = assignment.workflow.name
        assignment.workflow = workflow
        assignment.save(update_fields=["workflow"])
        actions.append(f"alur “{workflow.name}” untuk {page.url_path} (sebelumnya “{previous}”)")


def ensure_site_workflow(target):
    """Give a site its workflow; return what changed.

    ``target`` is an ``Opd`` (its site's home goes on "Moderasi <OPD>" when ``head_review`` is on,
    else on the shared workflow; its head group is created either way, so heads can be named
    before the step is switched on) or a home ``Page`` that belongs to no OPD (the portal: shared
    workflow). An OPD without a site changes nothing. Submissions already in moderation finish on
    the workflow they started on.
    """
    actions = []
    with transaction.atomic():
        if isinstance(target, Opd):
            if not target.site_id:
                return actions
            home = Page.objects.get(pk=target.site.root_page_id)
            ensure_head_group(target, actions)
            workflow = opd_workflow(target, actions) if target.head_review else shared_workflow(actions)
        else:
            home = target
            workflow = shared_workflow(actions)
        assign_workflow(home, workflow, actions)
    return actions


def ensure_all_site_workflows():
    """Give every Site its workflow (OPD sites by their registry entry, the others the shared one)."""
    actions = []
    opds = {opd.site_id: opd for opd in Opd.objects.filter(site__isnull=False)}
    for site in Site.objects.select_related("root_page").order_by("hostname"):
        actions += ensure_site_workflow(opds.get(site.pk, site.root_page))
    return actions
