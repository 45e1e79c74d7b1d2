"""Public views of the OPD app that are not pages."""

from django.http import HttpResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from opd.models import SiteSettings
from opd.models.site_settings import hex_colour


@require_GET
@cache_control(max_age=86400, public=True)
def theme_css(request):
    """The site's colours as CSS custom properties.

    A stylesheet rather than an inline ``<style>``, so public pages run under a Content-Security-Policy
    with no inline styles. Its URL carries the colours (``?v=``), so a change of colour is a new URL and
    the long cache lifetime is safe.
    """
    site_settings = SiteSettings.for_request(request)
    colours = {"--brand": site_settings.primary_colour, "--accent": site_settings.accent_colour}
    declarations = " ".join(
        f"{name}: {value};" for name, value in colours.items() if hex_colour.regex.match(value or "")
    )
    return HttpResponse(f":root {{ {declarations} }}\n", content_type="text/css; charset=utf-8")
