"""smskit.parse_callback on the callbacks the mocks really send, in every documented form, and the
Flask receiver of examples/webhook_receiver.py serving them."""

from __future__ import annotations

import base64
import importlib.util
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import fractel_client
import pytest
import smstools_client
from fractel_client.api.sms import post_sms, put_sms_to_callback_type
from fractel_client.models import (
    CallbackMethod,
    CallbackRequest,
    CallbackType,
    DeliveryConfirmation,
    DeliveryState,
    InboundMessage,
    SmsRequest,
)
from sms_mocks.fractel import DEMO_NUMBERS
from sms_mocks.fractel import DEMO_PASSWORD as FRACTEL_PASSWORD
from sms_mocks.fractel import DEMO_USERNAME as FRACTEL_USERNAME
from sms_mocks.pytest_plugin import MockHandle
from sms_mocks.smstools import DEMO_AUTH_KEY, DEMO_AUTH_SECRET
from smskit import CallbackAuthError, CallbackError, DeliveryStatus, SmstoolsInbound, map_status, parse_callback
from smstools_client.api.sms import send_sms
from smstools_client.models import SmsSend, StatusNotification, StatusNotificationStatus
from werkzeug.serving import make_server
from werkzeug.wrappers import Request, Response

from tests.conftest import WAIT, wait_until
from tools.providers import ROOT


@dataclass
class Raw:
    method: str
    query: str
    headers: dict[str, str]
    body: bytes


@dataclass
class RawReceiver:
    """A loopback endpoint keeping each request exactly as it arrived (query string and body raw)."""

    url: str = ""
    requests: list[Raw] = field(default_factory=list)

    def wait(self, count: int, timeout: float = WAIT) -> list[Raw]:
        arrived = wait_until(lambda: len(self.requests) >= count, timeout)
        assert arrived, f"expected {count} callback(s), got {len(self.requests)}"
        return self.requests


def serve(app: Any) -> tuple[Any, str]:
    server = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_port}"


@pytest.fixture
def raw() -> Iterator[RawReceiver]:
    state = RawReceiver()

    @Request.application
    def app(request: Request) -> Response:
        state.requests.append(
            Raw(request.method, request.query_string.decode("latin-1"), dict(request.headers), request.get_data())
        )
        return Response("ok")

    server, origin = serve(app)
    state.url = origin + "/hook"
    yield state
    server.shutdown()
    server.server_close()


def fractel(mock: MockHandle) -> Any:
    return fractel_client.connect(mock.base_url, FRACTEL_USERNAME, FRACTEL_PASSWORD)


def callbacks_done(mock: MockHandle, count: int) -> list[dict[str, Any]]:
    """The mock's first ``count`` callbacks, once each has been answered or given up (bounded wait)."""
    log: list[dict[str, Any]] = []

    def done() -> bool:
        log[:] = mock.callbacks
        return len(log) >= count and all(c["status"] is not None or c["error"] for c in log)

    assert wait_until(done), f"expected {count} finished callback(s): {log}"
    return log


def parse(kind: str, request: Raw, credentials: tuple[str, str] | None = None) -> Any:
    return parse_callback(
        kind,
        method=request.method,
        query=request.query,
        headers=request.headers,
        body=request.body,
        credentials=credentials,
    )


def test_fractel_delivery_confirmation_as_the_mock_posts_it(raw: RawReceiver, fractel_mock: MockHandle) -> None:
    fractel_mock.outcome("3125550198", "failed")
    client = fractel(fractel_mock)
    for to in ("3125550199", "3125550198"):
        post_sms.sync(
            client=client, body=SmsRequest(to=to, from_=DEMO_NUMBERS[0], message="hi", confirmation_url=raw.url)
        )
    delivered, failed = (parse("fractel.delivery", r) for r in raw.wait(2))
    assert isinstance(delivered, DeliveryConfirmation) and isinstance(failed, DeliveryConfirmation)
    first = fractel_mock.messages(recipient="3125550199")[0]
    assert delivered.deliverystate is DeliveryState.DELIVERED and delivered.uid == first.id
    assert failed.deliverystate is DeliveryState.NOT_DELIVERED and failed.deliverycode == "720"
    assert map_status("fractel", str(failed.deliverystate)) is DeliveryStatus.FAILED


