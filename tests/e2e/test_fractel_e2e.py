"""End to end: the generated FracTEL client against the FracTEL mock over real HTTP on loopback."""

from __future__ import annotations

import asyncio
import base64
import logging
import time

import httpx
import pytest
from fractel_client import AuthenticationError, LoginError, NotFoundError, ValidationError, connect
from fractel_client._runtime.login import LoginAuth
from fractel_client.api.auth import post_auth
from fractel_client.api.sms import post_sms, put_sms_to_callback_type
from fractel_client.models import (
    AuthRequest,
    CallbackMethod,
    CallbackRequest,
    CallbackType,
    DeliveryConfirmation,
    DeliveryState,
    Error,
    InboundMessage,
    SendResult,
    SmsRequest,
)
from sms_mocks.callbacks import CallbackRecord
from sms_mocks.fractel import DEMO_NUMBERS, DEMO_PASSWORD, DEMO_USERNAME, FracTEL
from sms_mocks.pytest_plugin import MockHandle

from tests.conftest import Receiver
from tests.webhook_check import mismatches

FROM = DEMO_NUMBERS[0]
TO = "3125550199"
MEDIA = ["https://media.example/one.png", "https://media.example/two.jpg"]


def mock_of(server: MockHandle) -> FracTEL:
    assert isinstance(server.provider, FracTEL)
    return server.provider


def test_login_then_send_an_mms_with_two_media_urls(fractel_mock: MockHandle) -> None:
    client = connect(fractel_mock.base_url, DEMO_USERNAME, DEMO_PASSWORD)
    result = post_sms.sync(client=client, body=SmsRequest(to=TO, from_=FROM, message="Hello", media_url=MEDIA))
    assert result.result == "SUCCESS" and len(result.uid) == 32
    sent = mock_of(fractel_mock).messages
    assert [(m.uid, m.to, m.from_, m.media_url) for m in sent] == [(result.uid, TO, FROM, MEDIA)]
    assert mock_of(fractel_mock).logins == 1


def test_the_token_travels_in_a_header_named_token_without_prefix(fractel_mock: MockHandle) -> None:
    seen: list[httpx.Request] = []
    client = connect(
        fractel_mock.base_url,
        DEMO_USERNAME,
        DEMO_PASSWORD,
        httpx_args={"event_hooks": {"request": [seen.append]}},
    )
    post_sms.sync(client=client, body=SmsRequest(to=TO, from_=FROM, message="x"))
    login, send = seen
    assert login.url.path == "/v2/auth" and "token" not in login.headers
    names = [name for name, _ in send.headers.raw]
    assert b"token" in names and b"authorization" not in [n.lower() for n in names]
    token = send.headers["token"]
    assert token in mock_of(fractel_mock).tokens and " " not in token


def test_media_urls_are_sent_as_a_repeated_form_field(fractel_mock: MockHandle) -> None:
    seen: list[httpx.Request] = []
    client = connect(
        fractel_mock.base_url, DEMO_USERNAME, DEMO_PASSWORD, httpx_args={"event_hooks": {"request": [seen.append]}}
    )
    post_sms.sync(client=client, body=SmsRequest(to=TO, from_=FROM, message="x", media_url=MEDIA))
    body = seen[-1].read().decode()
    assert body.count("media_url=") == 2


def test_delivery_confirmation_is_posted_to_a_loopback_confirmation_url(
    fractel_mock: MockHandle, receiver: Receiver
) -> None:
    client = connect(fractel_mock.base_url, DEMO_USERNAME, DEMO_PASSWORD)
    body = SmsRequest(to=TO, from_=FROM, message="Confirm me", confirmation_url=receiver.url)
    result = post_sms.sync(client=client, body=body)
    [callback] = receiver.wait(1)
    assert callback.method == "POST"
    confirmation = DeliveryConfirmation.from_dict(callback.json)
    assert confirmation.uid == result.uid
    assert confirmation.deliverystate == DeliveryState.DELIVERED and confirmation.deliverycode == "000"
    assert (confirmation.to, confirmation.from_, confirmation.message) == (TO, FROM, "Confirm me")


def test_a_non_loopback_confirmation_url_is_recorded_and_never_called(fractel_mock: MockHandle) -> None:
    client = connect(fractel_mock.base_url, DEMO_USERNAME, DEMO_PASSWORD)
    post_sms.sync(client=client, body=SmsRequest(to=TO, from_=FROM, message="x", confirmation_url="http://192.0.2.7/c"))
    record = mock_of(fractel_mock).messages[-1].confirmation
    assert record is not None and record.url == "http://192.0.2.7/c"
    assert record.outcome.startswith("not sent") and record.status_code is None


