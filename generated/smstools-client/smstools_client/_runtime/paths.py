# generated from runtime/paths.py by tools/generate.py (openapi-python-client 0.29.1); do not edit
"""The one path-template matcher, shared by the clients (to recognise their own requests) and the
mocks (to route): both must read ``/sms/{order_id}`` the same way. No imports beyond ``re`` so the
mocks can carry a copy of this file."""

from __future__ import annotations

import re
from functools import cache

__all__ = ["path_pattern"]


@cache
def path_pattern(template: str) -> re.Pattern[str]:
    """A regex matching the paths of a template such as ``/sms/{order_id}`` (optional trailing slash)."""
    parts = re.split(r"(\{[^}]+\})", template)
    return re.compile("".join("[^/]+" if part.startswith("{") else re.escape(part) for part in parts) + "/?")
