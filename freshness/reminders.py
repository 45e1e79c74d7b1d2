"""Freshness reminders: each week, tell the people who can fix an amber or red OPD site what is missing.

The ladder, per OPD site and ISO week (Asia/Jakarta):

* amber or red: the OPD's operators (level OPERATOR), with every finding and the advice for it;
* red for ``escalate_head_after_days``: also the "Kepala <OPD>" group (level HEAD);
* red for ``escalate_diskominfo_after_days``: also Diskominfo approvers and superusers (level DISKOMINFO).

Every e-mail is about one OPD only. Each rung is sent at most once per week: a ``Reminder`` row is
inserted before the e-mail leaves, inside a transaction, and the unique constraint on
(opd, period, level) makes a second or concurrent run skip it; if sending fails the row is rolled
back, so the next run tries again. ``plan_reminders`` says what is due, ``send_reminders`` sends it.
"""

import datetime
import logging
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db import IntegrityError, models, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from freshness.models import Reminder
from freshness.scoring import AMBER, RED, score_sites
from freshness.thresholds import get_thresholds
from opd import roles
from opd.models import Opd

logger = logging.getLogger(__name__)

# The week is the Jakarta week whatever the server's clock says: a run at 01:00 WIB on Monday is a new week.
PERIOD_TIME_ZONE = ZoneInfo("Asia/Jakarta")
# Each rung has its own subject and body: templates/freshness/email/<name>_subject.txt and <name>_body.txt.
TEMPLATE_NAMES = {
    Reminder.Level.OPERATOR: "operator",
    Reminder.Level.HEAD: "head",
    Reminder.Level.DISKOMINFO: "diskominfo",
}


class Outcome(models.TextChoices):
    """What became of one planned reminder."""

    PLANNED = "planned", _("akan dikirim")
    SENT = "sent", _("terkirim")
    ALREADY_SENT = "already_sent", _("dilewati: sudah dikirim pekan ini")
    NO_RECIPIENT = "no_recipient", _("dilewati: tidak ada penerima")
    FAILED = "failed", _("gagal dikirim; akan dicoba lagi pada proses berikutnya")


@dataclass
class PlannedReminder:
    """One rung due for one OPD this period: who gets it and what it says."""

    opd: Opd
    period: str
    level: str
    status: str
    recipients: list
    subject: str
    body: str
    outcome: str = Outcome.PLANNED
    error: str = field(default="", repr=False)

    @property
    def level_label(self):
        return Reminder.Level(self.level).label

    @property
    def outcome_label(self):
        return Outcome(self.outcome).label


def period_of(now):
    """The ISO week of ``now`` in Jakarta, e.g. "2026-W49" (the ISO year, so 29 Dec 2025 is "2026-W01")."""
    year, week, _weekday = timezone.localtime(now, PERIOD_TIME_ZONE).isocalendar()
    return f"{year}-W{week:02d}"


def recipients_for(level, opd):
    """The e-mail addresses of the active users a rung goes to, sorted, without duplicates."""
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    if level == Reminder.Level.OPERATOR:
        if not opd.operator_group_id:
            return []
        users = users.filter(groups=opd.operator_group_id)
    elif level == Reminder.Level.HEAD:
        users = users.filter(groups__name=roles.head_group_name(opd))
    else:
        users = users.filter(Q(is_superuser=True) | Q(groups__name=roles.DISKOMINFO_APPROVER))
    return sorted(set(users.values_list("email", flat=True)))


def due_levels(site, now, thresholds):
    """The rungs of the ladder ``site`` has reached: none when green, up to all three when red long enough."""
    if site.status not in (AMBER, RED):
        return []
    levels = [Reminder.Level.OPERATOR]
    if site.status == RED and site.red_since is not None:
        red_for = now - site.red_since
        if red_for >= datetime.timedelta(days=thresholds.escalate_head_after_days):
            levels.append(Reminder.Level.HEAD)
        if red_for >= datetime.timedelta(days=thresholds.escalate_diskominfo_after_days):
            levels.append(Reminder.Level.DISKOMINFO)
    return levels


def render(level, site, period, now):
    """The subject and plain-text body of one rung's e-mail, in Indonesian whatever language is active."""
    red_for = (now - site.red_since).days if site.red_since else 0
    context = {
        "opd": site.opd,
        "site": site,
        "period": period,
        "red_days": red_for,
        "admin_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("wagtailadmin_home"),
    }
    with translation.override(settings.LANGUAGE_CODE):
        name = TEMPLATE_NAMES[level]
        subject = render_to_string(f"freshness/email/{name}_subject.txt", context)
        body = render_to_string(f"freshness/email/{name}_body.txt", context)
    return " ".join(subject.split()), body.strip() + "\n"


def plan_reminders(now=None):
    """Every reminder due now and not yet recorded for this week; rungs nobody can receive are marked so.

    Only active OPDs with a site are reminded: a merged or dissolved agency has nobody left to act.
    """
    now = now or timezone.now()
    period = period_of(now)
    thresholds = get_thresholds()
    sent = set(Reminder.objects.filter(period=period).values_list("opd_id", "level"))
    planned = []
    for site in score_sites(opds=list(Opd.objects.active().with_site()), now=now):
        for level in due_levels(site, now, thresholds):
            if (site.opd.pk, level) in sent:
                continue
            subject, body = render(level, site, period, now)
            to = recipients_for(level, site.opd)
            planned.append(
                PlannedReminder(
                    opd=site.opd,
                    period=period,
                    level=level,
                    status=site.status,
                    recipients=to,
                    subject=subject,
                    body=body,
                    outcome=Outcome.PLANNED if to else Outcome.NO_RECIPIENT,
                )
            )
    return planned


def send_reminder(reminder):
    """Record and send one planned reminder; return its outcome (also set on ``reminder``).

    The row goes in first: a concurrent run inserting the same (opd, period, level) waits on the
    unique index, then fails with IntegrityError once this one commits, and skips. An error while
    sending rolls the row back and propagates, so the rung stays due.
    """
    if not reminder.recipients:
        reminder.outcome = Outcome.NO_RECIPIENT
        return reminder.outcome
    try:
        with transaction.atomic():
            Reminder.objects.create(
                opd=reminder.opd,
                period=reminder.period,
                level=reminder.level,
                status=reminder.status,
                recipients="\n".join(reminder.recipients),
                subject=reminder.subject,
                body=reminder.body,
            )
            EmailMessage(
                subject=reminder.subject,
                body=reminder.body,
                from_email=settings.DEFAULT_FROM_EMAIL,
                to=reminder.recipients,
            ).send()
    except IntegrityError:
        reminder.outcome = Outcome.ALREADY_SENT
        return reminder.outcome
    reminder.outcome = Outcome.SENT
    return reminder.outcome


def send_reminders(now=None, dry_run=False):
    """Send every reminder due now (or, with ``dry_run``, only plan them); return them with their outcome.

    One failed e-mail does not stop the others: it is logged and marked FAILED, and retried next run.
    """
    planned = plan_reminders(now)
    if dry_run:
        return planned
    for reminder in planned:
        try:
            send_reminder(reminder)
        except Exception as error:  # any mail backend error: keep going, the rung stays due
            logger.exception("Freshness reminder not sent: %s, %s, %s", reminder.opd, reminder.period, reminder.level)
            reminder.outcome, reminder.error = Outcome.FAILED, str(error)
    return planned
