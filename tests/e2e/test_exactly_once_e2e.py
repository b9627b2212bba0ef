"""End to end: every send reaches the provider exactly once, whatever fails around it.

Each mock is told to fail the next send in one way (before or after acting, see
mocks/src/sms_mocks/faults.py); the generated client, sync and async, must come back with the send's
answer, and the mock's outbox must hold exactly one message for the send's key. FracTEL has
no lookup, so there the client must say that the message may have been sent, and never resend.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import fractel_client
import pytest
import smsend_client
import smstools_client
from fractel_client.api.sms import post_sms
from fractel_client.models import SmsRequest
from sms_mocks.faults import Fault
from sms_mocks.fractel import DEMO_NUMBERS
from sms_mocks.fractel import DEMO_PASSWORD as FRACTEL_PASSWORD
from sms_mocks.fractel import DEMO_USERNAME as FRACTEL_USERNAME
from sms_mocks.pytest_plugin import MockHandle
from sms_mocks.smsend import DEMO_PASSWORD, DEMO_USERNAME
from sms_mocks.smstools import DEMO_AUTH_KEY, DEMO_AUTH_SECRET
from smsend_client.api.sms import send_sms as smsend_send
from smsend_client.models import MessageType, SendSms
from smsend_client.models import SendResult as SmSendResult
from smstools_client.api.smart import smart_send_sms
from smstools_client.api.sms import send_sms as smstools_send
from smstools_client.models import SendResult as SmstoolsSendResult
from smstools_client.models import SmsSend

#: The client's timeout, and what tells a 'slow' fault (answered after 3 x TIMEOUT) from a normal
#: answer: generous, so that an ordinary answer never comes near it on a busy machine.
TIMEOUT = 2.0
FAULTS = {
    "reset-after": Fault("reset-after"),
    "reset-before": Fault("reset-before"),
    "503": Fault("status", status=503),
    "500": Fault("status", status=500),
    "429": Fault("status", status=429, retry_after=0),
    "truncated": Fault("truncated"),
    "html": Fault("html"),
    "slow": Fault("slow", delay=TIMEOUT * 3),
}


@dataclass
class Case:
    """One provider's send: how to call it, sync and async, and how to count what the mock holds."""

    operation: str
    mock: str
    client: Callable[[MockHandle], Any]
    send: Callable[[Any, str], Any]
    asend: Callable[[Any, str], Awaitable[Any]]
    key_of: Callable[[Any], str]


def inject(mock: MockHandle, operation: str, fault: Fault, count: int = 1) -> None:
    """Queue ``fault`` for the next ``count`` calls of ``operation``, through the control API."""
    options = {"status": fault.status, "retry_after": fault.retry_after} if fault.kind == "status" else {}
    if fault.kind == "slow":
        options["delay"] = fault.delay
    mock.faults.inject(fault.kind, operation, count, **options)


def delivered(mock: MockHandle, key: str) -> int:
    """How many messages the mock's outbox holds for the send key ``key``."""
    return sum(1 for message in mock.outbox if message.key == key)


def smsend_body(text: str) -> SendSms:
    return SendSms(message_type=MessageType.N, message=text, recipient=["+393471234567"])


SMSEND = Case(
    "sendSms",
    "smsend",
    lambda mock: smsend_client.connect(mock.base_url, DEMO_USERNAME, DEMO_PASSWORD, timeout=TIMEOUT),
    lambda client, text: smsend_send.sync(client=client, body=smsend_body(text)),
    lambda client, text: smsend_send.asyncio(client=client, body=smsend_body(text)),
    lambda result: result.order_id,
)


def smstools_client_for(mock: MockHandle) -> Any:
    return smstools_client.connect(
        mock.base_url, DEMO_AUTH_KEY, DEMO_AUTH_SECRET, allow_insecure_http=True, timeout=TIMEOUT
    )


