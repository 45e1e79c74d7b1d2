"""Gubernur Menjawab under generated input: the form, raw posts and tracking paths never give a 500."""

from urllib.parse import quote

from django.core.cache import cache
from django.test import override_settings
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase, from_form

from home.provisioning import provision_portal
from opd.provisioning import provision_opd_site
from questions.forms import QuestionForm
from questions.models import Question
from questions.public import HONEYPOT_FIELD

URL = "/gubernur-menjawab/"
FIELDS = ("name", "email", "phone", "category", "opd", "question", "consent_to_publish", HONEYPOT_FIELD)
FUZZ = settings(max_examples=50, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])

# Forms that are mostly valid: a phone number that passes, the honeypot left empty.
likely_valid_forms = from_form(
    QuestionForm,
    phone=st.from_regex(r"\A(\+62|0)8[0-9]{8,11}\Z"),
    question=st.text(min_size=10, max_size=300).filter(lambda text: len(text.strip()) >= 10),
    **{HONEYPOT_FIELD: st.just("")},
)


def as_post(data):
    """A form's data dict as a browser would post it: checkboxes only when ticked, None left out."""
    post = {}
    for name, value in data.items():
        if value is None or value is False:
            continue
        post[name] = "on" if value is True else str(value)
    return post


@override_settings(QUESTION_SUBMIT_RATE="100000/hour", QUESTION_TRACK_RATE="100000/minute")
class PublicFuzzTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        provision_portal()
        provision_opd_site("dinkes", "Dinas Kesehatan", acronym="Dinkes")
        provision_opd_site("disdik", "Dinas Pendidikan", acronym="Disdik")

    def setUp(self):
        cache.clear()

    def check_submission(self, form):
        event("honeypot" if str(form.data.get(HONEYPOT_FIELD) or "").strip() else f"valid: {form.is_valid()}")
        response = self.client.post(URL, as_post(form.data), HTTP_HOST="localhost")
        self.assertNotEqual(response.status_code, 500)
        if str(form.data.get(HONEYPOT_FIELD) or "").strip():
            self.assertEqual(response.status_code, 200, "a bot is answered as if all went well")
            self.assertFalse(Question.objects.exists(), "the honeypot stores nothing")
            return
        if not form.is_valid():
            self.assertEqual(response.status_code, 400, form.errors)
            self.assertFalse(Question.objects.exists())
            return
        self.assertEqual(response.status_code, 200)
        stored = Question.objects.get()
        expected = form.submission()
        self.assertEqual(
            {name: getattr(stored, name) for name in expected},
            expected,
        )

    @FUZZ
    @given(form=from_form(QuestionForm))
    def test_generated_forms(self, form):
        self.check_submission(form)

    @FUZZ
    @given(form=likely_valid_forms)
    def test_generated_valid_forms_store_the_cleaned_data(self, form):
        self.check_submission(form)

    @FUZZ
    @given(data=st.dictionaries(st.one_of(st.sampled_from(FIELDS), st.text(max_size=20)), st.text(max_size=6000)))
    def test_raw_text_posted(self, data):
        response = self.client.post(URL, data, HTTP_HOST="localhost")
        self.assertIn(response.status_code, (200, 400))
        self.assertLessEqual(Question.objects.count(), 1)
        if response.status_code == 400:
            self.assertFalse(Question.objects.exists())

    @FUZZ
    @given(body=st.binary(max_size=2000))
    def test_raw_bytes_posted(self, body):
        response = self.client.post(URL, body, content_type="application/x-www-form-urlencoded", HTTP_HOST="localhost")
        self.assertIn(response.status_code, (200, 400))

    @FUZZ
    @given(token=st.text(max_size=300))
    def test_tracking_lookup_with_arbitrary_text(self, token):
        response = self.client.get(f"{URL}lacak/{quote(token, safe='')}/", HTTP_HOST="localhost")
        self.assertEqual(response.status_code, 404)

    @FUZZ
    @given(
        token=st.text(
            alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-", min_size=16, max_size=128
        )
    )
    def test_tracking_lookup_with_well_formed_guesses(self, token):
        response = self.client.get(f"{URL}lacak/{token}/", HTTP_HOST="localhost")
        self.assertEqual(response.status_code, 404)
