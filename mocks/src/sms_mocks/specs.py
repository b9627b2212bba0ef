"""The resolved OpenAPI documents the mocks serve, carried as package data.

Why package data: an installed ``sms-mocks`` must serve exactly the spec its clients were generated
from, with no repository beside it. ``tools/generate.py`` writes them (``_generated/<name>.json``).
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any

__all__ = ["load_spec", "spec_names"]

_DATA = "sms_mocks._generated"


def spec_names() -> list[str]:
    """The providers whose resolved spec this installation carries."""
    return sorted(p.name.removesuffix(".json") for p in files(_DATA).iterdir() if p.name.endswith(".json"))


@cache
def _text(name: str) -> str:
    resource = files(_DATA) / f"{name}.json"
    if not resource.is_file():
        raise KeyError(f"no resolved spec for {name!r} in sms-mocks; it carries: {', '.join(spec_names())}")
    return resource.read_text(encoding="utf-8")


def load_spec(name: str) -> dict[str, Any]:
    """The resolved spec of provider ``name``: a fresh copy each time (a mock may annotate its own)."""
    document: dict[str, Any] = json.loads(_text(name))
    return document
