# generated from runtime/created.py by tools/generate.py (openapi-python-client 0.29.1); do not edit
"""Read the id of a created resource from the ``Location`` header of a creation response.

Why: providers such as smSend answer a creation with 201, an empty body and ``Location:
/contact/<id>``; the generated ``sync()`` then returns ``None``. ``created_id`` turns the
``sync_detailed()`` response into the id the caller needs, and fails clearly when there is none.
"""

from __future__ import annotations

from typing import Any, Protocol
from urllib.parse import urlsplit

__all__ = ["MissingLocationError", "created_id"]


class _HasHeaders(Protocol):
    @property
    def status_code(self) -> Any: ...

    @property
    def headers(self) -> Any: ...


class MissingLocationError(LookupError):
    """The response carries no usable ``Location`` header."""


def created_id(response: _HasHeaders) -> str:
    """The last path segment of the response's ``Location`` header (``/contact/AVvZ`` -> ``AVvZ``)."""
    location: str | None = response.headers.get("location") or response.headers.get("Location")
    if not location:
        raise MissingLocationError(f"HTTP {int(response.status_code)} response has no Location header")
    path = urlsplit(location).path.rstrip("/")
    segment = path.rsplit("/", 1)[-1]
    if not segment:
        raise MissingLocationError(f"Location header {location!r} names no resource")
    return segment
