"""httpcore's network layer on asyncio's own transports, for :class:`~smscampaign.ShardedTransport`.

httpcore talks to sockets through a *network backend* (``httpcore.AsyncNetworkBackend``: connect,
read, write, start TLS, close); on asyncio its default is anyio's. Everything above it (HTTP/1.1
through h11, keep-alive, the connection's states) stays httpcore's. Measured by
tools/bench_campaign.py, anyio's layer cost about a sixth of the CPU of a whole send: every read
and write enters a cancel scope (``fail_after``), asks sniffio which library runs, and yields to
the loop once more; its readability check before reusing a connection is a ``select`` call. Here
a read that finds its data already received returns it at once, a timeout is one timer handle,
a write is the transport's ``write`` (waiting only while asyncio's flow control says the buffer
is full), and "did the server close this idle connection" is answered by what the protocol has
already seen (plus the same zero-timeout poll of the socket httpcore makes, for an end of stream
the loop has not read yet).

The exceptions are httpcore's, as its anyio backend raises them, because the retry rules depend
on them: a failure to connect (refused, unreachable, name not found, TLS handshake) is
``ConnectError``/``ConnectTimeout`` (the request never left); a failure once connected is
``ReadError``/``WriteError`` or their timeouts (it may have been sent); an end of stream is an
empty read, which httpcore turns into ``RemoteProtocolError``.
"""

from __future__ import annotations

import asyncio
import contextlib
import select
import socket
import ssl
from collections.abc import Iterable
from typing import Any, cast

import httpcore

__all__ = ["AsyncioBackend"]

#: received bytes held before the socket is no longer read (and let go of below the half of it)
HIGH_WATER = 256 * 1024

_SocketOption = tuple[int, int, int] | tuple[int, int, bytes | bytearray] | tuple[int, int, None, int]


def _readable(sock: Any) -> bool:
    """What httpcore's own check asks: is a read on this idle socket ready (so data or its end)?"""
    if sock is None or sock.fileno() < 0:
        return True
    if not hasattr(select, "poll"):  # pragma: no cover - Windows
        return bool(select.select([sock], [], [], 0)[0])
    poller = select.poll()
    poller.register(sock.fileno(), select.POLLIN)
    return bool(poller.poll(0))


