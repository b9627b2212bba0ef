"""End to end: every send reaches the provider exactly once, whatever fails around it.

Each mock is told to fail the next send in one way (before or after acting, see
mocks/src/sms_mocks/faults.py); the generated client, sync and async, must come back with the send's
answer, and the mock's own records must hold exactly one message for the send's key. FracTEL has
no lookup, so there the client must say that the message may have been sent, and never resend.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any

import fractel_client
import pytest
import smsend_client
import smstools_client
from fractel_client.api.sms import post_sms
from fractel_client.models import SmsRequest
from sms_mocks.faults import Fault
from sms_mocks.fractel import DEMO_NUMBERS, FracTEL
from sms_mocks.fractel import DEMO_PASSWORD as FRACTEL_PASSWORD
from sms_mocks.fractel import DEMO_USERNAME as FRACTEL_USERNAME
from sms_mocks.server import MockServer
from sms_mocks.smsend import DEMO_PASSWORD, DEMO_USERNAME, SmSend
from sms_mocks.smstools import DEMO_AUTH_KEY, DEMO_AUTH_SECRET, Smstools
from smsend_client.api.sms import send_sms as smsend_send
from smsend_client.models import MessageType, SendSms
from smsend_client.models import SendResult as SmSendResult
from smstools_client.api.smart import smart_send_sms
from smstools_client.api.sms import send_sms as smstools_send
from smstools_client.models import SendResult as SmstoolsSendResult
from smstools_client.models import SmsSend

TIMEOUT = 0.5
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
    mock: Callable[[], Any]
    client: Callable[[MockServer], Any]
    send: Callable[[Any, str], Any]
    asend: Callable[[Any, str], Awaitable[Any]]
    key_of: Callable[[Any], str]
    delivered: Callable[[Any, str], int]


def smsend_body(text: str) -> SendSms:
    return SendSms(message_type=MessageType.N, message=text, recipient=["+393471234567"])


SMSEND = Case(
    "sendSms",
    SmSend,
    lambda server: smsend_client.connect(server.base_url, DEMO_USERNAME, DEMO_PASSWORD, timeout=TIMEOUT),
    lambda client, text: smsend_send.sync(client=client, body=smsend_body(text)),
    lambda client, text: smsend_send.asyncio(client=client, body=smsend_body(text)),
    lambda result: result.order_id,
    lambda mock, key: sum(1 for order_id in mock.demo.orders if order_id == key),
)


def smstools_client_for(server: MockServer) -> Any:
    return smstools_client.connect(
        server.base_url, DEMO_AUTH_KEY, DEMO_AUTH_SECRET, allow_insecure_http=True, timeout=TIMEOUT
    )


SMSTOOLS = Case(
    "sendSms",
    Smstools,
    smstools_client_for,
    lambda client, text: smstools_send.sync(client=client, body=SmsSend(text=text, to="393481234567")),
    lambda client, text: smstools_send.asyncio(client=client, body=SmsSend(text=text, to="393481234567")),
    lambda result: result.transaction_id,
    lambda mock, key: sum(1 for sms in mock.demo.sms.values() if sms.transaction_id == key),
)
SMART = Case(
    "smartSendSms",
    Smstools,
    smstools_client_for,
    lambda client, text: smart_send_sms.sync(client=client, to="393481234567", text=text),
    lambda client, text: smart_send_sms.asyncio(client=client, to="393481234567", text=text),
    lambda result: result.transaction_id,
    lambda mock, key: sum(1 for sms in mock.demo.sms.values() if sms.transaction_id == key),
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
def server(case: Case) -> Iterator[MockServer]:
    with MockServer(case.mock()) as server:
        yield server


@pytest.mark.parametrize("fault", list(FAULTS))
def test_each_send_is_delivered_exactly_once_whatever_fails(
    case: Case, server: MockServer, fault: str, mode: str
) -> None:
    client = case.client(server)
    server.app.faults.inject(case.operation, FAULTS[fault])
    result = call(case, client, f"after {fault}", mode)
    assert isinstance(result, RESULTS)
    key = case.key_of(result)
    assert key and case.delivered(server.provider, key) == 1
    assert server.app.faults.injected == [(case.operation, FAULTS[fault].kind)]
    # the client is still usable after the fault
    again = call(case, client, "next", mode)
    assert case.delivered(server.provider, case.key_of(again)) == 1 and case.key_of(again) != key


def test_a_send_whose_lookup_also_fails_reports_may_have_been_sent(case: Case, server: MockServer) -> None:
    client = case.client(server)
    server.app.faults.inject(case.operation, Fault("reset-after"))
    lookup = "getSmsState" if case is SMSEND else "searchSms"
    server.app.faults.inject(lookup, *[Fault("status", status=503)] * 3)
    module = smsend_client if case is SMSEND else smstools_client
    with pytest.raises(module.TransportError) as failure:
        case.send(client, "lost")
    assert failure.value.may_have_been_sent and lookup in str(failure.value)
    key = str(failure.value).split("key '")[1].split("'")[0]
    assert case.delivered(server.provider, key) == 1, "reported as possibly sent, and sent once"


@pytest.fixture
def fractel() -> Iterator[MockServer]:
    with MockServer(FracTEL()) as server:
        yield server


def fractel_send(server: MockServer, mode: str) -> Any:
    client = fractel_client.connect(server.base_url, FRACTEL_USERNAME, FRACTEL_PASSWORD, timeout=TIMEOUT)
    body = SmsRequest(to="3125550199", from_=DEMO_NUMBERS[0], message="hello")
    if mode == "sync":
        return post_sms.sync(client=client, body=body)

    async def go() -> Any:
        return await post_sms.asyncio(client=client, body=body)

    return asyncio.run(go())


@pytest.mark.parametrize("fault", ["reset-after", "slow", "html", "500"])
def test_fractel_says_a_send_may_have_been_sent_and_never_resends(fractel: MockServer, fault: str, mode: str) -> None:
    fractel.app.faults.inject("postSms", FAULTS[fault])
    with pytest.raises(fractel_client.ApiError) as failure:
        fractel_send(fractel, mode)
    assert failure.value.may_have_been_sent and "may have been carried out" in str(failure.value)
    provider: FracTEL = fractel.provider  # type: ignore[assignment]
    acted = FAULTS[fault].acts
    assert len(provider.messages) == (1 if acted else 0), "the client did not send it again"


@pytest.mark.parametrize("fault", ["429", "reset-before"])
def test_fractel_retries_what_provably_was_not_acted_on(fractel: MockServer, fault: str, mode: str) -> None:
    fractel.app.faults.inject("postSms", FAULTS[fault])
    if fault == "reset-before":  # a reset is ambiguous to the client, so it reports instead of retrying
        with pytest.raises(fractel_client.TransportError) as failure:
            fractel_send(fractel, mode)
        assert failure.value.may_have_been_sent
        assert fractel.provider.messages == []  # type: ignore[attr-defined]
        return
    assert fractel_send(fractel, mode).result == "SUCCESS"
    assert len(fractel.provider.messages) == 1  # type: ignore[attr-defined]
