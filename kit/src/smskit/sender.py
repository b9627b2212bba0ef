"""One interface over the providers, and failover that never sends a message twice.

A :class:`Sender` sends a text and tells its delivery state in one vocabulary,
:class:`DeliveryStatus`, mapped from each provider's own states by a table (``STATUS_TABLES``).
:class:`FallbackSender` tries senders in order and moves to the next one only when the failure
proves the message was not sent (the error's ``may_have_been_sent`` is ``False``). Otherwise it
asks the provider whether the send's key arrived (a lookup, where the provider has one) and returns
that receipt, or raises :class:`MaybeSentError`: a message that may be out is never sent again
elsewhere, and a failure is never silent.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any, Protocol, runtime_checkable

__all__ = [
    "STATUS_TABLES",
    "AllSendersFailedError",
    "AsyncFallbackSender",
    "AsyncSender",
    "DeliveryStatus",
    "FailedSend",
    "FallbackSender",
    "MaybeSentError",
    "Receipt",
    "Sender",
    "asettle_failure",
    "map_status",
    "new_key",
    "proves_not_sent",
    "settle_failure",
]


class DeliveryStatus(StrEnum):
    """Where a message is, in words every provider's states map to."""

    #: accepted, to be sent at a later time
    SCHEDULED = "scheduled"
    #: accepted by the provider, not yet reported as handed to a carrier
    ACCEPTED = "accepted"
    #: handed to the carrier, delivery not yet confirmed
    SENT = "sent"
    #: reached the handset
    DELIVERED = "delivered"
    #: not delivered, or refused after acceptance
    FAILED = "failed"
    #: a scheduled message cancelled before it went out
    CANCELLED = "cancelled"
    #: a state the table does not know (providers add states without notice)
    UNKNOWN = "unknown"


#: each provider's states, as documented (plus the mocks' DELIVERED for smSend), to the vocabulary.
STATUS_TABLES: dict[str, dict[str, DeliveryStatus]] = {
    "fractel": {
        "waiting": DeliveryStatus.SENT,
        "delivered": DeliveryStatus.DELIVERED,
        "not-delivered": DeliveryStatus.FAILED,
    },
    "smstools": {
        "PENDING": DeliveryStatus.ACCEPTED,
        "SENT": DeliveryStatus.SENT,
        "NOSENT": DeliveryStatus.FAILED,
        "DELIVERED": DeliveryStatus.DELIVERED,
        "NOTDELIVERED": DeliveryStatus.FAILED,
        "SANDBOX": DeliveryStatus.ACCEPTED,
    },
    "smsend": {
        "SCHEDULED": DeliveryStatus.SCHEDULED,
        "WAITING": DeliveryStatus.ACCEPTED,
        "SENT": DeliveryStatus.SENT,
        "DELIVERED": DeliveryStatus.DELIVERED,
        "NOT_DELIVERED": DeliveryStatus.FAILED,
        "ERROR": DeliveryStatus.FAILED,
    },
}


def map_status(provider: str, state: str) -> DeliveryStatus:
    """The vocabulary's word for ``provider``'s ``state`` (``UNKNOWN`` for a state not in the table)."""
    return STATUS_TABLES[provider].get(str(state), DeliveryStatus.UNKNOWN)


def new_key() -> str:
    """A fresh send key: 32 hex characters, within every provider's key length."""
    return uuid.uuid4().hex


@dataclass(frozen=True)
class Receipt:
    """A send the provider accepted.

    Attributes:
        provider: ``"fractel"``, ``"smstools"`` or ``"smsend"``.
        message_id: the provider's id for the send (FracTEL ``uid``, smSend ``order_id``, Smstools
            ``transactionId``).
        key: the send key the message went with (``None`` for FracTEL, which takes none).
        to: the recipient in the provider's wire format.
        result: the generated client's typed answer (its ``SendResult``; for a send recovered by a
            lookup, the lookup's answer).
    """

    provider: str
    message_id: str
    key: str | None
    to: str
    result: Any = field(default=None, compare=False, repr=False)


@runtime_checkable
class Sender(Protocol):
    """Sends a text and reports its delivery state."""

    name: str

    def send(
        self, to: str, text: str, *, sender: str | None = None, key: str | None = None, at: datetime | None = None
    ) -> Receipt: ...

    def status(self, receipt: Receipt) -> DeliveryStatus: ...

    def lookup(self, key: str, to: str) -> Receipt | None:
        """The receipt of a send made with ``key``, ``None`` if the provider has none (yet); raises
        when the provider cannot be asked (FracTEL: no lookup)."""
        ...


@runtime_checkable
class AsyncSender(Protocol):
    """:class:`Sender` for asyncio."""

    name: str

    async def send(
        self, to: str, text: str, *, sender: str | None = None, key: str | None = None, at: datetime | None = None
    ) -> Receipt: ...

    async def status(self, receipt: Receipt) -> DeliveryStatus: ...

    async def lookup(self, key: str, to: str) -> Receipt | None: ...


def proves_not_sent(error: BaseException) -> bool:
    """True only when ``error`` says outright that nothing was sent (``may_have_been_sent is False``)."""
    return getattr(error, "may_have_been_sent", None) is False


