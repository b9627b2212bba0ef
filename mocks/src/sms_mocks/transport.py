"""httpx transports that reach a mock in this process, with no socket: for users' unit tests.

``httpx.Client(transport=InProcessTransport(app))`` (or ``httpx.AsyncClient``, or both through a
generated client's ``httpx_args``) hands each request straight to the mock's engine
(:meth:`sms_mocks.engine.SpecApp.exchange`), the same code that serves the HTTP server: routing,
authentication, validation, the provider's handlers and state, faults and the control API (the
control API's requests still go through its WSGI door, with an environ built for them).

Why not httpx's ``WSGITransport`` over the mock's WSGI door (as before): building a WSGI environ and
werkzeug's request and response objects around it cost more than the mock's own work, it folds
header names (``user_key`` becomes ``HTTP_USER_KEY``, and smSend's mock refuses ``User-Key``), and
it has no async twin. Here the request is read as the HTTP server would pass it on (the target as
sent, percent-decoded path, the raw query string, header names as sent, the body as long as
``Content-Length`` says), so a test sees the same answers in-process as over loopback.

Waits (``SpecApp.latency``, a ``slow`` fault or number) sleep the calling thread in the sync
transport and are ``asyncio.sleep`` in the async one: the event loop is held only for the engine's
own work. They count against the request's read timeout (``request.extensions["timeout"]["read"]``,
None: no limit) as the time before the answer's first byte does over loopback: once they would pass
it, the exchange is run to its end without the rest of its waits (the provider acts, as the HTTP
server still does after the client gave up), the transport waits only up to the timeout and raises
``httpx.ReadTimeout``. A ``reset`` fault raises ``httpx.ReadError``, what a client sees when the HTTP
server cuts the connection.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Generator

import httpx

from sms_mocks.engine import Answer, MockRequest, SpecApp, in_process_request

__all__ = ["AsyncInProcessTransport", "InProcessTransport"]

_DEFAULT_PORTS = {"http": 80, "https": 443}


def _request(request: httpx.Request, body: bytes) -> MockRequest:
    url = request.url
    return in_process_request(
        request.method,
        url.raw_path,
        [(name.decode("latin-1"), value.decode("latin-1")) for name, value in request.headers.raw],
        body,
        scheme=url.scheme,
        server=(url.host, url.port or _DEFAULT_PORTS.get(url.scheme, 80)),
    )


_Steps = Generator[float, None, Answer | None]


def _read_timeout(request: httpx.Request) -> float | None:
    """The request's read timeout in seconds (None: no limit), as httpx's own transports read it."""
    timeout = request.extensions.get("timeout", {})
    limit: float | None = timeout.get("read")
    return limit


def _past(steps: _Steps, waited: float, delay: float) -> float:
    """Run the exchange to its end without waiting (the provider acts, as the HTTP server still
    does after the client gave up): when the answer nobody reads would have come."""
    total = waited + delay
    try:
        while True:
            total += steps.send(None)
    except StopIteration:
        return total


def _timed_out(request: httpx.Request, limit: float, total: float) -> httpx.ReadTimeout:
    return httpx.ReadTimeout(
        f"timed out (the mock answers after {total:g} s, past the read timeout of {limit:g} s)", request=request
    )


def _response(answer: Answer | None, request: httpx.Request) -> httpx.Response:
    if answer is None:
        raise httpx.ReadError("[Errno 104] Connection reset by peer (the mock's reset fault)", request=request)
    headers = [(name.encode("latin-1"), value.encode("latin-1")) for name, value in answer.headers]
    return httpx.Response(answer.status, headers=headers, stream=httpx.ByteStream(answer.body), request=request)


def _waits(request: httpx.Request, steps: _Steps) -> Generator[float, None, httpx.Response]:
    """The waits the exchange asks for, up to the request's read timeout, then its response or
    ``httpx.ReadTimeout``: the one schedule the sync and async transports each sleep their own way."""
    limit = _read_timeout(request)
    waited = 0.0
    try:
        delay = next(steps)
        while True:
            if limit is not None and waited + delay > limit:
                total = _past(steps, waited, delay)
                yield limit - waited
                raise _timed_out(request, limit, total)
            yield delay
            waited += delay
            delay = steps.send(None)
    except StopIteration as done:
        return _response(done.value, request)


class InProcessTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """An httpx transport (sync and async) handing each request to a mock's engine in this process.

    One object serves both an ``httpx.Client`` and an ``httpx.AsyncClient``, so a generated client's
    ``httpx_args={"transport": ...}`` (given to both its sync and its async httpx client) works for
    its ``client.aio`` calls too. Sleeps block the calling thread in sync calls and are
    ``asyncio.sleep`` in async ones; waits past the request's read timeout raise
    ``httpx.ReadTimeout`` after the provider acted, as over loopback.
    """

    def __init__(self, app: SpecApp) -> None:
        self.app = app

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        waits = _waits(request, self.app.exchange(_request(request, request.read())))
        try:
            while True:
                time.sleep(next(waits))
        except StopIteration as done:
            response: httpx.Response = done.value
            return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        waits = _waits(request, self.app.exchange(_request(request, await request.aread())))
        try:
            while True:
                await _wait(next(waits))
        except StopIteration as done:
            response: httpx.Response = done.value
            return response


#: the same class, for code that names the async one (``httpx.AsyncClient(transport=AsyncInProcessTransport(app))``).
AsyncInProcessTransport = InProcessTransport


async def _wait(seconds: float) -> None:
    await asyncio.sleep(seconds)
