"""Helpers of the public side of Gubernur Menjawab: rate limits, the honeypot, tracking lookup, headers.

The views themselves are the routes of ``questions.pages.GubernurMenjawabPage``; what they share or what
is worth testing on its own lives here.
"""

import dataclasses
import math
import re

from django.conf import settings
from django.utils import timezone
from django.utils.cache import patch_cache_control

from questions.models import Question, hash_token
from questions.ratelimit import parse_rate

HONEYPOT_FIELD = "situs_web"
# What new_token() produces (token_urlsafe(24) is 32 characters), with room for a longer TOKEN_BYTES later.
# Anything else is a 404 without a database query.
TOKEN_PATTERN = re.compile(r"[A-Za-z0-9_-]{16,128}")


def submit_rate():
    return parse_rate(settings.QUESTION_SUBMIT_RATE)


def track_rate():
    return parse_rate(settings.QUESTION_TRACK_RATE)


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
