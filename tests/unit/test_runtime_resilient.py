"""Unit tests of runtime/resilient.py (errors, retries, reconciled sends) with httpx.MockTransport.

A scripted provider accepts sends by key and can be told, request by request, to fail before or
after acting; every test runs through the sync and the async client, which share one flow.
"""

from __future__ import annotations

import asyncio
import json
from collections import deque
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest

from runtime.call import CALL, Call
from runtime.errors import (
    ApiError,
    AuthenticationError,
    DecodingError,
    ErrorShape,
    NotFoundError,
    RateLimitedError,
    RequestTimeoutError,
    ServerError,
    TransportError,
    ValidationError,
)
from runtime.operation import Catalogue, Lookup, Operation, SendSpec
from runtime.policy import RetryPolicy, call_options
from runtime.resilient import AsyncResilientClient, Engine, ResilientClient

BASE = "https://api.test/v1"
REPLY = {"result": "OK", "order_id": "{key}", "count": "/recipients"}
CATALOGUE = Catalogue(
    (
        Operation("getThing", "GET", "/things/{id}", "api.test.get_thing", media=()),
        Operation("putThing", "PUT", "/things/{id}", "api.test.put_thing", media=()),
        Operation("createThing", "POST", "/things", "api.test.create_thing", media=()),
        # decoded with a real generated module: FracTEL's SendResult needs statusCode, result, uid
        Operation("postSms", "POST", "/sms", "api.test.post_sms"),
        Operation(
            "sendJson",
            "POST",
            "/send",
            "api.test.send_json",
            success=(201,),
            media=(),
            send=SendSpec(
                "body",
                "order_id",
                Lookup("getOrder", "GET", "/orders/{order_id}", path_params={"order_id": "{key}"}, reply=REPLY),
            ),
        ),
        Operation(
            "sendForm",
            "POST",
            "/sendform",
            "api.test.send_form",
            media=(),
            send=SendSpec(
                "body",
                "transactionId",
                Lookup("search", "GET", "/search", query={"transactionId": "{key}"}, exists="/count", reply=REPLY),
            ),
        ),
        Operation("sendQuery", "GET", "/smart/send", "api.test.send_query", media=(), send=SendSpec("query", "tid")),
        Operation("getOrder", "GET", "/orders/{order_id}", "api.test.get_order", media=()),
        Operation("search", "GET", "/search", "api.test.search", media=()),
    )
)
ERRORS = ErrorShape(code="/code", message="/message")
FAST = RetryPolicy(retries=2, backoff=0.0, timeout=5)


class Provider:
    """Accepts sends by key; ``plan`` scripts what happens to the next requests of an operation path."""

    def __init__(self) -> None:
        self.accepted: dict[str, int] = {}
        self.requests: list[httpx.Request] = []
        self.plan: dict[str, deque[str]] = {}

    def script(self, path: str, *steps: str) -> None:
        self.plan.setdefault(path, deque()).extend(steps)

    def _key(self, request: httpx.Request) -> str | None:
        if "tid" in request.url.params:
            return request.url.params["tid"]
        content = request.content
        if request.headers.get("content-type", "").startswith("application/json"):
            return json.loads(content).get("order_id")
        return dict(parse_qsl(content.decode())).get("transactionId")

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        path = request.url.path.removeprefix("/v1")
        plan = self.plan.get(path)
        step = plan.popleft() if plan else "ok"
        if step == "refused":
            raise httpx.ConnectError("connection refused", request=request)
        if step == "timeout-before":
            raise httpx.ReadTimeout("timed out", request=request)
        if step.isdigit():
            headers = {"retry-after": "0"} if step == "429" else {}
            return httpx.Response(int(step), json={"code": f"E{step}", "message": "scripted"}, headers=headers)
        if step.startswith("429:"):
            return httpx.Response(429, headers={"retry-after": step[4:]}, json={"code": "SLOW", "message": "wait"})
        if path.startswith("/orders/"):
            key = path.rsplit("/", 1)[-1]
            if key in self.accepted:
                return httpx.Response(200, json={"recipients": self.accepted[key]})
            return httpx.Response(404, json={"code": "NOT_FOUND", "message": "no such order"})
        if path == "/search":
            key = request.url.params["transactionId"]
            count = self.accepted.get(key, 0)
            return httpx.Response(200, json={"count": count, "recipients": count})
        if path in ("/send", "/sendform", "/smart/send"):
            key = self._key(request)
            assert key, "the client must always send a key"
            if key in self.accepted:
                return httpx.Response(400, json={"code": "DUPLICATE", "message": "key reused"})
            self.accepted[key] = 2
            if step == "timeout-after":
                raise httpx.ReadTimeout("timed out", request=request)
            if step == "reset-after":
                raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)
            if step == "502-after":
                return httpx.Response(502, text="<html>Bad Gateway</html>")
            return httpx.Response(201 if path == "/send" else 200, json={"result": "OK", "order_id": key})
        if path == "/sms":
            if step == "bad-body":
                return httpx.Response(200, json={"statusCode": 200, "uid": "u"})  # no "result"
            if step == "undocumented":
                return httpx.Response(202, json={})
            if step == "timeout-after":
                raise httpx.ReadTimeout("timed out", request=request)
            return httpx.Response(200, json={"statusCode": 200, "result": "OK", "uid": "u1"})
        return httpx.Response(200, json={"ok": True})


