"""What the three adapters share: one description of each call, run sync or async.

Each adapter says which generated operation to call with which arguments (:class:`Call`) and how
to read its answer; this base runs the call through the operation module's ``sync`` or ``asyncio``
function, so the sync and async senders cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from .sender import DeliveryStatus, Receipt

__all__ = ["AsyncView", "BaseAdapter", "Call", "LookupNotSupportedError", "UnexpectedAnswerError"]


class UnexpectedAnswerError(Exception):
    """The client returned something other than the documented success model: the send's fate
    is unknown, so it counts as possibly sent."""

    may_have_been_sent = True


class LookupNotSupportedError(Exception):
    """The provider offers no way to ask whether a send arrived (FracTEL)."""


@dataclass
class Call:
    """One generated operation (its module: ``sync``/``asyncio``) with its arguments, and how to
    turn its answer into what the adapter returns."""

    operation: Any
    read: Callable[[Any], Any]
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    #: exception types meaning "nothing there" (a lookup's 404), read as ``None``
    absent: tuple[type[BaseException], ...] = ()


class BaseAdapter:
    """Runs each adapter's calls synchronously; :attr:`aio` gives the same sender for asyncio."""

    name: str = ""

    def __init__(self, client: Any) -> None:
        self.client = client

    # -- what each adapter provides ------------------------------------------------------------

    def _send_call(self, to: str, text: str, sender: str | None, key: str | None, at: datetime | None) -> Call:
        raise NotImplementedError

    def _status_call(self, receipt: Receipt) -> Call | DeliveryStatus:
        raise NotImplementedError

    def _lookup_call(self, key: str, to: str) -> Call:
        raise LookupNotSupportedError(f"{self.name} has no lookup: a send that may have been sent cannot be checked")

    # -- sync ------------------------------------------------------------------------------------

    def _run(self, call: Call) -> Any:
        try:
            answer = call.operation.sync(*call.args, client=self.client, **call.kwargs)
        except call.absent:
            return None
        return call.read(answer)

    def send(
        self, to: str, text: str, *, sender: str | None = None, key: str | None = None, at: datetime | None = None
    ) -> Receipt:
        result: Receipt = self._run(self._send_call(to, text, sender, key, at))
        return result

    def status(self, receipt: Receipt) -> DeliveryStatus:
        call = self._status_call(receipt)
        if isinstance(call, DeliveryStatus):
            return call
        result: DeliveryStatus = self._run(call)
        return result

    def lookup(self, key: str, to: str) -> Receipt | None:
        result: Receipt | None = self._run(self._lookup_call(key, to))
        return result

    @property
    def aio(self) -> AsyncView:
        """This sender for asyncio (the same client: its ``asyncio`` functions)."""
        return AsyncView(self)


class AsyncView:
    """An adapter's async face: the same calls through the operations' ``asyncio`` functions."""

    def __init__(self, adapter: BaseAdapter) -> None:
        self.adapter = adapter
        self.name = adapter.name

    async def _run(self, call: Call) -> Any:
        try:
            answer = await call.operation.asyncio(*call.args, client=self.adapter.client, **call.kwargs)
        except call.absent:
            return None
        return call.read(answer)

    async def send(
        self, to: str, text: str, *, sender: str | None = None, key: str | None = None, at: datetime | None = None
    ) -> Receipt:
        result: Receipt = await self._run(self.adapter._send_call(to, text, sender, key, at))
        return result

    async def status(self, receipt: Receipt) -> DeliveryStatus:
        call = self.adapter._status_call(receipt)
        if isinstance(call, DeliveryStatus):
            return call
        result: DeliveryStatus = await self._run(call)
        return result

    async def lookup(self, key: str, to: str) -> Receipt | None:
        result: Receipt | None = await self._run(self.adapter._lookup_call(key, to))
        return result


def without_none(**values: Any) -> dict[str, Any]:
    """Keyword arguments for a generated model, leaving out the ones not given."""
    return {name: value for name, value in values.items() if value is not None}