def test_set_a_callback_then_receive_an_inbound_message_with_basic_auth(
    fractel_mock: MockHandle, receiver: Receiver
) -> None:
    client = connect(fractel_mock.base_url, DEMO_USERNAME, DEMO_PASSWORD)
    setting = CallbackRequest(method=CallbackMethod.POSTJSON, url=receiver.url, url_username="hook", url_password="pw")
    result = put_sms_to_callback_type.sync(FROM, CallbackType.SMS_URL, client=client, body=setting)
    assert result.result == "SUCCESS"
    mock_of(fractel_mock).simulate_inbound(FROM, TO, "Reply STOP")
    [callback] = receiver.wait(1)
    inbound = InboundMessage.from_dict(callback.json)
    assert (inbound.to, inbound.from_, inbound.message) == (FROM, TO, "Reply STOP")
    assert callback.headers["Authorization"] == "Basic " + base64.b64encode(b"hook:pw").decode()


def test_a_callback_on_a_number_of_another_account_is_404(fractel_mock: MockHandle) -> None:
    client = connect(fractel_mock.base_url, DEMO_USERNAME, DEMO_PASSWORD)
    setting = CallbackRequest(method=CallbackMethod.GET, url="http://127.0.0.1:9/x")
    with pytest.raises(NotFoundError) as failure:
        put_sms_to_callback_type.sync_detailed("9999999999", CallbackType.SMS_TRIGGER, client=client, body=setting)
    assert failure.value.status_code == 404 and failure.value.operation == "putSmsToCallbackType"
    assert failure.value.code == "Not Found" and "9999999999 is not a FracTEL number" in str(failure.value)


def test_the_token_is_renewed_before_it_expires(fractel_mock: MockHandle) -> None:
    client = connect(fractel_mock.base_url, DEMO_USERNAME, DEMO_PASSWORD, lifetime=100)
    auth = client.get_httpx_client().auth
    assert isinstance(auth, LoginAuth)
    now = time.monotonic()
    auth._clock = lambda: now  # the client's clock, moved by the test with the mock's: no waiting
    mock = mock_of(fractel_mock)
    assert post_sms.sync(client=client, body=SmsRequest(to=TO, from_=FROM, message="1")).result == "SUCCESS"
    # within the renewal margin (the last 10 s of 100 s) but before the mock expires the token
    now += 95
    fractel_mock.clock.advance(95)
    assert post_sms.sync(client=client, body=SmsRequest(to=TO, from_=FROM, message="2")).result == "SUCCESS"
    assert mock.logins == 2
    assert mock.auth_failures == 0, "the client waited for a 401 instead of renewing ahead of expiry"


def test_after_a_401_the_client_logs_in_again_once_and_the_send_succeeds(fractel_mock: MockHandle) -> None:
    client = connect(fractel_mock.base_url, DEMO_USERNAME, DEMO_PASSWORD)
    mock = mock_of(fractel_mock)
    post_sms.sync(client=client, body=SmsRequest(to=TO, from_=FROM, message="before"))
    mock.revoke_tokens()
    assert post_sms.sync(client=client, body=SmsRequest(to=TO, from_=FROM, message="after")).result == "SUCCESS"
    assert (mock.logins, mock.auth_failures) == (2, 1)
    assert [m.message for m in mock.messages] == ["before", "after"]


def test_a_bad_number_is_rejected_with_an_error_naming_the_field(fractel_mock: MockHandle) -> None:
    client = connect(fractel_mock.base_url, DEMO_USERNAME, DEMO_PASSWORD)
    with pytest.raises(ValidationError) as failure:
        post_sms.sync(client=client, body=SmsRequest(to="555-0199", from_=FROM, message="x"))
    assert failure.value.status_code == 400 and failure.value.code == "Bad Request"
    assert failure.value.operation == "postSms" and not failure.value.may_have_been_sent
    assert failure.value.response is not None
    error = Error.from_dict(failure.value.response.json())  # the typed body stays reachable
    assert error.message.startswith('"to"') and error.error == "Bad Request"
    assert error.validation is not None and error.validation.keys == ["to"]
    assert mock_of(fractel_mock).messages == []


def test_too_many_media_urls_are_rejected(fractel_mock: MockHandle) -> None:
    client = connect(fractel_mock.base_url, DEMO_USERNAME, DEMO_PASSWORD)
    body = SmsRequest(to=TO, from_=FROM, message="x", media_url=[f"https://m.example/{i}" for i in range(11)])
    with pytest.raises(ValidationError) as failure:
        post_sms.sync_detailed(client=client, body=body)
    assert failure.value.response is not None
    error = Error.from_dict(failure.value.response.json())
    assert error.validation is not None and error.validation.keys == ["media_url"]


