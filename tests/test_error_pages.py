"""The error pages when the database cannot be reached: a 503 that says so, never the generic 500."""

from django.db import IntegrityError
from django.test import Client, RequestFactory, TestCase

from errors.views import server_error
from home.provisioning import provision_portal
from tests.db_outage import database_down


class DatabaseDownTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        provision_portal()

    def request(self, method, path, host="localhost", **data):
        client = Client(raise_request_exception=False)
        with database_down(), self.assertLogs("django.request", "ERROR"):
            return getattr(client, method)(path, data, HTTP_HOST=host)

    def assert_unavailable(self, response):
        self.assertEqual(response.status_code, 503)
        self.assertEqual(response.headers["Retry-After"], "60")
        self.assertEqual(response.headers["Cache-Control"], "no-store")
        self.assertContains(response, "Layanan sedang terganggu", status_code=503)

    def test_a_page_is_503_with_retry_after(self):
        response = self.request("get", "/")
        self.assert_unavailable(response)
        self.assertContains(response, "basis data kami sedang tidak dapat dihubungi", status_code=503)
        self.assertNotContains(response, "tidak tersimpan", status_code=503)

    def test_a_submission_is_told_it_was_not_saved(self):
        response = self.request("post", "/cari/", host="dinkes.localhost", q="vaksin")
        self.assert_unavailable(response)
        self.assertContains(response, "tidak diterima dan tidak tersimpan", status_code=503)

    def test_the_admin_sign_in_too(self):
        response = self.request("post", "/admin/login/", host="cms.localhost", username="a", password="b")
        self.assert_unavailable(response)
        self.assertContains(response, "tidak diterima dan tidak tersimpan", status_code=503)

    def test_other_database_errors_stay_500(self):
        """A broken query is a bug, not an outage: the generic 500 page."""
        request = RequestFactory().get("/")
        try:
            raise IntegrityError("duplicate key value violates unique constraint")
        except IntegrityError:
            response = server_error(request)
        self.assertEqual(response.status_code, 500)
        self.assertContains(response, "Terjadi gangguan pada server", status_code=500)