def test_fractel_delivery_confirmation_from_the_urls_template_tokens() -> None:
    """The confirmation URL may carry tokens (``?uid={{uid}}&ds={{ds}}``): a query-only form."""
    confirmation = parse_callback("fractel.delivery", method="GET", query="uid=abc&ds=delivered&dc=000", body=b"")
    assert confirmation.uid == "abc" and confirmation.ds is DeliveryState.DELIVERED and confirmation.dc == "000"
    form = parse_callback(
        "fractel.delivery",
        method="POST",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
        body="uid=abc&deliverystate=not-delivered",
    )
    assert form.deliverystate is DeliveryState.NOT_DELIVERED


@pytest.mark.parametrize("method", [CallbackMethod.GET, CallbackMethod.POST, CallbackMethod.POSTJSON])
def test_fractel_inbound_message_in_each_method_with_credentials(
    raw: RawReceiver, method: CallbackMethod, fractel_mock: MockHandle
) -> None:
    setting = CallbackRequest(method=method, url=raw.url, url_username="hook", url_password="s3cret")
    put_sms_to_callback_type.sync(DEMO_NUMBERS[0], CallbackType.SMS_URL, client=fractel(fractel_mock), body=setting)
    fractel_mock.inbound("3125550199", "Hello back, ça va? [ok]", recipient=DEMO_NUMBERS[0])
    [request] = raw.wait(1)
    assert request.method == ("GET" if method is CallbackMethod.GET else "POST")
    message = parse("fractel.inbound", request, credentials=("hook", "s3cret"))
    assert isinstance(message, InboundMessage)
    assert (message.to, message.from_, message.message) == (DEMO_NUMBERS[0], "3125550199", "Hello back, ça va? [ok]")
    for wrong in (("hook", "wrong"), ("other", "s3cret"), ("hook", "s3cre")):
        with pytest.raises(CallbackAuthError):
            parse("fractel.inbound", request, credentials=wrong)
    without = Raw(
        request.method, request.query, {k: v for k, v in request.headers.items() if k != "Authorization"}, request.body
    )
    with pytest.raises(CallbackAuthError):
        parse("fractel.inbound", without, credentials=("hook", "s3cret"))


def test_credentials_are_compared_in_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    import hmac

    compared: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        compared.append((a, b))
        return bool(real(a, b))

    monkeypatch.setattr(hmac, "compare_digest", spy)
    token = base64.b64encode(b"hook:pw").decode()
    parse_callback(
        "fractel.inbound",
        method="GET",
        query="to=1&from=2",
        headers={"authorization": f"Basic {token}"},
        credentials=("hook", "pw"),
    )
    assert compared == [(b"hook:pw", b"hook:pw")]


def test_smstools_status_callback_as_the_mock_posts_it(raw: RawReceiver, smstools_mock: MockHandle) -> None:
    smstools_mock.outcome("393481234568", "failed")
    client = smstools_client.connect(smstools_mock.base_url, DEMO_AUTH_KEY, DEMO_AUTH_SECRET, allow_insecure_http=True)
    for n, to in enumerate(("393481234567", "393481234568")):
        sent = send_sms.sync(
            client=client, body=SmsSend(text="hi", to=to, transaction_id=f"cb-{n}", status_callback=raw.url)
        )
        assert sent.sms_inserted == 1
    smstools_mock.clock.advance(60)  # past the delivery delay: the first reaches its final state too
    notes = [parse("smstools.status", r) for r in raw.wait(2)]
    assert all(isinstance(n, StatusNotification) for n in notes)
    by_id = {n.transaction_id: n for n in notes}
    assert by_id["cb-0"].status is StatusNotificationStatus.DELIVERED and by_id["cb-0"].to == "393481234567"
    assert by_id["cb-1"].status is StatusNotificationStatus.NOTDELIVERED
    assert [map_status("smstools", str(by_id[k].status)) for k in ("cb-0", "cb-1")] == [
        DeliveryStatus.DELIVERED,
        DeliveryStatus.FAILED,
    ]


