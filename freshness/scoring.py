"""The freshness score of every OPD site: the figures, the rules that turn them into green/amber/red.

``score_sites()`` gathers the figures of all OPD sites with a fixed number of aggregate queries
(about ten, whatever the number of sites or pages), then applies the rules below to each site. Every
rule is a small function with the reason it exists; each returns the findings it makes, and a site's
status is the worst of them (green when there is none). docs/freshness.md explains the score.
"""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db.models import CharField, Count, IntegerField, Max, Min, OuterRef, Q, Subquery
from django.db.models.functions import Cast, Coalesce, Substr, TruncMonth
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.models import Page, PageLogEntry, WorkflowState, get_default_page_content_type

from freshness.thresholds import get_thresholds
from opd.models import AnnouncementPage, Opd, PublicInformation, ServicePage

GREEN, AMBER, RED = "hijau", "kuning", "merah"
STATUS_ORDER = {RED: 0, AMBER: 1, GREEN: 2}
STATUS_LABELS = {GREEN: _("Baik"), AMBER: _("Perlu perhatian"), RED: _("Tertinggal")}
MONTHS = 12
NEVER = datetime.datetime.min.replace(tzinfo=datetime.UTC)  # sorts a site that never published first


@dataclass
class Finding:
    """One reason a site is not green: what is wrong, what to do about it, and since when it is that bad."""

    code: str
    status: str  # AMBER or RED
    message: str
    advice: str
    since: datetime.datetime | None = None  # when it reached this status, where that is known


@dataclass
class SiteFreshness:
    """The figures of one OPD site and what the rules made of them."""

    opd: Opd
    last_published_at: datetime.datetime | None = None
    published_30: int = 0
    published_90: int = 0
    monthly: list = field(default_factory=list)  # [(first day of month, publications)], oldest first
    waiting: int = 0
    oldest_waiting_since: datetime.datetime | None = None
    stale_berkala: int = 0
    expired_live: int = 0
    incomplete_services: int = 0
    operators: int = 0
    inactive_operators: int = 0
    findings: list = field(default_factory=list)
    scored_at: datetime.datetime | None = None

    @property
    def status(self):
        return min((finding.status for finding in self.findings), key=STATUS_ORDER.get, default=GREEN)

    @property
    def status_label(self):
        return STATUS_LABELS[self.status]

    @property
    def red_since(self):
        """The earliest moment a red finding became red (None when the site is not red)."""
        moments = [f.since or self.scored_at for f in self.findings if f.status == RED]
        return min(moments, default=None)


# --- rules ---------------------------------------------------------------------------------------


def rule_last_publication(site, now, t):
    """A site nobody publishes on goes stale: amber after ``amber_after_days``, red after ``red_after_days``.

    A site that has never published anything is red from the start.
    """
    last = site.last_published_at
    if last is None:
        return [
            Finding(
                "no_publication",
                RED,
                _("Belum pernah ada terbitan."),
                _("Terbitkan berita, pengumuman, atau agenda pertama situs ini."),
                site.opd.created_at,  # red since the OPD was registered
            )
        ]
    age = (now - last).days
    if age >= t.red_after_days:
        status, since = RED, last + datetime.timedelta(days=t.red_after_days)
    elif age >= t.amber_after_days:
        status, since = AMBER, last + datetime.timedelta(days=t.amber_after_days)
    else:
        return []
    return [
        Finding(
            "last_publication",
            status,
            _("Terbitan terakhir %(days)s hari yang lalu.") % {"days": age},
            _("Terbitkan berita, pengumuman, atau agenda baru (batas hijau: %(days)s hari).")
            % {"days": t.amber_after_days},
            since,
        )
    ]


def rule_waiting(site, now, t):
    """Submissions left in moderation mean the operators did their part and the site still stands still."""
    oldest = site.oldest_waiting_since
    if oldest is None:
        return []
    age = now - oldest
    if age >= datetime.timedelta(days=t.waiting_red_days):
        status, since = RED, oldest + datetime.timedelta(days=t.waiting_red_days)
    elif age >= datetime.timedelta(days=t.waiting_amber_days):
        status, since = AMBER, oldest + datetime.timedelta(days=t.waiting_amber_days)
    else:
        return []
    return [
        Finding(
            "waiting",
            status,
            ngettext(
                "%(count)s kiriman menunggu moderasi, yang terlama %(days)s hari.",
                "%(count)s kiriman menunggu moderasi, yang terlama %(days)s hari.",
                site.waiting,
            )
            % {"count": site.waiting, "days": age.days},
            _("Diskominfo perlu meninjau kiriman ini; hubungi penyetuju bila mendesak."),
            since,
        )
    ]


