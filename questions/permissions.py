"""Who may see and handle which question of Gubernur Menjawab in the admin (DESIGN.md, "People").

Diskominfo (approvers and superusers) and Humas writers see every question, route it to an OPD,
close answered ones and escalate. An OPD's operators see and answer only the questions routed to
their OPD. The Inspektorat sees every question and its clock and escalates. Nobody else sees any.
Whether a step fits the question's status is for questions.services to decide.
"""

from opd import roles
from opd.models import Opd
from questions.models import Question


def _in_group(user, name):
    return roles.is_signed_in(user) and user.groups.filter(name=name).exists()


def is_dispatcher(user):
    """Diskominfo or Humas: they route, close and escalate any question."""
    return roles.is_diskominfo(user) or _in_group(user, roles.HUMAS_WRITER)


def is_inspektorat(user):
    return _in_group(user, roles.INSPEKTORAT)


def sees_all_questions(user):
    return is_dispatcher(user) or is_inspektorat(user)


def answering_opds(user):
    """The OPDs whose operator group ``user`` belongs to: the questions routed to them are theirs to answer."""
    if not roles.is_signed_in(user):
        return Opd.objects.none()
    return Opd.objects.filter(operator_group__user=user)


def visible_questions(user):
    """The questions ``user`` may see in the admin."""
    if sees_all_questions(user):
        return Question.objects.all()
    if not roles.is_signed_in(user):
        return Question.objects.none()
    return Question.objects.filter(opd__in=answering_opds(user))


def can_list(user):
    return sees_all_questions(user) or answering_opds(user).exists()


def can_view(user, question):
    return visible_questions(user).filter(pk=question.pk).exists()


def can_route(user, question):
    return is_dispatcher(user)


def can_answer(user, question):
    return question.opd_id is not None and answering_opds(user).filter(pk=question.opd_id).exists()


def can_close(user, question):
    return is_dispatcher(user)


def can_escalate(user, question):
    return is_dispatcher(user) or is_inspektorat(user)


def can_forward(user, question):
    """Marking a question for SP4N-LAPOR! is part of dispatching it."""
    return is_dispatcher(user)


def can_export_lapor(user):
    """The manual-entry spreadsheet holds every pending citizen's personal data: Diskominfo alone takes it."""
    return roles.is_diskominfo(user)


def can_see_access_log(user):
    """Diskominfo and the Inspektorat oversee who opened the personal data."""
    return roles.is_diskominfo(user) or is_inspektorat(user)
