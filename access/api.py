"""The admin API's image and document endpoints, limited to the collections within the user's reach.

Wagtail's admin API (``/admin/api/main/``) lists every image and document of the installation to any
admin user, hiding only collections with a view restriction. These subclasses keep its output and
narrow its queryset to what the user may add to, edit or choose from (``access.scoping``).
"""

from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet

from access import scoping


class ScopedImagesAdminAPIViewSet(ImagesAdminAPIViewSet):
    def get_queryset(self):
        return super().get_queryset().filter(pk__in=scoping.visible_images(self.request.user).values("pk"))


class ScopedDocumentsAdminAPIViewSet(DocumentsAdminAPIViewSet):
    def get_queryset(self):
        return super().get_queryset().filter(pk__in=scoping.visible_documents(self.request.user).values("pk"))
