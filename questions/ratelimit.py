"""Rate limits of the public side of Gubernur Menjawab: fixed windows per client address.

The counters live in the shared cache (Redis in production), so every app server counts the same
hits. When the shared cache cannot be reached the limiter fails open to counters kept in this
process (bounded in size): the citizen still gets an answer, never a 500, and still never an
unlimited one. The shared cache is tried again after ``SHARED_CACHE_RETRY_SECONDS``; a warning is
logged once per such interval, without any address.
"""

import collections
import dataclasses
import hashlib
import logging
import math
import threading
import time

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured

from security.client_ip import client_ip

logger = logging.getLogger(__name__)

PERIODS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400}
SHARED_CACHE_RETRY_SECONDS = 60
LOCAL_MAX_KEYS = 10_000  # one window of one scope for one address each: about 1 MB at most


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


class LocalCounters:
    """Per-process fixed-window counters for while the shared cache is away.

    Holds at most ``max_keys`` windows; the oldest go first (an evicted window starts again from
    zero, the price of a bounded memory). ``down_until`` is when the shared cache is next tried.
    """

    def __init__(self, max_keys=LOCAL_MAX_KEYS):
        self.max_keys = max_keys
        self._lock = threading.Lock()
        self.reset()

    def reset(self):
        """Forget every count and believe the shared cache is back (a fresh process)."""
        with self._lock:
            self._counts = collections.OrderedDict()  # key -> [count, expires_at]
            self.down_until = 0.0

    def shared_cache_down(self, now):
        return now < self.down_until

    def mark_shared_cache_down(self, now):
        """Use the local counters for the next interval; warn once per interval."""
        with self._lock:
            if now < self.down_until:
                return
            self.down_until = now + SHARED_CACHE_RETRY_SECONDS
        logger.warning(
            "Gubernur Menjawab: the shared cache is unreachable; rate limits use this process's own "
            "counters for the next %d s",
            SHARED_CACHE_RETRY_SECONDS,
        )

    def get(self, key, now):
        with self._lock:
            entry = self._counts.get(key)
            return entry[0] if entry and entry[1] > now else 0

    def add(self, key, delta, ttl, now):
        """Add ``delta`` to the window ``key`` (created for ``ttl`` seconds); returns the new count."""
        with self._lock:
            entry = self._counts.get(key)
            if entry is None or entry[1] <= now:
                entry = [0, now + ttl]
                self._counts.pop(key, None)
                self._counts[key] = entry
                while len(self._counts) > self.max_keys:
                    self._counts.popitem(last=False)
            entry[0] = max(0, entry[0] + delta)
            return entry[0]


local_counters = LocalCounters()


def _shared_incr(key, delta, ttl):
    """``delta`` added to the shared counter ``key``; None when the shared cache cannot be reached.

    With django-redis's IGNORE_EXCEPTIONS a lost Redis answers None instead of raising; without it,
    or with another backend, it raises. Either way the caller falls back to the local counters.
    """
    try:
        cache.add(key, 0, ttl)
        try:
            count = cache.incr(key, delta)
        except ValueError:  # the key expired between add and incr
            if delta < 0:
                return 0
            cache.set(key, delta, ttl)
            count = delta
    except Exception:  # any cache failure means "unreachable", never a 500
        return None
    return count if isinstance(count, int) else None


class RateLimit:
    """A fixed-window counter for one scope ("submit", "track") and one client address.

    The address (``security.client_ip``: X-Forwarded-For only from TRUSTED_PROXIES) is hashed with
    the secret key into the cache key, so no cache holds addresses.
    """

    def __init__(self, scope, request, rate):
        self.rate = rate
        now = time.time()
        window = int(now // rate.period)
        self.retry_after = max(1, math.ceil((window + 1) * rate.period - now))
        digest = hashlib.sha256(f"{settings.SECRET_KEY}:{client_ip(request)}".encode()).hexdigest()[:32]
        self.key = f"questions:rate:{scope}:{digest}:{window}"
        self.ttl = rate.period + 1

    def _count(self, delta):
        now = time.time()
        if not local_counters.shared_cache_down(now):
            count = _shared_incr(self.key, delta, self.ttl)
            if count is not None:
                return count
            local_counters.mark_shared_cache_down(now)
        return local_counters.add(self.key, delta, self.ttl, now)

    def exceeded(self):
        """True if the window is already used up (does not count a hit)."""
        now = time.time()
        if local_counters.shared_cache_down(now):
            return local_counters.get(self.key, now) >= self.rate.limit
        try:
            count = cache.get(self.key)
        except Exception:  # hit() finds out and falls back; a pre-check must not fail
            count = None
        return (count or 0) >= self.rate.limit

    def hit(self):
        """Count one hit; True if it is over the limit. Atomic on Redis and locmem."""
        return self._count(1) > self.rate.limit

    def undo(self):
        """Give a hit back (the submission failed on our side, not the citizen's)."""
        self._count(-1)
