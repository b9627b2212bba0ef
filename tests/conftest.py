"""Shared fixtures: mock servers and a callback receiver on free loopback ports, stopped after use."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from werkzeug.serving import make_server
from werkzeug.wrappers import Request, Response

from tools.mocks.fractel import FracTEL
from tools.mocks.server import MockServer


@pytest.fixture
def fractel_mock() -> Iterator[MockServer]:
    """A fresh FracTEL mock with its demo account, on a free loopback port."""
    with MockServer(FracTEL()) as server:
        yield server


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

    def wait(self, count: int = 1, timeout: float = 5.0) -> list[Received]:
        """Wait (bounded) until ``count`` callbacks have arrived."""
        deadline = time.monotonic() + timeout
        while len(self.requests) < count and time.monotonic() < deadline:
            time.sleep(0.02)
        assert len(self.requests) >= count, f"expected {count} callback(s), got {len(self.requests)}"
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
