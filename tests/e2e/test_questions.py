"""Gubernur Menjawab in a real browser: a citizen asks, Diskominfo routes the question, the OPD answers it,
the citizen reads the answer by the private tracking link."""

import re
from urllib.parse import urlsplit

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from home.provisioning import provision_portal
from opd import roles
from opd.provisioning import provision_opd_site
from questions.models import Question
from tests.e2e.conftest import ADMIN_HOST, guarded_page, log_in
from tests.factories import UserFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

NAME = "Siti Aminah"
EMAIL = "siti.aminah@contoh.id"
QUESTION = "Kapan jadwal imunisasi campak untuk balita di Puskesmas Putri Ayu?"
ANSWER = "Imunisasi campak di Puskesmas Putri Ayu dibuka setiap Selasa pukul 08.00 sampai 12.00 WIB."


@pytest.fixture
def world(wagtail_root, settings):
    port = urlsplit(wagtail_root.url).port
    # The tracking link is absolute (the Site's root URL), so the Sites live on the live server's port.
    settings.SITE_PORT = port
    provision_portal()
    dinkes = provision_opd_site("dinkes", "Dinas Kesehatan", acronym="Dinkes").opd
    disdik = provision_opd_site("disdik", "Dinas Pendidikan", acronym="Disdik").opd
    return {
        "port": port,
        "dispatcher": UserFactory(username="penyetuju", groups=[Group.objects.get(name=roles.DISKOMINFO_APPROVER)]),
        "operator": UserFactory(username="operator.dinkes", groups=[dinkes.operator_group]),
        "other_operator": UserFactory(username="operator.disdik", groups=[disdik.operator_group]),
    }


def open_question(page, admin, ticket):
    """From the admin's question list to the question's detail page."""
    page.goto(f"{admin}/admin/questions/question/")
    page.get_by_role("link", name=ticket, exact=True).click()
    expect(page.get_by_role("heading", name=ticket)).to_be_visible()


def test_citizen_question_is_routed_answered_and_tracked(page, browser, world):
    port = world["port"]
    admin = f"http://{ADMIN_HOST}:{port}"

    # The citizen asks on the portal and gets a ticket number and a private tracking link.
    citizen = page
    citizen.goto(f"http://localhost:{port}/gubernur-menjawab/")
    expect(citizen.get_by_role("heading", name="Gubernur Menjawab", level=1)).to_be_visible()
    citizen.get_by_role("textbox", name="Nama", exact=True).fill(NAME)
    citizen.get_by_role("textbox", name="E-mail", exact=True).fill(EMAIL)
    citizen.get_by_role("combobox", name="Kategori", exact=True).select_option(label="Kesehatan")
    citizen.get_by_role("textbox", name="Pertanyaan", exact=True).fill(QUESTION)
    citizen.get_by_label("Saya setuju pertanyaan dan jawabannya diterbitkan").check()
    citizen.get_by_role("button", name="Kirim pertanyaan").click()
    expect(citizen.get_by_role("heading", name="Terima kasih, pertanyaan Anda telah diterima")).to_be_visible()
    question = Question.objects.get()
    ticket = question.ticket_number
    expect(citizen.locator(".ticket-number")).to_have_text(re.compile(r"^GM-\d{4}-\d{6}$"))
    expect(citizen.locator(".ticket-number")).to_have_text(ticket)
    tracking_link = citizen.locator("a.tracking-link")
    expect(tracking_link).to_have_text(
        re.compile(rf"^http://localhost:{port}/gubernur-menjawab/lacak/[A-Za-z0-9_-]{{32}}/$")
    )
    assert (question.name, question.email, question.consent_to_publish) == (NAME, EMAIL, True)

    # The link shows the question, new and unanswered, without the citizen's personal data.
    tracking_link.click()
    expect(citizen.get_by_role("heading", name=f"Pertanyaan {ticket}")).to_be_visible()
    tracking_url = citizen.url
    expect(citizen.locator(".question-status")).to_have_text("Baru")
    expect(citizen.locator(".question-opd")).to_have_text("Belum diteruskan ke OPD")
    expect(citizen.locator(".question-text")).to_have_text(QUESTION)
    expect(citizen.locator("main")).to_contain_text("Belum ada jawaban.")
    expect(citizen.locator("main")).not_to_contain_text(NAME)
    expect(citizen.locator("main")).not_to_contain_text(EMAIL)

    # Diskominfo opens it from the list, sees who asked and routes it to Dinkes.
    with guarded_page(browser) as dispatcher:
        log_in(dispatcher, admin, world["dispatcher"])
        open_question(dispatcher, admin, ticket)
        expect(dispatcher.locator(".personal-name")).to_have_text(NAME)
        expect(dispatcher.locator(".question-text")).to_have_text(QUESTION)
        dispatcher.get_by_label("OPD penjawab").select_option(label="Dinas Kesehatan")
        dispatcher.get_by_role("button", name="Teruskan ke OPD").click()
        expect(dispatcher.locator(".messages .success")).to_contain_text(
            f"Pertanyaan {ticket} diteruskan ke Dinas Kesehatan."
        )
        expect(dispatcher.get_by_role("button", name="Teruskan ke OPD")).to_be_visible()  # re-routing stays open
        assert dispatcher.blocked_requests == []

    citizen.reload()
    expect(citizen.locator(".question-status")).to_have_text("Diteruskan ke OPD")
    expect(citizen.locator(".question-opd")).to_have_text("Dinas Kesehatan")

    with guarded_page(browser) as operator:
        # Another OPD's operator neither lists the question nor opens it.
        log_in(operator, admin, world["other_operator"])
        operator.goto(f"{admin}/admin/questions/question/")
        expect(operator.get_by_role("heading", name="pertanyaan Gubernur Menjawab").first).to_be_visible()
        expect(operator.get_by_role("link", name=ticket)).to_have_count(0)
        response = operator.goto(f"{admin}/admin/questions/question/inspect/{question.pk}/")
        assert response.status == 404
        expect(operator.locator("body")).not_to_contain_text(NAME)
        assert operator.blocked_requests == []

    # Dinkes' operator answers it.
    with guarded_page(browser) as operator:
        log_in(operator, admin, world["operator"])
        open_question(operator, admin, ticket)
        operator.get_by_label("Jawaban").fill(ANSWER)
        operator.get_by_role("button", name="Kirim jawaban").click()
        expect(operator.locator(".messages .success")).to_contain_text(f"Jawaban untuk pertanyaan {ticket} tersimpan.")
        expect(operator.locator(".question-answer")).to_have_text(ANSWER)
        expect(operator.get_by_role("button", name="Kirim jawaban")).to_have_count(0)
        assert operator.blocked_requests == []

    # The citizen's link now shows the answer.
    citizen.reload()
    assert citizen.url == tracking_url
    expect(citizen.locator(".question-status")).to_have_text("Dijawab")
    expect(citizen.locator(".question-answer")).to_have_text(ANSWER)
    expect(citizen.locator(".question-clock")).to_have_text("Selesai")
    expect(citizen.locator("main")).not_to_contain_text("Belum ada jawaban.")
    assert citizen.blocked_requests == []
