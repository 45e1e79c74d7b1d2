"""The endpoint browsers send Content-Security-Policy violation reports to."""

import json
import logging
import time
from urllib.parse import urlsplit

from django.http import HttpResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

logger = logging.getLogger("security.csp")

MAX_REPORT_BYTES = 16 * 1024
# A page with many violations reports each one: log at most this many a minute per process.
MAX_LOGGED_PER_MINUTE = 60
_window = {"minute": 0, "count": 0}


def _origin_only(url):
    """Scheme and host of a URL, or the keyword a browser sends ("inline", "eval"): never a path or query,
    which could carry personal data."""
    parts = urlsplit(url or "")
    return f"{parts.scheme}://{parts.netloc}" if parts.netloc else (url or "")[:20]


def _reports(body):
    data = json.loads(body)
    if isinstance(data, dict) and "csp-report" in data:  # report-uri format
        return [data["csp-report"]]
    if isinstance(data, list):  # Reporting API format
        return [item.get("body", {}) for item in data if isinstance(item, dict)]
    return []


def _may_log():
    minute = int(time.monotonic() // 60)
    if _window["minute"] != minute:
        _window.update(minute=minute, count=0)
    _window["count"] += 1
    return _window["count"] <= MAX_LOGGED_PER_MINUTE


@csrf_exempt
@require_POST
def csp_report(request):
    """Log each reported violation (directive, blocked origin, page path); answer 204."""
    if int(request.META.get("CONTENT_LENGTH") or 0) > MAX_REPORT_BYTES:
        return HttpResponse(status=413)
    try:
        reports = _reports(request.body)
    except (ValueError, UnicodeDecodeError, AttributeError):
        return HttpResponse(status=400)
    for report in reports:
        if not isinstance(report, dict) or not _may_log():
            continue
        document = report.get("document-uri") or report.get("documentURL") or ""
        logger.info(
            "CSP violation: %s blocked %s on %s",
            report.get("violated-directive") or report.get("effectiveDirective") or "?",
            _origin_only(report.get("blocked-uri") or report.get("blockedURL")),
            urlsplit(document).path[:200],
        )
    return HttpResponse(status=204)
