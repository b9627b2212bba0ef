"""The unit layer: no sockets, no subprocesses, so the whole layer runs in seconds (`make unit`).

Enforced, not only agreed: every unit test runs with socket connections, binds and subprocesses
refused. A test that needs one belongs in tests/e2e (a mock over loopback) or tests/system.
"""

from __future__ import annotations

import socket
import subprocess
from typing import Any

import pytest


def _refuse(what: str) -> Any:
    def refused(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError(f"a unit test {what}: move it to tests/e2e or tests/system (tests/unit/conftest.py)")

    return refused


@pytest.fixture(autouse=True)
def no_sockets_no_subprocesses(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket.socket, "connect", _refuse("opened a connection"))
    monkeypatch.setattr(socket.socket, "connect_ex", _refuse("opened a connection"))
    monkeypatch.setattr(socket.socket, "bind", _refuse("bound a socket"))
    monkeypatch.setattr(subprocess.Popen, "__init__", _refuse("started a subprocess"))


class Clock:
    """A clock that stands still until a test moves it (``clock.now += 60``): the mock domains take
    any callable returning a timestamp, so their time rules are tested without waiting."""

    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()
