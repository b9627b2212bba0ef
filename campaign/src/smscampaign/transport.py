"""One client, one connection per send in flight: an httpx transport whose cost per request does
not grow with the concurrency, and is as small as httpx and httpcore allow.

Why (measured in tools/bench_campaign.py against a server fast enough not to be the limit, with
20 ms latency): httpcore's connection pool, on every request and again on every response closed,
walks all its connections and checks each one's expiry and socket readability (through anyio's
extra attributes, a few system calls per connection). Its CPU cost per request therefore grows
with the pool: with 100 connections it took about 6 ms of CPU per request, so one client at
concurrency 100 sent fewer messages a second than at concurrency 10. Even a pool of one
connection costs its bookkeeping twice per request (queue, assign, shielded close), about an eighth
of the CPU of a whole send.

:class:`ShardedTransport` therefore keeps one *slot* per request that can be in flight, each
holding at most one httpcore ``AsyncHTTPConnection`` (httpcore's own connection: connecting, TLS,
HTTP/1.1 through h11, keep-alive expiry), and hands each request to a slot with nothing in flight
(a free list, so picking one costs the same at any size). Before a slot reuses its connection it
asks httpcore the same questions httpcore's pool asks (closed? keep-alive expired? did the
server close it while it was idle?) and opens a new one if so, so a request is never written to
a connection the server has already closed. The request and response conversions and the
exception mapping are httpx's own (an ``httpx.AsyncHTTPTransport`` with the slots where its pool
would be): ``httpx.ConnectError`` proves a request never left, a read error does not, exactly as
with a plain ``httpx.AsyncClient``, which the generated clients' retry rules depend on. One client
also means one login and one TLS context for the whole campaign, where several clients would
each log in. When more requests than slots are in flight, the extra ones wait, first come first
served, for a slot to be given back (at most the request's ``pool`` timeout, then
``httpx.PoolTimeout``, which proves the request never left). The async side runs on asyncio (the
campaign runner's loop, uvloop's included), one loop at a time: a connection belongs to the loop
it was opened on, so when requests start coming from another loop (the same client in a second
``asyncio.run``) the idle connections are let go of and new ones open on the new loop.

Synchronous requests (the Celery workers' threads, the adapters' sync calls) go to one ordinary
``httpx.HTTPTransport`` with a pool of the same size: a thread pool's requests do not pay that
walk on the event loop, and httpx's sync pool is what the sync clients use everywhere else.
"""

from __future__ import annotations

import asyncio
import ssl
from collections import deque
from collections.abc import AsyncIterator
from types import TracebackType
from typing import Any

import anyio
import httpcore
import httpx

from .network import AsyncioBackend

__all__ = ["ShardedTransport"]

#: seconds an idle connection is kept (httpx's default keep-alive expiry)
KEEPALIVE_EXPIRY = 5.0


class _Slot:
    """At most one connection, used by one request at a time."""

    __slots__ = ("connection", "index", "loop")

    def __init__(self, index: int) -> None:
        self.index = index
        self.connection: httpcore.AsyncHTTPConnection | None = None
        self.loop: asyncio.AbstractEventLoop | None = None  # the event loop the connection was opened on


class _Released:
    """A response body that gives its slot back when it is closed (read to the end or not)."""

    __slots__ = ("_slot", "_slots", "_stream")

    def __init__(self, stream: Any, slots: _Slots, slot: _Slot) -> None:
        self._stream = stream
        self._slots = slots
        self._slot: _Slot | None = slot

    def __aiter__(self) -> AsyncIterator[bytes]:
        iterator: AsyncIterator[bytes] = self._stream.__aiter__()
        return iterator

    async def aclose(self) -> None:
        try:
            await self._stream.aclose()
        finally:
            if self._slot is not None:
                self._slots.give(self._slot)
                self._slot = None


