"""smskit's Sender adapters against the three mocks (sync and async), and FallbackSender's rule:
move on only when a failure proves the message was not sent; otherwise look it up or raise."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from fractel_client.models import DeliveryConfirmation
from sms_mocks.faults import Fault
from sms_mocks.fractel import DEMO_NUMBERS
from sms_mocks.fractel import DEMO_PASSWORD as FRACTEL_PASSWORD
from sms_mocks.fractel import DEMO_USERNAME as FRACTEL_USERNAME
from sms_mocks.pytest_plugin import MockHandle
from sms_mocks.smsend import DEMO_PASSWORD, DEMO_USERNAME
from sms_mocks.smstools import DEMO_AUTH_KEY, DEMO_AUTH_SECRET
from smskit import (
    AllSendersFailedError,
    AsyncFallbackSender,
    AsyncSender,
    DeliveryStatus,
    FallbackSender,
    InvalidNumberError,
    MaybeSentError,
    Receipt,
    SchedulingNotSupportedError,
    Sender,
    TooLongError,
)
from smskit.fractel import FracTelSender
from smskit.smsend import SmsendSender
from smskit.smstools import SmstoolsSender

from tests.conftest import InFlight

TO = "+1 312 555 0199"


@dataclass
class Mocks:
    """The three mocks, as the plugin's handles."""

    fractel: MockHandle
    smsend: MockHandle
    smstools: MockHandle

    @property
    def handles(self) -> dict[str, MockHandle]:
        return {"fractel": self.fractel, "smsend": self.smsend, "smstools": self.smstools}

    def everywhere(self) -> dict[str, list[str]]:
        """Each text in the mocks' outboxes (refusals left out), with the provider of each message holding it."""
        places: dict[str, list[str]] = {}
        for provider, handle in self.handles.items():
            for message in handle.outbox:
                if message.status != "refused":
                    places.setdefault(message.text, []).append(provider)
        return places

    def delivered(self, text: str) -> list[str]:
        return self.everywhere().get(text, [])

    def senders(self, policy: dict[str, Any] | None = None) -> dict[str, Any]:
        options = {"policy": policy} if policy else {}
        return {
            "smstools": SmstoolsSender.connect(
                self.smstools.base_url,
                DEMO_AUTH_KEY,
                DEMO_AUTH_SECRET,
                allow_insecure_http=True,
                **_policy("smstools", options),
            ),
            "smsend": SmsendSender.connect(
                self.smsend.base_url, DEMO_USERNAME, DEMO_PASSWORD, **_policy("smsend", options)
            ),
            "fractel": FracTelSender.connect(
                self.fractel.base_url,
                FRACTEL_USERNAME,
                FRACTEL_PASSWORD,
                DEMO_NUMBERS[0],
                **_policy("fractel", options),
            ),
        }


def _policy(provider: str, options: dict[str, Any]) -> dict[str, Any]:
    if "policy" not in options:
        return {}
    package = __import__(f"{provider}_client")
    return {"policy": package.RetryPolicy(**options["policy"])}


@pytest.fixture
def mocks(fractel_mock: MockHandle, smsend_mock: MockHandle, smstools_mock: MockHandle) -> Mocks:
    return Mocks(fractel_mock, smsend_mock, smstools_mock)


# -- the adapters ------------------------------------------------------------------------------


@pytest.mark.parametrize("provider", ["smstools", "smsend", "fractel"])
def test_each_adapter_sends_and_reports_status_sync_and_async(mocks: Mocks, provider: str) -> None:
    sender = mocks.senders()[provider]
    both = isinstance(sender, Sender), isinstance(sender.aio, AsyncSender)
    assert both == (True, True), "the adapter and its async view satisfy the protocols"
    receipt = sender.send(TO, f"sync via {provider}", key="k" * 20 + provider)
    assert receipt.provider == provider and mocks.delivered(f"sync via {provider}") == [provider]
    assert isinstance(sender.status(receipt), DeliveryStatus)
    areceipt = asyncio.run(sender.aio.send(TO, f"async via {provider}"))
    assert mocks.delivered(f"async via {provider}") == [provider]
    assert asyncio.run(sender.aio.status(areceipt)) == sender.status(areceipt)
    wire = {"smstools": "13125550199", "smsend": "+13125550199", "fractel": "3125550199"}[provider]
    assert receipt.to == areceipt.to == wire


def test_status_follows_the_providers_states(mocks: Mocks) -> None:
    senders = mocks.senders()
    smstools, smsend, fractel = senders["smstools"], senders["smsend"], senders["fractel"]
    mocks.smstools.provider.delivery_delay = 3600  # SENT until the test moves the clock
    receipt = smstools.send(TO, "pending then sent")
    assert smstools.status(receipt) is DeliveryStatus.SENT
    mocks.smstools.clock.advance(3600)
    assert smstools.status(receipt) is DeliveryStatus.DELIVERED
    later = datetime.now(UTC) + timedelta(days=30)  # far enough that no zone reading makes it past
    scheduled = smsend.send(TO, "later", at=later)
    assert smsend.status(scheduled) is DeliveryStatus.SCHEDULED
    assert smstools.status(smstools.send(TO, "later too", at=later)) is DeliveryStatus.ACCEPTED  # PENDING
    sent = fractel.send(TO, "callback me")
    assert fractel.status(sent) is DeliveryStatus.ACCEPTED
    confirmation = DeliveryConfirmation.from_dict({"uid": sent.message_id, "deliverystate": "not-delivered"})
    assert fractel.record(confirmation) is DeliveryStatus.FAILED and fractel.status(sent) is DeliveryStatus.FAILED