@dataclass(frozen=True)
class FailedSend:
    """What a failed send became, by the one rule (:func:`settle_failure`).

    ``not_sent``: the error proves nothing was sent (the provider was not asked). Otherwise
    ``found`` is the receipt the provider's lookup found for the key, or None: not found, or the
    lookup failed or does not exist, so the message may be out and must never be sent again.
    """

    error: BaseException
    not_sent: bool
    found: Receipt | None = None


def settle_failure(sender: Sender, key: str, to: str, error: BaseException) -> FailedSend:
    """The rule after a send with ``key`` failed with ``error``: an error that proves nothing was
    sent is final; any other asks ``sender``'s provider for the key (a lookup; a failing lookup
    counts as not found). :class:`FallbackSender` and sms-campaign both decide with it."""
    if proves_not_sent(error):
        return FailedSend(error, not_sent=True)
    try:
        found = sender.lookup(key, to)
    except Exception:
        found = None
    return FailedSend(error, not_sent=False, found=found)


async def asettle_failure(sender: AsyncSender, key: str, to: str, error: BaseException) -> FailedSend:
    """:func:`settle_failure` for asyncio."""
    if proves_not_sent(error):
        return FailedSend(error, not_sent=True)
    try:
        found = await sender.lookup(key, to)
    except Exception:
        found = None
    return FailedSend(error, not_sent=False, found=found)


class MaybeSentError(Exception):
    """A send failed in a way that does not prove the message was not sent, and no lookup found it.

    The message may be out: it was not sent through any other provider. ``provider`` and ``key``
    say where to look; ``__cause__`` is the provider's error.
    """

    may_have_been_sent = True

    def __init__(self, provider: str, key: str, cause: BaseException, tried: Sequence[tuple[str, BaseException]]):
        super().__init__(
            f"{provider}: the send with key {key} may have been sent ({cause}); not sent elsewhere"
            + (f" (before it: {_describe(tried)})" if tried else "")
        )
        self.provider = provider
        self.key = key
        self.tried = list(tried)


class AllSendersFailedError(Exception):
    """Every sender failed, each in a way that proves the message was not sent."""

    may_have_been_sent = False

    def __init__(self, tried: Sequence[tuple[str, BaseException]]):
        super().__init__(f"no sender could send: {_describe(tried)}")
        self.tried = list(tried)


def _describe(tried: Sequence[tuple[str, BaseException]]) -> str:
    return "; ".join(f"{name}: {type(error).__name__}: {error}" for name, error in tried)


class FallbackSender:
    """Sends through the first sender that takes the message, never through two.

    For each sender in turn: a success returns its receipt; a failure that proves the message was
    not sent moves on; any other failure asks that sender's provider for the key (a lookup) and
    returns what it found, or raises :class:`MaybeSentError`. Every sender gets the same key.
    """

    name = "fallback"

    def __init__(self, senders: Sequence[Sender]) -> None:
        if not senders:
            raise ValueError("FallbackSender needs at least one sender")
        self.senders = list(senders)
        self._by_name = {s.name: s for s in self.senders}

    def send(
        self, to: str, text: str, *, sender: str | None = None, key: str | None = None, at: datetime | None = None
    ) -> Receipt:
        key = key or new_key()
        tried: list[tuple[str, BaseException]] = []
        for each in self.senders:
            try:
                return each.send(to, text, sender=sender, key=key, at=at)
            except Exception as error:
                failed = settle_failure(each, key, to, error)
                if failed.not_sent:
                    tried.append((each.name, error))
                    continue
                if failed.found is not None:
                    return failed.found
                raise MaybeSentError(each.name, key, error, tried) from error
        raise AllSendersFailedError(tried)

    def status(self, receipt: Receipt) -> DeliveryStatus:
        return self._by_name[receipt.provider].status(receipt)

    def lookup(self, key: str, to: str) -> Receipt | None:
        for each in self.senders:
            try:
                found = each.lookup(key, to)
            except Exception:
                continue
            if found is not None:
                return found
        return None


class AsyncFallbackSender:
    """:class:`FallbackSender` for asyncio, over :class:`AsyncSender` objects."""

    name = "fallback"

    def __init__(self, senders: Sequence[AsyncSender]) -> None:
        if not senders:
            raise ValueError("AsyncFallbackSender needs at least one sender")
        self.senders = list(senders)
        self._by_name = {s.name: s for s in self.senders}

    async def send(
        self, to: str, text: str, *, sender: str | None = None, key: str | None = None, at: datetime | None = None
    ) -> Receipt:
        key = key or new_key()
        tried: list[tuple[str, BaseException]] = []
        for each in self.senders:
            try:
                return await each.send(to, text, sender=sender, key=key, at=at)
            except Exception as error:
                failed = await asettle_failure(each, key, to, error)
                if failed.not_sent:
                    tried.append((each.name, error))
                    continue
                if failed.found is not None:
                    return failed.found
                raise MaybeSentError(each.name, key, error, tried) from error
        raise AllSendersFailedError(tried)

    async def status(self, receipt: Receipt) -> DeliveryStatus:
        return await self._by_name[receipt.provider].status(receipt)

    async def lookup(self, key: str, to: str) -> Receipt | None:
        for each in self.senders:
            try:
                found = await each.lookup(key, to)
            except Exception:
                continue
            if found is not None:
                return found
        return None
