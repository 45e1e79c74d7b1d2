"""``manage.py seed_demo`` fills a development database; it must never run where DEBUG is off."""

import datetime
from io import StringIO

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command, get_commands
from django.test import TestCase, override_settings
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import ModelLogEntry, Page, Site

from home.demo import seed_demo
from home.demo.questions import DEMO_QUESTIONS, ask_demo_questions
from opd.models import Opd
from questions import services
from questions.models import Question


def row_counts():
    return {model.__name__: model.objects.count() for model in (get_user_model(), Page, Site, Opd, get_image_model())}


class SeedDemoRefusalTests(TestCase):
    def test_command_exists(self):
        self.assertEqual(get_commands().get("seed_demo"), "home")

    def test_refuses_when_debug_is_off_and_creates_nothing(self):
        self.assertFalse(settings.DEBUG)
        before = row_counts()
        out, err = StringIO(), StringIO()
        with self.assertRaises(CommandError) as caught:
            call_command("seed_demo", stdout=out, stderr=err)
        # An unknown command is a CommandError too: make sure this one is the refusal.
        self.assertNotIn("Unknown command", str(caught.exception))
        self.assertIn("DEBUG", str(caught.exception))
        self.assertEqual(row_counts(), before)
        self.assertFalse(get_user_model().objects.exists())


class SeedDemoQuestionsTests(TestCase):
    """The seeded Gubernur Menjawab questions: one per state, through the services, public only with consent."""

    @classmethod
    def setUpTestData(cls):
        with override_settings(DEBUG=True):
            cls.result = seed_demo()
        cls.questions = {
            question.question: question for question in Question.objects.select_related("opd", "answered_by")
        }

    def demo(self, number):
        return next(demo for demo in DEMO_QUESTIONS if demo.number == number)

    def test_every_demo_question_in_its_state_with_its_audit_trail(self):
        self.assertFalse(self.result.already_seeded)
        self.assertEqual(len(self.questions), len(DEMO_QUESTIONS))
        S = Question.Status
        expected = {1: S.NEW, 2: S.ROUTED, 3: S.ROUTED, 4: S.ROUTED, 5: S.ANSWERED, 6: S.CLOSED, 7: S.ESCALATED}
        for demo in DEMO_QUESTIONS:
            with self.subTest(demo.number):
                question = self.questions[demo.text]
                self.assertEqual(question.status, expected[demo.number])
                self.assertEqual(question.opd and question.opd.slug, demo.opd_slug if demo.steps else None)
                actions = ModelLogEntry.objects.for_instance(question).order_by("pk").values_list("action", flat=True)
                self.assertEqual(list(actions), ["questions.submit"] + [f"questions.{a}" for a, _, _ in demo.steps])
        self.assertEqual(self.questions[self.demo(5).text].answered_by.username, "operator.dinkes")

    def test_clocks_are_back_dated(self):
        now = timezone.now()
        near_warning = self.questions[self.demo(4).text]
        self.assertLess(now - near_warning.submitted_at, services.WARN_AFTER)
        self.assertGreater(now - near_warning.submitted_at, services.WARN_AFTER - datetime.timedelta(hours=1))
        escalated = self.questions[self.demo(7).text]
        self.assertLess(escalated.due_at, escalated.escalated_at)
        self.assertEqual(escalated.escalated_by.username, "inspektorat")

    def test_public_list_shows_consenting_answers_and_no_personal_data(self):
        response = self.client.get("/gubernur-menjawab/tanya-jawab/", HTTP_HOST=settings.BASE_DOMAIN)
        published = [demo for demo in DEMO_QUESTIONS if demo.answer and demo.consent]
        self.assertEqual(len(published), 2)
        for demo in published:
            self.assertContains(response, f'<div class="question-answer"><p>{demo.answer}</p></div>', html=True)
        for demo in DEMO_QUESTIONS:
            if demo not in published:
                self.assertNotContains(response, demo.text)
        for question in self.questions.values():
            for personal in filter(None, (question.name, question.email, question.phone)):
                self.assertNotContains(response, personal)
        self.assertNotContains(response, "Warga Demo")

    def test_second_run_changes_nothing(self):
        before = (Question.objects.count(), ModelLogEntry.objects.count(), row_counts())
        with override_settings(DEBUG=True):
            self.assertTrue(seed_demo().already_seeded)
        # Past the "already seeded" check, the questions themselves are matched by their text.
        self.assertEqual(ask_demo_questions(), 0)
        self.assertEqual((Question.objects.count(), ModelLogEntry.objects.count(), row_counts()), before)
