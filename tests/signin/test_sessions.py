"""Idle sessions end: 30 minutes without a request signs a user out, and 12 hours after sign-in at the latest.

The last-activity stamp is written at most once a minute, so a busy editor does not rewrite the session on
every request.
"""

import datetime

import time_machine
from django.conf import settings
from django.contrib.sessions.models import Session
from django.test import TestCase
from django.utils import timezone

from signin.middleware import LAST_SEEN_KEY, STARTED_KEY
from tests.signin.world import DASHBOARD, LOGIN, build_accounts, client, post_login


class IdleSessionTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.user = build_accounts().operator

    def setUp(self):
        self.start = timezone.now().replace(microsecond=0)

    def at(self, minutes=0, seconds=0):
        """Freeze the clock ``minutes`` and ``seconds`` after the test's start."""
        return time_machine.travel(self.start + datetime.timedelta(minutes=minutes, seconds=seconds), tick=False)

    def sign_in(self):
        browser = client()
        with self.at(0):
            self.assertEqual(post_login(browser, self.user.username).status_code, 302)
        return browser

    def test_settings(self):
        self.assertEqual(settings.SESSION_IDLE_MINUTES, 30)
        self.assertEqual(settings.SESSION_COOKIE_AGE, 12 * 60 * 60)

    def test_thirty_minutes_idle_signs_out_with_an_indonesian_message(self):
        browser = self.sign_in()
        with self.at(29):
            self.assertEqual(browser.get(DASHBOARD).status_code, 200)
        with self.at(29 + 31):
            response = browser.get(DASHBOARD, follow=True)
        self.assertEqual(response.redirect_chain[-1][0].split("?")[0], LOGIN)
        self.assertContains(response, "Sesi Anda berakhir karena terlalu lama tidak aktif.")
        with self.at(29 + 32):
            self.assertEqual(browser.get(DASHBOARD).status_code, 302, "signed out for good")

    def test_activity_keeps_the_session_alive_until_twelve_hours_after_sign_in(self):
        browser = self.sign_in()
        for minutes in range(20, 12 * 60, 20):
            with self.at(minutes):
                self.assertEqual(browser.get(DASHBOARD).status_code, 200, f"after {minutes} minutes")
        with self.at(12 * 60 + 1):
            self.assertEqual(browser.get(DASHBOARD).status_code, 302)

    def test_the_session_is_written_at_most_once_a_minute(self):
        browser = self.sign_in()
        key = browser.session.session_key
        with self.at(0, seconds=5):
            browser.get(DASHBOARD)
        stored = Session.objects.get(pk=key).session_data
        with self.at(0, seconds=50):
            browser.get(DASHBOARD)
            self.assertEqual(Session.objects.get(pk=key).session_data, stored, "not rewritten within the minute")
        with self.at(1, seconds=10):
            browser.get(DASHBOARD)
            self.assertNotEqual(Session.objects.get(pk=key).session_data, stored, "stamped after a minute")

    def test_a_forced_login_is_stamped_too(self):
        browser = client()
        with self.at(0):
            browser.force_login(self.user)
        with self.at(29):
            self.assertEqual(browser.get(DASHBOARD).status_code, 200)
        with self.at(29 + 31):
            self.assertEqual(browser.get(DASHBOARD).status_code, 302)

    def test_a_session_without_stamps_is_stamped_on_its_next_request(self):
        browser = client()
        browser.force_login(self.user)
        session = browser.session
        session.pop(STARTED_KEY)
        session.pop(LAST_SEEN_KEY)
        session.save()
        with self.at(0):
            self.assertEqual(browser.get(DASHBOARD).status_code, 200)
        with self.at(31):
            self.assertEqual(browser.get(DASHBOARD).status_code, 302)
        with self.at(31):
            self.assertEqual(browser.get(DASHBOARD).status_code, 302)
