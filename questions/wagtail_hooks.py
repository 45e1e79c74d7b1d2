"""Admin hooks of Gubernur Menjawab: the audit-log actions (the admin views register in questions.admin)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from questions import admin  # noqa: F401

LOG_ACTIONS = {
    "questions.submit": _("Pertanyaan diajukan"),
    "questions.route": _("Diteruskan ke OPD"),
    "questions.answer": _("Dijawab"),
    "questions.close": _("Ditutup"),
    "questions.escalate": _("Dieskalasi ke Inspektorat"),
    "questions.forward_lapor": _("Ditandai untuk diteruskan ke SP4N-LAPOR!"),
}


@hooks.register("register_log_actions")
def register_question_log_actions(actions):
    for action, label in LOG_ACTIONS.items():
        actions.register_action(action, label, label)
