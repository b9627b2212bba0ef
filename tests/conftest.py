"""Shared fixtures: a callback receiver on a free loopback port, stopped after use. The mocks come from
sms-mocks' pytest plugin (``fractel_mock``, ``smsend_mock``, ``smstools_mock``: sms_mocks.pytest_plugin)."""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sms_mocks.engine import ISSUED_SECRETS
from werkzeug.serving import make_server
from werkzeug.wrappers import Request, Response


def pytest_configure(config: pytest.Config) -> None:
    """With ``SMS_DEBUG_LOG`` set (by tests/test_secrets_in_logs.py), log everything at DEBUG to that file."""
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
