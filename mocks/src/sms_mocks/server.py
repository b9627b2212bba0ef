"""Serve a mock provider over real HTTP on a loopback address, in a background thread or the foreground.

Why werkzeug's threaded server: it is a real HTTP/1.1 server with keep-alive, it is already pinned
(schemathesis depends on it), and it binds any loopback port including 0 (a free one, for tests).
Only loopback addresses are accepted, so a mock can never be exposed beyond this machine.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import ssl
import threading
from types import TracebackType
from typing import Any, Self

from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server

from sms_mocks.engine import MockProvider, SpecApp, redact

__all__ = ["MockServer"]

logger = logging.getLogger(__name__)


class RawHeadersHandler(WSGIRequestHandler):
    """Passes the request's header names through exactly as sent, in ``environ["mock.raw_headers"]``.

    Why: WSGI folds ``user_key`` and ``User-Key`` into one ``HTTP_USER_KEY`` variable, and werkzeug
    drops names containing ``_`` altogether; a provider whose auth headers are ``user_key`` and
    ``Session_key`` (and which refuses ``User-Key``) can only be mocked with the real names.
    """

    def make_environ(self) -> dict[str, object]:
        environ: dict[str, object] = super().make_environ()
        environ["mock.raw_headers"] = list(self.headers.items())
        return environ

    def log(self, type: str, message: str, *args: Any) -> None:
        """Every line werkzeug logs for a request (the request log, protocol errors), with the values
        of credential query parameters (the spec's, see ``credential_names``) replaced by ``***``."""
        text = message % args if args else message
        names: frozenset[str] = getattr(self.server.app, "credential_names", frozenset())
        super().log(type, "%s", redact(text, names))


class _NoDrain:
    """The request stream, except that werkzeug's post-response drain (one ``read`` of 10 MB) reads
    nothing: with keep-alive the bytes waiting there are the client's next request."""

    DRAIN = 10_000_000

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def read(self, size: int = -1) -> bytes:
        return b"" if size == self.DRAIN else bytes(self._stream.read(size))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


class KeepAliveHandler(RawHeadersHandler):
    """Keeps the connection open between requests, as providers' servers do.

    werkzeug closes every connection because, after answering, it drains whatever the client sent
    beyond the request, which with keep-alive would swallow the next request. The mocks read every
    body and httpx does not pipeline, so this handler skips the drain and the ``Connection: close``.
    Used for benchmarks, where a new TCP connection per call would hide the client's own cost.
    """

    def setup(self) -> None:
        super().setup()
        # Small answers written in pieces would otherwise wait for the client's delayed ACK (Nagle).
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def run_wsgi(self) -> None:
        stream = self.rfile
        self.rfile = _NoDrain(stream)  # type: ignore[assignment]
        try:
            super().run_wsgi()
        finally:
            self.rfile = stream

    def send_header(self, keyword: str, value: str) -> None:
        if keyword.lower() == "connection" and value.lower() == "close":
            return
        super().send_header(keyword, value)


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
        if not ipaddress.ip_address(host).is_loopback:
            raise ValueError(f"mock servers bind loopback addresses only, not {host}")
        if not log_requests:
            logging.getLogger("werkzeug").setLevel(logging.WARNING)
        self.app = SpecApp(provider, strict=strict)
        self._server: BaseWSGIServer = make_server(
            host,
            port,
            self.app,
            threaded=True,
            request_handler=KeepAliveHandler if keep_alive else RawHeadersHandler,
            ssl_context=ssl_context,
        )
        self._thread: threading.Thread | None = None
        self.scheme = "https" if ssl_context else "http"

    @property
    def provider(self) -> MockProvider:
        """The provider being served now (``POST /__mock/reset`` swaps in a fresh one)."""
        return self.app.provider

    @property
    def port(self) -> int:
        port: int = self._server.server_port
        return port

    @property
    def origin(self) -> str:
        host: str = self._server.host
        host = f"[{host}]" if ":" in host else host
        return f"{self.scheme}://{host}:{self.port}"

    @property
    def base_url(self) -> str:
        """Where the generated client should point: the origin plus the spec's base path."""
        return self.origin + self.app.base_path

    def start(self) -> Self:
        # A short poll interval lets stop() return promptly; tests start and stop many servers.
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), name="mock-server", daemon=True
        )
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        self._server.serve_forever()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        close = getattr(self.provider, "close", None)
        if close is not None:
            close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.stop()
