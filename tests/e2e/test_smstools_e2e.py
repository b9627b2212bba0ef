"""End to end: the generated Smstools client against the Smstools mock over real HTTPS on loopback."""

from __future__ import annotations

import io
import logging
from datetime import datetime, timedelta, timezone

import httpx
import pytest
from sms_mocks.callbacks import CallbackRecord
from sms_mocks.pytest_plugin import MockHandle, StartMock
from sms_mocks.smstools import DEMO_AUTH_KEY, DEMO_AUTH_SECRET, PRICE, Smstools
from smstools_client import AuthenticationError, SmsClient, ValidationError, connect
from smstools_client.api.phonebook import create_contact, create_group, search_contacts
from smstools_client.api.push import send_push
from smstools_client.api.smart import smart_get_user
from smstools_client.api.sms import cancel_sms, estimate_sms, search_sms, send_sms, send_sms_bulk
from smstools_client.api.user import get_user
from smstools_client.api.verify import check_verify_code, send_verify_code
from smstools_client.models import (
    ContactCreate,
    Error,
    ErrorCode,
    GroupWrite,
    PushSend,
    SmsCancel,
    SmsEstimate,
    SmsSend,
    SmsSendBulk,
    SmsStatus,
    VerifyChecked,
    VerifySend,
)
from smstools_client.types import File

from tests.conftest import Receiver
from tests.webhook_check import mismatches

TO = "393481234567"
#: seconds a sent SMS stays SENT: longer than any test runs, so only the clock moves it on.
DELIVERY_DELAY = 3600


@pytest.fixture
def https_mock(start_mock: StartMock) -> MockHandle:
    """The Smstools mock behind a real TLS certificate for 127.0.0.1, issued by a test CA. Messages
    stay SENT until the test moves the mock's clock past the delivery delay (an hour)."""
    return start_mock("smstools", tls=True, delivery_delay=DELIVERY_DELAY)


def mock_of(mock: MockHandle) -> Smstools:
    assert isinstance(mock.provider, Smstools)
    return mock.provider


def client_for(mock: MockHandle, **options: object) -> SmsClient:
    """The generated client, trusting the mock's test CA (HTTPS only: no allow_insecure_http)."""
    return connect(mock.base_url, DEMO_AUTH_KEY, DEMO_AUTH_SECRET, verify_ssl=mock.verify, **options)  # type: ignore[arg-type]


def later(minutes: int) -> str:
    return (datetime.now(timezone(timedelta(hours=2))) + timedelta(minutes=minutes)).strftime("%Y-%m-%dT%H:%M:%S%z")


def test_https_base_url_and_basic_auth_give_the_profile(https_mock: MockHandle) -> None:
    assert https_mock.base_url.startswith("https://127.0.0.1:")
    user = get_user.sync(client=client_for(https_mock))
    assert user.credit == mock_of(https_mock).demo.credit


def test_a_plain_http_base_url_is_refused_unless_explicitly_allowed(smstools_mock: MockHandle) -> None:
    with pytest.raises(ValueError, match="only accepts HTTPS"):
        connect("http://api.smstools.it/rest/api", DEMO_AUTH_KEY, DEMO_AUTH_SECRET)
    assert smstools_mock.base_url.startswith("http://")
    client = connect(smstools_mock.base_url, DEMO_AUTH_KEY, DEMO_AUTH_SECRET, allow_insecure_http=True)
    assert get_user.sync(client=client).credit == mock_of(smstools_mock).demo.credit


def test_a_wrong_secret_is_a_401_with_a_typed_error_code(https_mock: MockHandle) -> None:
    client = connect(https_mock.base_url, DEMO_AUTH_KEY, "wrong-secret", verify_ssl=https_mock.verify)
    with pytest.raises(AuthenticationError) as failure:
        get_user.sync_detailed(client=client)
    assert failure.value.status_code == 401 and failure.value.code == ErrorCode.BAD_CREDENTIALS
    assert failure.value.operation == "getUser" and "wrong-secret" not in repr(failure.value)
    assert failure.value.response is not None
    error = Error.from_dict(failure.value.response.json())
    assert error.error_msg is ErrorCode.BAD_CREDENTIALS and error.error_code == 401


def test_the_client_asks_for_json_explicitly(https_mock: MockHandle) -> None:
    seen: list[httpx.Request] = []
    client = client_for(https_mock, httpx_args={"event_hooks": {"request": [seen.append]}})
    get_user.sync(client=client)
    assert seen[0].headers["Accept"] == "application/json"
    assert seen[0].headers["Authorization"].startswith("Basic ")
    xml = httpx.get(
        https_mock.base_url + "/user",
        auth=(DEMO_AUTH_KEY, DEMO_AUTH_SECRET),
        verify=https_mock.verify,
        headers={"Accept": "application/xml"},
    )
    assert xml.headers["content-type"] == "application/xml" and xml.text.startswith("<?xml")


