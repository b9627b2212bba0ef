"""Which mocks this installation has: the ``sms_mocks.providers`` entry points, by provider name.

Why entry points: ``sms-mock <provider>`` and the pytest plugin must find every mock installed, the
three shipped here and any a user's own distribution declares, without a table in a repository.
"""

from __future__ import annotations

from importlib.metadata import entry_points
from typing import Any

from sms_mocks.engine import MockProvider

__all__ = ["GROUP", "create_mock", "mock_names"]

GROUP = "sms_mocks.providers"


def mock_names() -> list[str]:
    """The provider names of every installed mock, sorted."""
    return sorted(entry.name for entry in entry_points(group=GROUP))


def create_mock(name: str, **options: Any) -> MockProvider:
    """A new mock of provider ``name`` with fresh state; ``options`` go to its constructor."""
    found = entry_points(group=GROUP, name=name)
    if not found:
        raise KeyError(f"no mock named {name!r}; installed: {', '.join(mock_names()) or 'none'}")
    factory = next(iter(found)).load()
    mock = factory(**options)
    if not isinstance(mock, MockProvider):
        raise TypeError(f"entry point {name!r} of {GROUP} made {type(mock).__name__}, not a MockProvider")
    return mock
