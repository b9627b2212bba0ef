"""The one answer to "is this loopback?", for everything in sms-mocks that must stay on this machine.

Three places ask it: callbacks are sent only to loopback URLs (:mod:`sms_mocks.callbacks`),
``sms-contract`` writes only to a loopback server unless told otherwise
(:mod:`sms_mocks.contract.runner`), and a mock server binds only a loopback address
(:mod:`sms_mocks.server`). They all call :func:`loopback_host`, so they cannot disagree.

The rule: a host is loopback when it is

- an IPv4 literal in 127.0.0.0/8, or the IPv6 literal ``::1`` (brackets, as in a URL, allowed);
- an IPv4-mapped IPv6 literal of one of those (``::ffff:127.0.0.1``): judged by its IPv4 address,
  and used as that IPv4 address, whatever Python version's ``ipaddress`` says about it;
- the name ``localhost`` (any case), which means 127.0.0.1 and is never looked up.

Every other name counts as off the machine, whatever it resolves to. Why not resolve names: the
answer would then depend on the resolver at that moment (a name can resolve to 127.0.0.1 when
checked and elsewhere when connected to: DNS rebinding), differ from machine to machine, and need
the network in a unit test; every caller here has a literal address at hand anyway. A name that
does point at this machine (``127.0.0.1.nip.io``, an ``/etc/hosts`` entry) is therefore refused:
the safe side. Shorthand IPv4 forms the C library accepts (``127.1``, ``2130706433``, ``0x7f.1``)
are not literals here either, nor is ``0.0.0.0`` (every interface, not loopback).
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit, urlunsplit

__all__ = ["is_loopback_url", "loopback_host", "loopback_url"]

#: the address ``localhost`` stands for.
LOCALHOST = "127.0.0.1"


def loopback_host(host: str) -> str | None:
    """The loopback IP address ``host`` names, as text without brackets, or None if it is not one."""
    name = host[1:-1] if host.startswith("[") and host.endswith("]") else host
    if name.lower() == "localhost":
        return LOCALHOST
    try:
        address = ipaddress.ip_address(name)
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return str(address) if address.is_loopback else None


def loopback_url(url: str) -> str | None:
    """``url`` with its host replaced by the loopback address to connect to (``localhost`` becomes
    127.0.0.1, an IPv4-mapped address its IPv4 one), if it is an http(s) URL whose host is loopback
    (see :func:`loopback_host`); else None."""
    try:
        parts = urlsplit(url)
        host, port = parts.hostname, parts.port
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not host:
        return None
    address = loopback_host(host)
    if address is None:
        return None
    if address == host:
        return url
    netloc = (f"[{address}]" if ":" in address else address) + (f":{port}" if port is not None else "")
    if parts.username is not None:
        netloc = parts.netloc.rpartition("@")[0] + "@" + netloc
    return urlunsplit(parts._replace(netloc=netloc))


def is_loopback_url(url: str) -> bool:
    """Whether ``url`` is an http(s) URL on this machine's loopback (see :func:`loopback_host`)."""
    return loopback_url(url) is not None