SMSTOOLS = Case(
    "sendSms",
    "smstools",
    smstools_client_for,
    lambda client, text: smstools_send.sync(client=client, body=SmsSend(text=text, to="393481234567")),
    lambda client, text: smstools_send.asyncio(client=client, body=SmsSend(text=text, to="393481234567")),
    lambda result: result.transaction_id,
)
SMART = Case(
    "smartSendSms",
    "smstools",
    smstools_client_for,
    lambda client, text: smart_send_sms.sync(client=client, to="393481234567", text=text),
    lambda client, text: smart_send_sms.asyncio(client=client, to="393481234567", text=text),
    lambda result: result.transaction_id,
)
RESULTS = (SmSendResult, SmstoolsSendResult)


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def call(case: Case, client: Any, text: str, mode: str) -> Any:
    if mode == "sync":
        return case.send(client, text)

    async def go() -> Any:
        return await case.asend(client, text)

    return asyncio.run(go())


@pytest.fixture(params=[SMSEND, SMSTOOLS, SMART], ids=["smsend", "smstools", "smstools-smart"])
def case(request: pytest.FixtureRequest) -> Case:
    case: Case = request.param
    return case


@pytest.fixture
def mock(case: Case, request: pytest.FixtureRequest) -> MockHandle:
    handle: MockHandle = request.getfixturevalue(f"{case.mock}_mock")
    return handle


@pytest.mark.parametrize("fault", list(FAULTS))
def test_each_send_is_delivered_exactly_once_whatever_fails(
    case: Case, mock: MockHandle, fault: str, mode: str
) -> None:
    client = case.client(mock)
    inject(mock, case.operation, FAULTS[fault])
    result = call(case, client, f"after {fault}", mode)
    assert isinstance(result, RESULTS)
    key = case.key_of(result)
    assert key and delivered(mock, key) == 1
    assert mock.faults.injected == {FAULTS[fault].kind: 1} and mock.faults.plan["queued"] == []
    # the client is still usable after the fault
    again = call(case, client, "next", mode)
    assert delivered(mock, case.key_of(again)) == 1 and case.key_of(again) != key


def test_a_send_whose_lookup_also_fails_reports_may_have_been_sent(case: Case, mock: MockHandle) -> None:
    client = case.client(mock)
    inject(mock, case.operation, Fault("reset-after"))
    lookup = "getSmsState" if case is SMSEND else "searchSms"
    inject(mock, lookup, Fault("status", status=503), count=3)
    module = smsend_client if case is SMSEND else smstools_client
    with pytest.raises(module.TransportError) as failure:
        case.send(client, "lost")
    assert failure.value.may_have_been_sent and lookup in str(failure.value)
    key = str(failure.value).split("key '")[1].split("'")[0]
    assert delivered(mock, key) == 1, "reported as possibly sent, and sent once"


def fractel_send(mock: MockHandle, mode: str) -> Any:
    client = fractel_client.connect(mock.base_url, FRACTEL_USERNAME, FRACTEL_PASSWORD, timeout=TIMEOUT)
    body = SmsRequest(to="3125550199", from_=DEMO_NUMBERS[0], message="hello")
    if mode == "sync":
        return post_sms.sync(client=client, body=body)

    async def go() -> Any:
        return await post_sms.asyncio(client=client, body=body)

    return asyncio.run(go())


@pytest.mark.parametrize("fault", ["reset-after", "slow", "html", "500"])
def test_fractel_says_a_send_may_have_been_sent_and_never_resends(
    fractel_mock: MockHandle, fault: str, mode: str
) -> None:
    inject(fractel_mock, "postSms", FAULTS[fault])
    with pytest.raises(fractel_client.ApiError) as failure:
        fractel_send(fractel_mock, mode)
    assert failure.value.may_have_been_sent and "may have been carried out" in str(failure.value)
    acted = FAULTS[fault].acts
    assert len(fractel_mock.outbox) == (1 if acted else 0), "the client did not send it again"


@pytest.mark.parametrize("fault", ["429", "reset-before"])
def test_fractel_retries_what_provably_was_not_acted_on(fractel_mock: MockHandle, fault: str, mode: str) -> None:
    inject(fractel_mock, "postSms", FAULTS[fault])
    if fault == "reset-before":  # a reset is ambiguous to the client, so it reports instead of retrying
        with pytest.raises(fractel_client.TransportError) as failure:
            fractel_send(fractel_mock, mode)
        assert failure.value.may_have_been_sent
        assert fractel_mock.outbox == []
        return
    assert fractel_send(fractel_mock, mode).result == "SUCCESS"
    assert len(fractel_mock.outbox) == 1
