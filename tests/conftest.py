"""Shared fixtures: a callback receiver on a free loopback port, stopped after use. The mocks come from
sms-mocks' pytest plugin (``fractel_mock``, ``smsend_mock``, ``smstools_mock``: sms_mocks.pytest_plugin)."""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sms_mocks.engine import ISSUED_SECRETS
from sms_mocks.pytest_plugin import MockHandle
from sms_mocks.server import MockServer
from werkzeug.serving import make_server
from werkzeug.wrappers import Request, Response

#: the layers, one folder each; every test is marked with its folder's name (`pytest -m "not system"`).
LAYERS = {
    "unit": "no sockets, no subprocesses: seconds (make unit)",
    "e2e": "a generated client (or plain HTTP) against a mock over loopback",
    "contract": "schemathesis against a mock (slow)",
    "system": "subprocesses, fresh venvs, redis/celery, a browser, load and crashes",
}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark each test with its layer: the folder under tests/ it lives in."""
    for item in items:
        layer = item.path.parent.name
        if layer in LAYERS:
            item.add_marker(layer)


def pytest_configure(config: pytest.Config) -> None:
    """Register the layer markers. With ``SMS_DEBUG_LOG`` set (by tests/system/test_secrets_in_logs.py),
    log everything at DEBUG to that file."""
    for layer, meaning in LAYERS.items():
        if layer != "contract":  # registered in pyproject.toml
            config.addinivalue_line("markers", f"{layer}: {meaning}")
    path = os.environ.get("SMS_DEBUG_LOG")
    if path:
        handler = logging.FileHandler(path, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
        logging.getLogger().addHandler(handler)
        logging.getLogger().setLevel(logging.DEBUG)


def pytest_sessionfinish(session: pytest.Session) -> None:
    """With ``SMS_DEBUG_LOG`` set, append the credentials the mocks issued to ``<log>.secrets``."""
    path = os.environ.get("SMS_DEBUG_LOG")
    if path:
        with Path(path + ".secrets").open("a", encoding="utf-8") as out:
            out.writelines(f"{secret}\n" for secret in ISSUED_SECRETS)


#: how long a test waits for something that happens in the background (a callback, a mock's ticker)
#: before failing: far more than it takes on a loaded machine; a passing test waits only as long as
#: the thing takes.
WAIT = 20.0


def wait_until(condition: Callable[[], bool], timeout: float = WAIT, interval: float = 0.01) -> bool:
    """Poll ``condition`` until it holds (True) or ``timeout`` seconds have passed (False).

    For what a mock does in the background, on its own threads (callbacks, status tickers): there
    is no event to wait on from the outside, as there is none for a user's test."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() >= deadline:
            return False
        time.sleep(interval)
    return True


@dataclass
class Received:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    form: dict[str, str]
    json: Any


@dataclass
class Receiver:
    """A loopback HTTP endpoint that records what the mocks call back with."""

    url: str
    requests: list[Received] = field(default_factory=list)

    def wait(self, count: int = 1, timeout: float = WAIT) -> list[Received]:
        """Wait (bounded) until ``count`` callbacks have arrived."""
        arrived = wait_until(lambda: len(self.requests) >= count, timeout)
        assert arrived, f"expected {count} callback(s), got {len(self.requests)}"
        return self.requests


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    state = Receiver(url="")

    @Request.application  # type: ignore[untyped-decorator]
    def app(request: Request) -> Response:
        state.requests.append(
            Received(
                method=request.method,
                path=request.path,
                query=dict(request.args),
                headers=dict(request.headers),
                form=dict(request.form),
                json=request.get_json(silent=True),
            )
        )
        return Response("ok")

    server = make_server("127.0.0.1", 0, app, threaded=True)
    state.url = f"http://127.0.0.1:{server.server_port}/hook"
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()


class InFlight:
    """Counts the requests the mock's handlers are working on (the handler is where a mock acts).

    Load tests wait on it (:meth:`wait_idle`) before counting what a mock delivered, instead of
    sleeping: a request its client gave up on may still be queued behind the provider's lock.
    ``mock`` is a :class:`MockServer` or a plugin's :class:`MockHandle` of a mock in this process;
    :meth:`stop` takes the counter off again (a session fixture's mock outlives the test).
    """

    def __init__(self, mock: MockServer | MockHandle) -> None:
        self.count = 0
        self.changed = threading.Condition()
        app = mock.app
        assert app is not None, "InFlight counts a mock served from this process"
        self.app = app
        handle = self.handle = app.handle

        def counted(request: Any) -> Any:
            with self.changed:
                self.count += 1
            try:
                return handle(request)
            finally:
                with self.changed:
                    self.count -= 1
                    self.changed.notify_all()

        app.handle = counted  # type: ignore[method-assign]

    def wait_idle(self, timeout: float) -> None:
        with self.changed:
            assert self.changed.wait_for(lambda: self.count == 0, timeout), f"{self.count} requests still handled"

    def stop(self) -> None:
        self.app.handle = self.handle  # type: ignore[method-assign]


class ManualClock:
    """A clock a test moves by hand. A mock given it (``mock.clock = clock``) changes states when the
    test says so, not when enough wall time has passed: a loaded machine cannot skip a state."""

    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
