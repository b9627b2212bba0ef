"""sms-campaign's rule for one send, with stand-in senders: a 429's Retry-After pauses the pace and
the send is tried again; a failure proving nothing was sent is 'refused'; any other failure is
looked up ('sent' when found, else 'maybe'); a rerun's reconciliation sends again only what the
provider says it does not have."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

import pytest
from smscampaign import adeliver, areconcile, deliver, reconcile
from smskit import AllSendersFailedError, AsyncFallbackSender, FallbackSender, MaybeSentError, Receipt


class RateLimited(Exception):
    may_have_been_sent = False

    def __init__(self, retry_after: float) -> None:
        super().__init__("429")
        self.retry_after = retry_after


class NotSent(Exception):
    may_have_been_sent = False


class Lost(Exception):
    may_have_been_sent = True


class NoLookup(Exception):
    pass


@dataclass
class Fake:
    name: str = "fake"
    errors: list[Exception] = field(default_factory=list)
    held: dict[str, Receipt] = field(default_factory=dict)
    lookup_fails: bool = False
    sends: int = 0

    def send(
        self, to: str, text: str, *, sender: str | None = None, key: str | None = None, at: datetime | None = None
    ) -> Receipt:
        assert key
        self.sends += 1
        if self.errors:
            error = self.errors.pop(0)
            if isinstance(error, Lost):
                self.held[key] = Receipt(self.name, "id-" + key, key, to)
            raise error
        self.held[key] = Receipt(self.name, "id-" + key, key, to)
        return self.held[key]

    def lookup(self, key: str, to: str) -> Receipt | None:
        if self.lookup_fails:
            raise NoLookup("no lookup")
        return self.held.get(key)


@dataclass
class Aio:
    fake: Fake
    name: str = "fake"

    async def send(
        self, to: str, text: str, *, sender: str | None = None, key: str | None = None, at: datetime | None = None
    ) -> Receipt:
        return self.fake.send(to, text, key=key)

    async def lookup(self, key: str, to: str) -> Receipt | None:
        return self.fake.lookup(key, to)


@dataclass
class Pace:
    pauses: list[float] = field(default_factory=list)
    acquired: int = 0

    def acquire(self) -> None:
        self.acquired += 1

    def pause(self, seconds: float) -> None:
        self.pauses.append(seconds)


@dataclass
class AsyncPace(Pace):
    async def acquire(self) -> None:  # type: ignore[override]
        self.acquired += 1


def test_a_429_pauses_the_pace_for_its_retry_after_then_sends() -> None:
    fake, pace = Fake(errors=[RateLimited(7), RateLimited(3)]), Pace()
    outcome = deliver(fake, pace, "k1", "+393481234567", "hi")
    assert (outcome.state, outcome.message_id) == ("sent", "id-k1")
    assert pace.pauses == [7, 3] and pace.acquired == 3 and fake.sends == 3
    apace = AsyncPace()
    afake = Fake(errors=[RateLimited(2)])
    assert asyncio.run(adeliver(Aio(afake), apace, "k2", "x", "hi")).state == "sent"
    assert apace.pauses == [2] and apace.acquired == 2


def test_refused_only_when_the_failure_proves_nothing_was_sent() -> None:
    outcome = deliver(Fake(errors=[NotSent("400 bad number")]), None, "k", "x", "hi")
    assert outcome.state == "refused" and "400 bad number" in (outcome.detail or "")
    found = deliver(Fake(errors=[Lost("connection reset after acting")]), None, "k", "x", "hi")
    assert (found.state, found.message_id) == ("sent", "id-k"), "an ambiguous failure is looked up"
    unknown = Fake(errors=[Lost("reset")], lookup_fails=True)
    assert deliver(unknown, None, "k", "x", "hi").state == "maybe"
    assert unknown.sends == 1, "never resent in the same run"


def test_reconciliation_sends_again_only_what_the_provider_does_not_have() -> None:
    fake = Fake()
    fake.held["there"] = Receipt("fake", "id-there", "there", "x")
    assert reconcile(fake, "there", "x").state == "sent"
    assert reconcile(fake, "absent", "x").state == "planned"
    assert asyncio.run(areconcile(Aio(fake), "absent", "x")).state == "planned"
    fake.lookup_fails = True
    assert reconcile(fake, "there", "x").state == "maybe", "no lookup: may have been sent, never resent"
    assert asyncio.run(areconcile(Aio(fake), "there", "x")).state == "maybe"


# -- one rule: sms-campaign's outcome and sms-kit's FallbackSender decide every failure alike -----


class Undecided(Exception):
    """A failure that says nothing about whether it sent (no ``may_have_been_sent``)."""


class Falsy(Exception):
    may_have_been_sent = 0  # falsy, but not False: proves nothing


@dataclass
class Counting(Fake):
    lookups: int = 0

    def lookup(self, key: str, to: str) -> Receipt | None:
        self.lookups += 1
        return super().lookup(key, to)


#: (the send's failure, whether the lookup fails) -> the outcome both must give
RULE = [
    (NotSent("400 bad number"), False, "refused"),
    (NotSent("400 bad number"), True, "refused"),
    (Lost("reset after acting"), False, "sent"),
    (Lost("reset after acting"), True, "maybe"),
    (Undecided("timeout"), False, "maybe"),
    (Undecided("timeout"), True, "maybe"),
    (Falsy("odd"), False, "maybe"),
]


def _fallback(run: Callable[[], Receipt]) -> tuple[str, str | None]:
    """FallbackSender's answer in the campaign's words: its receipt, or which error it raised."""
    try:
        receipt = run()
    except AllSendersFailedError:
        return "refused", None
    except MaybeSentError:
        return "maybe", None
    return "sent", receipt.message_id


def _deliver(fake: Fake) -> tuple[str, str | None]:
    outcome = deliver(fake, None, "k", "x", "hi")
    return outcome.state, outcome.message_id


def _adeliver(fake: Fake) -> tuple[str, str | None]:
    outcome = asyncio.run(adeliver(Aio(fake), None, "k", "x", "hi"))
    return outcome.state, outcome.message_id


def _fallback_sync(fake: Fake) -> tuple[str, str | None]:
    return _fallback(lambda: FallbackSender([fake]).send("x", "hi", key="k"))


def _fallback_async(fake: Fake) -> tuple[str, str | None]:
    sender = AsyncFallbackSender([Aio(fake)])
    return _fallback(lambda: asyncio.run(sender.send("x", "hi", key="k")))


WAYS = {"deliver": _deliver, "adeliver": _adeliver, "fallback": _fallback_sync, "async fallback": _fallback_async}


@pytest.mark.parametrize(("error", "lookup_fails", "state"), RULE, ids=[f"{type(e).__name__}-{f}" for e, f, _ in RULE])
def test_the_campaign_and_the_fallback_sender_follow_one_rule(error: Exception, lookup_fails: bool, state: str) -> None:
    """The same failure gives the same answer, the same sends and the same lookups, every way."""
    expected_id = "id-k" if state == "sent" else None
    asked = 0 if state == "refused" else 1
    for way, run in WAYS.items():
        fake = Counting(errors=[error], lookup_fails=lookup_fails)
        got = run(fake)
        assert (got, fake.sends, fake.lookups) == ((state, expected_id), 1, asked), way
