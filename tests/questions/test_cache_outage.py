"""Gubernur Menjawab with the shared cache really gone: a private redis-server, started and then terminated.

The cache is configured as production configures it (django-redis, IGNORE_EXCEPTIONS), pointed at a
redis-server of the test's own on a free port; the shared Redis on 6379 is never touched. While it
runs the rate limits count in Redis; once it is terminated, asking and tracking still work and are
limited by the process's own counters: never a 500, never unlimited.
"""

import datetime
import logging
import re

import pytest
import time_machine
from django.test import SimpleTestCase, override_settings

from questions.models import Question
from questions.ratelimit import SHARED_CACHE_RETRY_SECONDS, LocalCounters, local_counters
from tests.questions.test_public import LIST_URL, START, URL, GubernurMenjawabTestCase
from tests.redis_server import REDIS_SERVER, SKIP_REASON, RedisServer

TRACKING_LINK = re.compile(r'class="tracking-link">https?://[^/]+(/[^<]+)<')
TICKET = re.compile(r'<dd class="ticket-number">(GM-\d{4}-\d{6})</dd>')


@pytest.mark.skipif(REDIS_SERVER is None, reason=SKIP_REASON)
@override_settings(QUESTION_SUBMIT_RATE="3/hour", QUESTION_TRACK_RATE="4/minute")
class RedisDownTests(GubernurMenjawabTestCase):
    def setUp(self):
        self.redis = RedisServer()
        self.addCleanup(self.redis.stop)
        cache_settings = override_settings(CACHES=self.redis.caches())  # resets django.core.cache.caches
        cache_settings.enable()
        self.addCleanup(cache_settings.disable)
        local_counters.reset()
        self.addCleanup(local_counters.reset)
        travel = time_machine.travel(START, tick=False)
        travel.start()
        self.addCleanup(travel.stop)

    def ask(self, text):
        """Post the form; returns the response and the path of the tracking link it gave."""
        response = self.client.post(URL, self.valid_data(question=text), HTTP_HOST="localhost")
        self.assertEqual(response.status_code, 200, response.content[:300])
        self.assertTrue(Question.objects.filter(question=text).exists())
        return response, TRACKING_LINK.search(response.content.decode()).group(1)

    def track(self, path):
        return self.client.get(path, HTTP_HOST="localhost")

    def shared_counts(self, scope):
        """The rate counters of ``scope`` as Redis itself holds them."""
        from django.core.cache import cache

        redis = cache.client.get_client()
        return [int(redis.get(key)) for key in redis.keys(f"*questions:rate:{scope}:*")]

    def test_asking_and_tracking_survive_redis_going_away(self):
        # Redis up: the limits count in Redis.
        _, path = self.ask("Pertanyaan pertama, Redis masih hidup?")
        self.assertContains(self.track(path), "Pertanyaan pertama, Redis masih hidup?")
        self.assertEqual(self.shared_counts("submit"), [1])
        self.assertEqual(self.shared_counts("track"), [1])

        self.redis.stop()
        with self.assertLogs("questions.ratelimit", logging.WARNING) as logs:
            # Redis gone: stored, ticket and link given, tracking page shown.
            response, path = self.ask("Pertanyaan kedua, Redis sudah mati?")
            ticket = TICKET.search(response.content.decode()).group(1)
            tracked = self.track(path)
            self.assertContains(tracked, f'<dd class="ticket-number">{ticket}</dd>', html=True)
            self.assertContains(tracked, "Pertanyaan kedua, Redis sudah mati?")
            # Still limited: three per hour counted in this process, the fourth is refused.
            self.ask("Pertanyaan ketiga?")
            self.ask("Pertanyaan keempat?")
            refused = self.client.post(URL, self.valid_data(question="Kelima?"), HTTP_HOST="localhost")
            self.assertEqual(refused.status_code, 429)
            self.assertContains(refused, "Terlalu banyak permintaan", status_code=429)
            self.assertFalse(Question.objects.filter(question="Kelima?").exists())
            other = self.client.post(
                URL, self.valid_data(question="Dari alamat lain."), HTTP_HOST="localhost", REMOTE_ADDR="10.9.8.7"
            )
            self.assertEqual(other.status_code, 200, "another address has its own local window")
            for _ in range(3):
                self.assertEqual(self.track(path).status_code, 200)
            self.assertEqual(self.track(path).status_code, 429)
        self.assertEqual(Question.objects.count(), 5)
        self.assertEqual(len(logs.records), 1, "one warning per interval, not one per request")
        self.assertIn("shared cache is unreachable", logs.output[0])
        for personal in ("127.0.0.1", "10.9.8.7", "Pertanyaan"):
            self.assertNotIn(personal, logs.output[0])

    def test_a_new_window_after_the_outage_began_starts_again(self):
        _, path = self.ask("Sebelum Redis mati.")
        self.redis.stop()
        with self.assertLogs("questions.ratelimit", logging.WARNING) as logs:
            for n in range(3):
                self.ask(f"Saat Redis mati, nomor {n}.")
            self.assertEqual(self.client.post(URL, self.valid_data(), HTTP_HOST="localhost").status_code, 429)
            self.assertEqual(len(logs.records), 1)
            with time_machine.travel(START + datetime.timedelta(hours=1), tick=False):
                self.ask("Jam berikutnya, Redis masih mati.")
                self.assertEqual(self.track(path).status_code, 200)
        self.assertGreater(3600, SHARED_CACHE_RETRY_SECONDS)
        self.assertEqual(len(logs.records), 2, "Redis is tried again after the interval, and found still gone")

    def test_the_other_public_pages_answer_with_redis_down(self):
        """Site root paths, the freshness board's cached scores and search only read and write the cache."""
        self.redis.stop()
        pages = {
            ("localhost", LIST_URL): "Tanya Jawab",
            ("localhost", URL): "Gubernur Menjawab",
            ("localhost", "/"): "Gubernur Menjawab",
            ("localhost", "/kebaruan/"): "Kebaruan Situs OPD",
            ("localhost", "/cari/?q=puskesmas"): "puskesmas",
            ("dinkes.localhost", "/"): "Dinas Kesehatan",
            ("dinkes.localhost", "/cari/?q=layanan"): "layanan",
        }
        for (host, path), text in pages.items():
            with self.subTest(host=host, path=path):
                self.assertContains(self.client.get(path, HTTP_HOST=host), text)


class LocalCountersTests(SimpleTestCase):
    """The fallback's memory is bounded: past ``max_keys`` windows the oldest is dropped."""

    def test_bounded_and_windows_expire(self):
        counters = LocalCounters(max_keys=3)
        for key in "abcde":
            self.assertEqual(counters.add(key, 1, ttl=60, now=1000.0), 1)
        self.assertEqual([counters.get(key, now=1000.0) for key in "abcde"], [0, 0, 1, 1, 1])
        self.assertEqual(counters.add("e", 1, ttl=60, now=1030.0), 2)
        self.assertEqual(counters.get("e", now=1061.0), 0, "the window has passed")
        self.assertEqual(counters.add("e", 1, ttl=60, now=1061.0), 1, "a new window starts from one")
        self.assertEqual(counters.add("e", -5, ttl=60, now=1061.0), 0, "never below zero")