Runner = Callable[[Provider, str, str, dict[str, Any]], httpx.Response]


def _engine(policy: RetryPolicy) -> Engine:
    return Engine(CATALOGUE, ERRORS, policy, httpx.URL(BASE))


def _parse_sms(response: httpx.Response) -> object:
    from fractel_client.models import SendResult

    return SendResult.from_dict(response.json())


def _as_generated(method: str, path: str, options: dict[str, Any]) -> dict[str, Any]:
    """The request as a generated function makes it: tagged with its operation's Call (see
    runtime/call.py). ``raw=True`` leaves it untagged, as a caller's own request on the httpx client."""
    if options.pop("raw", False):
        return options
    operation = CATALOGUE.match(method, path)
    assert operation is not None, f"no operation for {method} {path} in the test catalogue"
    name = operation.module.rsplit(".", 1)[-1]
    parse = _parse_sms if name == "post_sms" else lambda response: response.json() if response.content else None
    return {**options, "extensions": {CALL: Call(name, parse, operation.success)}}


def run_sync(provider: Provider, method: str, path: str, options: dict[str, Any], policy: RetryPolicy = FAST) -> Any:
    options = _as_generated(method, path, dict(options))
    with ResilientClient(engine=_engine(policy), base_url=BASE, transport=httpx.MockTransport(provider)) as client:
        return client.request(method, path, **options)


def run_async(provider: Provider, method: str, path: str, options: dict[str, Any], policy: RetryPolicy = FAST) -> Any:
    options = _as_generated(method, path, dict(options))

    async def go() -> httpx.Response:
        transport = httpx.MockTransport(provider)
        async with AsyncResilientClient(engine=_engine(policy), base_url=BASE, transport=transport) as client:
            return await client.request(method, path, **options)

    return asyncio.run(go())


@pytest.fixture(params=[run_sync, run_async], ids=["sync", "async"])
def run(request: pytest.FixtureRequest) -> Any:
    return request.param


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (400, ValidationError),
        (401, AuthenticationError),
        (403, AuthenticationError),
        (404, NotFoundError),
        (409, ValidationError),
        (500, ServerError),
    ],
)
def test_an_error_status_raises_its_class_with_code_operation_and_response(
    run: Any, status: int, kind: type[ApiError]
) -> None:
    provider = Provider()
    provider.script("/things/7", str(status))
    with pytest.raises(kind) as failure:
        run(provider, "GET", "/things/7", {"params": {"secret": "hunter2"}})
    error = failure.value
    assert (error.status_code, error.code, error.operation) == (status, f"E{status}", "getThing")
    assert error.response is not None and error.response.json()["message"] == "scripted"
    assert str(error) == f"getThing: HTTP {status} from GET https://api.test/v1/things/7 [E{status}]: scripted"
    assert "hunter2" not in str(error) and "hunter2" not in repr(error)
    assert len(provider.requests) == 1, "500 on a GET and 4xx are not retried"


