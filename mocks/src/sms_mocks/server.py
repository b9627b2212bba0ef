"""Serve a mock provider over real HTTP on a loopback address, in a background thread or the foreground.

Why uvicorn's HTTP/1.1 protocol (httptools, the C parser llhttp of Node.js) on an asyncio event loop
(uvloop where installed), rather than werkzeug's threaded server: one thread serves every connection,
so throughput does not fall as clients are added (a thread per connection fought for the GIL and
fell from 1,380 to 2,300 sends/s at 1 to 100 connections), the parser is C, and keep-alive, pipelining,
``Expect: 100-continue`` and flow control are uvicorn's well-tested code, not ours. The mock stays a
WSGI application (:class:`sms_mocks.engine.SpecApp`, also served in-process through httpx's
``WSGITransport``): :class:`WSGIOnLoop` calls it on the event loop, where a request takes tens of
microseconds and never waits; whatever may sleep (``--latency``, a ``slow`` fault, a slow number)
runs in a worker thread instead, so a sleeping request never blocks the others. Only uvicorn's
protocol is used, not its ``Server`` (whose shutdown polls every 0.1 s; tests start and stop many
mocks): the listening socket, TLS and the lifecycle are asyncio's.

What the provider mocks rely on, kept from the werkzeug server: the request's header names exactly
as sent (``environ["mock.raw_headers"]``), a connection reset without an answer for the ``reset``
faults (``environ["mock.abort"]``), loopback-only binding, port 0, TLS from an ``ssl.SSLContext``,
and a request log with credentials redacted.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import io
import logging
import socket
import ssl
import struct
import sys
import threading
from collections.abc import Callable, Iterable
from email.utils import formatdate
from types import TracebackType
from typing import Any, Self
from urllib.parse import unquote_to_bytes

from uvicorn.config import Config
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
from uvicorn.server import ServerState

from sms_mocks.engine import Deferred, MockProvider, SpecApp, redact, wsgi_body
from sms_mocks.loopback import loopback_host

__all__ = ["MockServer", "WSGIOnLoop"]

logger = logging.getLogger(__name__)

try:  # uvloop: a faster event loop (libuv); not on Windows, where asyncio's own loop serves
    import uvloop

    _new_loop: Callable[[], asyncio.AbstractEventLoop] = uvloop.new_event_loop
except ImportError:  # pragma: no cover - depends on the platform
    _new_loop = asyncio.new_event_loop

#: worker threads for requests that may sleep (latency, slow faults): enough that a load test's
#: slow answers never queue behind each other.
BLOCKING_WORKERS = 256


class RawHeadersProtocol(HttpToolsProtocol):
    """uvicorn's HTTP/1.1 protocol, plus the header names exactly as sent and a way to reset.

    Why: ASGI (like WSGI) folds names to one case, and a provider whose auth headers are ``user_key``
    and ``Session_key`` (and which refuses ``User-Key``) can only be mocked with the real names; the
    ``reset`` faults must cut the TCP connection without an answer, which ASGI cannot say.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # uvicorn logs request lines whenever its logger has handlers (a test's caplog, say), with
        # query strings unredacted; WSGIOnLoop logs them itself, redacted, when asked to.
        self.access_log = False

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self.raw_headers: list[tuple[str, str]] = []
        self.scope["mock.raw_headers"] = self.raw_headers  # type: ignore[typeddict-unknown-key]
        self.scope["mock.transport"] = self.transport  # type: ignore[typeddict-unknown-key]

    def on_header(self, name: bytes, value: bytes) -> None:
        self.raw_headers.append((name.decode("latin-1"), value.decode("latin-1")))
        super().on_header(name, value)

    def send_400_response(self, msg: str) -> None:
        # uvicorn logs the bare fact; the request line may carry credentials, so none of it is logged.
        logger.warning("Bad request from %s: %s", self.client[0] if self.client else "?", msg)
        super().send_400_response(msg)


def _abort(transport: asyncio.Transport) -> None:
    """Cut a connection with a TCP reset: no answer, and the client sees ECONNRESET."""
    if transport.is_closing():  # the client left first (it timed out)
        return
    sock = transport.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError, ValueError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    transport.abort()


