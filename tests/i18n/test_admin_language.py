"""The admin speaks Indonesian by default; a user who picks English in their profile gets English."""

from django.test import TestCase
from wagtail.users.models import UserProfile

from tests.signin.world import DASHBOARD, LOGIN, build_accounts, client, post_login


class AdminLanguageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.operator = build_accounts().operator

    def signed_in(self):
        browser = client()
        post_login(browser, self.operator.username)
        return browser

    def test_login_page_is_indonesian(self):
        response = client().get(LOGIN)
        self.assertContains(response, "Lupa kata sandi?")
        self.assertNotContains(response, "Forgotten password?")

    def test_dashboard_is_indonesian_and_titled_for_jambi_cms(self):
        response = self.signed_in().get(DASHBOARD)
        self.assertContains(response, "Dasbor")
        self.assertNotContains(response, ">Dashboard<")
        self.assertNotContains(response, ">Help<")

    def test_a_user_who_prefers_english_gets_english(self):
        profile = UserProfile.get_for_user(self.operator)
        profile.preferred_language = "en"
        profile.save()
        response = self.signed_in().get(DASHBOARD)
        self.assertContains(response, "Dashboard")
        self.assertNotContains(response, "Dasbor")