class _Stream(asyncio.Protocol, httpcore.AsyncNetworkStream):
    """One connection: asyncio's protocol (the loop's side) and httpcore's network stream (ours)."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self._transport: asyncio.Transport | None = None
        self._buffer = b""
        self._ended = False  # the peer's end of stream or the connection's loss was seen
        self._lost: BaseException | None = None  # why the connection was lost, if not cleanly
        self._waiter: asyncio.Future[None] | None = None  # a read waiting for data
        self._paused_writing = False
        self._drained: asyncio.Future[None] | None = None  # a write waiting for the buffer to drain
        self._paused_reading = False

    # -- the loop's side ---------------------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self._transport = cast(asyncio.Transport, transport)  # uvloop's transports are not asyncio's classes

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        if len(self._buffer) > HIGH_WATER and self._transport is not None and not self._paused_reading:
            self._paused_reading = True
            self._transport.pause_reading()
        self._wake()

    def eof_received(self) -> bool:
        self._ended = True
        self._wake()
        return False  # the transport closes itself

    def connection_lost(self, exc: Exception | None) -> None:
        self._ended = True
        if exc is not None:
            self._lost = exc
        self._wake()
        drained, self._drained = self._drained, None
        if drained is not None and not drained.done():
            drained.set_exception(httpcore.WriteError(f"the connection was lost: {exc}"))

    def pause_writing(self) -> None:
        self._paused_writing = True

    def resume_writing(self) -> None:
        self._paused_writing = False
        drained, self._drained = self._drained, None
        if drained is not None and not drained.done():
            drained.set_result(None)

    def _wake(self) -> None:
        waiter, self._waiter = self._waiter, None
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    # -- httpcore's side ---------------------------------------------------------------------

    async def _wait(self, future: asyncio.Future[None], timeout: float | None, expired: type[Exception]) -> None:
        if timeout is None:
            await future
            return
        timer = self._loop.call_later(timeout, _expire, future, expired)
        try:
            await future
        finally:
            timer.cancel()

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        if not self._buffer and not self._ended:
            waiter = self._waiter = self._loop.create_future()
            try:
                await self._wait(waiter, timeout, httpcore.ReadTimeout)
            finally:
                if self._waiter is waiter:
                    self._waiter = None
        buffer = self._buffer
        if not buffer:
            if self._lost is not None:
                raise httpcore.ReadError(str(self._lost) or type(self._lost).__name__)
            return b""  # the end of the stream
        if len(buffer) <= max_bytes:
            self._buffer = b""
        else:
            buffer, self._buffer = buffer[:max_bytes], buffer[max_bytes:]
        if self._paused_reading and len(self._buffer) <= HIGH_WATER // 2 and self._transport is not None:
            self._paused_reading = False
            self._transport.resume_reading()
        return buffer

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if not buffer:
            return
        transport = self._transport
        if transport is None or self._ended or transport.is_closing():
            raise httpcore.WriteError(f"the connection is closed: {self._lost}" if self._lost else "closed")
        transport.write(buffer)
        if self._paused_writing:
            drained = self._drained = self._loop.create_future()
            await self._wait(drained, timeout, httpcore.WriteTimeout)

    async def aclose(self) -> None:
        transport = self._transport
        if transport is None or transport.is_closing():
            return
        if self._loop is asyncio.get_running_loop():
            transport.close()
        else:
            self.abandon()

    def close_now(self) -> None:
        """Abort the connection (on its own loop, from synchronous code)."""
        if self._transport is not None:
            self._transport.abort()

    def abandon(self) -> None:
        """Let go of a connection opened on another event loop (a previous ``asyncio.run``, say).

        Its transport belongs to that loop: only that loop can close it. If it still runs (in
        another thread), it is asked to; if it has ended, the socket is shut down here (the server
        sees the end at once) and its descriptor is closed when the transport, no longer referred
        to by anything, is collected."""
        transport, self._transport = self._transport, None
        self._ended = True
        if transport is None or transport.is_closing():
            return
        if self._loop.is_running():
            self._loop.call_soon_threadsafe(transport.abort)
            return
        sock = transport.get_extra_info("socket")
        # uvloop's socket view refuses shutdown (TypeError); its loop closed the socket as it ended
        with contextlib.suppress(OSError, TypeError):
            if sock is not None:
                sock.shutdown(socket.SHUT_RDWR)
        with contextlib.suppress(RuntimeError):  # a closed loop refuses the callback after marking it closed
            transport.abort()

    async def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.AsyncNetworkStream:
        assert self._transport is not None
        # every failure here comes before any byte of the request is written: ConnectError (or
        # ConnectTimeout), "never sent" to the retry rules, is right for the mapped ones; anything
        # else (a cancellation, a host name IDNA refuses) goes on as it is; the socket is aborted
        try:
            async with asyncio.timeout(timeout):
                made = await self._loop.start_tls(self._transport, self, ssl_context, server_hostname=server_hostname)
        except TimeoutError as error:
            self._transport.abort()
            raise httpcore.ConnectTimeout(str(error) or "TLS handshake timed out") from None
        except (OSError, ssl.SSLError, ConnectionError) as error:
            self._transport.abort()
            raise httpcore.ConnectError(str(error) or type(error).__name__) from None
        except BaseException:  # cancelled, or any other error: the socket is not left open either
            self._transport.abort()
            raise
        if made is None:  # pragma: no cover - only when the transport was closing
            raise httpcore.ConnectError("the connection closed during the TLS handshake")
        self._transport = made
        return self

    def get_extra_info(self, info: str) -> Any:
        transport = self._transport
        if transport is None:
            return None
        if info == "ssl_object":
            return transport.get_extra_info("ssl_object")
        if info == "client_addr":
            return transport.get_extra_info("sockname")
        if info == "server_addr":
            return transport.get_extra_info("peername")
        if info == "socket":
            return transport.get_extra_info("socket")
        if info == "is_readable":
            return self._ended or bool(self._buffer) or _readable(transport.get_extra_info("socket"))
        return None


def _expire(future: asyncio.Future[None], expired: type[Exception]) -> None:
    if not future.done():
        future.set_exception(expired("timed out"))


class AsyncioBackend(httpcore.AsyncNetworkBackend):
    """httpcore's network backend on the running asyncio loop (uvloop's included)."""

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[_SocketOption] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        loop = asyncio.get_running_loop()
        local = (local_address, 0) if local_address else None
        try:
            async with asyncio.timeout(timeout):
                # asyncio sets TCP_NODELAY on its TCP sockets, as anyio does
                _transport, stream = await loop.create_connection(lambda: _Stream(loop), host, port, local_addr=local)
        except TimeoutError as error:  # before OSError: TimeoutError is one
            raise httpcore.ConnectTimeout(str(error) or "connecting timed out") from None
        except OSError as error:  # refused, unreachable, name not found
            raise httpcore.ConnectError(str(error) or type(error).__name__) from None
        _apply(stream, socket_options)
        return stream

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[_SocketOption] | None = None
    ) -> httpcore.AsyncNetworkStream:
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout(timeout):
                _transport, stream = await loop.create_unix_connection(lambda: _Stream(loop), path)
        except TimeoutError as error:
            raise httpcore.ConnectTimeout(str(error) or "connecting timed out") from None
        except OSError as error:
            raise httpcore.ConnectError(str(error) or type(error).__name__) from None
        _apply(stream, socket_options)
        return stream

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


def _apply(stream: _Stream, options: Iterable[_SocketOption] | None) -> None:
    """Set ``options`` on the new connection's socket, or close it and raise ``ConnectError``.

    ``ConnectError`` ("never sent" to the retry rules) is right: this runs before any byte of the
    request is written."""
    sock: socket.socket | None = stream.get_extra_info("socket")
    try:
        for option in options or ():
            if sock is not None:
                sock.setsockopt(*option)
    except Exception as error:  # a bad option (OSError), or a malformed one (TypeError, ...)
        stream.close_now()
        raise httpcore.ConnectError(f"setting a socket option failed: {error}") from None
    except BaseException:
        stream.close_now()
        raise
