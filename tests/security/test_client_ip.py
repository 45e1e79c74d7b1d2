"""The client address: X-Forwarded-For is believed only from configured proxies."""

import pytest
from django.test import RequestFactory, override_settings

from security.client_ip import client_ip


def _request(remote, forwarded=None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


@pytest.mark.parametrize(
    ("remote", "forwarded", "proxies", "expected"),
    [
        # No proxy configured: a forged header changes nothing.
        ("203.0.113.9", "198.51.100.1", [], "203.0.113.9"),
        # From a trusted proxy: the client it reports.
        ("10.0.0.2", "198.51.100.1", ["10.0.0.0/24"], "198.51.100.1"),
        # A client that forges a first hop: the proxy appends the real one, which is believed.
        ("10.0.0.2", "1.2.3.4, 198.51.100.1", ["10.0.0.0/24"], "198.51.100.1"),
        # Two trusted proxies in a row (Varnish, then a load balancer).
        ("10.0.0.2", "198.51.100.1, 10.0.0.7", ["10.0.0.0/24"], "198.51.100.1"),
        # From an untrusted peer, the header is ignored.
        ("192.0.2.50", "198.51.100.1", ["10.0.0.0/24"], "192.0.2.50"),
        # Garbage in the chain stops the walk at the proxy.
        ("10.0.0.2", "not-an-ip", ["10.0.0.0/24"], "10.0.0.2"),
        ("::1", None, [], "::1"),
    ],
)
def test_client_ip(remote, forwarded, proxies, expected):
    with override_settings(TRUSTED_PROXIES=proxies):
        assert client_ip(_request(remote, forwarded)) == expected
