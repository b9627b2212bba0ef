"""The mocks' control API (``/__mock/``, sms_mocks.control) against the generated clients: what each
endpoint does to the mock, seen through the provider's own API as a user's code sees it.

The mocks come from the sms-mocks pytest plugin (sms_mocks.pytest_plugin): one server per provider
for the session, reset before each test through the control API itself.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from sms_mocks.control import control_document
from sms_mocks.fractel import DEMO_LOGIN as FRACTEL_LOGIN
from sms_mocks.fractel import DEMO_NUMBERS
from sms_mocks.pytest_plugin import MockHandle, MockUsageError
from sms_mocks.smsend import DEMO_SIMS

from tests.conftest import Receiver

SMSEND_TO = "+393471234567"
SMSTOOLS_TO = "393481234567"
FRACTEL_TO = "3125550199"


def smsend_send(mock: MockHandle, recipient: str = SMSEND_TO, **fields: Any) -> Any:
    from smsend_client.api.sms import send_sms
    from smsend_client.models import MessageType, SendSms

    body = SendSms(message_type=MessageType.GP, message="Hello", recipient=[recipient], **fields)
    return send_sms.sync(client=mock.client(), body=body)


def smsend_state(mock: MockHandle, order_id: str) -> str:
    from smsend_client.api.sms import get_sms_state

    [recipient] = get_sms_state.sync(order_id, client=mock.client()).recipients
    return str(recipient.status)


def smstools_send(mock: MockHandle, recipient: str = SMSTOOLS_TO, **fields: Any) -> Any:
    from smstools_client.api.sms import send_sms
    from smstools_client.models import SmsSend

    fields.setdefault("text", "Hello")
    return send_sms.sync(client=mock.client(), body=SmsSend(to=recipient, **fields))


def smstools_status(mock: MockHandle, sms_id: str) -> str:
    from smstools_client.api.sms import search_sms

    [found] = search_sms.sync(client=mock.client(), id=sms_id).sms_list
    return str(found.status.value)


def fractel_token(mock: MockHandle) -> str:
    token: str = httpx.post(mock.base_url + "/auth", data=FRACTEL_LOGIN).json()["token"]
    return token


# -- GET /__mock/, routing ------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["fractel", "smsend", "smstools"])
def test_the_mock_describes_itself_at_the_origin_root(name: str, request: pytest.FixtureRequest) -> None:
    mock: MockHandle = request.getfixturevalue(f"{name}_mock")
    info = httpx.get(mock.origin + "/__mock/").json()
    assert info["provider"] == name
    assert info["api_base_path"] == mock.app.base_path and mock.base_url.endswith(info["api_base_path"])
    assert [(m["number_suffix"], m["outcome"]) for m in info["magic_numbers"]] == [
        ("999990", "delivered"),
        ("999991", "failed"),
        ("999992", "refused"),
        ("999993", "slow"),
    ]
    assert "reset-after" in info["fault_kinds"]
    assert httpx.get(mock.origin + "/__mock/openapi.json").json() == control_document()
    # never under the provider's base path, and errors are the control API's own JSON
    assert httpx.get(mock.base_url + "/__mock/").status_code == 404
    missing = httpx.get(mock.origin + "/__mock/nothing")
    assert missing.status_code == 404 and "nothing" in missing.json()["error"]
    wrong = httpx.delete(mock.origin + "/__mock/outbox")
    assert wrong.status_code == 405 and wrong.headers["Allow"] == "GET, HEAD"


def test_bad_input_is_an_error_naming_the_field(smsend_mock: MockHandle) -> None:
    answer = httpx.put(smsend_mock.origin + "/__mock/numbers/123456", json={"outcome": "lost"})
    assert answer.status_code == 400 and answer.json()["error"].startswith("outcome:")
    answer = httpx.get(smsend_mock.origin + "/__mock/outbox", params={"since": "soon"})
    assert answer.status_code == 400 and answer.json()["error"].startswith("since:")
    answer = httpx.post(smsend_mock.origin + "/__mock/faults", json={"kind": "status", "operation": "nosuchOp"})
    assert answer.status_code == 404 and answer.json()["error"].startswith("operation:")
    answer = httpx.post(smsend_mock.origin + "/__mock/inbound", json={"text": "hi"})
    assert answer.status_code == 400 and answer.json()["error"].startswith("sender:")


# -- the outbox, deliver ----------------------------------------------------------------------------


def test_a_send_lands_in_the_outbox_with_its_key_and_no_credentials(smsend_mock: MockHandle) -> None:
    smsend_mock.provider.delivery_delay = 3600  # "accepted" however long the test takes (1 s by default)
    sent = smsend_send(smsend_mock, order_id="order-77")
    [message] = smsend_mock.outbox
    assert (message.id, message.key, message.recipient, message.text) == (sent.order_id, "order-77", SMSEND_TO, "Hello")
    assert (message.provider, message.encoding, message.parts, message.status) == ("smsend", "GSM-7", 1, "accepted")
    assert message.request["method"] == "POST" and message.request["path"].endswith("/sms")
    assert message.request["headers"]["Session_key"] == "***" and message.request["headers"]["user_key"] == "***"
    assert message.answer == {"status": 201, "body": {"result": "OK", "order_id": "order-77", "total_sent": 1}}
    assert smsend_mock.message("order-77") == message
    assert httpx.get(smsend_mock.origin + "/__mock/outbox/unknown").status_code == 404


def test_the_outbox_filters_and_polls_by_version(smstools_mock: MockHandle) -> None:
    smstools_mock.provider.delivery_delay = 3600  # no status change by time alone during the test
    smstools_send(smstools_mock, "393480000111", text="First one")
    answer = httpx.get(smstools_mock.origin + "/__mock/outbox").json()
    version = answer["version"]
    smstools_send(smstools_mock, "393480000222", text="Second ONE")
    assert [m.recipient for m in smstools_mock.outbox] == ["393480000222", "393480000111"]  # newest first
    assert [m.recipient for m in smstools_mock.messages(recipient="0222")] == ["393480000222"]
    assert [m.text for m in smstools_mock.messages(text="second one")] == ["Second ONE"]
    assert [m.recipient for m in smstools_mock.messages(since=version)] == ["393480000222"]
    limited = httpx.get(smstools_mock.origin + "/__mock/outbox", params={"limit": 1}).json()
    assert len(limited["messages"]) == 1


def test_deliver_makes_the_smsend_status_lookup_agree(smsend_mock: MockHandle) -> None:
    smsend_mock.provider.delivery_delay = 3600  # only the control API's report can end it
    sent = smsend_send(smsend_mock)
    assert smsend_state(smsend_mock, sent.order_id) == "WAITING"
    assert smsend_mock.deliver(sent.order_id, "failed").status == "failed"
    assert smsend_state(smsend_mock, sent.order_id) == "ERROR"
    assert smsend_mock.deliver(sent.order_id, "delivered").status == "delivered"
    assert smsend_state(smsend_mock, sent.order_id) == "DELIVERED"


def test_deliver_makes_the_smstools_search_agree_and_fires_the_status_callback(
    smstools_mock: MockHandle, receiver: Receiver
) -> None:
    smstools_mock.provider.delivery_delay = 3600  # only the control API's report can end it
    sent = smstools_send(smstools_mock, transaction_id="t-1", status_callback=receiver.url)
    sms_id = sent.sms[0].id
    assert smstools_status(smstools_mock, sms_id) == "SENT"
    message = smstools_mock.deliver(sms_id, "failed")
    assert message.status == "failed" and message.key == "t-1"
    assert smstools_status(smstools_mock, sms_id) == "NOTDELIVERED"
    [callback] = receiver.wait(1)
    assert callback.form["status"] == "NOTDELIVERED" and callback.form["id"] == sms_id
    [logged] = smstools_mock.callbacks
    assert (logged["event"], logged["status"], logged["refused"]) == ("delivery", 200, False)
    assert logged["payload"]["status"] == "NOTDELIVERED"
    smstools_mock.deliver(sms_id, "delivered")  # a later report: a new callback, as the provider's
    assert receiver.wait(2)[1].form["status"] == "DELIVERED"


def test_deliver_sends_fractel_a_new_confirmation(fractel_mock: MockHandle, receiver: Receiver) -> None:
    from fractel_client.api.sms import post_sms
    from fractel_client.models import SmsRequest

    body = SmsRequest(to=FRACTEL_TO, from_=DEMO_NUMBERS[0], message="hi", confirmation_url=receiver.url)
    sent = post_sms.sync(client=fractel_mock.client(), body=body)
    assert receiver.wait(1)[0].json["deliverystate"] == "delivered"
    assert fractel_mock.deliver(sent.uid, "failed").status == "failed"
    second = receiver.wait(2)[1].json
    assert (second["deliverystate"], second["deliverycode"], second["uid"]) == ("not-delivered", "720", sent.uid)


def test_a_refused_message_gets_no_delivery_report(smsend_mock: MockHandle) -> None:
    from smsend_client import ValidationError

    with pytest.raises(ValidationError):
        smsend_send(smsend_mock, "+393470999992")
    [message] = smsend_mock.outbox
    assert message.status == "refused" and message.answer["status"] == 400
    answer = httpx.post(smsend_mock.origin + f"/__mock/outbox/{message.id}/deliver", json={"status": "delivered"})
    assert answer.status_code == 409 and "refused" in answer.json()["error"]


# -- inbound ------------------------------------------------------------------------------------------


def test_inbound_is_listed_by_the_smsend_client(smsend_mock: MockHandle) -> None:
    from smsend_client.api.received import get_new_received_messages

    inbound_id = smsend_mock.inbound("+393330000001", "STOP", recipient=DEMO_SIMS[1])
    [received] = get_new_received_messages.sync(client=smsend_mock.client()).srsmshistory
    assert (received.id_message, received.sender, received.message, received.id_sim) == (
        inbound_id,
        "+393330000001",
        "STOP",
        DEMO_SIMS[1],
    )
    answer = httpx.post(smsend_mock.origin + "/__mock/inbound", json={"sender": "1", "text": "x", "recipient": "+1"})
    assert answer.status_code == 409 and answer.json()["error"].startswith("recipient:")


def test_inbound_is_listed_by_the_smstools_client(smstools_mock: MockHandle) -> None:
    from smstools_client.api.received import search_received_sms

    smstools_mock.inbound("393330000001", "Hello back")
    [received] = search_received_sms.sync(client=smstools_mock.client(), from_="393330000001").sms_list
    assert received.text == "Hello back"


def test_inbound_fires_the_fractel_callback(fractel_mock: MockHandle, receiver: Receiver) -> None:
    from fractel_client.api.sms import put_sms_to_callback_type
    from fractel_client.models import CallbackMethod, CallbackRequest, CallbackType

    setting = CallbackRequest(method=CallbackMethod.POSTJSON, url=receiver.url)
    put_sms_to_callback_type.sync(DEMO_NUMBERS[0], CallbackType.SMS_URL, client=fractel_mock.client(), body=setting)
    inbound_id = fractel_mock.inbound("3125550100", "ping")
    [callback] = receiver.wait(1)
    assert callback.json == {"to": DEMO_NUMBERS[0], "from": "3125550100", "message": "ping", "uid": inbound_id}
    assert [c["event"] for c in fractel_mock.callbacks] == ["inbound"]


# -- numbers and magic numbers ------------------------------------------------------------------------


def test_magic_numbers_behave_as_documented_with_the_generated_client(smsend_mock: MockHandle) -> None:
    from smsend_client import ValidationError

    smsend_mock.provider.delivery_delay = 3600  # the usual course would stay WAITING
    delivered = smsend_send(smsend_mock, "+393470999990")
    assert smsend_state(smsend_mock, delivered.order_id) == "DELIVERED"
    failed = smsend_send(smsend_mock, "+393470999991")
    assert smsend_state(smsend_mock, failed.order_id) == "ERROR"
    with pytest.raises(ValidationError) as refused:
        smsend_send(smsend_mock, "+393470999992")
    assert "+393470999992" in str(refused.value)
    usual = smsend_send(smsend_mock, "+393470999994")
    assert smsend_state(smsend_mock, usual.order_id) == "WAITING"


def test_a_slow_number_answers_after_the_slow_delay(smstools_mock: MockHandle) -> None:
    smstools_mock.provider.slow_delay = 1.0  # the fixture's reset carries it over: restored below
    try:
        auth = tuple(smstools_mock.credentials.values())
        with pytest.raises(httpx.ReadTimeout):  # the answer waits 1 s, the client only 0.2 s
            httpx.post(
                smstools_mock.base_url + "/sms/send", data={"to": "393480999993", "text": "hi"}, auth=auth, timeout=0.2
            )
        [message] = smstools_mock.outbox
        assert (message.recipient, message.status) == ("393480999993", "accepted")  # the provider acted
        # the generated client (30 s timeout) simply waits for the slow answer
        sent = smstools_send(smstools_mock, "393480999993", transaction_id="slow-1")
        assert sent.sms_inserted == 1 and len(smstools_mock.messages(recipient="999993")) == 2
    finally:
        smstools_mock.provider.slow_delay = 2.0


def test_a_number_outcome_holds_until_forgotten(smsend_mock: MockHandle) -> None:
    smsend_mock.provider.delivery_delay = 3600
    smsend_mock.outcome(SMSEND_TO, "failed")
    assert httpx.get(smsend_mock.origin + "/__mock/numbers").json()["outcomes"] == {SMSEND_TO: "failed"}
    assert smsend_state(smsend_mock, smsend_send(smsend_mock).order_id) == "ERROR"
    smsend_mock.outcome(SMSEND_TO, None)
    assert smsend_state(smsend_mock, smsend_send(smsend_mock).order_id) == "WAITING"


# -- clock ----------------------------------------------------------------------------------------------


def test_advancing_the_clock_releases_a_scheduled_send(smsend_mock: MockHandle) -> None:
    later = (datetime.now(UTC) + timedelta(hours=2)).strftime("%Y%m%d%H%M%S")
    sent = smsend_send(smsend_mock, scheduled_delivery_time=later)
    [message] = smsend_mock.outbox
    assert message.status == "scheduled" and message.scheduled_at is not None
    assert smsend_state(smsend_mock, sent.order_id) == "SCHEDULED"
    version = httpx.get(smsend_mock.origin + "/__mock/outbox").json()["version"]
    smsend_mock.clock.advance(3 * 3600)
    assert smsend_state(smsend_mock, sent.order_id) == "DELIVERED"
    [changed] = smsend_mock.messages(since=version)
    assert changed.status == "delivered" and changed.version > version


def test_a_fractel_token_expires_by_the_mock_clock(fractel_mock: MockHandle) -> None:
    token = fractel_token(fractel_mock)
    sms = {"to": FRACTEL_TO, "from": DEMO_NUMBERS[0], "message": "hi"}
    assert httpx.post(fractel_mock.base_url + "/sms", data=sms, headers={"token": token}).status_code == 200
    before = fractel_mock.clock.now
    after = fractel_mock.clock.advance(3601)
    assert after - before >= timedelta(seconds=3601)
    expired = httpx.post(fractel_mock.base_url + "/sms", data=sms, headers={"token": token})
    assert expired.status_code == 401 and expired.json()["message"] == "Token expired"


def test_setting_the_clock(smstools_mock: MockHandle) -> None:
    moment = datetime(2031, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert abs(smstools_mock.clock.set(moment) - moment) < timedelta(minutes=5)
    answer = httpx.put(smstools_mock.origin + "/__mock/clock", json={"now": "yesterday"})
    assert answer.status_code == 400 and answer.json()["error"].startswith("now:")


# -- faults, ignored parameters, refused callbacks, reset ------------------------------------------------


def test_a_queued_fault_hits_the_next_matching_request_only(fractel_mock: MockHandle) -> None:
    fractel_mock.faults.inject("status", "postSms", count=1, status=503)
    assert fractel_mock.faults.plan["queued"] == [{"kind": "status", "operation": "postSms", "remaining": 1}]
    token = fractel_token(fractel_mock)  # postAuth: not matched
    sms = {"to": FRACTEL_TO, "from": DEMO_NUMBERS[0], "message": "hi"}
    assert httpx.post(fractel_mock.base_url + "/sms", data=sms, headers={"token": token}).status_code == 503
    assert httpx.post(fractel_mock.base_url + "/sms", data=sms, headers={"token": token}).status_code == 200
    assert fractel_mock.faults.injected == {"status": 1}
    fractel_mock.faults.random(1.0, seed=3, kinds=["status"])
    assert fractel_mock.faults.plan["random"] == {"rate": 1.0, "seed": 3, "kinds": ["status"]}
    assert httpx.post(fractel_mock.base_url + "/sms", data=sms, headers={"token": token}).status_code >= 429
    fractel_mock.faults.clear()
    assert httpx.post(fractel_mock.base_url + "/sms", data=sms, headers={"token": token}).status_code == 200


def test_ignored_query_parameters_are_logged(smstools_mock: MockHandle) -> None:
    from smstools_client.api.user import get_user

    get_user.sync(client=smstools_mock.client(httpx_args={"params": {"vebrose": "1"}}))
    [ignored] = smstools_mock.ignored
    assert (ignored["operation"], ignored["parameters"]) == ("getUser", ["vebrose"])


def test_a_callback_off_loopback_is_recorded_as_refused(fractel_mock: MockHandle) -> None:
    from fractel_client.api.sms import post_sms
    from fractel_client.models import SmsRequest

    body = SmsRequest(to=FRACTEL_TO, from_=DEMO_NUMBERS[0], message="hi", confirmation_url="http://192.0.2.1/hook")
    post_sms.sync(client=fractel_mock.client(), body=body)
    [callback] = fractel_mock.callbacks
    assert (callback["refused"], callback["status"], callback["url"]) == (True, None, "http://192.0.2.1/hook")
    assert callback["error"].startswith("not sent")


def test_reset_gives_a_fresh_mock(fractel_mock: MockHandle) -> None:
    token = fractel_token(fractel_mock)
    client = fractel_mock.client()
    from fractel_client.api.sms import post_sms
    from fractel_client.models import SmsRequest

    post_sms.sync(client=client, body=SmsRequest(to=FRACTEL_TO, from_=DEMO_NUMBERS[0], message="before"))
    fractel_mock.outcome(FRACTEL_TO, "failed")
    fractel_mock.faults.inject("status", "postSms", count=5)
    fractel_mock.clock.advance(60)
    httpx.get(fractel_mock.base_url + "/nothing", params={"typo": "1"})
    old = fractel_mock.provider
    fractel_mock.reset()
    assert fractel_mock.provider is not old
    assert fractel_mock.outbox == []
    assert httpx.get(fractel_mock.origin + "/__mock/numbers").json()["outcomes"] == {}
    assert fractel_mock.faults.plan["queued"] == [] and fractel_mock.faults.plan["injected"] == {}
    assert httpx.get(fractel_mock.origin + "/__mock/clock").json()["offset_seconds"] == 0
    assert fractel_mock.callbacks == [] and fractel_mock.ignored == []
    sms = {"to": FRACTEL_TO, "from": DEMO_NUMBERS[0], "message": "hi"}
    assert httpx.post(fractel_mock.base_url + "/sms", data=sms, headers={"token": token}).status_code == 401
    post_sms.sync(client=fractel_mock.client(), body=SmsRequest(to=FRACTEL_TO, from_=DEMO_NUMBERS[0], message="after"))
    assert [m.text for m in fractel_mock.outbox] == ["after"]


def test_the_handle_names_the_missing_client_package(fractel_mock: MockHandle) -> None:
    fractel_mock.name = "nosuchprovider"
    try:
        with pytest.raises(MockUsageError, match="pip install nosuchprovider-client"):
            fractel_mock.client()
    finally:
        fractel_mock.name = "fractel"