class _Slots:
    """What stands where httpcore's connection pool would, behind httpx's async transport."""

    def __init__(self, size: int, context: ssl.SSLContext) -> None:
        self.slots = [_Slot(i) for i in range(size)]
        self.idle = list(reversed(self.slots))  # a stack: the lowest slot first, so warm ones are reused
        self.waiting: deque[asyncio.Future[_Slot]] = deque()
        self.context = context
        self.backend = AsyncioBackend()
        self.loop: asyncio.AbstractEventLoop | None = None  # the event loop of the latest request

    def give(self, slot: _Slot) -> None:
        while self.waiting:  # first come, first served
            future = self.waiting.popleft()
            if not future.done():
                future.set_result(slot)
                return
        self.idle.append(slot)

    async def _wait(self, timeout: float | None) -> _Slot:
        future: asyncio.Future[_Slot] = asyncio.get_running_loop().create_future()
        self.waiting.append(future)
        try:
            async with asyncio.timeout(timeout):
                return await future
        except BaseException as error:
            if future.done() and not future.cancelled() and future.exception() is None:
                self.give(future.result())  # handed a slot while being cancelled: pass it on
            else:
                future.cancel()
            if isinstance(error, TimeoutError):
                raise httpcore.PoolTimeout("no connection was free in time") from None
            raise

    async def handle_async_request(self, request: httpcore.Request) -> httpcore.Response:
        if request.url.scheme not in (b"http", b"https"):
            raise httpcore.UnsupportedProtocol(f"Request URL has an unsupported protocol {request.url.scheme!r}.")
        loop = asyncio.get_running_loop()
        if loop is not self.loop:
            await self._moved(loop)
        if self.idle:
            slot = self.idle.pop()
        else:
            slot = await self._wait(request.extensions.get("timeout", {}).get("pool"))
        try:
            response = await self._send(slot, request)
        except BaseException:
            self.give(slot)
            raise
        response.stream = _Released(response.stream, self, slot)
        return response

    async def _moved(self, loop: asyncio.AbstractEventLoop) -> None:
        """Requests now come from ``loop`` (a second ``asyncio.run`` with the same client, say): the
        idle slots' connections belong to the previous loop, whose timers and futures they would
        use, so they are let go of here and new ones open on ``loop``. Waiters of another loop
        (cancelled when it ended) are forgotten. One loop at a time uses a transport."""
        self.loop = loop
        self.waiting = deque(future for future in self.waiting if future.get_loop() is loop)
        for slot in self.idle:
            if slot.connection is not None and slot.loop is not loop:
                connection, slot.connection = slot.connection, None
                await _close(connection)

    async def _send(self, slot: _Slot, request: httpcore.Request) -> httpcore.Response:
        origin = request.url.origin
        loop = self.loop
        while True:
            connection = slot.connection
            if connection is not None and (
                slot.loop is not loop  # in flight when the loop changed, given back since
                or connection.is_closed()
                or connection.has_expired()
                or not connection.can_handle_request(origin)
            ):
                slot.connection = None
                await _close(connection)
                connection = None
            if connection is None:
                connection = slot.connection = httpcore.AsyncHTTPConnection(
                    origin, ssl_context=self.context, keepalive_expiry=KEEPALIVE_EXPIRY, network_backend=self.backend
                )
                slot.loop = loop
            try:
                return await connection.handle_async_request(request)
            except httpcore.ConnectionNotAvailable:  # it stopped being usable: a new one (httpcore's pool does so)
                slot.connection = None
                await _close(connection)

    async def aclose(self) -> None:
        for slot in self.slots:
            connection, slot.connection = slot.connection, None
            if connection is not None:
                await _close(connection)

    async def __aenter__(self) -> _Slots:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


async def _close(connection: httpcore.AsyncHTTPConnection) -> None:
    with anyio.CancelScope(shield=True):  # as httpcore's pool closes them
        await connection.aclose()


class ShardedTransport(httpx.AsyncBaseTransport, httpx.BaseTransport):
    """``connections`` slots of one connection each for async requests, and a sync pool of as many.

    Pass it as ``httpx_args={"transport": ShardedTransport(n)}`` to a generated client's
    ``connect`` (or an sms-kit adapter's): both the sync and the async httpx client of that client
    use it. ``verify``: as httpx's (True, a CA bundle path or an ``ssl.SSLContext``); one context is
    made and shared by every connection.
    """

    def __init__(self, connections: int, *, verify: ssl.SSLContext | str | bool = True) -> None:
        size = max(1, connections)
        context = httpx.create_ssl_context(verify=verify)
        self._slots = _Slots(size, context)
        # httpx's own request/response conversion and exception mapping, with the slots for its pool
        self._async = httpx.AsyncHTTPTransport(verify=context, limits=httpx.Limits(max_connections=1))
        if not hasattr(self._async, "_pool"):  # pragma: no cover - guards an httpx upgrade
            raise RuntimeError("this httpx's AsyncHTTPTransport has no _pool to put the slots in")
        self._async._pool = self._slots  # type: ignore[assignment]
        self._sync = httpx.HTTPTransport(
            verify=context, limits=httpx.Limits(max_connections=size, max_keepalive_connections=size)
        )

    @property
    def connections(self) -> int:
        """How many async slots (so connections at most) this transport has."""
        return len(self._slots.slots)

    def in_flight(self) -> int:
        """Async requests handed to a slot and not yet closed."""
        return len(self._slots.slots) - len(self._slots.idle)

    def open_connections(self) -> list[int]:
        """For each async slot, how many connections it holds (0 or 1)."""
        return [0 if s.connection is None or s.connection.is_closed() else 1 for s in self._slots.slots]

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._async.handle_async_request(request)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._sync.handle_request(request)

    async def aclose(self) -> None:
        await self._slots.aclose()

    def close(self) -> None:
        self._sync.close()

    async def __aenter__(self) -> ShardedTransport:
        return self

    async def __aexit__(
        self,
        kind: type[BaseException] | None = None,
        error: BaseException | None = None,
        tb: TracebackType | None = None,
    ) -> None:
        await self.aclose()

    def __enter__(self) -> ShardedTransport:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None = None,
        error: BaseException | None = None,
        tb: TracebackType | None = None,
    ) -> None:
        self.close()