def rule_stale_berkala(site, now, t):
    """UU 14/2008 (KIP): information published *berkala* must be refreshed at least every six months."""
    if not site.stale_berkala:
        return []
    return [
        Finding(
            "stale_berkala",
            AMBER,
            _("%(count)s informasi berkala PPID belum dimutakhirkan lebih dari %(months)s bulan.")
            % {"count": site.stale_berkala, "months": t.berkala_months},
            _("Perbarui tanggal dan isi informasi berkala di halaman PPID."),
        )
    ]


def rule_expired_live(site, now, t):
    """An announcement past its expiry is no longer shown, but still counts as live: someone forgot it."""
    if not site.expired_live:
        return []
    return [
        Finding(
            "expired_live",
            AMBER,
            _("%(count)s pengumuman sudah kedaluwarsa tetapi masih berstatus tayang.") % {"count": site.expired_live},
            _("Perpanjang tanggal berlaku atau tarik pengumuman tersebut."),
        )
    ]


def rule_incomplete_services(site, now, t):
    """PermenPAN-RB 15/2014: every service publishes its complete Standar Pelayanan."""
    if not site.incomplete_services:
        return []
    return [
        Finding(
            "incomplete_services",
            AMBER,
            _("%(count)s layanan belum memuat Standar Pelayanan yang lengkap.") % {"count": site.incomplete_services},
            _("Lengkapi komponen standar pelayanan setiap layanan (dasar hukum, persyaratan, prosedur, dan lainnya)."),
        )
    ]


def rule_operators(site, now, t):
    """A site needs someone to keep it: no active operator is red; operators who stopped logging in, amber."""
    if not site.operators:
        return [
            Finding(
                "no_operator",
                RED,
                _("Tidak ada operator aktif."),
                _("Diskominfo perlu menunjuk dan membuatkan akun operator untuk OPD ini."),
                site.opd.created_at,  # when the last operator left is not recorded: the worst case
            )
        ]
    if not site.inactive_operators:
        return []
    return [
        Finding(
            "inactive_operators",
            AMBER,
            _("%(count)s operator tidak masuk selama %(days)s hari atau lebih.")
            % {"count": site.inactive_operators, "days": t.inactive_operator_days},
            _("Masuk ke admin secara berkala, atau minta Diskominfo menonaktifkan akun yang tidak dipakai."),
        )
    ]


RULES = (
    rule_last_publication,
    rule_waiting,
    rule_stale_berkala,
    rule_expired_live,
    rule_incomplete_services,
    rule_operators,
)


# --- figures -------------------------------------------------------------------------------------


def _by_prefix(queryset, path_field, prefix_length, **aggregates):
    """Aggregate ``queryset`` per site: rows keyed by the first ``prefix_length`` characters of the tree path."""
    rows = (
        queryset.annotate(site_prefix=Substr(path_field, 1, prefix_length))
        .values("site_prefix")
        .annotate(**aggregates)
        .order_by()
    )
    return {row.pop("site_prefix"): row for row in rows}