class WSGIOnLoop:
    """An ASGI application running a WSGI application on the event loop's own thread.

    Why not a thread pool for every request (as general ASGI-to-WSGI bridges do): handing each
    request to another thread and back costs more than the mock's own work (it halved the sends per
    second at one connection), and it would buy no parallelism: every handler runs under its
    provider's one lock anyway (sms_mocks.engine.MockProvider), and the GIL serialises the rest. So
    handlers must stay quick (no scan of every message per request). Work that may sleep is the
    exception: the engine hands it back as a :class:`sms_mocks.engine.Deferred` (offered through
    ``environ["mock.defer"]``) and it runs in a worker thread, so a sleeping answer never holds up
    the requests behind it.
    """

    def __init__(
        self, app: Callable[..., Iterable[bytes]], *, keep_alive: bool, log_requests: bool, redacted: frozenset[str]
    ) -> None:
        self.app = app
        self.keep_alive = keep_alive
        self.log_requests = log_requests
        self.redacted = redacted
        self.pool = concurrent.futures.ThreadPoolExecutor(BLOCKING_WORKERS, thread_name_prefix="mock-blocking")

    async def __call__(self, scope: dict[str, Any], receive: Callable[..., Any], send: Callable[..., Any]) -> None:
        if scope["type"] != "http":  # pragma: no cover - lifespan is off and websockets are refused
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        environ = self._environ(scope, body)
        answer: list[Any] = []

        def start_response(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> None:
            answer[:] = [status, headers]

        result: Any = self.app(environ, start_response)
        if isinstance(result, Deferred):
            result = await asyncio.get_running_loop().run_in_executor(self.pool, result.run)
        content = wsgi_body(result)
        transport = scope.get("mock.transport")
        if environ.get("mock.aborted") and transport is not None:
            _abort(transport)
            self._log(scope, "reset")
            await asyncio.sleep(0)  # uvicorn learns of the lost connection before this returns
            return
        status, headers = answer
        code = int(status[:3])
        encoded = [(name.encode("latin-1"), value.encode("latin-1")) for name, value in headers]
        if not self.keep_alive:
            encoded.append((b"connection", b"close"))
        await send({"type": "http.response.start", "status": code, "headers": encoded})
        await send({"type": "http.response.body", "body": content})
        self._log(scope, str(code))

    def _log(self, scope: dict[str, Any], outcome: str) -> None:
        if not self.log_requests:
            return
        target = scope["raw_path"].decode("latin-1")
        if scope["query_string"]:
            target += "?" + scope["query_string"].decode("latin-1")
        client = scope["client"][0] if scope.get("client") else "-"
        line = f'{client} - "{scope["method"]} {target} HTTP/{scope["http_version"]}" {outcome}'
        logger.info("%s", redact(line, self.redacted))

    def _environ(self, scope: dict[str, Any], body: bytes) -> dict[str, Any]:
        raw_path: bytes = scope["raw_path"]
        server = scope.get("server") or ("127.0.0.1", 0)
        environ: dict[str, Any] = {
            "REQUEST_METHOD": scope["method"],
            "SCRIPT_NAME": "",
            "PATH_INFO": (unquote_to_bytes(raw_path) if b"%" in raw_path else raw_path).decode("latin-1"),
            "QUERY_STRING": scope["query_string"].decode("latin-1"),
            "SERVER_NAME": server[0],
            "SERVER_PORT": str(server[1]),
            "SERVER_PROTOCOL": "HTTP/" + scope["http_version"],
            "REMOTE_ADDR": scope["client"][0] if scope.get("client") else "",
            "wsgi.version": (1, 0),
            "wsgi.url_scheme": scope["scheme"],
            "wsgi.input": io.BytesIO(body),
            "wsgi.errors": sys.stderr,
            "wsgi.multithread": True,
            "wsgi.multiprocess": False,
            "wsgi.run_once": False,
            "mock.raw_headers": scope.get("mock.raw_headers", []),
            "mock.defer": Deferred,
        }
        for name, value in scope["headers"]:
            key = name.decode("latin-1").upper()
            if "_" in key:  # only in mock.raw_headers: as a WSGI variable it would pass for a dashed name
                continue
            key = key.replace("-", "_")
            if key not in ("CONTENT_TYPE", "CONTENT_LENGTH"):
                key = "HTTP_" + key
            text = value.decode("latin-1")
            environ[key] = f"{environ[key]},{text}" if key in environ else text
        if "mock.transport" in scope:
            environ["mock.abort"] = lambda: environ.__setitem__("mock.aborted", True)
        return environ


class MockServer:
    """A running mock: ``with MockServer(provider) as mock: mock.base_url``."""

    def __init__(
        self,
        provider: MockProvider,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        ssl_context: ssl.SSLContext | None = None,
        log_requests: bool = False,
        keep_alive: bool = False,
        strict: bool = False,
    ) -> None:
        address = loopback_host(host)
        if address is None:
            raise ValueError(f"mock servers bind loopback addresses only, not {host}")
        self.app = SpecApp(provider, strict=strict)
        self.host = host = address
        self._socket = socket.create_server((host, port), family=socket.AF_INET6 if ":" in host else socket.AF_INET)
        self._ssl = ssl_context
        self._asgi = WSGIOnLoop(
            self.app, keep_alive=keep_alive, log_requests=log_requests, redacted=self.app.credential_names
        )
        # timeout_keep_alive: an idle keep-alive connection stays open as long as providers' servers
        # keep theirs (a minute or more), not uvicorn's 5 s.
        self._config = Config(
            self._asgi, lifespan="off", log_config=None, access_log=False, proxy_headers=False, timeout_keep_alive=75
        )
        self._config.load()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopped: asyncio.Event | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self.scheme = "https" if ssl_context else "http"

    @property
    def provider(self) -> MockProvider:
        """The provider being served now (``POST /__mock/reset`` swaps in a fresh one)."""
        return self.app.provider

    @property
    def port(self) -> int:
        port: int = self._socket.getsockname()[1]
        return port

    @property
    def origin(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{self.scheme}://{host}:{self.port}"

    @property
    def base_url(self) -> str:
        """Where the generated client should point: the origin plus the spec's base path."""
        return self.origin + self.app.base_path

    async def _serve(self) -> None:
        loop = asyncio.get_running_loop()
        state = ServerState()
        self._stopped = asyncio.Event()

        def protocol() -> asyncio.Protocol:
            return RawHeadersProtocol(config=self._config, server_state=state, app_state={}, _loop=loop)

        clock: list[asyncio.TimerHandle] = []

        def date() -> None:  # every answer carries Date, as servers do (clients judge expiry by it)
            state.default_headers = [(b"date", formatdate(usegmt=True).encode())]
            clock[:] = [loop.call_later(1, date)]

        date()
        server = await loop.create_server(protocol, sock=self._socket, ssl=self._ssl, backlog=1024)
        self._ready.set()
        try:
            await self._stopped.wait()
        finally:
            clock[0].cancel()
            server.close()
            for connection in list(state.connections):
                if connection.transport is not None:
                    connection.transport.abort()
            for task in list(state.tasks):
                task.cancel()
            await asyncio.gather(*state.tasks, return_exceptions=True)

    def _run(self) -> None:
        loop = _new_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._serve())
        finally:
            self._ready.set()
            loop.close()

    def start(self) -> Self:
        self._thread = threading.Thread(target=self._run, name="mock-server", daemon=True)
        self._thread.start()
        self._ready.wait(timeout=10)
        return self

    def serve_forever(self) -> None:
        """Serve in the calling thread until :meth:`stop` (or Ctrl-C)."""
        self._run()

    def stop(self) -> None:
        loop, stopped = self._loop, self._stopped
        if loop is not None and stopped is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):  # the loop closed meanwhile
                loop.call_soon_threadsafe(stopped.set)
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._socket.close()
        self._asgi.pool.shutdown(wait=False, cancel_futures=True)
        close = getattr(self.provider, "close", None)
        if close is not None:
            close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.stop()