def test_lookups_find_a_send_by_its_key(mocks: Mocks) -> None:
    senders = mocks.senders()
    for provider in ("smstools", "smsend"):
        sender = senders[provider]
        assert sender.lookup("absent" + "0" * 26, TO) is None
        sender.send(TO, f"find me at {provider}", key="f" * 31 + provider[-1])
        found = sender.lookup("f" * 31 + provider[-1], TO)
        assert isinstance(found, Receipt) and found.provider == provider
        assert asyncio.run(sender.aio.lookup("f" * 31 + provider[-1], TO)) == found
    with pytest.raises(Exception, match="no lookup"):
        senders["fractel"].lookup("whatever", TO)


def test_refused_locally_before_anything_is_sent(mocks: Mocks) -> None:
    senders = mocks.senders()
    with pytest.raises(InvalidNumberError, match="NANP"):
        senders["fractel"].send("+39 348 123 4567", "not NANP")
    with pytest.raises(SchedulingNotSupportedError):
        senders["fractel"].send(TO, "later", at=datetime.now(UTC) + timedelta(hours=1))
    with pytest.raises(TooLongError):
        senders["smstools"].send(TO, "x" * 1072)
    assert mocks.smstools.outbox == [] and mocks.fractel.outbox == []


# -- FallbackSender's rule, with stand-in senders ----------------------------------------------


class NotSent(Exception):
    may_have_been_sent = False


class MaybeSent(Exception):
    may_have_been_sent = True


@dataclass
class Fake:
    name: str
    error: Exception | None = None
    found: Receipt | None = None
    sent: list[str] = field(default_factory=list)
    looked: list[str] = field(default_factory=list)

    def send(
        self, to: str, text: str, *, sender: str | None = None, key: str | None = None, at: datetime | None = None
    ) -> Receipt:
        assert key
        if self.error:
            raise self.error
        self.sent.append(key)
        return Receipt(self.name, key, key, to)

    def status(self, receipt: Receipt) -> DeliveryStatus:
        return DeliveryStatus.SENT

    def lookup(self, key: str, to: str) -> Receipt | None:
        self.looked.append(key)
        return self.found


def test_moves_on_only_when_the_failure_proves_nothing_was_sent() -> None:
    a, b, c = Fake("a", NotSent("refused")), Fake("b"), Fake("c")
    receipt = FallbackSender([a, b, c]).send(TO, "hi", key="k1")
    assert receipt.provider == "b" and b.sent == ["k1"] and c.sent == [] and a.looked == []


@pytest.mark.parametrize("error", [MaybeSent("timed out"), RuntimeError("a bug: no may_have_been_sent")])
def test_a_failure_that_may_have_sent_is_looked_up_and_never_sent_elsewhere(error: Exception) -> None:
    a, b = Fake("a", error), Fake("b")
    with pytest.raises(MaybeSentError) as caught:
        FallbackSender([a, b]).send(TO, "hi", key="k2")
    assert a.looked == ["k2"] and b.sent == [] and caught.value.provider == "a" and caught.value.key == "k2"
    assert caught.value.__cause__ is error
    a.found = Receipt("a", "k2", "k2", TO)
    assert FallbackSender([a, b]).send(TO, "hi", key="k2") == a.found and b.sent == []


def test_every_sender_refusing_raises_with_each_reason() -> None:
    with pytest.raises(AllSendersFailedError, match="a: NotSent: one; b: NotSent: two") as caught:
        FallbackSender([Fake("a", NotSent("one")), Fake("b", NotSent("two"))]).send(TO, "hi")
    assert caught.value.may_have_been_sent is False


def test_a_local_refusal_moves_on_to_a_provider_that_takes_the_number(mocks: Mocks) -> None:
    senders = mocks.senders()
    receipt = FallbackSender([senders["fractel"], senders["smstools"]]).send("+39 348 123 4567", "not NANP")
    assert receipt.provider == "smstools" and mocks.delivered("not NANP") == ["smstools"]