def _month_starts(now):
    """The first day of each of the last MONTHS months, oldest first, ending with the current month."""
    year, month = now.year, now.month
    starts = []
    for _step in range(MONTHS):
        starts.append(datetime.date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return starts[::-1]


def _opds(opds):
    queryset = Opd.objects.filter(site__isnull=False).select_related("site__root_page", "operator_group")
    if opds is not None:
        queryset = queryset.filter(pk__in=[opd.pk for opd in opds])
    return list(queryset.order_by("name"))


def score_sites(opds=None, now=None):
    """The freshness of every OPD site (or of the given OPDs), worst first, in a fixed number of queries."""
    now = now or timezone.now()
    t = get_thresholds()
    opds = _opds(opds)
    if not opds:
        return []
    length = len(opds[0].site.root_page.path)
    # Every OPD home hangs directly under Wagtail's root (opd.provisioning), so one prefix length fits all.
    sites = {
        opd.site.root_page.path: SiteFreshness(opd=opd, scored_at=now)
        for opd in opds
        if len(opd.site.root_page.path) == length
    }
    month_starts = _month_starts(timezone.localtime(now))
    _add_publications(sites, length, now, month_starts)
    _add_waiting(sites, length)
    _add_content_checks(sites, length, now, t)
    _add_operators(sites, now, t)
    for site in sites.values():
        site.findings = [finding for rule in RULES for finding in rule(site, now, t)]
    return sorted(sites.values(), key=lambda s: (STATUS_ORDER[s.status], s.last_published_at or NEVER, s.opd.name))


ALL_SITES_CACHE_KEY = "freshness:all-sites"


def score_all_sites_cached():
    """``score_sites()`` for every OPD site, shared for FRESHNESS_CACHE_SECONDS.

    For the public board and Diskominfo's dashboard panel, where a figure a few minutes old is fine
    and a crawler must not make every request aggregate the whole audit log. A publication or an
    unpublication clears it (freshness.apps); the report at /admin/kebaruan/ always scores live.
    """
    scores = cache.get(ALL_SITES_CACHE_KEY)
    if scores is None:
        scores = score_sites()
        cache.set(ALL_SITES_CACHE_KEY, scores, settings.FRESHNESS_CACHE_SECONDS)
    return scores


def forget_cached_scores(**kwargs):
    cache.delete(ALL_SITES_CACHE_KEY)


def _add_publications(sites, length, now, month_starts):
    """The last publication, publications in the last 30/90 days and per month, from the audit log.

    A publication is a logged publish of any page of the site (an approval, a scheduled go-live).
    Provisioning publishes the empty sections without logging them, so a new site starts with none.
    """
    all_publishes = PageLogEntry.objects.filter(action="wagtail.publish", timestamp__lte=now)
    last = _by_prefix(all_publishes, "page__path", length, last=Max("timestamp"))
    start = timezone.make_aware(datetime.datetime.combine(month_starts[0], datetime.time.min))
    since = min(start, now - datetime.timedelta(days=90))
    publishes = all_publishes.filter(timestamp__gte=since)
    counts = _by_prefix(
        publishes,
        "page__path",
        length,
        n30=Count("id", filter=Q(timestamp__gte=now - datetime.timedelta(days=30))),
        n90=Count("id", filter=Q(timestamp__gte=now - datetime.timedelta(days=90))),
    )
    monthly = (
        publishes.filter(timestamp__gte=start)
        .annotate(site_prefix=Substr("page__path", 1, length), month=TruncMonth("timestamp"))
        .values("site_prefix", "month")
        .annotate(n=Count("id"))
        .order_by()
    )
    per_month = {}
    for row in monthly:
        month = timezone.localtime(row["month"]).date() if isinstance(row["month"], datetime.datetime) else row["month"]
        per_month[(row["site_prefix"], month.replace(day=1))] = row["n"]
    for prefix, site in sites.items():
        site.last_published_at = last.get(prefix, {}).get("last")
        site.published_30 = counts.get(prefix, {}).get("n30", 0)
        site.published_90 = counts.get(prefix, {}).get("n90", 0)
        site.monthly = [(month, per_month.get((prefix, month), 0)) for month in month_starts]


def _add_waiting(sites, length):
    """Pages in moderation per site: how many, and since when the oldest waits at its current step."""
    page_path = Page.objects.filter(pk=Cast(OuterRef("object_id"), IntegerField())).values("path")[:1]
    states = WorkflowState.objects.filter(
        status=WorkflowState.STATUS_IN_PROGRESS, base_content_type=get_default_page_content_type()
    ).annotate(
        page_path=Subquery(page_path, output_field=CharField()),
        waiting_since=Coalesce("current_task_state__started_at", "created_at"),
    )
    rows = _by_prefix(states, "page_path", length, n=Count("id"), oldest=Min("waiting_since"))
    for prefix, site in sites.items():
        site.waiting = rows.get(prefix, {}).get("n", 0)
        site.oldest_waiting_since = rows.get(prefix, {}).get("oldest")


def _months_before(day, months):
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    last_day = (datetime.date(year + month // 12, month % 12 + 1, 1) - datetime.timedelta(days=1)).day
    return datetime.date(year, month, min(day.day, last_day))


def _add_content_checks(sites, length, now, t):
    """Stale *berkala* PPID items, expired announcements still live, services with an incomplete standard."""
    today = timezone.localtime(now).date()
    berkala = _by_prefix(
        PublicInformation.objects.filter(
            category=PublicInformation.Category.BERKALA,
            date__lt=_months_before(today, t.berkala_months),
            page__live=True,
        ),
        "page__path",
        length,
        n=Count("id"),
    )
    expired = _by_prefix(
        AnnouncementPage.objects.filter(live=True, expiry_date__lt=today), "path", length, n=Count("id")
    )
    incomplete_services = ServicePage.objects.filter(live=True).filter(ServicePage.incomplete_standard_q())
    incomplete = _by_prefix(incomplete_services, "path", length, n=Count("id"))
    for prefix, site in sites.items():
        site.stale_berkala = berkala.get(prefix, {}).get("n", 0)
        site.expired_live = expired.get(prefix, {}).get("n", 0)
        site.incomplete_services = incomplete.get(prefix, {}).get("n", 0)


def _add_operators(sites, now, t):
    """Active members of each OPD's operator group, and how many have not logged in for a while."""
    cutoff = now - datetime.timedelta(days=t.inactive_operator_days)
    # An account that never logged in counts once it is older than the threshold, not from its first day.
    never_since = Q(last_login__isnull=True, date_joined__lte=cutoff)
    by_group = {site.opd.operator_group_id: site for site in sites.values() if site.opd.operator_group_id}
    rows = (
        get_user_model()
        .objects.filter(is_active=True, groups__in=list(by_group))
        .values("groups")
        .annotate(n=Count("id"), inactive=Count("id", filter=Q(last_login__lte=cutoff) | never_since))
        .order_by()
    )
    for row in rows:
        site = by_group[row["groups"]]
        site.operators, site.inactive_operators = row["n"], row["inactive"]
