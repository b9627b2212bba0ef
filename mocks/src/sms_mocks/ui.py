"""The web outbox: a static page (HTML, CSS, JS and an icon, package data in ``sms_mocks/ui/``) that
the control API serves at ``/__mock/ui`` and that talks only to the control API (``/__mock/...``).

Why static files and no framework: the page must work with nothing loaded from outside the machine,
and a few hundred lines of plain JavaScript polling ``GET /__mock/outbox?since=V`` do all it needs;
there is nothing to build and nothing to vendor. ``HEADERS`` carries a strict Content-Security-Policy
(``default-src 'self'``: no inline script or style, no other origin), which both hardens the page and
makes the browser refuse anything external it might try to load.
"""

from __future__ import annotations

import functools
import json
from importlib.resources import files

__all__ = ["FILES", "HEADERS", "PREFIX", "serve"]

#: where the control API mounts the page (the HTML refers to its files by absolute path under it).
PREFIX = "/__mock/ui"

#: every file the page is made of, with its media type; nothing else under the prefix is served.
FILES = {
    "index.html": "text/html; charset=utf-8",
    "outbox.css": "text/css; charset=utf-8",
    "outbox.js": "text/javascript; charset=utf-8",
    "icon.svg": "image/svg+xml",
}

#: headers for every answer of ``serve`` (the route adds them): the page may load and fetch from its
#: own origin only, may not be framed, and is revalidated on each load (a new mock version shows at once).
HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-cache",
}


@functools.cache
def _read(name: str) -> bytes:
    return files(__package__ or "sms_mocks").joinpath("ui", name).read_bytes()


def serve(path: str) -> tuple[int, str, bytes]:
    """The answer for ``path`` under the page's prefix (``""``, ``"/"`` or ``"/outbox.js"``; the full
    ``/__mock/ui/outbox.js`` is accepted too): ``(status, content_type, body)``, 404 for anything
    that is not one of ``FILES``."""
    if path.startswith(PREFIX):
        path = path[len(PREFIX) :]
    name = path.strip("/") or "index.html"
    if name not in FILES:
        error = {"error": f"name: no file {name[:200]!r} in the outbox page"}
        return 404, "application/json", json.dumps(error).encode()
    return 200, FILES[name], _read(name)