def test_estimate_then_send_consumes_exactly_the_estimate(https_mock: MockHandle) -> None:
    client = client_for(https_mock)
    text = "x" * 200  # two parts
    estimate = estimate_sms.sync(client=client, body=SmsEstimate(text=text, to=f"{TO},393481234568"))
    assert estimate.sms_count == 4
    assert estimate.cost == pytest.approx(4 * PRICE)
    before = mock_of(https_mock).demo.credit
    sent = send_sms.sync(client=client, body=SmsSend(text=text, to=f"{TO},393481234568"))
    assert sent.sms_inserted == 2
    assert before - mock_of(https_mock).demo.credit == pytest.approx(estimate.cost)


def test_a_sandbox_send_changes_nothing(https_mock: MockHandle) -> None:
    client = client_for(https_mock)
    before = mock_of(https_mock).demo.credit
    sent = send_sms.sync(client=client, body=SmsSend(text="test", to=TO, sandbox=True))
    assert sent.sms_inserted == 0
    assert mock_of(https_mock).demo.credit == before and mock_of(https_mock).demo.sms == {}


def test_search_by_transaction_id_follows_the_states(https_mock: MockHandle) -> None:
    client = client_for(https_mock)
    sent = send_sms.sync(client=client, body=SmsSend(text="Order shipped", to=TO, transaction_id="order-42"))
    assert sent.sms_inserted == 1
    page = search_sms.sync(client=client, transaction_id="order-42")
    assert page.metadata.count == 1
    assert page.sms_list[0].status is SmsStatus.SENT
    https_mock.clock.advance(DELIVERY_DELAY)  # the states move when the test says
    page = search_sms.sync(client=client, transaction_id="order-42")
    assert page.sms_list[0].status is SmsStatus.DELIVERED
    with pytest.raises(ValidationError) as again:
        send_sms.sync_detailed(client=client, body=SmsSend(text="Order shipped", to=TO, transaction_id="order-42"))
    assert again.value.code == ErrorCode.DUPLICATE_SMS and not again.value.may_have_been_sent


def test_a_search_without_filters_is_no_params(https_mock: MockHandle) -> None:
    with pytest.raises(ValidationError) as failure:
        search_sms.sync_detailed(client=client_for(https_mock))
    assert failure.value.status_code == 400 and failure.value.code == ErrorCode.NO_PARAMS


def test_a_scheduled_message_can_be_cancelled_while_pending(https_mock: MockHandle) -> None:
    client = client_for(https_mock)
    before = mock_of(https_mock).demo.credit
    sent = send_sms.sync(client=client, body=SmsSend(text="Tomorrow", to=TO, date=later(60), transaction_id="t-late"))
    assert sent.sms_inserted == 1
    cancelled = cancel_sms.sync(client=client, body=SmsCancel(transaction_id="t-late"))
    assert [c.status for c in cancelled] == [SmsStatus.NOSENT]
    assert mock_of(https_mock).demo.credit == pytest.approx(before)
    page = search_sms.sync(client=client, transaction_id="t-late")
    assert page.sms_list[0].status is SmsStatus.NOSENT


def test_the_status_callback_is_called_on_the_final_state(https_mock: MockHandle, receiver: Receiver) -> None:
    client = client_for(https_mock)
    sent = send_sms.sync(
        client=client, body=SmsSend(text="hi", to=TO, transaction_id="cb-1", status_callback=receiver.url)
    )
    assert sent.sms_inserted == 1
    assert receiver.requests == []  # not before the final state
    https_mock.clock.advance(DELIVERY_DELAY)
    [callback] = receiver.wait(1)
    assert callback.form["status"] == "DELIVERED" and callback.form["transactionId"] == "cb-1"
    assert callback.form["id"] == sent.sms[0].id


