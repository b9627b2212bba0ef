"""httpx transports that reach a mock in this process, with no socket: for users' unit tests.

``httpx.Client(transport=InProcessTransport(app))`` (or ``httpx.AsyncClient``, or both through a
generated client's ``httpx_args``) hands each request straight to the mock's engine
(:meth:`sms_mocks.engine.SpecApp.exchange`), the same code that serves the HTTP server: routing,
authentication, validation, the provider's handlers and state, faults and the control API.

Why not httpx's ``WSGITransport`` over the mock's WSGI door (as before): building a WSGI environ and
werkzeug's request and response objects around it cost more than the mock's own work, it folds
header names (``user_key`` becomes ``HTTP_USER_KEY``, and smSend's mock refuses ``User-Key``), and
it has no async twin. Here the request is read as the HTTP server would pass it on (the target as
sent, percent-decoded path, the raw query string, header names as sent, the body as long as
``Content-Length`` says), so a test sees the same answers in-process as over loopback.

Waits (``SpecApp.latency``, a ``slow`` fault or number) sleep the calling thread in the sync
transport and are ``asyncio.sleep`` in the async one: the event loop is held only for the engine's
own work. A ``reset`` fault raises ``httpx.ReadError``, what a client sees when the HTTP server cuts
the connection.
"""

from __future__ import annotations

import asyncio
from collections.abc import Generator

import httpx

from sms_mocks.engine import Answer, MockRequest, SpecApp, in_process_request, run_blocking

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


def _response(answer: Answer | None, request: httpx.Request) -> httpx.Response:
    if answer is None:
        raise httpx.ReadError("[Errno 104] Connection reset by peer (the mock's reset fault)", request=request)
    headers = [(name.encode("latin-1"), value.encode("latin-1")) for name, value in answer.headers]
    return httpx.Response(answer.status, headers=headers, stream=httpx.ByteStream(answer.body), request=request)


class InProcessTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """An httpx transport (sync and async) handing each request to a mock's engine in this process.

    One object serves both an ``httpx.Client`` and an ``httpx.AsyncClient``, so a generated client's
    ``httpx_args={"transport": ...}`` (given to both its sync and its async httpx client) works for
    its ``client.aio`` calls too. Sleeps block the calling thread in sync calls and are
    ``asyncio.sleep`` in async ones.
    """

    def __init__(self, app: SpecApp) -> None:
        self.app = app

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        steps = self.app.exchange(_request(request, request.read()))
        return _response(run_blocking(steps), request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        steps = self.app.exchange(_request(request, await request.aread()))
        return _response(await _run_async(steps), request)


#: the same class, for code that names the async one (``httpx.AsyncClient(transport=AsyncInProcessTransport(app))``).
AsyncInProcessTransport = InProcessTransport


async def _wait(seconds: float) -> None:
    await asyncio.sleep(seconds)


async def _run_async(steps: Generator[float, None, Answer | None]) -> Answer | None:
    """Drive the engine's exchange on the event loop, awaiting its waits."""
    try:
        delay = next(steps)
        while True:
            await _wait(delay)
            delay = steps.send(None)
    except StopIteration as done:
        answer: Answer | None = done.value
        return answer
