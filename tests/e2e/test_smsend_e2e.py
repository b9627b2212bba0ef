"""End to end: the generated smSend client against the smSend mock over real HTTP on loopback."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

import httpx
import pytest
from sms_mocks.pytest_plugin import MockHandle, StartMock
from sms_mocks.smsend import DEMO_PASSWORD, DEMO_SIMS, DEMO_USERNAME, SmSend
from smsend_client import LoginError, NotFoundError, SmsClient, ValidationError, connect, created_id
from smsend_client._runtime.provider import LoginCredentials, login_credentials
from smsend_client.api.contacts import add_contact, get_contact
from smsend_client.api.groups import add_contact_to_group, create_group, delete_group, list_groups
from smsend_client.api.history import get_sms_history
from smsend_client.api.received import get_new_received_messages
from smsend_client.api.sms import delete_scheduled_sms, get_sms_state, send_parametric_sms, send_sms, send_sms_to_groups
from smsend_client.api.user import check_session, get_user_status
from smsend_client.models import (
    ContactCreate,
    Error,
    GroupWrite,
    MessageType,
    SendParametricSms,
    SendParametricSmsRecipients,
    SendParametricSmsRecipientsAdditionalProperty,
    SendResult,
    SendSms,
    SendSmsToGroups,
)

NUMBER = "+393471234567"


#: seconds a sent SMS stays WAITING: longer than any test runs, so only the clock moves it on.
DELIVERY_DELAY = 3600


@pytest.fixture
def mock(start_mock: StartMock) -> MockHandle:
    """The smSend mock without its demo contacts, groups and orders (the tests count what they make)."""
    return start_mock("smsend", demo_objects=False, delivery_delay=DELIVERY_DELAY)


def mock_of(mock: MockHandle) -> SmSend:
    assert isinstance(mock.provider, SmSend)
    return mock.provider


def session(mock: MockHandle, **options: object) -> SmsClient:
    return connect(mock.base_url, DEMO_USERNAME, DEMO_PASSWORD, **options)  # type: ignore[arg-type]


def sms(message: str = "Hello", **fields: object) -> SendSms:
    return SendSms(message_type=MessageType.GP, message=message, recipient=[NUMBER], **fields)  # type: ignore[arg-type]


def test_contact_group_and_an_sms_to_the_group_then_its_state(mock: MockHandle) -> None:
    client = session(mock)
    contact = add_contact.sync_detailed(client=client, body=ContactCreate(email="a@b.it", phone_number=NUMBER))
    assert contact.status_code == 201 and contact.parsed is None
    contact_id = created_id(contact)
    assert get_contact.sync(contact_id, client=client).phone_number == NUMBER  # type: ignore[union-attr]

    group_id = created_id(create_group.sync_detailed(client=client, body=GroupWrite(name="VIP", description="x")))
    assert add_contact_to_group.sync_detailed(group_id, contact_id, client=client).status_code == 200
    groups = list_groups.sync(client=client)
    assert groups.total == 1 and groups.groups[0].id_group == group_id

    sent = send_sms_to_groups.sync(
        client=client, body=SendSmsToGroups(message_type=MessageType.GP, message="Sale today", recipient=["VIP"])
    )
    assert sent.total_sent == 1
    state = get_sms_state.sync(sent.order_id, client=client)
    assert [(r.destination, r.status) for r in state.recipients] == [(NUMBER, "WAITING")]
    mock.clock.advance(DELIVERY_DELAY)  # the states move when the test says
    state = get_sms_state.sync(sent.order_id, client=client)
    assert state.recipients[0].status == "DELIVERED"
    assert mock_of(mock).logins == 1


def test_token_mode_sends_user_key_and_access_token(mock: MockHandle) -> None:
    seen: list[httpx.Request] = []
    client = connect(
        mock.base_url,
        DEMO_USERNAME,
        DEMO_PASSWORD,
        flow="token",
        httpx_args={"event_hooks": {"request": [seen.append]}},
    )
    assert get_user_status.sync(client=client, get_money=True).money == 100.0  # the mock's demo balance
    login_request, request = seen
    assert login_request.url.path.endswith("/token")
    names = [name for name, _ in request.headers.raw]
    assert b"user_key" in names and b"Access_token" in names and b"Session_key" not in names
    assert request.url.params["getMoney"] == "true"


def test_the_auth_headers_leave_the_client_exactly_as_user_key_and_session_key(mock: MockHandle) -> None:
    seen: list[httpx.Request] = []
    client = session(mock, httpx_args={"event_hooks": {"request": [seen.append]}})
    assert check_session.sync(client=client) == "true"
    names = [name for name, _ in seen[-1].headers.raw]
    assert b"user_key" in names and b"Session_key" in names
    assert not any(name.lower() in (b"user-key", b"session-key") for name in names)


def test_hyphenated_auth_headers_are_refused(mock: MockHandle) -> None:
    creds = login_credentials(mock.base_url, DEMO_USERNAME, DEMO_PASSWORD)
    base = mock.base_url
    good = httpx.get(f"{base}/checksession", headers={"user_key": creds.user_key, "Session_key": creds.session_key})
    bad = httpx.get(f"{base}/checksession", headers={"User-Key": creds.user_key, "Session-Key": creds.session_key})
    assert (good.status_code, good.text) == (200, "true")
    assert bad.status_code == 401 and "not supported" in bad.json()["message"]


def test_login_gives_typed_credentials_not_a_string_to_split(mock: MockHandle) -> None:
    creds = login_credentials(mock.base_url, DEMO_USERNAME, DEMO_PASSWORD)
    assert isinstance(creds, LoginCredentials)
    assert creds.user_key == mock_of(mock).demo.user_key
    assert creds.session_key in mock_of(mock).demo.sessions
    assert creds.session_key not in repr(creds) and creds.user_key not in repr(creds)


def test_wrong_credentials_are_a_login_error(mock: MockHandle) -> None:
    client = connect(mock.base_url, DEMO_USERNAME, "wrong-password-123")
    with pytest.raises(LoginError) as failure:
        check_session.sync(client=client)
    assert failure.value.status_code == 404 and "wrong-password-123" not in str(failure.value)


def test_an_expired_session_is_renewed_once_and_the_call_succeeds(mock: MockHandle) -> None:
    client = session(mock)
    provider = mock_of(mock)
    assert check_session.sync(client=client) == "true"
    provider.expire_sessions()
    assert check_session.sync(client=client) == "true"
    assert (provider.logins, provider.auth_failures) == (2, 1)


def test_a_scheduled_sms_can_be_deleted_a_sent_one_cannot(mock: MockHandle) -> None:
    client = session(mock)
    later = (datetime.now() + timedelta(hours=2)).strftime("%Y%m%d%H%M%S")
    scheduled = send_sms.sync(client=client, body=sms("Later", scheduled_delivery_time=later))
    now = send_sms.sync(client=client, body=sms("Now"))
    assert scheduled.total_sent == now.total_sent == 1
    state = get_sms_state.sync(scheduled.order_id, client=client)
    assert state.recipients[0].status == "SCHEDULED"

    assert delete_scheduled_sms.sync_detailed(scheduled.order_id, client=client).status_code == 200
    with pytest.raises(NotFoundError):
        delete_scheduled_sms.sync_detailed(scheduled.order_id, client=client)
    with pytest.raises(NotFoundError) as refused:
        delete_scheduled_sms.sync_detailed(now.order_id, client=client)
    assert refused.value.operation == "deleteScheduledSms" and "not SCHEDULED" in str(refused.value)


def test_history_is_paged_with_page_number_page_size_and_total(mock: MockHandle) -> None:
    client = session(mock)
    start = (datetime.now() - timedelta(minutes=1)).strftime("%Y%m%d%H%M%S")
    order_ids = []
    for i in range(5):
        sent = send_sms.sync(client=client, body=sms(f"m{i}"))
        order_ids.append(sent.order_id)
    pages = []
    for number in (1, 2, 3):
        page = get_sms_history.sync(client=client, from_=start, page_number=number, page_size=2)
        assert page.total == 5 and page.page_number == number
        pages.append([item.order_id for item in page.smshistory])
    assert [len(p) for p in pages] == [2, 2, 1]
    assert [order_id for page in pages for order_id in page] == order_ids


def test_a_custom_order_id_is_never_sent_twice(mock: MockHandle) -> None:
    client = session(mock)
    first = send_sms.sync_detailed(client=client, body=sms(order_id="order-42"))
    assert first.status_code == 201
    with pytest.raises(ValidationError) as second:
        send_sms.sync_detailed(client=client, body=sms(order_id="order-42"))
    assert second.value.status_code == 400 and second.value.code == "KO" and "order_id" in str(second.value)
    assert list(mock_of(mock).demo.orders) == ["order-42"]


def test_bad_input_is_a_400_naming_the_field(mock: MockHandle) -> None:
    client = session(mock)
    with pytest.raises(ValidationError) as failure:
        send_sms.sync_detailed(client=client, body=sms(scheduled_delivery_time="tomorrow"))
    assert failure.value.response is not None
    assert Error.from_dict(failure.value.response.json()).message.startswith("scheduled_delivery_time:")
    assert "sendSms: HTTP 400" in str(failure.value)


def test_parametric_sms_answers_201_as_the_samples_say(mock: MockHandle) -> None:
    client = session(mock)
    recipients = SendParametricSmsRecipients()
    entry = SendParametricSmsRecipientsAdditionalProperty(recipient=NUMBER)
    entry["name"] = "Mark"
    recipients["0"] = entry
    body = SendParametricSms(message_type=MessageType.N, message="Hello {name}", recipients=recipients)
    response = send_parametric_sms.sync_detailed(client=client, body=body)
    assert response.status_code == 201 and isinstance(response.parsed, SendResult)


def test_delete_group_is_a_delete_not_a_get(mock: MockHandle) -> None:
    seen: list[httpx.Request] = []
    client = session(mock, httpx_args={"event_hooks": {"request": [seen.append]}})
    group_id = created_id(create_group.sync_detailed(client=client, body=GroupWrite(name="Tmp", description="")))
    response = delete_group.sync_detailed(group_id, client=client, deletecontacts=True)
    assert response.status_code == 200
    assert (seen[-1].method, seen[-1].url.params["deletecontacts"]) == ("DELETE", "true")
    assert group_id not in mock_of(mock).demo.groups
    assert httpx.get(mock.base_url + f"/group/{group_id}").status_code == 405


def test_received_messages_are_returned_once(mock: MockHandle) -> None:
    client = session(mock)
    mock_of(mock).receive(DEMO_SIMS[0], "+393356242290", "STOP", keyword="STOP")
    first = get_new_received_messages.sync(client=client)
    again = get_new_received_messages.sync(client=client)
    assert [(m.sender, m.message) for m in first.srsmshistory] == [("+393356242290", "STOP")]
    assert again.srsmshistory == []


def test_a_base_url_with_a_trailing_slash_and_the_samples_double_slash_both_work(mock: MockHandle) -> None:
    client = connect(mock.base_url + "/", DEMO_USERNAME, DEMO_PASSWORD)
    assert check_session.sync(client=client) == "true"
    doubled = httpx.get(mock.base_url + "//login", params={"username": DEMO_USERNAME, "password": DEMO_PASSWORD})
    assert doubled.status_code == 200 and ";" in doubled.text


def test_the_password_in_the_login_query_string_never_reaches_the_logs(
    mock: MockHandle, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    client = session(mock)
    check_session.sync(client=client)
    mock_of(mock).expire_sessions()
    check_session.sync(client=client)
    assert "HTTP Request: GET" in caplog.text
    assert DEMO_PASSWORD not in caplog.text + repr(client)
    for key in mock_of(mock).demo.sessions:
        assert key not in caplog.text