def test_contacts_are_paged_and_duplicates_detected(https_mock: MockHandle) -> None:
    client = client_for(https_mock)
    group = create_group.sync(client=client, body=GroupWrite(name="Clients"))
    assert group is not None and not isinstance(group, Error)
    for i in range(5):
        contact = ContactCreate(msisdn=f"39348000000{i}", name=f"N{i}", groups_id=str(group.id))
        assert not isinstance(create_contact.sync(client=client, body=contact), Error)
    with pytest.raises(ValidationError) as duplicate:
        create_contact.sync_detailed(client=client, body=ContactCreate(msisdn="393480000003", name="Again"))
    assert duplicate.value.code == ErrorCode.CONTACT_ALREADY_EXISTS
    by_name = ContactCreate(msisdn="393489999999", name="N1", custom_field_unique_key="name")
    with pytest.raises(ValidationError):
        create_contact.sync_detailed(client=client, body=by_name)

    names = []
    for offset in (0, 2, 4):
        page = search_contacts.sync(client=client, offset=offset, limit=2)
        assert page.metadata.count == 5
        names += [c.name for c in page.contacts]
    assert names == [f"N{i}" for i in range(5)]


def test_an_otp_code_verifies_once(https_mock: MockHandle) -> None:
    client = client_for(https_mock)
    sent = send_verify_code.sync(client=client, body=VerifySend(to=TO, text="Code: ${verify_code}", app_id="login"))
    code = mock_of(https_mock).demo.otps[sent.verify_id].code
    assert mock_of(https_mock).demo.sms[max(mock_of(https_mock).demo.sms)].text == f"Code: {code}"
    wrong = check_verify_code.sync(
        client=client, verify_id=sent.verify_id, verify_code="000000" if code != "000000" else "1"
    )
    first = check_verify_code.sync(client=client, verify_id=sent.verify_id, verify_code=code)
    second = check_verify_code.sync(client=client, verify_id=sent.verify_id, verify_code=code)
    assert all(isinstance(r, VerifyChecked) for r in (wrong, first, second))
    assert [r.verify_status for r in (wrong, first, second)] == ["NOT_VERIFIED", "VERIFIED", "EXPIRED"]  # type: ignore[union-attr]


def test_the_smart_api_carries_the_keys_in_the_query_and_hides_them_from_logs(
    https_mock: MockHandle, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    seen: list[httpx.Request] = []
    client = client_for(https_mock, httpx_args={"event_hooks": {"request": [seen.append]}})
    assert smart_get_user.sync(client=client).credit == mock_of(https_mock).demo.credit
    assert seen[0].url.params["authKey"] == DEMO_AUTH_KEY and "authorization" not in seen[0].headers
    assert DEMO_AUTH_SECRET not in caplog.text and "HTTP Request: GET" in caplog.text
    bad = httpx.get(
        https_mock.base_url + "/smart/user", params={"authKey": "x", "authSecret": "y"}, verify=https_mock.verify
    )
    assert bad.status_code == 400 and bad.json() == {"errorCode": 400, "errorMsg": "BAD_CREDENTIALS"}


def test_the_status_callback_is_the_form_post_the_spec_declares(https_mock: MockHandle, receiver: Receiver) -> None:
    client = client_for(https_mock)
    send_sms.sync(client=client, body=SmsSend(text="hi", to=TO, transaction_id="cb-2", status_callback=receiver.url))
    https_mock.clock.advance(DELIVERY_DELAY)
    receiver.wait(1)
    [record] = [r for r in mock_of(https_mock).callbacks.records if r.url == receiver.url]
    assert mismatches("smstools", "statusCallback", record) == []
    wrong = CallbackRecord(url=receiver.url, method="POST", form={**(record.form or {}), "status": "LOST"})
    assert mismatches("smstools", "statusCallback", wrong) != []  # the check can fail


def test_a_bulk_send_notifies_its_transaction_callback_as_the_spec_declares(https_mock: MockHandle) -> None:
    client = client_for(https_mock)
    body = SmsSendBulk(text="hi", to=TO, transaction_id="bulk-1", transaction_callback="http://192.0.2.7/t")
    assert send_sms_bulk.sync(client=client, body=body) is not None
    [record] = [r for r in mock_of(https_mock).callbacks.records if r.url == "http://192.0.2.7/t"]
    assert record.form is not None and record.form["transactionId"] == "bulk-1"
    assert mismatches("smstools", "transactionCallback", record) == []


def test_a_push_with_an_image_is_sent_as_multipart(https_mock: MockHandle) -> None:
    mock_of(https_mock).app_users.add(TO)
    seen: list[httpx.Request] = []
    client = client_for(https_mock, httpx_args={"event_hooks": {"request": [seen.append]}})
    image = File(payload=io.BytesIO(b"\x89PNG fake"), file_name="a.png", mime_type="image/png")
    result = send_push.sync(client=client, body=PushSend(to=TO, file=image, only_push=True))
    assert [r.headers["content-type"].split(";")[0] for r in seen] == ["multipart/form-data"]
    assert result.push_inserted == 1 and result.sms_inserted == 0