def test_the_real_adapters_fail_over_on_a_refusal_and_stop_on_an_ambiguity(mocks: Mocks) -> None:
    senders = mocks.senders({"retries": 0, "backoff": 0.01, "max_backoff": 0.01, "timeout": 2})
    chain = FallbackSender([senders["fractel"], senders["smsend"], senders["smstools"]])
    # FracTEL answers 429 without acting: proven not sent, so smSend takes it
    mocks.fractel.faults.inject("status", "postSms", status=429, retry_after=0)
    assert chain.send(TO, "over to smsend").provider == "smsend"
    # FracTEL acts, then the connection breaks: it may be out, and FracTEL has no lookup
    mocks.fractel.faults.inject("reset-after", "postSms")
    with pytest.raises(MaybeSentError, match="fractel"):
        chain.send(TO, "maybe at fractel")
    assert mocks.delivered("maybe at fractel") == ["fractel"]
    # smSend's send fails after acting and its own reconciliation is cut off: the lookup finds it
    mocks.fractel.faults.inject("status", "postSms", status=429, retry_after=0)
    mocks.smsend.faults.inject("reset-after", "sendSms")
    mocks.smsend.faults.inject("status", "getSmsState", status=503)
    receipt = chain.send(TO, "found at smsend")
    assert receipt.provider == "smsend" and mocks.delivered("found at smsend") == ["smsend"]


# -- the proof: thousands of sends through three faulty mocks ----------------------------------

SENDS = 1500
CONCURRENCY = 40
#: The client's timeout, and what tells a 'slow' fault (answered after 3 x TIMEOUT) from a normal
#: answer: generous, so that a normal answer never comes near it on a machine busy with other work
#: (at 0.4 s, ordinary answers timed out there and too few sends got a receipt).
TIMEOUT = 2.0
POLICY = {"retries": 0, "backoff": 0.02, "max_backoff": 0.1, "timeout": TIMEOUT}
#: fault rates: the first provider fails often, so many sends move on (or stop on an ambiguity)
RATES = {"smstools": 0.35, "smsend": 0.25, "fractel": 0.15}
ORDER = ("smstools", "smsend", "fractel")


@dataclass
class Outcome:
    text: str
    receipt: Receipt | None = None
    error: Exception | None = None


def test_failover_never_sends_twice_and_never_loses_a_message_silently(mocks: Mocks) -> None:
    from sms_mocks.faults import default_menu

    senders = mocks.senders(POLICY)
    chain = AsyncFallbackSender([senders[name].aio for name in ORDER])
    # every kind of fault, plus extra 429s: refusals that prove nothing was sent, so sends move on
    menu = (*default_menu(slow_delay=TIMEOUT * 3, retry_after=0), *[Fault("status", status=429, retry_after=0)] * 5)
    # (a menu of one's own is white-box: the control API's random faults draw from the default menu)
    for seed, name in enumerate(ORDER):
        mocks.handles[name].app.faults.randomly(RATES[name], menu, seed=2026 + seed)

    async def run() -> list[Outcome]:
        gate = asyncio.Semaphore(CONCURRENCY)

        async def one(i: int) -> Outcome:
            outcome = Outcome(f"failover-{i}")
            async with gate:
                try:
                    outcome.receipt = await chain.send(TO, outcome.text)
                except (MaybeSentError, AllSendersFailedError) as error:
                    outcome.error = error
            return outcome

        return await asyncio.gather(*(one(i) for i in range(SENDS)))

    in_flight = [InFlight(handle) for handle in mocks.handles.values()]
    try:
        outcomes = asyncio.run(run())
        for name in ORDER:
            mocks.handles[name].faults.clear()
        # Requests a client gave up on may still be queued at a mock: count deliveries once none is
        # being handled (a 'slow' fault acts before its delay, so its answer need not be waited for).
        for counter in in_flight:
            counter.wait_idle(timeout=60)
    finally:  # the session's mocks are shared: never leave them wrapped after a failure
        for counter in in_flight:
            counter.stop()

    everywhere = mocks.everywhere()
    where = {o.text: everywhere.get(o.text, []) for o in outcomes}
    doubled = {text: places for text, places in where.items() if len(places) > 1}
    assert not doubled, f"delivered more than once: {list(doubled.items())[:5]}"
    for o in outcomes:
        if o.receipt is not None:
            assert where[o.text] == [o.receipt.provider], (o.text, o.receipt, where[o.text])
        elif isinstance(o.error, AllSendersFailedError):
            assert where[o.text] == [], f"reported as not sent but delivered: {o.text} at {where[o.text]}"
        else:
            assert isinstance(o.error, MaybeSentError)
            assert set(where[o.text]) <= {o.error.provider}, (o.text, o.error.provider, where[o.text])
    assert len(outcomes) == SENDS  # every send ended in a receipt or an error: none vanished

    by_provider = {name: sum(1 for o in outcomes if o.receipt and o.receipt.provider == name) for name in ORDER}
    maybe = sum(1 for o in outcomes if isinstance(o.error, MaybeSentError))
    refused = sum(1 for o in outcomes if isinstance(o.error, AllSendersFailedError))
    faults = {name: sum(mocks.handles[name].faults.injected.values()) for name in ORDER}
    print(f"receipts {by_provider}, may have been sent {maybe}, refused everywhere {refused}, faults {faults}")
    assert by_provider["smsend"] + by_provider["fractel"] >= 100, "failover happened often enough to mean something"
    assert sum(by_provider.values()) >= SENDS * 0.8
