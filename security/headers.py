"""Content-Security-Policy and Permissions-Policy on every response the application builds.

Public sites get a strict policy: scripts, styles, images and fonts from the site's own host only, no
inline script or style at all (the per-site colours come from ``/tema.css``), no plugins, no framing.

The admin gets the strictest policy Wagtail 7.4 runs under. Wagtail's admin still writes a few inline
scripts (the date and time pickers, inline panels, the multiple chooser panel) and inline styles
(Draftail, the preview panel, progress bars), so the enforced admin policy allows ``'unsafe-inline'``
for scripts and styles and nothing else from outside the admin host. The strict admin policy, without
``'unsafe-inline'``, is sent as ``Content-Security-Policy-Report-Only`` with reports to
``/csp-laporan/``, so the log shows what still stands between the admin and the strict policy.

Responses that already carry a policy keep it (Wagtail's document serve view sends
``default-src 'none'``).
"""

from functools import lru_cache

from django.conf import settings
from django.urls import reverse

REPORT_PATH = "/csp-laporan/"

SELF, NONE, INLINE = "'self'", "'none'", "'unsafe-inline'"

PUBLIC_POLICY = {
    "default-src": [SELF],
    "script-src": [SELF],
    "style-src": [SELF],
    "img-src": [SELF, "data:"],
    "font-src": [SELF],
    "connect-src": [SELF],
    "media-src": [SELF],
    "object-src": [NONE],
    "frame-src": [NONE],
    "worker-src": [NONE],
    "frame-ancestors": [NONE],
    "base-uri": [SELF],
    "form-action": [SELF],
}

ADMIN_POLICY = {
    "default-src": [SELF],
    "script-src": [SELF, INLINE],
    "style-src": [SELF, INLINE],
    "img-src": [SELF, "data:", "blob:"],
    "font-src": [SELF, "data:"],
    "connect-src": [SELF],
    "media-src": [SELF, "blob:"],
    "object-src": [NONE],
    "frame-src": [SELF],  # the live preview panel
    "worker-src": [SELF, "blob:"],
    "frame-ancestors": [SELF],
    "base-uri": [SELF],
    "form-action": [SELF],
}

ADMIN_STRICT_REPORT_ONLY = {
    **ADMIN_POLICY,
    "script-src": [SELF],
    "style-src": [SELF],
    "report-uri": [REPORT_PATH],
}

# Browser features no page of ours uses: refused to the page and to anything it embeds.
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "autoplay",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "hid",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "publickey-credentials-get",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
)


def render_policy(directives, upgrade_insecure=False):
    """The header value of a policy given as {directive: [sources]}."""
    parts = [f"{name} {' '.join(sources)}" for name, sources in directives.items()]
    if upgrade_insecure:
        parts.append("upgrade-insecure-requests")
    return "; ".join(parts)


@lru_cache(maxsize=2)
def rendered_policies(upgrade_insecure):
    """(public, admin, admin report-only) header values, built once per process rather than per response."""
    return tuple(
        render_policy(policy, upgrade_insecure) for policy in (PUBLIC_POLICY, ADMIN_POLICY, ADMIN_STRICT_REPORT_ONLY)
    )


def is_admin_path(path):
    return path.startswith(reverse("wagtailadmin_home"))


class SecurityHeadersMiddleware:
    """Adds the policies above to every response.

    A public response that sets its own policy keeps it. An admin response always gets the admin's:
    Wagtail renders a page preview by passing a dummy request for the page's public URL through the
    whole middleware stack, so the preview's response arrives here carrying the public policy, whose
    ``frame-ancestors 'none'`` would blank the admin's preview panel.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        headers = response.headers
        public, admin, admin_report_only = rendered_policies(getattr(settings, "SECURE_SSL_REDIRECT", False))
        if is_admin_path(request.path_info):
            headers["Content-Security-Policy"] = admin
            headers["Content-Security-Policy-Report-Only"] = admin_report_only
        else:
            headers.setdefault("Content-Security-Policy", public)
        headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response
