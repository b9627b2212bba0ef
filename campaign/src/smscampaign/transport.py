"""One client, many one-connection pools: an httpx transport whose cost per request does not grow
with the concurrency.

Why (measured in tools/bench_campaign.py against a server fast enough not to be the limit, with
20 ms latency): httpcore's connection pool, on every request and again on every response closed,
walks all its connections and checks each one's expiry and socket readability (through anyio's
extra attributes, a few system calls per connection). Its CPU cost per request therefore grows
with the pool: with 100 connections it took about 6 ms of CPU per request, so one client at
concurrency 100 sent fewer messages a second than at concurrency 10.

:class:`ShardedTransport` keeps one httpx transport (so one httpcore pool) of *one* connection per
request that can be in flight, and hands each request to a shard that has nothing in flight (a
free list, so picking one costs the same at any size). Every shard's pool is httpcore's own,
unchanged: connecting, keep-alive, timeouts and the exception types the generated clients' retry
rules depend on (``httpx.ConnectError`` proves a request never left, a read error does not) are
exactly those of a plain ``httpx.AsyncClient``. One client also means one login and one TLS
context for the whole campaign, where several clients would each log in.

Synchronous requests (the Celery workers' threads, the adapters' sync calls) go to one ordinary
``httpx.HTTPTransport`` with a pool of the same size: a thread pool's requests do not pay that
walk on the event loop, and httpx's sync pool is what the sync clients use everywhere else.
"""

from __future__ import annotations

import ssl
from collections.abc import AsyncIterator
from types import TracebackType

import httpx

__all__ = ["ShardedTransport"]


def _one_connection() -> httpx.Limits:
    return httpx.Limits(max_connections=1, max_keepalive_connections=1)


class _Released(httpx.AsyncByteStream):
    """A response body that gives its shard back when it is closed (read to the end or not)."""

    def __init__(self, stream: httpx.AsyncByteStream, release: ShardedTransport, shard: int) -> None:
        self._stream = stream
        self._release = release
        self._shard: int | None = shard

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            yield chunk

    async def aclose(self) -> None:
        try:
            await self._stream.aclose()
        finally:
            if self._shard is not None:
                self._release._done(self._shard)
                self._shard = None


class ShardedTransport(httpx.AsyncBaseTransport, httpx.BaseTransport):
    """``connections`` one-connection async pools behind one transport, and a sync pool of as many.

    Pass it as ``httpx_args={"transport": ShardedTransport(n)}`` to a generated client's
    ``connect`` (or an sms-kit adapter's): both the sync and the async httpx client of that client
    use it. ``verify``: as httpx's (True, a CA bundle path or an ``ssl.SSLContext``); one context is
    made and shared by every shard.
    """

    def __init__(self, connections: int, *, verify: ssl.SSLContext | str | bool = True) -> None:
        size = max(1, connections)
        context = httpx.create_ssl_context(verify=verify)
        self._shards = [httpx.AsyncHTTPTransport(verify=context, limits=_one_connection()) for _ in range(size)]
        self._busy = [0] * size
        self._idle = list(range(size - 1, -1, -1))  # a stack: the lowest shard first, so warm ones are reused
        self._turn = 0
        self._sync = httpx.HTTPTransport(
            verify=context, limits=httpx.Limits(max_connections=size, max_keepalive_connections=size)
        )

    @property
    def connections(self) -> int:
        """How many async shards (so connections) this transport has."""
        return len(self._shards)

    def in_flight(self) -> int:
        """Async requests handed to a shard and not yet closed."""
        return sum(self._busy)

    def _take(self) -> int:
        if self._idle:
            shard = self._idle.pop()
        else:  # more requests than connections: queue on the shards in turn (httpcore's pool waits)
            shard = self._turn
            self._turn = (shard + 1) % len(self._shards)
        self._busy[shard] += 1
        return shard

    def _done(self, shard: int) -> None:
        self._busy[shard] -= 1
        if self._busy[shard] == 0:
            self._idle.append(shard)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        shard = self._take()
        try:
            response = await self._shards[shard].handle_async_request(request)
        except BaseException:
            self._done(shard)
            raise
        if not isinstance(response.stream, httpx.AsyncByteStream):  # pragma: no cover - httpx's own always is
            self._done(shard)
            return response
        response.stream = _Released(response.stream, self, shard)
        return response

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._sync.handle_request(request)

    async def aclose(self) -> None:
        for shard in self._shards:
            await shard.aclose()

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