@pytest.mark.parametrize("status", ["502", "503", "504", "429"])
def test_idempotent_requests_are_retried_on_gateway_errors_and_429(run: Any, status: str) -> None:
    provider = Provider()
    provider.script("/things/7", status, status)
    assert run(provider, "PUT", "/things/7", {"json": {"a": 1}}).status_code == 200
    assert len(provider.requests) == 3


def test_retries_end_with_the_last_error(run: Any) -> None:
    provider = Provider()
    provider.script("/things/7", "503", "503", "503", "503")
    with pytest.raises(ServerError) as failure:
        run(provider, "GET", "/things/7", {})
    assert failure.value.status_code == 503 and len(provider.requests) == 3


def test_idempotent_requests_are_retried_after_timeouts(run: Any) -> None:
    provider = Provider()
    provider.script("/things/7", "timeout-before")
    assert run(provider, "GET", "/things/7", {}).status_code == 200
    assert len(provider.requests) == 2


def test_a_timeout_after_the_retries_is_a_timeout_error(run: Any) -> None:
    provider = Provider()
    provider.script("/things/7", *["timeout-before"] * 3)
    with pytest.raises(RequestTimeoutError) as failure:
        run(provider, "GET", "/things/7", {})
    assert isinstance(failure.value, TransportError) and failure.value.status_code is None


def test_a_retry_after_longer_than_the_policy_allows_is_not_waited_for(run: Any) -> None:
    provider = Provider()
    provider.script("/things/7", "429:3600")
    with pytest.raises(RateLimitedError) as failure:
        run(provider, "GET", "/things/7", {})
    assert failure.value.retry_after == 3600 and len(provider.requests) == 1


def test_retry_after_is_honoured(monkeypatch: pytest.MonkeyPatch) -> None:
    slept: list[float] = []
    monkeypatch.setattr("runtime.resilient.time.sleep", slept.append)
    provider = Provider()
    provider.script("/things/7", "429:2")
    assert run_sync(provider, "GET", "/things/7", {}).status_code == 200
    assert slept == [2.0]


def test_backoff_is_exponential_with_full_jitter() -> None:
    policy = RetryPolicy(backoff=0.5, max_backoff=3.0)
    for attempt, ceiling in [(0, 0.5), (1, 1.0), (2, 2.0), (3, 3.0), (8, 3.0)]:
        delays = [policy.delay(attempt) for _ in range(200)]
        assert all(0 <= d <= ceiling for d in delays) and max(delays) > ceiling / 2


def test_call_options_override_retries_and_timeout_for_one_block(run: Any) -> None:
    provider = Provider()
    provider.script("/things/7", "503", "503")
    with call_options(retries=0, timeout=1.5), pytest.raises(ServerError):
        run(provider, "GET", "/things/7", {})
    assert len(provider.requests) == 1
    assert provider.requests[0].extensions["timeout"]["read"] == 1.5
    provider.script("/things/7", "503")
    assert run(provider, "GET", "/things/7", {}).status_code == 200  # outside the block: retried again


def test_a_non_idempotent_request_is_retried_only_when_refused(run: Any) -> None:
    provider = Provider()
    provider.script("/things", "refused")
    assert run(provider, "POST", "/things", {"json": {}}).status_code == 200
    assert len(provider.requests) == 2


def test_a_non_idempotent_request_is_not_repeated_after_an_ambiguous_failure(run: Any) -> None:
    provider = Provider()
    provider.script("/sms", "timeout-after")
    with pytest.raises(RequestTimeoutError) as failure:
        run(provider, "POST", "/sms", {"data": {"to": "1"}})
    assert failure.value.may_have_been_sent and "may have been carried out" in str(failure.value)
    assert len(provider.requests) == 1


def test_a_5xx_answer_to_a_post_may_have_been_acted_on(run: Any) -> None:
    provider = Provider()
    provider.script("/things", "503")
    with pytest.raises(ServerError) as failure:
        run(provider, "POST", "/things", {"json": {}})
    assert failure.value.may_have_been_sent and len(provider.requests) == 1


