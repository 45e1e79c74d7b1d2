"""Helpers of the public side of Gubernur Menjawab: rate limits, the honeypot, tracking lookup, headers.

The views themselves are the routes of ``questions.pages.GubernurMenjawabPage``; what they share or what
is worth testing on its own lives here.
"""

import dataclasses
import hashlib
import math
import re
import time

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.utils import timezone
from django.utils.cache import patch_cache_control

from questions.models import Question, hash_token

HONEYPOT_FIELD = "situs_web"
# What new_token() produces (token_urlsafe(24) is 32 characters), with room for a longer TOKEN_BYTES later.
# Anything else is a 404 without a database query.
TOKEN_PATTERN = re.compile(r"[A-Za-z0-9_-]{16,128}")
PERIODS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400}


@dataclasses.dataclass(frozen=True)
class Rate:
    limit: int
    period: int  # seconds


def parse_rate(text):
    """``"5/hour"`` -> Rate(5, 3600); units: second, minute, hour, day."""
    try:
        count, unit = text.split("/")
        return Rate(int(count), PERIODS[unit.strip()])
    except (ValueError, KeyError) as error:
        raise ImproperlyConfigured(f"Invalid rate {text!r}; expected e.g. '5/hour'.") from error


def submit_rate():
    return parse_rate(settings.QUESTION_SUBMIT_RATE)


def track_rate():
    return parse_rate(settings.QUESTION_TRACK_RATE)


class RateLimit:
    """A fixed-window counter per client IP in the shared cache.

    The IP is hashed into the key, so the cache holds no addresses. REMOTE_ADDR must be the client's
    address: behind a proxy, the proxy has to set it (the project does not trust X-Forwarded-For).
    """

    def __init__(self, scope, request, rate):
        self.rate = rate
        now = time.time()
        window = int(now // rate.period)
        self.retry_after = max(1, math.ceil((window + 1) * rate.period - now))
        ip = request.META.get("REMOTE_ADDR", "")
        digest = hashlib.sha256(f"{settings.SECRET_KEY}:{ip}".encode()).hexdigest()[:32]
        self.key = f"questions:rate:{scope}:{digest}:{window}"

    def exceeded(self):
        """True if the window is already used up (does not count a hit)."""
        return (cache.get(self.key) or 0) >= self.rate.limit

    def hit(self):
        """Count one hit; True if it is over the limit. Atomic on Redis and locmem."""
        cache.add(self.key, 0, self.rate.period + 1)
        try:
            count = cache.incr(self.key)
        except ValueError:  # the key expired between add and incr
            cache.set(self.key, 1, self.rate.period + 1)
            count = 1
        return count > self.rate.limit

    def undo(self):
        """Give a hit back (the submission failed on our side, not the citizen's)."""
        try:
            cache.decr(self.key)
        except ValueError:
            pass


def is_spam(data):
    """The honeypot: a field people never see and bots fill in."""
    return bool(str(data.get(HONEYPOT_FIELD, "")).strip())


def find_by_token(token):
    """The question whose tracking token is ``token``, or None. Only well-formed tokens reach the database."""
    if not TOKEN_PATTERN.fullmatch(token or ""):
        return None
    return (
        Question.objects.select_related("opd")
        .only(
            "ticket_number",
            "status",
            "category",
            "question",
            "answer",
            "answered_at",
            "closed_at",
            "submitted_at",
            "due_at",
            "opd__name",
            "opd__acronym",
        )
        .filter(token_hash=hash_token(token))
        .first()
    )


@dataclasses.dataclass(frozen=True)
class Clock:
    running: bool  # the question still waits for its answer
    overdue: bool
    hours_left: int
    minutes_left: int


def clock(question, now=None):
    """Where the 1×24-hour clock of ``question`` stands."""
    now = now or timezone.now()
    if not question.is_open:
        return Clock(running=False, overdue=False, hours_left=0, minutes_left=0)
    left = question.due_at - now
    if left.total_seconds() <= 0:
        return Clock(running=True, overdue=True, hours_left=0, minutes_left=0)
    minutes = math.ceil(left.total_seconds() / 60)
    return Clock(running=True, overdue=False, hours_left=minutes // 60, minutes_left=minutes % 60)


def make_private(response):
    """Headers for a page that carries a tracking link or a citizen's question: never cached, never
    sent on as a referrer, never indexed."""
    patch_cache_control(response, private=True, no_store=True, max_age=0)
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["X-Robots-Tag"] = "noindex, nofollow"
    return response
