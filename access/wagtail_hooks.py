"""Admin hooks that keep each user inside their own reach (docs/access.md).

Listings Wagtail leaves unscoped are narrowed here: the page chooser (browse and search), the admin
API's image and document endpoints, tag autocomplete, and the reports menu. Diskominfo's refusal
log report is registered here too. URLs that name an object are guarded by
``access.middleware.AdminScopeMiddleware``.
"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from access import scoping
from access.api import ScopedDocumentsAdminAPIViewSet, ScopedImagesAdminAPIViewSet
from access.views import AccessRefusalReportView
from opd import roles

# Reports that summarise the whole tree (counts and the last edited page of every page type).
WHOLE_TREE_REPORTS = {"page-types-usage"}


@hooks.register("construct_page_chooser_queryset")
def limit_page_chooser(pages, request):
    """The page chooser offers only pages the user may see: an operator links within its own site."""
    if request.user.is_superuser:
        return pages
    return pages.filter(pk__in=scoping.visible_pages(request.user).values("pk"))


# After wagtail.images and wagtail.documents have registered their endpoints, replace them.
@hooks.register("construct_admin_api", order=100)
def limit_admin_api_media(router):
    router.register_endpoint("images", ScopedImagesAdminAPIViewSet)
    router.register_endpoint("documents", ScopedDocumentsAdminAPIViewSet)


@hooks.register("construct_reports_menu")
def hide_whole_tree_reports(request, menu_items):
    if not scoping.sees_whole_tree(request.user):
        menu_items[:] = [item for item in menu_items if item.name not in WHOLE_TREE_REPORTS]


class RefusalReportMenuItem(MenuItem):
    def is_shown(self, request):
        return roles.is_diskominfo(request.user)


@hooks.register("register_reports_menu_item")
def register_refusal_report_menu_item():
    return RefusalReportMenuItem(
        _("Penolakan akses"), reverse("access_refusals"), name="access-refusals", icon_name="warning", order=800
    )


@hooks.register("register_admin_urls")
def register_refusal_report_urls():
    view = AccessRefusalReportView
    return [
        path("penolakan-akses/", view.as_view(), name="access_refusals"),
        path("penolakan-akses/hasil/", view.as_view(results_only=True), name="access_refusals_results"),
    ]
