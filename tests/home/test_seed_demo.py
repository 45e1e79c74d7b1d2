"""``manage.py seed_demo`` fills a development database; it must never run where DEBUG is off."""

from io import StringIO

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command, get_commands
from django.test import TestCase
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from opd.models import Opd


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
