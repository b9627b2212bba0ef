"""The in-process transports of sms-mocks (sms_mocks.transport): no socket, the same engine, sync and async.

What must hold: a request handed over in-process is read exactly as the HTTP server passes it on
(the WSGI door of the same engine is the reference here), the generated clients work through it
sync and async, the engine's waits are ``asyncio.sleep`` in async calls (the event loop serves other
requests meanwhile), and a ``reset`` fault is a broken connection, as over loopback.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable
from typing import Any

import httpx
import pytest
import sms_mocks
import sms_mocks.engine
import sms_mocks.transport
from sms_mocks.engine import IGNORED_QUERY_HEADER, SpecApp, in_process_request
from sms_mocks.faults import Fault
from sms_mocks.pytest_plugin import MockHandle
from sms_mocks.registry import create_mock
from sms_mocks.server import WSGIOnLoop
from sms_mocks.transport import AsyncInProcessTransport, InProcessTransport


def _wsgi_door(app: SpecApp) -> httpx.WSGITransport:
    """The reference: the engine's WSGI door, given the header names as sent, as the HTTP server does."""

    def with_raw_headers(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        environ["mock.raw_headers"] = [(name, value) for name, value in _RAW[0]]
        return app(environ, start_response)

    return httpx.WSGITransport(app=with_raw_headers)


_RAW: list[list[tuple[str, str]]] = [[]]


class _RecordRaw(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        _RAW[0] = [(n.decode("latin-1"), v.decode("latin-1")) for n, v in request.headers.raw]
        return self.inner.handle_request(request)


#: requests whose answers depend on how the request is read: routing, slashes, percent-encoding,
#: unknown and empty-named query parameters, media types, bodies, header names with "_".
REQUESTS: dict[str, list[tuple[str, str, dict[str, Any]]]] = {
    "smsend": [
        ("GET", "/API/v1.0/REST/login", {"params": {"username": "demo", "password": "demo-password"}}),
        ("GET", "/API/v1.0/REST//login?username=demo&password=demo-password&typo=1&=x", {}),
        ("GET", "/API/v1.0/REST/login?username=d%C3%A9mo&password=x", {}),
        ("GET", "/API/v1.0/REST/status", {"headers": {"User-Key": "a", "Session-Key": "b"}}),
        ("GET", "/API/v1.0/REST/status", {"headers": {"user_key": "a", "Session_key": "b"}}),
        ("DELETE", "/API/v1.0/REST/login", {}),
        ("GET", "/API/v1.0/REST/nowhere%2Fat-all", {}),
    ],
    "fractel": [
        ("POST", "/v2/auth", {"data": {"username": "1000000001", "password": "demo-password"}}),
        ("POST", "/v2/auth", {"data": {"username": "1000000001"}}),
        ("POST", "/v2/auth", {"content": b"username=1000000001&password=demo-password"}),
        ("POST", "/v2/auth", {"json": {"username": "1000000001", "password": "demo-password"}}),
        (
            "POST",
            "/v2/auth",
            {"content": b"\xff\xfe", "headers": {"Content-Type": "application/x-www-form-urlencoded"}},
        ),
        ("POST", "/v2/sms", {"headers": {"token": "nope"}, "data": {"to": "1"}}),
        ("POST", "/v2/%61uth", {"data": {"username": "1000000001"}}),  # the path is percent-decoded
        ("PATCH", "/v2/sms", {}),
    ],
    "smstools": [
        ("GET", "/rest/api/user", {"auth": ("DEMOKEY0001", "demo-secret")}),
        ("GET", "/rest/api/user", {"auth": ("DEMOKEY0001", "wrong")}),
        ("GET", "/rest/api/smart/user?authKey=DEMOKEY0001&authSecret=demo-secret", {}),
        ("GET", "/rest/api/user", {"auth": ("DEMOKEY0001", "demo-secret"), "headers": {"Accept": "application/xml"}}),
        ("POST", "/rest/api/sms/send", {"auth": ("DEMOKEY0001", "demo-secret"), "data": {"to": "x"}}),
        ("POST", "/rest/api/sms/send", {"auth": ("DEMOKEY0001", "demo-secret"), "content": b"text=a&to=393481234567"}),
    ],
}


#: paths whose successful answers carry fresh credentials or the time (compared by shape).
VARIES = {"/v2/auth", "/API/v1.0/REST/login", "/API/v1.0/REST//login?username=demo&password=demo-password&typo=1&=x"}


@pytest.mark.parametrize("name", sorted(REQUESTS))
def test_a_request_in_process_reads_as_over_the_wsgi_door_of_the_server(name: str) -> None:
    direct_app, door_app = SpecApp(create_mock(name)), SpecApp(create_mock(name))
    origin = "http://127.0.0.1:9"
    with (
        httpx.Client(transport=InProcessTransport(direct_app), base_url=origin) as direct,
        httpx.Client(transport=_RecordRaw(_wsgi_door(door_app)), base_url=origin) as door,
    ):
        statuses: set[int] = set()
        for method, path, options in REQUESTS[name]:
            got, want = direct.request(method, path, **options), door.request(method, path, **options)
            label = f"{method} {path} {options}"
            assert got.status_code == want.status_code, label
            if path in VARIES and got.status_code == 200:  # fresh credentials and times: their shape only
                assert (len(got.content), got.headers.keys()) == (len(want.content), want.headers.keys()), label
                assert got.headers.get(IGNORED_QUERY_HEADER) == want.headers.get(IGNORED_QUERY_HEADER), label
                continue
            assert got.content == want.content, label
            assert sorted(got.headers.multi_items()) == sorted(want.headers.multi_items()), label
            statuses.add(got.status_code)
    assert len(statuses) > 2, f"the requests reach different outcomes, not all refused alike: {statuses}"


def test_the_request_reads_as_the_http_servers_environ_gives_it() -> None:
    """Path, query string and headers in-process against the environ the HTTP server builds
    (sms_mocks.server.WSGIOnLoop) from the same request as its protocol hands it over."""
    raw = [
        ("Host", "127.0.0.1:9"),
        ("Content_Type", "application/json"),  # a name with "_": kept as sent, but no Content-Type
        ("Content-Type", "application/x-www-form-urlencoded"),
        ("X-Twice", "a"),
        ("x-twice", "b"),
        ("user_key", "u"),
        ("Content-Length", "3"),
    ]
    target = b"/v2/a%20uth/%C3%A9?x=%41&b=&=c"
    body = b"a=1"
    request = in_process_request("POST", target, raw, body)
    loop = WSGIOnLoop(lambda environ, start: [], keep_alive=True, log_requests=False, redacted=frozenset())
    try:
        path, _, query = target.partition(b"?")
        scope = {
            "method": "POST",
            "raw_path": path,
            "query_string": query,
            "http_version": "1.1",
            "scheme": "http",
            "server": ("127.0.0.1", 9),
            "client": ("127.0.0.1", 40000),
            # as uvicorn's protocol hands them over: names in lower case
            "headers": [(name.lower().encode("latin-1"), value.encode("latin-1")) for name, value in raw],
        }
        environ = loop._environ(scope, body)
    finally:
        loop.pool.shutdown()

    def header_keys(environ: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in environ.items() if k.startswith("HTTP_") or k in ("CONTENT_TYPE", "CONTENT_LENGTH")}

    assert header_keys(request.environ) == header_keys(environ)
    assert request.header("User-Key") is None and request.header("X-Twice") == "a,b"
    assert request.mimetype == "application/x-www-form-urlencoded" and request.data == body
    assert (request.path_info, request.query_text) == (environ["PATH_INFO"], environ["QUERY_STRING"])
    assert request.headers.get("user_key") == "u" and request.headers.getlist("X-TWICE") == ["a", "b"]


def test_the_transports_are_public_and_serve_sync_and_async_clients() -> None:
    assert sms_mocks.InProcessTransport is InProcessTransport
    assert sms_mocks.AsyncInProcessTransport is AsyncInProcessTransport
    transport = InProcessTransport(SpecApp(create_mock("fractel")))
    assert isinstance(transport, httpx.BaseTransport) and isinstance(transport, httpx.AsyncBaseTransport)


def _send(client: Any, name: str) -> Any:
    """The coroutine of one SMS through the generated client's async API; returns it and the recipient."""
    if name == "fractel":
        from fractel_client.models import SmsRequest

        return client.aio.sms.post_sms(body=SmsRequest(to="3125550199", from_="3215550000", message="Hi")), "3125550199"
    if name == "smsend":
        from smsend_client.models import MessageType, SendSms

        body = SendSms(message_type=MessageType.GP, message="Hi", recipient=["+393471234567"])
        return client.aio.sms.send_sms(body=body), "+393471234567"
    from smstools_client.models import SmsSend

    return client.aio.sms.send_sms(body=SmsSend(text="Hi", to="393481234567")), "393481234567"


@pytest.mark.parametrize("name", ["fractel", "smsend", "smstools"])
def test_the_generated_client_sends_async_in_process(name: str, request: pytest.FixtureRequest) -> None:
    mock: MockHandle = request.getfixturevalue(f"{name}_mock_inprocess")
    client = mock.client()

    async def main() -> str:
        call, recipient = _send(client, name)
        await call
        return str(recipient)

    recipient = asyncio.run(main())
    [message] = mock.outbox
    assert (message.recipient, message.text) == (recipient, "Hi")
    # the header names reached the mock as sent (smSend's are user_key and Session_key)
    assert message.request["headers"], message.request


class _Sleeps:
    """Stands in for the async transport's ``asyncio.sleep``: records each wait and holds it until
    the test releases it (no real time passes)."""

    def __init__(self) -> None:
        self.waits: list[tuple[float, asyncio.Event]] = []

    async def sleep(self, seconds: float) -> None:
        released = asyncio.Event()
        self.waits.append((seconds, released))
        await released.wait()

    async def until(self, count: int) -> None:
        """Let the loop run until ``count`` waits have begun."""
        for _ in range(10_000):
            if len(self.waits) >= count:
                return
            await asyncio.sleep(0)
        raise AssertionError(f"only {len(self.waits)} waits began, not {count}")


def test_an_async_slow_answer_waits_with_asyncio_and_the_loop_serves_others_meanwhile(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def blocked(seconds: float) -> None:
        raise AssertionError("the async transport slept the event loop's thread")

    monkeypatch.setattr(sms_mocks.engine.time, "sleep", blocked)
    sleeps = _Sleeps()
    monkeypatch.setattr(sms_mocks.transport, "_wait", sleeps.sleep)
    app = SpecApp(create_mock("smsend"))
    app.faults.inject("login", Fault("slow", delay=60))
    app.latency = 0.25
    params = {"username": "demo", "password": "demo-password"}

    async def main() -> None:
        # no read timeout: this is about the waits themselves (a timeout's test is further down)
        transport = AsyncInProcessTransport(app)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1:9", timeout=None) as client:
            slow = asyncio.create_task(client.get("/API/v1.0/REST/login", params=params))
            await sleeps.until(1)
            sleeps.waits[0][1].set()  # the latency is over
            await sleeps.until(2)
            assert [seconds for seconds, _ in sleeps.waits] == [0.25, 60], "the latency, then the slow fault's delay"
            other = asyncio.create_task(client.get("/API/v1.0/REST/login", params=params))
            await sleeps.until(3)
            sleeps.waits[2][1].set()
            answer = await other
            assert answer.status_code == 200, "another request was answered while the slow one waited"
            assert not slow.done()
            sleeps.waits[1][1].set()
            answer = await slow
            assert answer.status_code == 200 and ";" in answer.text, answer.text

    asyncio.run(main())
    assert app.served == 2


def test_a_sync_slow_answer_sleeps_the_calling_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    waits: list[float] = []
    monkeypatch.setattr(sms_mocks.transport.time, "sleep", waits.append)
    app = SpecApp(create_mock("fractel"))
    app.faults.inject("postAuth", Fault("slow", delay=60))
    # no read timeout: this is about the wait itself (a timeout's test is further down)
    with httpx.Client(transport=InProcessTransport(app), base_url="http://127.0.0.1:9", timeout=None) as client:
        answer = client.post("/v2/auth", data={"username": "1000000001", "password": "demo-password"})
    assert answer.status_code == 200 and waits == [60]


FORM = {"username": "1000000001", "password": "demo-password"}


def _fractel_send(app: SpecApp, timeout: float | None, asynchronous: bool, latency: float = 0.0) -> httpx.Response:
    """Log in to a FracTEL mock, then set its ``latency`` and send one SMS through the in-process
    transport with this read timeout."""
    transport = InProcessTransport(app)
    body = {"to": "3125550199", "from": "3215550000", "message": "Your order has shipped"}
    if asynchronous:

        async def main() -> httpx.Response:
            async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1:9/v2") as client:
                token = (await client.post("/auth", data=FORM)).json()["token"]
                app.latency = latency
                return await client.post("/sms", data=body, headers={"token": token}, timeout=timeout)

        return asyncio.run(main())
    with httpx.Client(transport=transport, base_url="http://127.0.0.1:9/v2") as client:
        token = client.post("/auth", data=FORM).json()["token"]
        app.latency = latency
        return client.post("/sms", data=body, headers={"token": token}, timeout=timeout)


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The waits the in-process transport takes, sync (``time.sleep``) and async (``_wait``), recorded
    instead of slept."""
    taken: list[float] = []

    async def wait(seconds: float) -> None:
        taken.append(seconds)

    monkeypatch.setattr(sms_mocks.transport.time, "sleep", taken.append)
    monkeypatch.setattr(sms_mocks.transport, "_wait", wait)
    return taken


@pytest.mark.parametrize("asynchronous", [False, True])
def test_a_slow_answer_past_the_read_timeout_is_a_read_timeout_after_the_provider_acted(
    asynchronous: bool, waits: list[float]
) -> None:
    """As over loopback: the client gives up at its read timeout, the provider has sent the message."""
    app = SpecApp(create_mock("fractel"))
    app.faults.inject("postSms", Fault("slow", delay=60))
    with pytest.raises(httpx.ReadTimeout) as timed_out:
        _fractel_send(app, 0.2, asynchronous)
    assert waits == [0.2], "waited up to the timeout, not the slow fault's 60 s"
    assert "after 60 s, past the read timeout of 0.2 s" in str(timed_out.value)
    assert timed_out.value.request.url.path == "/v2/sms"
    [message], _ = app.provider.outbox()
    assert message["recipient"] == "3125550199", message
    assert app.faults.counts() == {"slow": 1}


@pytest.mark.parametrize("asynchronous", [False, True])
@pytest.mark.parametrize(
    ("latency", "slow", "timeout", "expected_waits", "answered"),
    [
        # the waits add up against the read timeout: the latency fits, the slow fault's 0.1 s does not
        (0.15, 0.1, 0.2, [0.15, 0.05], False),
        # latency alone past the timeout: the provider still acts (after the client gave up)
        (60.0, None, 0.2, [0.2], False),
        # all of them within the timeout: answered, every wait slept
        (0.1, 0.05, 0.2, [0.1, 0.05], True),
        # no read timeout: no limit
        (60.0, 60.0, None, [60.0, 60.0], True),
    ],
)
def test_waits_add_up_against_the_read_timeout(
    asynchronous: bool,
    latency: float,
    slow: float | None,
    timeout: float | None,
    expected_waits: list[float],
    answered: bool,
    waits: list[float],
) -> None:
    app = SpecApp(create_mock("fractel"))
    if slow is not None:
        app.faults.inject("postSms", Fault("slow", delay=slow))
    if answered:
        assert _fractel_send(app, timeout, asynchronous, latency).status_code == 200
    else:
        with pytest.raises(httpx.ReadTimeout):
            _fractel_send(app, timeout, asynchronous, latency)
    assert waits == pytest.approx(expected_waits)
    assert len(app.provider.outbox()[0]) == 1, "the provider acted either way"


@pytest.mark.parametrize("asynchronous", [False, True])
def test_a_send_timed_out_in_process_is_reconciled_not_sent_twice(
    smstools_mock_inprocess: MockHandle, asynchronous: bool
) -> None:
    """What the slow fault is for, through the fixture: the send times out, the client looks its key
    up, finds it accepted and returns the rebuilt answer; the outbox holds the one message."""
    from smstools_client.api.sms import send_sms
    from smstools_client.models import SmsSend

    mock = smstools_mock_inprocess
    mock.faults.inject("slow", "sendSms", delay=60)
    client = mock.client(timeout=0.2)  # short, bounded real wait: the slow fault's 60 s is never slept
    body = SmsSend(text="Your order has shipped", to="393481234567")
    if asynchronous:

        async def main() -> Any:
            return await send_sms.asyncio_detailed(client=client, body=body)

        response = asyncio.run(main())
    else:
        response = send_sms.sync_detailed(client=client, body=body)
    key = response.headers.get("x-sms-reconciled")
    assert key, f"the answer was not rebuilt from the lookup: {response.status_code} {response.headers}"
    assert response.parsed is not None and response.parsed.transaction_id == key
    [message] = mock.outbox
    assert message.key == key, "one message, under the send's key: not sent a second time"
    assert mock.faults.injected == {"slow": 1}


@pytest.mark.parametrize("asynchronous", [False, True])
def test_a_reset_fault_in_process_is_a_broken_connection_after_the_provider_acted(asynchronous: bool) -> None:
    app = SpecApp(create_mock("fractel"))
    app.faults.inject("postAuth", Fault("reset-after"))
    form = {"username": "1000000001", "password": "demo-password"}
    transport = InProcessTransport(app)
    if asynchronous:

        async def main() -> None:
            async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1:9") as client:
                with pytest.raises(httpx.ReadError):
                    await client.post("/v2/auth", data=form)
                assert (await client.post("/v2/auth", data=form)).status_code == 200

        asyncio.run(main())
    else:
        with httpx.Client(transport=transport, base_url="http://127.0.0.1:9") as client:
            with pytest.raises(httpx.ReadError):
                client.post("/v2/auth", data=form)
            assert client.post("/v2/auth", data=form).status_code == 200
    assert app.faults.counts() == {"reset-after": 1}
    assert app.served == 2


def test_a_chunked_body_reads_as_the_http_server_passes_it_on() -> None:
    """Without Content-Length (a streamed body), werkzeug behind the HTTP server reads no body: so
    does the in-process transport, rather than answering what loopback would not."""
    app = SpecApp(create_mock("fractel"))

    def chunks() -> Iterable[bytes]:
        yield b"username=1000000001&password=demo-password"

    with (
        httpx.Client(transport=InProcessTransport(app), base_url="http://127.0.0.1:9") as direct,
        httpx.Client(transport=_RecordRaw(_wsgi_door(SpecApp(create_mock("fractel")))), base_url="http://x") as door,
    ):
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        got = direct.post("/v2/auth", content=chunks(), headers=headers)
        want = door.post("/v2/auth", content=chunks(), headers=headers)
    assert got.request.headers.get("Transfer-Encoding") == "chunked"
    assert (got.status_code, got.content) == (want.status_code, want.content)
    assert got.status_code == 400
