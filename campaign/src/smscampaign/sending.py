"""One message's send and what its outcome means, the same for the async runner and Celery workers.

The rule (sms-kit's): a failure that proves nothing was sent (``may_have_been_sent is False``) is
``refused``, except a 429 with ``Retry-After``, after which the provider's pace is paused for that
long and the send tried again; any other failure asks the provider's lookup for the send key: found
is ``sent``, anything else ``maybe``. :func:`reconcile` decides what a ``sending``/``maybe`` row
found by a later run becomes: ``sent`` (the lookup found it), ``planned`` (the provider has no send
with that key, so sending it, with the same key, cannot double it; both keyed providers also refuse
a reused key) or ``maybe`` (no lookup: FracTEL).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from smskit import AsyncSender, FailedSend, Receipt, Sender, asettle_failure, proves_not_sent, settle_failure

__all__ = ["Outcome", "Pace", "adeliver", "areconcile", "deliver", "reconcile"]

#: 429 answers in a row a send waits out before it counts as refused
MAX_RATE_LIMITED = 5


@dataclass(frozen=True)
class Outcome:
    state: str  # sent, refused, maybe, planned (reconcile only)
    message_id: str | None = None
    detail: str | None = None


class Pace(Protocol):
    """A provider's pace: wait for a slot before each send; pause after a 429."""

    def pause(self, seconds: float) -> None: ...


class SyncPace(Pace, Protocol):
    def acquire(self) -> None: ...


class AsyncPace(Pace, Protocol):
    async def acquire(self) -> None: ...


def _describe(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}"[:500]


def _retry_after(error: BaseException) -> float | None:
    value = getattr(error, "retry_after", None)
    return float(value) if isinstance(value, int | float) and proves_not_sent(error) else None


def _settled(failed: FailedSend) -> Outcome:
    """sms-kit's rule (settle_failure, FallbackSender's too) in the journal's words."""
    if failed.not_sent:
        return Outcome("refused", None, _describe(failed.error))
    if failed.found is not None:
        return Outcome("sent", failed.found.message_id, f"found by lookup after {_describe(failed.error)}")
    return Outcome("maybe", None, _describe(failed.error))


def deliver(sender: Sender, pace: SyncPace | None, key: str, to: str, text: str) -> Outcome:
    """Send one message with its key; never raises for a provider's failure."""
    for _ in range(MAX_RATE_LIMITED + 1):
        if pace is not None:
            pace.acquire()
        try:
            receipt = sender.send(to, text, key=key)
        except Exception as error:
            wait = _retry_after(error)
            if wait is not None:
                if pace is not None:
                    pace.pause(wait)
                else:
                    time.sleep(wait)
                last: BaseException = error
                continue
            return _settled(settle_failure(sender, key, to, error))
        return Outcome("sent", receipt.message_id)
    return Outcome("refused", None, f"still rate limited: {_describe(last)}")


async def adeliver(sender: AsyncSender, pace: AsyncPace | None, key: str, to: str, text: str) -> Outcome:
    """:func:`deliver` for asyncio."""
    for _ in range(MAX_RATE_LIMITED + 1):
        if pace is not None:
            await pace.acquire()
        try:
            receipt = await sender.send(to, text, key=key)
        except Exception as error:
            wait = _retry_after(error)
            if wait is not None:
                if pace is not None:
                    pace.pause(wait)
                else:
                    await asyncio.sleep(wait)
                last: BaseException = error
                continue
            return _settled(await asettle_failure(sender, key, to, error))
        return Outcome("sent", receipt.message_id)
    return Outcome("refused", None, f"still rate limited: {_describe(last)}")


def _reconciled(lookup: Callable[[], Any]) -> Outcome:
    try:
        found = lookup()
    except Exception as error:
        return Outcome("maybe", None, f"cannot be checked: {_describe(error)}")
    if found is None:
        return Outcome("planned", None, "the provider has no send with this key")
    return Outcome("sent", found.message_id, "found by lookup")


def reconcile(sender: Sender, key: str, to: str) -> Outcome:
    """What an interrupted or ambiguous send became, asked of the provider."""
    return _reconciled(lambda: sender.lookup(key, to))


async def areconcile(sender: AsyncSender, key: str, to: str) -> Outcome:
    """:func:`reconcile` for asyncio."""

    async def lookup() -> Receipt | None:
        return await sender.lookup(key, to)

    try:
        found = await lookup()
    except Exception as error:
        return Outcome("maybe", None, f"cannot be checked: {_describe(error)}")
    return _reconciled(lambda: found)
