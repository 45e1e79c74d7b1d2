from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FreshnessConfig(AppConfig):
    name = "freshness"
    verbose_name = _("Kebaruan situs")

    def ready(self):
        from wagtail.signals import page_published, page_unpublished

        from freshness.scoring import forget_cached_scores

        page_published.connect(forget_cached_scores, dispatch_uid="freshness.forget_on_publish")
        page_unpublished.connect(forget_cached_scores, dispatch_uid="freshness.forget_on_unpublish")