def test_a_send_gets_a_generated_key_and_keeps_the_callers(run: Any) -> None:
    provider = Provider()
    run(provider, "POST", "/send", {"json": {"message": "hi"}})
    run(provider, "POST", "/send", {"json": {"message": "hi", "order_id": "mine"}})
    run(provider, "POST", "/sendform", {"data": {"text": "hi"}})
    run(provider, "GET", "/smart/send", {"params": {"text": "hi"}})
    keys = list(provider.accepted)
    assert keys[1] == "mine" and len(keys) == 4 and all(len(k) == 32 for k in keys[:1] + keys[2:])


def test_the_key_is_set_before_encoding_and_the_callers_arguments_are_left_alone(run: Any) -> None:
    provider = Provider()
    body, form, query = {"message": "hi"}, {"text": "hi"}, {"text": "hi"}
    run(provider, "POST", "/send", {"json": body})
    run(provider, "POST", "/sendform", {"data": form})
    run(provider, "GET", "/smart/send", {"params": query})
    assert (body, form, query) == ({"message": "hi"}, {"text": "hi"}, {"text": "hi"})
    sent = [provider._key(request) for request in provider.requests]
    assert sent == list(provider.accepted) and len(set(sent)) == 3
    assert [request.extensions["sms_send_key"] for request in provider.requests] == sent


@pytest.mark.parametrize(
    "options",
    [
        {"content": b'{"message": "hi"}', "headers": {"content-type": "application/json"}},
        {"content": b"text=hi", "headers": {"content-type": "application/x-www-form-urlencoded"}},
    ],
    ids=["json-bytes", "form-bytes"],
)
def test_a_send_built_from_raw_bytes_still_gets_a_key(run: Any, options: dict[str, Any]) -> None:
    provider = Provider()
    path = "/send" if b"{" in options["content"] else "/sendform"
    run(provider, "POST", path, options)
    key = provider._key(provider.requests[0])
    assert key is not None and len(key) == 32 and list(provider.accepted) == [key]


