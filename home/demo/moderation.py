"""Demo submissions waiting in moderation, so the approver's queue and e-mails have something to show."""

from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Page

from opd.models import NewsPage

from .publishing import slug_for
from .text import paragraph

# (username of the author, url_path of the news index, title, summary)
WAITING = (
    (
        "operator.dinkes",
        "/dinkes/berita/",
        "Dinkes Buka Layanan Cek Kesehatan Gratis di Car Free Day",
        "Warga dapat memeriksa tekanan darah dan gula darah tanpa biaya setiap Minggu pagi.",
    ),
    (
        "humas",
        "/portal/berita/",
        "Gubernur Tinjau Kesiapan Posko Mudik Akhir Tahun",
        "Gubernur meninjau posko terpadu di Terminal Alam Barajo bersama Dishub dan Polda Jambi.",
    ),
)


def submit_waiting_news():
    """Create each demo draft once and submit it to its site's workflow as its author."""
    users = get_user_model().objects.in_bulk([username for username, *_ in WAITING], field_name="username")
    for username, index_path, title, summary in WAITING:
        index = Page.objects.filter(url_path=index_path).first()
        author = users.get(username)
        if index is None or author is None or index.get_children().filter(slug=slug_for(title)).exists():
            continue
        page = NewsPage(
            title=title,
            slug=slug_for(title),
            live=False,
            owner=author,
            date=timezone.localdate(),
            summary=summary,
            body=[paragraph(f"<p>{summary}</p>")],
        )
        index.add_child(instance=page)
        page.save_revision(user=author)
        page.get_workflow().start(page, author)
