"""The mock server's own behaviour (mocks/src/sms_mocks/server.py): what the provider mocks rely on from it.

Header names exactly as sent, a TCP reset for the ``reset`` faults, sleeping answers (``slow``
faults, ``--latency``) that never hold up other requests, a redacted request log. Sleeps are replaced
by events here, so that every test decides by the order of events, never by how long something took.
"""

from __future__ import annotations

import logging
import socket
import threading
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
import sms_mocks.engine
import sms_mocks.faults
from sms_mocks.engine import Call, MockProvider, Problem, Reply, SpecApp
from sms_mocks.faults import Fault
from sms_mocks.server import MockServer

SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "echo", "version": "1"},
    "servers": [{"url": "http://example.test/base"}],
    "paths": {
        "/echo": {
            "get": {
                "operationId": "getEcho",
                "parameters": [{"name": "password", "in": "query", "schema": {"type": "string", "format": "password"}}],
                "responses": {"200": {"description": "ok"}},
            }
        },
        "/ping": {"get": {"operationId": "getPing", "responses": {"200": {"description": "ok"}}}},
    },
}


class Echo(MockProvider):
    """Answers with what the engine saw of the request; counts the echoes it acted on."""

    def __init__(self) -> None:
        self.spec = SPEC
        self.echoes = 0

    def authenticate(self, call: Call, schemes: list[str]) -> Reply | None:
        return None

    def invalid(self, call: Call, problems: list[Problem]) -> Reply:
        return Reply(400, {"problems": [p.message for p in problems]})

    def error(self, status: int, message: str) -> Reply:
        return Reply(status, {"error": message})

    def op_getEcho(self, call: Call) -> Reply:
        self.echoes += 1
        environ = call.request.environ
        return Reply(
            200,
            {
                "raw": [name for name, _ in environ.get("mock.raw_headers", [])],
                "wsgi": sorted(key for key in environ if key.startswith("HTTP_")),
            },
        )

    def op_getPing(self, call: Call) -> Reply:
        return Reply(200, "pong")


@pytest.fixture
def server() -> Iterator[MockServer]:
    with MockServer(Echo(), keep_alive=True) as running:
        yield running


class Gate:
    """Stands in for ``time.sleep``: a sleeper says it has started, then waits until released."""

    def __init__(self) -> None:
        self.sleeping = threading.Event()
        self.released = threading.Event()

    def sleep(self, seconds: float) -> None:
        self.sleeping.set()
        assert self.released.wait(30), "the test never released the sleeper"


def _in_thread(call: Callable[[], httpx.Response]) -> tuple[threading.Thread, list[Any]]:
    outcome: list[Any] = []

    def run() -> None:
        try:
            outcome.append(call())
        except Exception as exc:
            outcome.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, outcome


def test_header_names_reach_the_provider_exactly_as_sent(server: MockServer) -> None:
    headers = {"user_key": "u", "Session_key": "s", "X-Mixed-Case": "m"}
    answer = httpx.get(server.base_url + "/echo", headers=headers).json()
    assert {"user_key", "Session_key", "X-Mixed-Case"} <= set(answer["raw"]), answer
    # names with "_" are only in mock.raw_headers: as WSGI variables they would pass for dashed names
    assert "HTTP_X_MIXED_CASE" in answer["wsgi"] and "HTTP_USER_KEY" not in answer["wsgi"], answer


def test_a_reset_fault_cuts_the_connection_without_an_answer_and_serving_goes_on(server: MockServer) -> None:
    server.app.faults.inject("getEcho", Fault("reset-after"))
    with httpx.Client() as client:
        with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
            client.get(server.base_url + "/echo")
        assert server.provider.echoes == 1, "reset-after: the provider acted before the connection was cut"  # type: ignore[attr-defined]
        assert client.get(server.base_url + "/ping").text == "pong"


def test_a_sleeping_answer_does_not_hold_up_other_requests(server: MockServer, monkeypatch: pytest.MonkeyPatch) -> None:
    gate = Gate()
    monkeypatch.setattr(sms_mocks.engine, "time", gate)  # the engine sleeps its waits
    server.app.faults.inject("getEcho", Fault("slow", delay=60))
    slow, outcome = _in_thread(lambda: httpx.get(server.base_url + "/echo", timeout=30))
    try:
        assert gate.sleeping.wait(30), "the slow answer started sleeping"
        assert httpx.get(server.base_url + "/ping", timeout=10).text == "pong"
        assert slow.is_alive() and not outcome, "the other request was answered while the slow one still slept"
    finally:
        gate.released.set()
    slow.join(30)
    assert isinstance(outcome[0], httpx.Response) and outcome[0].status_code == 200, outcome


def test_latency_is_waited_by_requests_side_by_side(server: MockServer, monkeypatch: pytest.MonkeyPatch) -> None:
    both = threading.Barrier(2, timeout=20)  # passes only if two requests wait at the same time

    class Clock:
        @staticmethod
        def sleep(seconds: float) -> None:
            both.wait()

    monkeypatch.setattr(sms_mocks.engine, "time", Clock)
    server.app.latency = 0.5
    threads = [_in_thread(lambda: httpx.get(server.base_url + "/ping", timeout=30)) for _ in range(2)]
    for thread, _ in threads:
        thread.join(30)
    answers = [outcome[0] for _, outcome in threads]
    assert all(isinstance(a, httpx.Response) and a.text == "pong" for a in answers), answers


def test_in_process_the_same_faults_apply_without_a_socket(monkeypatch: pytest.MonkeyPatch) -> None:
    gate = Gate()
    gate.released.set()
    monkeypatch.setattr(sms_mocks.engine, "time", gate)  # the engine sleeps its waits
    app = SpecApp(Echo())
    app.faults.inject("getEcho", Fault("slow", delay=60), Fault("reset-after"))
    with httpx.Client(transport=httpx.WSGITransport(app=app), base_url="http://mock/base") as client:
        slow = client.get("/echo")
        assert slow.status_code == 200 and gate.sleeping.is_set(), "the slow answer slept, in the calling thread"
        reset = client.get("/echo")
        assert reset.status_code == 500 and reset.content == b"", "no socket to cut: an empty 500 instead"


def _server_log(caplog: pytest.LogCaptureFixture) -> str:
    """What the server logged (the httpx client in this process logs its own request lines)."""
    return "\n".join(r.getMessage() for r in caplog.records if r.name.startswith(("sms_mocks", "uvicorn")))


def test_the_request_log_redacts_credentials_and_protocol_errors_show_none(caplog: pytest.LogCaptureFixture) -> None:
    secret = "s3cret-value"
    caplog.set_level(logging.INFO)
    with MockServer(Echo(), log_requests=True) as server:
        assert httpx.get(server.base_url + "/echo", params={"password": secret, "other": "1"}).status_code == 200
        with socket.create_connection(("127.0.0.1", server.port), timeout=10) as connection:
            connection.sendall(f"GET /base/echo?password={secret} HTTP/1.1 junk\r\n\r\n".encode())
            assert connection.recv(4096).startswith(b"HTTP/1.1 400")
    log = _server_log(caplog)
    assert 'GET /base/echo?password=***&other=1 HTTP/1.1" 200' in log, log
    assert "Bad request from 127.0.0.1" in log, log
    assert secret not in log


def test_without_request_logging_no_request_line_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with MockServer(Echo()) as server:
        assert httpx.get(server.base_url + "/echo", params={"password": "x"}).status_code == 200
    log = _server_log(caplog)
    assert "/base/echo" not in log and "GET" not in log, log