def test_sending_from_a_number_not_on_the_account_is_forbidden(fractel_mock: MockHandle) -> None:
    client = connect(fractel_mock.base_url, DEMO_USERNAME, DEMO_PASSWORD)
    with pytest.raises(AuthenticationError) as failure:
        post_sms.sync(client=client, body=SmsRequest(to=TO, from_="2025550100", message="x"))
    assert failure.value.status_code == 403 and '"from"' in str(failure.value)


def test_wrong_credentials_raise_a_login_error_without_the_password(fractel_mock: MockHandle) -> None:
    client = connect(fractel_mock.base_url, DEMO_USERNAME, "not-the-password")
    with pytest.raises(LoginError) as failure:
        post_sms.sync(client=client, body=SmsRequest(to=TO, from_=FROM, message="x"))
    assert failure.value.status_code == 401
    assert "not-the-password" not in str(failure.value)


def test_the_login_operation_is_also_callable_directly(fractel_mock: MockHandle) -> None:
    from fractel_client.client import Client

    client = Client(base_url=fractel_mock.base_url)
    result = post_auth.sync(client=client, body=AuthRequest(username=DEMO_USERNAME, password=DEMO_PASSWORD, expires=60))
    assert result.result == "REGISTERED"
    assert 55 < (result.expires.timestamp() - time.time()) <= 60


def test_the_async_client_logs_in_once_for_concurrent_sends(fractel_mock: MockHandle) -> None:
    client = connect(fractel_mock.base_url, DEMO_USERNAME, DEMO_PASSWORD)

    async def send_all() -> list[SendResult]:
        bodies = [SmsRequest(to=TO, from_=FROM, message=f"m{i}") for i in range(10)]
        return await asyncio.gather(*(post_sms.asyncio(client=client, body=b) for b in bodies))

    results = asyncio.run(send_all())
    assert [r.result for r in results] == ["SUCCESS"] * 10
    assert mock_of(fractel_mock).logins == 1 and len(mock_of(fractel_mock).messages) == 10


def test_secrets_never_reach_debug_logs_or_reprs(fractel_mock: MockHandle, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    client = connect(fractel_mock.base_url, DEMO_USERNAME, DEMO_PASSWORD)
    post_sms.sync(client=client, body=SmsRequest(to=TO, from_=FROM, message="x"))
    mock_of(fractel_mock).revoke_tokens()
    post_sms.sync(client=client, body=SmsRequest(to=TO, from_=FROM, message="y"))
    tokens = [t for t in mock_of(fractel_mock).tokens]
    captured = caplog.text + repr(client)
    assert DEMO_PASSWORD not in captured
    assert tokens and not any(token in captured for token in tokens)


@pytest.mark.parametrize("method", list(CallbackMethod), ids=lambda m: m.value)
def test_each_inbound_delivery_form_is_one_the_spec_declares(fractel_mock: MockHandle, method: CallbackMethod) -> None:
    client = connect(fractel_mock.base_url, DEMO_USERNAME, DEMO_PASSWORD)
    setting = CallbackRequest(method=method, url="http://192.0.2.7/inbound")  # recorded, never sent
    assert (
        put_sms_to_callback_type.sync(FROM, CallbackType.SMS_TRIGGER, client=client, body=setting).result == "SUCCESS"
    )
    [record] = mock_of(fractel_mock).simulate_inbound(FROM, TO, "Hi")
    expected = {"GET": ("GET", "params"), "POST": ("POST", "form"), "POSTJSON": ("POST", "json")}[method.value]
    assert (record.method, next(k for k in ("params", "form", "json") if getattr(record, k) is not None)) == expected
    assert mismatches("fractel", "inboundMessage", record) == []


def test_the_delivery_confirmation_is_the_json_post_the_spec_declares(fractel_mock: MockHandle) -> None:
    client = connect(fractel_mock.base_url, DEMO_USERNAME, DEMO_PASSWORD)
    post_sms.sync(client=client, body=SmsRequest(to=TO, from_=FROM, message="x", confirmation_url="http://192.0.2.7/c"))
    [message] = mock_of(fractel_mock).messages
    assert message.confirmation is not None
    assert mismatches("fractel", "deliveryConfirmation", message.confirmation) == []
    # the check can fail: a form body, or a GET, is not a declared delivery confirmation
    as_form = CallbackRecord(url="http://192.0.2.7/c", method="POST", form={"to": TO})
    assert mismatches("fractel", "deliveryConfirmation", as_form) == [
        "deliveryConfirmation POST declares no body of type application/x-www-form-urlencoded "
        "(declared: ['application/json'])"
    ]
    as_get = CallbackRecord(url="http://192.0.2.7/c", method="GET", params={"to": TO})
    assert mismatches("fractel", "deliveryConfirmation", as_get)[0].startswith("deliveryConfirmation declares no GET")
