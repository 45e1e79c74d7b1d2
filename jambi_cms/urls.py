"""URL routes: admin, per-site search, sitemap and robots, then Wagtail's page serving."""

from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap

from opd import views as opd_views
from search import views as search_views
from security import views as security_views
from security.headers import REPORT_PATH

from . import views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("dokumen/", include("document_access.urls")),
    path("cari/", search_views.search, name="search"),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("tema.css", opd_views.theme_css, name="theme_css"),
    path(REPORT_PATH.strip("/") + "/", security_views.csp_report, name="csp_report"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    # Renditions only: originals and documents go through the application (docs/document-access.md).
    urlpatterns += static(f"{settings.MEDIA_URL}images/", document_root=f"{settings.MEDIA_ROOT}/images")

urlpatterns += [path("", include(wagtail_urls))]

handler404 = "errors.views.page_not_found"
handler500 = "errors.views.server_error"