def test_smstools_inbound_as_documented() -> None:
    """Smstools forwards a received SMS as GET ?number=&text= (the mock does not simulate it)."""
    inbound = parse_callback("smstools.inbound", method="GET", query={"number": "393481234567", "text": "STOP"})
    assert inbound == SmstoolsInbound(number="393481234567", text="STOP")
    with pytest.raises(CallbackError, match="text"):
        parse_callback("smstools.inbound", method="GET", query="number=393481234567")


def test_requests_that_are_not_callbacks_are_refused() -> None:
    with pytest.raises(CallbackError, match="no fields"):
        parse_callback("fractel.delivery", method="POST", headers={}, body=b"")
    with pytest.raises(CallbackError, match="not JSON"):
        parse_callback("fractel.delivery", method="POST", headers={"content-type": "application/json"}, body=b"{oops")
    with pytest.raises(ValueError, match="unknown callback kind"):
        parse_callback("smsend.delivery", method="GET", query="a=1")


def load_example() -> Any:
    spec = importlib.util.spec_from_file_location("webhook_receiver", ROOT / "examples" / "webhook_receiver.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_example_receiver_takes_every_callback_the_mocks_send(
    fractel_mock: MockHandle, smstools_mock: MockHandle
) -> None:
    got: list[tuple[str, Any]] = []
    app = load_example().create_app(fractel_credentials=("hook", "s3cret"), on_callback=lambda k, m: got.append((k, m)))
    server, origin = serve(app)
    try:
        client = fractel(fractel_mock)
        for method in (CallbackMethod.GET, CallbackMethod.POST, CallbackMethod.POSTJSON):
            setting = CallbackRequest(
                method=method, url=origin + "/fractel/inbound", url_username="hook", url_password="s3cret"
            )
            put_sms_to_callback_type.sync(DEMO_NUMBERS[0], CallbackType.SMS_URL, client=client, body=setting)
            fractel_mock.inbound("3125550199", f"via {method}", recipient=DEMO_NUMBERS[0])
        post_sms.sync(
            client=client,
            body=SmsRequest(
                to="3125550199", from_=DEMO_NUMBERS[0], message="hi", confirmation_url=origin + "/fractel/delivery"
            ),
        )
        s_client = smstools_client.connect(
            smstools_mock.base_url, DEMO_AUTH_KEY, DEMO_AUTH_SECRET, allow_insecure_http=True
        )
        send_sms.sync(
            client=s_client, body=SmsSend(text="hi", to="393481234567", status_callback=origin + "/smstools/status")
        )
        smstools_mock.clock.advance(60)  # past the delivery delay: the status callback is due
        assert wait_until(lambda: len(got) >= 5), got
        outcomes = [c["status"] for c in callbacks_done(fractel_mock, 4)]
        kinds = sorted(kind for kind, _ in got)
        assert kinds == ["fractel.delivery", "fractel.inbound", "fractel.inbound", "fractel.inbound", "smstools.status"]
        assert sorted(m.message for k, m in got if k == "fractel.inbound") == ["via GET", "via POST", "via POSTJSON"]
        assert outcomes == [200, 200, 200, 200]
        # without the credentials FracTEL was told to use, the receiver answers 401
        fractel_mock.reset()
        setting = CallbackRequest(
            method=CallbackMethod.GET, url=origin + "/fractel/inbound", url_username="hook", url_password="nope"
        )
        put_sms_to_callback_type.sync(DEMO_NUMBERS[0], CallbackType.SMS_URL, client=fractel(fractel_mock), body=setting)
        fractel_mock.inbound("3125550199", "sneaky", recipient=DEMO_NUMBERS[0])
        [record] = callbacks_done(fractel_mock, 1)
        assert record["status"] == 401
        assert len(got) == 5
    finally:
        server.shutdown()
        server.server_close()
