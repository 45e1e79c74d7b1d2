"""Validation of OPD slugs and hostnames: a slug becomes a DNS label of the site's host."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

HOST_LABEL_RE = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")

# Labels that name infrastructure under the base domain, never an OPD.
RESERVED_SLUGS = frozenset({"www", "cms", "admin", "api", "static", "media", "mail", "smtp", "ftp", "ns1", "ns2"})


def validate_host_label(value):
    """A slug must be one lowercase DNS label (a-z, 0-9, inner hyphens) and not a reserved name."""
    if not HOST_LABEL_RE.match(value or ""):
        raise ValidationError(
            _("“%(value)s” bukan nama subdomain yang sah: gunakan huruf kecil a–z, angka, dan tanda hubung di tengah."),
            code="invalid_host_label",
            params={"value": value},
        )
    if value in RESERVED_SLUGS:
        raise ValidationError(
            _("“%(value)s” adalah nama yang dicadangkan dan tidak dapat dipakai untuk OPD."),
            code="reserved_host_label",
            params={"value": value},
        )


def validate_hostname(value):
    """A full hostname: dot-separated DNS labels, at most 253 characters."""
    labels = (value or "").split(".")
    if len(value or "") > 253 or not all(HOST_LABEL_RE.match(label) for label in labels):
        raise ValidationError(
            _("“%(value)s” bukan nama host yang sah."), code="invalid_hostname", params={"value": value}
        )
