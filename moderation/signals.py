"""Keep a site on the right workflow when Diskominfo switches an OPD's head review on or off."""

from django.db.models.signals import post_init, post_save
from django.dispatch import receiver

from moderation.workflows import ensure_site_workflow
from opd.models import Opd


@receiver(post_init, sender=Opd)
def remember_head_review(sender, instance, **kwargs):
    # Read from __dict__: a deferred field (``.only()`` querysets) must not cost a query per row.
    instance._saved_head_review = instance.__dict__.get("head_review")


@receiver(post_save, sender=Opd)
def apply_head_review(sender, instance, created, update_fields=None, **kwargs):
    """Re-assign the OPD's workflow when ``head_review`` changed in this save."""
    if update_fields is not None and "head_review" not in update_fields:
        return
    changed = created or instance.head_review != instance._saved_head_review
    if changed and instance.site_id:
        ensure_site_workflow(instance)
    instance._saved_head_review = instance.head_review
