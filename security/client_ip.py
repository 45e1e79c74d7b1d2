"""The client's real address, for lockouts, rate limits and audit entries.

Behind Varnish or a load balancer ``REMOTE_ADDR`` is the proxy. ``X-Forwarded-For`` is believed only
when the request comes from a proxy listed in ``TRUSTED_PROXIES``, and then only as far as the chain
of trusted proxies goes: the address right of the last untrusted hop is what a client cannot forge.
"""

import ipaddress
from functools import lru_cache

from django.conf import settings


@lru_cache(maxsize=8)
def _networks(entries):
    return tuple(ipaddress.ip_network(entry, strict=False) for entry in entries)


def _parse(value):
    try:
        return ipaddress.ip_address(value.strip())
    except ValueError:
        return None


def _trusted(address):
    return address is not None and any(address in network for network in _networks(tuple(settings.TRUSTED_PROXIES)))


def client_ip(request):
    """The address of the client that sent ``request``, as a string ("" if none can be told)."""
    remote = _parse(request.META.get("REMOTE_ADDR", ""))
    if not _trusted(remote):
        return str(remote) if remote else ""
    hops = [_parse(hop) for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if hop.strip()]
    for hop in reversed(hops):
        if hop is None:
            break  # a malformed hop: stop believing the chain here
        if not _trusted(hop):
            return str(hop)
    return str(remote)
