"""Loading the province's OPD list into the registry."""

from django.db import transaction

from opd.models import Opd
from opd.registry_data import JAMBI_OPDS


def load_registry(entries=JAMBI_OPDS):
    """Add the registry entries that are missing (matched by slug); never overwrite edits. Return the new ones."""
    existing = set(Opd.objects.values_list("slug", flat=True))
    new = [
        Opd(name=name, slug=slug, acronym=acronym, kind=kind, verified=verified)
        for name, slug, acronym, kind, verified in entries
        if slug not in existing
    ]
    with transaction.atomic():
        Opd.objects.bulk_create(new)
    return new
