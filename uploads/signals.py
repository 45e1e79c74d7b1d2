"""The one upload route that stores a file without the form's cleaned copy.

When an image passes the checks but another field of the multiple uploader's form fails (an empty
title), Wagtail parks the file as an ``UploadedFile`` straight from the request and later makes the
image from it. That parked copy is cleaned here the same way.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import pre_save
from django.dispatch import receiver
from wagtail.images import get_image_model
from wagtail.models import UploadedFile

from uploads.images import check_image, strip_metadata


@receiver(pre_save, sender=UploadedFile)
def strip_parked_image_metadata(sender, instance, raw=False, **kwargs):
    """Strip personal metadata from an image the multiple uploader parks before it is written to storage."""
    if raw or instance.pk or not instance.file or instance.file._committed:
        return
    if instance.for_content_type_id != ContentType.objects.get_for_model(get_image_model()).pk:
        return
    upload = instance.file.file
    header = check_image(upload, instance.file.name)
    instance.file = strip_metadata(upload, instance.file.name, header)
