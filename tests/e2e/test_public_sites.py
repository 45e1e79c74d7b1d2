"""A citizen's browser on the portal and two OPD hosts of a live server."""

import datetime
from urllib.parse import urlsplit

import pytest

from home.provisioning import provision_portal
from opd.models import NewsIndexPage, NewsPage
from opd.provisioning import provision_opd_site

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def publish_news(slug, title):
    index = NewsIndexPage.objects.get(url_path=f"/{slug}/berita/")
    news = NewsPage(title=title, summary=f"Ringkasan {title}", body=[], date=datetime.date.today())
    index.add_child(instance=news)
    news.save_revision().publish()


@pytest.fixture
def sites(wagtail_root):
    provision_portal()
    provision_opd_site("dinkes", "Dinas Kesehatan", acronym="Dinkes")
    provision_opd_site("disdik", "Dinas Pendidikan", acronym="Disdik")
    publish_news("dinkes", "Vaksinasi Gratis di Puskesmas Putri Ayu")
    publish_news("disdik", "Penerimaan Peserta Didik Baru Dibuka")
    return urlsplit(wagtail_root.url).port


def test_each_host_shows_its_own_site(page, sites):
    port = sites
    page.goto(f"http://localhost:{port}/")
    assert "Pemerintah Provinsi Jambi" in page.title()

    page.goto(f"http://dinkes.localhost:{port}/berita/")
    assert "Dinas Kesehatan" in page.title()
    assert page.get_by_role("link", name="Vaksinasi Gratis di Puskesmas Putri Ayu").count() == 1
    assert page.get_by_role("link", name="Penerimaan Peserta Didik Baru Dibuka").count() == 0

    page.goto(f"http://disdik.localhost:{port}/berita/")
    assert "Dinas Pendidikan" in page.title()
    assert page.get_by_role("link", name="Penerimaan Peserta Didik Baru Dibuka").count() == 1
    assert page.get_by_role("link", name="Vaksinasi Gratis di Puskesmas Putri Ayu").count() == 0

    response = page.goto(f"http://tidakada.localhost:{port}/")
    assert response.status == 404
    assert page.blocked_requests == []


def test_search_box_searches_the_current_site(page, sites):
    port = sites
    page.goto(f"http://dinkes.localhost:{port}/")
    page.get_by_role("searchbox").first.fill("Vaksinasi")
    page.keyboard.press("Enter")
    page.wait_for_url("**/cari/?q=Vaksinasi*")
    assert page.get_by_role("link", name="Vaksinasi Gratis di Puskesmas Putri Ayu").count() == 1
    assert page.blocked_requests == []