def test_a_checked_answer_is_parsed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The runtime's check and the generated function share one parse of the answer."""
    import fractel_client
    from fractel_client.api.sms import post_sms
    from fractel_client.models import SendResult, SmsRequest

    parses: list[object] = []
    original = SendResult.from_dict.__func__  # type: ignore[attr-defined]
    monkeypatch.setattr(SendResult, "from_dict", classmethod(lambda cls, src: parses.append(src) or original(cls, src)))

    def serve(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/auth"):
            return httpx.Response(200, json={"statusCode": 200, "result": "OK", "token": "t", "expires": "2099-01-01"})
        return httpx.Response(200, json={"statusCode": 200, "result": "SUCCESS", "uid": f"u{len(parses)}"})

    client = fractel_client.connect(
        "https://api.test/v2", "1000000001", "pw", httpx_args={"transport": httpx.MockTransport(serve)}
    )
    first = post_sms.sync(client=client, body=SmsRequest(to="3125550199", from_="3215550000", message="hi"))
    second = post_sms.sync(client=client, body=SmsRequest(to="3125550199", from_="3215550000", message="hi"))
    assert (first.uid, second.uid) == ("u0", "u1") and len(parses) == 2


@pytest.mark.parametrize("failure", ["timeout-after", "reset-after", "502-after"])
@pytest.mark.parametrize("path", ["/send", "/sendform"])
def test_a_send_lost_after_acceptance_is_reconciled_not_resent(run: Any, failure: str, path: str) -> None:
    provider = Provider()
    provider.script(path, failure)
    body = {"json": {"message": "hi"}} if path == "/send" else {"data": {"text": "hi"}}
    response = run(provider, "POST", path, body)
    [key] = provider.accepted
    assert response.json() == {"result": "OK", "order_id": key, "count": 2}
    assert response.headers["x-sms-reconciled"] == key
    assert response.status_code == (201 if path == "/send" else 200)
    sends = [r for r in provider.requests if r.url.path.endswith(path)]
    assert len(sends) == 1, "an accepted send must not be sent again"


@pytest.mark.parametrize("failure", ["timeout-before", "503"])
def test_a_send_the_provider_never_accepted_is_sent_again_with_the_same_key(run: Any, failure: str) -> None:
    provider = Provider()
    provider.script("/send", failure)
    response = run(provider, "POST", "/send", {"json": {"message": "hi"}})
    sends = [json.loads(r.content)["order_id"] for r in provider.requests if r.url.path.endswith("/send")]
    assert len(sends) == 2 and sends[0] == sends[1] == response.json()["order_id"]
    assert list(provider.accepted) == [sends[0]]


def test_a_send_whose_lookup_fails_raises_may_have_been_sent_with_the_key(run: Any) -> None:
    provider = Provider()
    provider.script("/send", "reset-after")

    def lookup_breaks(request: httpx.Request) -> httpx.Response:
        if "/orders/" in request.url.path:
            provider.requests.append(request)
            return httpx.Response(500, json={"code": "DOWN", "message": "lookup down"})
        return provider(request)

    with pytest.raises(TransportError) as failure:
        run(lookup_breaks, "POST", "/send", {"json": {"message": "hi"}})  # type: ignore[arg-type]
    [key] = provider.accepted
    assert failure.value.may_have_been_sent and key in str(failure.value) and "getOrder" in str(failure.value)
    assert len([r for r in provider.requests if r.url.path.endswith("/send")]) == 1


def test_a_send_declared_without_lookup_is_not_repeated(run: Any) -> None:
    provider = Provider()
    provider.script("/smart/send", "timeout-after")
    with pytest.raises(RequestTimeoutError) as failure:
        run(provider, "GET", "/smart/send", {"params": {"text": "hi"}})
    assert failure.value.may_have_been_sent and len(provider.accepted) == 1
    assert len(provider.requests) == 1, "a send is never retried as an idempotent GET"


def test_a_missing_field_is_a_decoding_error_naming_operation_and_field(run: Any) -> None:
    provider = Provider()
    provider.script("/sms", "bad-body")
    with pytest.raises(DecodingError) as failure:
        run(provider, "POST", "/sms", {"data": {"to": "1"}})
    assert "postSms" in str(failure.value) and "'result'" in str(failure.value)


@pytest.mark.parametrize("raw", [False, True], ids=["generated", "raw"])
def test_an_undocumented_success_status_is_a_decoding_error(run: Any, raw: bool) -> None:
    """A generated call is checked through its Call; a raw request on the httpx client is matched
    by path and checked by status."""
    provider = Provider()
    provider.script("/sms", "undocumented")
    with pytest.raises(DecodingError, match="postSms: the provider accepted the request with HTTP 202, which the spec"):
        run(provider, "POST", "/sms", {"data": {"to": "1"}, "raw": raw})


def test_header_values_with_cr_or_lf_are_refused_before_sending(run: Any) -> None:
    provider = Provider()
    with pytest.raises(ValidationError, match="header 'X-Note' contains CR or LF"):
        run(provider, "GET", "/things/7", {"headers": {"X-Note": "a\r\nInjected: yes"}})
    assert provider.requests == []


def test_a_failed_login_before_the_request_left_is_retried_even_for_a_send(run: Any) -> None:
    from runtime.login import LoginAuth, LoginSpec

    spec = LoginSpec("POST", "/auth", "form", {"username": "u", "password": "p"}, "json", {"token": "token"})
    logins = deque([httpx.Response(503), httpx.Response(200, json={"token": "t1"})])
    provider = Provider()

    def serve(request: httpx.Request) -> httpx.Response:
        return logins.popleft() if request.url.path.endswith("/auth") else provider(request)

    auth = LoginAuth(spec, BASE, {"username": "me", "password": "pw"})
    options = {"json": {"message": "hi"}}
    if run is run_sync:
        with ResilientClient(
            engine=_engine(FAST), base_url=BASE, transport=httpx.MockTransport(serve), auth=auth
        ) as client:
            assert client.post("/send", **options).status_code == 201
    else:

        async def main() -> None:
            async with AsyncResilientClient(
                engine=_engine(FAST), base_url=BASE, transport=httpx.MockTransport(serve), auth=auth
            ) as client:
                assert (await client.post("/send", **options)).status_code == 201

        asyncio.run(main())
    assert len(provider.accepted) == 1 and not logins


@pytest.mark.parametrize(
    ("base", "url"),
    [
        ("https://api.test/v1", "/sms/send"),
        ("https://api.test/v1/", "/things/a%20b?x=1"),
        ("https://api.test/API/v1.0/REST/", "/sms"),
        ("https://api.test/v1", "https://elsewhere.test/x"),
        ("https://api.test/v1", "//elsewhere.test/x"),
        ("https://api.test", "/"),
    ],
)
def test_a_relative_path_is_joined_to_the_base_url_as_httpx_would(base: str, url: str) -> None:
    """The generated functions' paths are joined in one parse; the URL is the one httpx builds."""
    with ResilientClient(engine=_engine(FAST), base_url=base) as ours, httpx.Client(base_url=base) as plain:
        assert ours.build_request("GET", url).url == plain.build_request("GET", url).url


def test_a_base_url_changed_after_a_request_is_the_one_the_next_request_uses() -> None:
    """The base URL's text is kept between requests; setting ``base_url`` must not leave it stale."""
    with ResilientClient(engine=_engine(FAST), base_url="https://api.test/v1") as client:
        assert client.build_request("GET", "/sms").url == "https://api.test/v1/sms"
        client.base_url = httpx.URL("https://other.test/v2/")
        assert client.build_request("GET", "/sms").url == "https://other.test/v2/sms"


def test_a_path_is_parsed_once_then_its_url_is_reused(monkeypatch: pytest.MonkeyPatch) -> None:
    """httpx parses a URL given as text on every request; the client parses each path once."""
    import httpx._urls

    parsed: list[str] = []
    real = httpx._urls.urlparse

    def counting(url: str = "", **kwargs: Any) -> Any:
        parsed.append(url)
        return real(url, **kwargs)

    monkeypatch.setattr(httpx._urls, "urlparse", counting)
    with ResilientClient(engine=_engine(FAST), base_url=BASE) as client:
        first = client.build_request("POST", "/sms/send", data={"to": "1"})
        assert parsed, "the first request parses its URL (else this test watches the wrong function)"
        parsed.clear()
        again = client.build_request("POST", "/sms/send", data={"to": "2"})
        assert parsed == []  # the second request of the same path parses no URL text
        assert again.url == first.url == f"{BASE}/sms/send"
        other = client.build_request("GET", "/things/a%20b", params={"page": "2"})
        assert other.url == f"{BASE}/things/a%20b?page=2"  # the caller's params still apply


def test_the_parsed_urls_kept_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """Paths holding values (``/things/{id}``) would grow the memo without end; it starts again instead."""
    monkeypatch.setattr("runtime.resilient.KEPT_URLS", 4)
    with ResilientClient(engine=_engine(FAST), base_url=BASE) as client:
        for index in range(10):
            assert client.build_request("GET", f"/things/{index}").url == f"{BASE}/things/{index}"
            assert len(client._memo[2]) <= 4


def test_a_base_url_change_during_a_request_never_pairs_one_base_with_another_s_urls(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A thread joining a path under the old base while another moves the base must not leave the old
    base's URL in the memo the new base reads."""
    import runtime.resilient as resilient

    real = resilient.join_path
    with ResilientClient(engine=_engine(FAST), base_url=BASE) as client:

        def moved_meanwhile(base: Any, url: str, text: str | None = None) -> str:
            joined = real(base, url, text)
            if str(client.base_url).startswith(BASE):
                client.base_url = httpx.URL("https://other.test/v2/")
                client.build_request("GET", "/status")  # the other thread's request, on the new base
            return joined

        monkeypatch.setattr(resilient, "join_path", moved_meanwhile)
        assert client.build_request("GET", "/sms").url == f"{BASE}/sms"  # begun on the old base
        monkeypatch.setattr(resilient, "join_path", real)
        assert client.build_request("GET", "/sms").url == "https://other.test/v2/sms"


def test_a_send_s_lookup_asks_the_host_the_send_went_to_after_a_base_url_change() -> None:
    """The lookup decides whether a send is repeated: it must ask where the send went, not the base
    URL the client was built with."""
    provider = Provider()
    provider.script("/send", "timeout-after")  # accepted, then the answer is lost: a lookup decides
    seen: list[tuple[str, str, str]] = []

    def serve(request: httpx.Request) -> httpx.Response:
        seen.append((request.method, request.url.host, request.url.path.rsplit("/", 1)[0]))
        url = request.url.copy_with(host="api.test", path=request.url.path.replace("/v2", "/v1", 1))
        return provider(httpx.Request(request.method, url, headers=request.headers, content=request.content))

    options = _as_generated("POST", "/send", {"json": {"to": "1"}})
    with ResilientClient(engine=_engine(FAST), base_url=BASE, transport=httpx.MockTransport(serve)) as client:
        client.base_url = httpx.URL("https://other.test/v2")
        answer = client.request("POST", "/send", **options)
    assert answer.status_code == 201
    assert seen == [("POST", "other.test", "/v2"), ("GET", "other.test", "/v2/orders")]
    assert len(provider.accepted) == 1, "sent once"


def test_cookies_are_kept_and_sent_but_only_answers_that_set_one_are_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """httpx's cookie extraction wraps every answer in urllib's objects; the clients skip it for
    answers without ``Set-Cookie`` and keep httpx's cookies otherwise (given, set, stored, sent)."""
    extracted: list[str] = []
    original = httpx.Cookies.extract_cookies

    def counting(self: httpx.Cookies, response: httpx.Response) -> None:
        extracted.append(response.request.url.path)
        original(self, response)

    monkeypatch.setattr(httpx.Cookies, "extract_cookies", counting)
    sent: list[str] = []

    def serve(request: httpx.Request) -> httpx.Response:
        sent.append(request.headers.get("cookie", ""))
        headers = {"Set-Cookie": "session=abc; Path=/"} if request.url.path.endswith("/login") else {}
        return httpx.Response(200, headers=headers, text="ok")

    def sync() -> httpx.Cookies:
        with ResilientClient(
            engine=_engine(FAST), base_url=BASE, cookies={"given": "1"}, transport=httpx.MockTransport(serve)
        ) as client:
            for path in ("/a", "/login", "/b"):
                client.get(path)
            client.cookies = {"replaced": "2"}  # httpx's setter: the client's cookies from now on
            client.get("/c")
            return client.cookies

    async def in_async() -> httpx.Cookies:
        async with AsyncResilientClient(
            engine=_engine(FAST), base_url=BASE, cookies={"given": "1"}, transport=httpx.MockTransport(serve)
        ) as client:
            for path in ("/a", "/login", "/b"):
                await client.get(path)
            client.cookies = {"replaced": "2"}
            await client.get("/c")
            return client.cookies

    for run_client in (sync, lambda: asyncio.run(in_async())):
        jar = run_client()
        assert dict(jar) == {"replaced": "2"}
        assert sent == ["given=1", "given=1", "given=1; session=abc", "replaced=2"], sent
        assert extracted == ["/v1/login"], "only the answer that set a cookie went through the extraction"
        sent.clear()
        extracted.clear()


def test_a_callers_cookie_jar_is_shared_and_its_policy_honoured_as_httpx_does() -> None:
    """A ``CookieJar`` given as ``cookies=`` is the client's own jar (httpx shares it, not copies);
    a jar whose policy takes RFC 2965 cookies gets them from ``Set-Cookie2``, as with httpx."""
    from http.cookiejar import CookieJar, DefaultCookiePolicy

    def serve(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Set-Cookie2": 'v2=1; Version="1"; Path="/"'}, text="ok")

    jar = CookieJar(policy=DefaultCookiePolicy(rfc2965=True))
    with ResilientClient(
        engine=_engine(FAST), base_url=BASE, cookies=jar, transport=httpx.MockTransport(serve)
    ) as client:
        client.get("/a")
        assert client.cookies.jar is jar
    assert [cookie.name for cookie in jar] == ["v2"]
