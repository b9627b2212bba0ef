"""The pytest plugin of sms-mocks: a running mock of each provider as a fixture.

Fixtures (function-scoped handles, each a :class:`MockHandle`):

- ``fractel_mock``, ``smsend_mock``, ``smstools_mock``: a mock over real HTTP on a free loopback
  port, started once per test session (for speed) and reset before each test;
- ``fractel_mock_inprocess``, ``smsend_mock_inprocess``, ``smstools_mock_inprocess``: the same mock
  with no socket at all: the generated client (its sync calls and its ``client.aio`` ones) and the
  handle reach it through an httpx transport that hands each request to the mock's engine in this
  process (:class:`sms_mocks.transport.InProcessTransport`; for unit tests);
- ``start_mock``: a factory, ``start_mock("smsend", tls=True, strict=True, keep_alive=True,
  latency=0.1, faults=0.2, **provider_options)``, for a mock of one's own with server options the
  shared fixtures cannot have (HTTPS, strict query checks, a provider built differently, several
  mocks of one provider); each is stopped at the end of the test.

:meth:`MockHandle.connect` gives the same handle for a mock started elsewhere (``sms-mock`` in
another process, a CI service container): everything but the white-box :attr:`MockHandle.provider`
goes through the control API, so it drives that mock just as well.

A handle drives its mock through the control API (``/__mock/``, see ``control-api.yaml``), the same
way a test in another language would: :attr:`MockHandle.outbox`, :meth:`MockHandle.deliver`,
:meth:`MockHandle.inbound`, :meth:`MockHandle.outcome`, :attr:`MockHandle.faults`,
:attr:`MockHandle.clock`, :attr:`MockHandle.callbacks`, :meth:`MockHandle.reset`.
"""

from __future__ import annotations

import importlib
import shutil
import ssl
import tempfile
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit

import httpx
import pytest

from sms_mocks.engine import SpecApp
from sms_mocks.loopback import is_loopback_url
from sms_mocks.plane import Message
from sms_mocks.registry import GROUP, create_mock
from sms_mocks.server import MockServer
from sms_mocks.transport import InProcessTransport

__all__ = ["Clock", "Faults", "InProcessTransport", "MockHandle", "MockUsageError", "StartMock"]

#: the nominal origin of an in-process mock: nothing listens there and nothing is sent there.
INPROCESS_ORIGIN = "http://127.0.0.1:9"


class MockUsageError(Exception):
    """A handle was asked for something this installation or this mock cannot give."""


def _check(response: httpx.Response) -> httpx.Response:
    if response.is_error:
        try:
            message = response.json()["error"]
        except (ValueError, KeyError, TypeError):
            message = response.text
        raise MockUsageError(f"{response.request.method} {response.request.url.path}: {response.status_code} {message}")
    return response


class Faults:
    """The mock's faults (``/__mock/faults``)."""

    def __init__(self, http: httpx.Client) -> None:
        self._http = http

    def inject(self, kind: str, operation: str | None = None, count: int = 1, **options: Any) -> None:
        """The next ``count`` requests to ``operation`` (an operationId; None: any) get fault ``kind``
        (options: ``status``, ``retry_after``, ``delay``)."""
        _check(
            self._http.post("/__mock/faults", json={"kind": kind, "operation": operation, "count": count, **options})
        )

    def random(self, rate: float, *, seed: int = 0, kinds: Iterable[str] | None = None) -> None:
        """From now on a share ``rate`` of requests gets a fault (of ``kinds``, default all)."""
        body: dict[str, Any] = {"rate": rate, "seed": seed}
        if kinds is not None:
            body["kinds"] = list(kinds)
        _check(self._http.put("/__mock/faults/random", json=body))

    def clear(self) -> None:
        _check(self._http.delete("/__mock/faults"))

    @property
    def plan(self) -> dict[str, Any]:
        """Queued faults, the random share and the count injected per kind."""
        plan: dict[str, Any] = _check(self._http.get("/__mock/faults")).json()
        return plan

    @property
    def injected(self) -> dict[str, int]:
        injected: dict[str, int] = self.plan["injected"]
        return injected


class Clock:
    """The mock's clock (``/__mock/clock``)."""

    def __init__(self, http: httpx.Client) -> None:
        self._http = http

    @property
    def now(self) -> datetime:
        return datetime.fromisoformat(_check(self._http.get("/__mock/clock")).json()["now"])

    def advance(self, seconds: float) -> datetime:
        """Move the clock forward: scheduled sends that fall due go out, credentials expire."""
        answer = _check(self._http.post("/__mock/clock/advance", json={"seconds": seconds})).json()
        return datetime.fromisoformat(answer["now"])

    def set(self, moment: datetime) -> datetime:
        answer = _check(self._http.put("/__mock/clock", json={"now": moment.isoformat()})).json()
        return datetime.fromisoformat(answer["now"])


class MockHandle:
    """A running mock and the means to drive it (what the fixtures give)."""

    def __init__(
        self,
        name: str,
        app: SpecApp | None,
        origin: str,
        *,
        server: MockServer | None = None,
        transport: httpx.BaseTransport | None = None,
        base_path: str | None = None,
        verify: bool | ssl.SSLContext = True,
        ca_file: Path | None = None,
    ) -> None:
        self.name = name
        #: the mock's WSGI app in this process; None for a mock reached with :meth:`connect`.
        self.app = app
        #: the mock's scheme, host and port; the control API lives under ``origin + "/__mock/"``.
        self.origin = origin
        #: the mock's HTTP server (None for an in-process mock and for one reached with :meth:`connect`).
        self.server = server
        #: the PEM of the test CA an HTTPS mock's certificate comes from (``start_mock(tls=True)``):
        #: what clients in other processes must trust. None for plain HTTP.
        self.ca_file = ca_file
        #: what TLS connections to this mock verify against (an SSL context trusting ``ca_file``).
        self.verify = verify
        self._base_path = base_path
        self._transport = transport
        self._cleanup: list[Callable[[], None]] = []
        self._http = httpx.Client(base_url=origin, transport=transport, trust_env=False, timeout=30, verify=verify)
        self.faults = Faults(self._http)
        self.clock = Clock(self._http)

    @classmethod
    def start(
        cls,
        name: str,
        *,
        tls: bool = False,
        strict: bool = False,
        keep_alive: bool = False,
        log_requests: bool = False,
        latency: float = 0.0,
        slow: float | None = None,
        faults: float = 0.0,
        fault_seed: int = 0,
        **provider_options: Any,
    ) -> MockHandle:
        """Start the mock of provider ``name`` on a free loopback port (stop it with :meth:`close`).

        The options are ``sms-mock``'s: ``tls`` serves HTTPS with a certificate from a throwaway
        test CA (needs ``sms-mocks[tls]``; the handle and its ``client()`` trust it, and
        :attr:`ca_file` is its PEM for anything else); ``strict`` refuses unknown query parameters;
        ``keep_alive`` keeps connections open between requests; ``log_requests`` logs each request
        (credentials redacted); ``latency`` delays every answer (seconds); ``slow`` is how long a
        ``slow`` fault or number delays its answer; ``faults`` the share of requests given a random
        fault (seeded by ``fault_seed``; set through the control API, so a :meth:`reset` clears it
        like any fault). ``provider_options`` go to the provider mock's constructor (such as
        ``demo_objects=False`` for smSend); a reset builds the mock again with them.
        """
        ca_file: Path | None = None
        context: ssl.SSLContext | None = None
        folder = ""
        if tls:
            from sms_mocks.tls import throwaway_certificate

            folder = tempfile.mkdtemp(prefix="sms-mock-tls-")
            ca_file = Path(folder) / "ca.pem"
            context = throwaway_certificate("127.0.0.1", ca_file)
        try:
            server = MockServer(
                create_mock(name, **provider_options),
                strict=strict,
                keep_alive=keep_alive,
                log_requests=log_requests,
                ssl_context=context,
            ).start()
        except BaseException:
            if folder:
                shutil.rmtree(folder, ignore_errors=True)
            raise
        handle: MockHandle | None = None
        try:  # a step that fails after the server started stops it: nothing is left running
            server.app.latency = latency
            if slow is not None:
                server.provider.slow_delay = slow  # type: ignore[attr-defined]  # a ControlledProvider's
            verify: bool | ssl.SSLContext = True
            if ca_file is not None:
                verify = ssl.create_default_context(cafile=str(ca_file))
            handle = cls(name, server.app, server.origin, server=server, verify=verify, ca_file=ca_file)
            if folder:
                handle._cleanup.append(lambda: shutil.rmtree(folder, ignore_errors=True))
            if faults:
                handle.faults.random(faults, seed=fault_seed)
        except BaseException:
            if handle is not None:
                handle.close()
            else:
                server.stop()
                if folder:
                    shutil.rmtree(folder, ignore_errors=True)
            raise
        return handle

    @classmethod
    def inprocess(cls, name: str) -> MockHandle:
        """The mock of provider ``name`` in this process, reached through an httpx transport."""
        app = SpecApp(create_mock(name))
        return cls(name, app, INPROCESS_ORIGIN, transport=InProcessTransport(app))

    @classmethod
    def connect(cls, url: str, *, verify: bool | str | ssl.SSLContext = True, allow_remote: bool = False) -> MockHandle:
        """A handle for a mock already running elsewhere (``sms-mock`` in another process, a CI
        service container), found at ``url``: its origin or its API's base URL.

        Only a loopback address (``127.0.0.1``, ``::1``, ``localhost``) is taken unless
        ``allow_remote=True``: a handle resets and sends, and a test suite should reach another
        machine (a CI service container by its name) only when it says so.

        It asks the control API (``GET /__mock/``) which provider it mocks and where its API lives,
        and then drives it only through the control API, as the fixtures' handles do; ``verify`` is
        what its TLS certificate is checked against (a CA file's path, an SSL context, or False).
        :meth:`close` closes the handle's connections, not the mock. What needs the mock in this
        process (:attr:`provider`, :meth:`transport`) is refused.
        """
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise MockUsageError(f"{url!r} is not an http(s) URL of a mock")
        origin = f"{parts.scheme}://{parts.netloc}"
        if not allow_remote and not is_loopback_url(origin):
            raise MockUsageError(
                f"{origin} is not a loopback address: pass allow_remote=True to drive a mock on another machine"
            )
        context = ssl.create_default_context(cafile=verify) if isinstance(verify, str) else verify
        with httpx.Client(trust_env=False, timeout=30, verify=context) as http:
            try:
                answer = http.get(origin + "/__mock/")
            except httpx.TransportError as exc:
                raise MockUsageError(f"no mock answers at {origin}: {exc}") from exc
        try:
            info = answer.json() if answer.status_code == 200 else {}
            name, base_path = str(info["provider"]), str(info["api_base_path"])
        except (ValueError, KeyError, TypeError):
            raise MockUsageError(
                f"{origin} has no mock control API (GET /__mock/ answered {answer.status_code}): not an sms-mocks mock"
            ) from None
        return cls(name, None, origin, base_path="" if base_path == "/" else base_path, verify=context)

    def close(self) -> None:
        self._http.close()
        if self.server is not None:
            self.server.stop()
        elif self.app is not None:
            close = getattr(self.app.provider, "close", None)
            if close is not None:
                close()
        for cleanup in self._cleanup:
            cleanup()
        self._cleanup.clear()

    def _local(self, what: str) -> SpecApp:
        if self.app is None:
            raise MockUsageError(
                f"{what} needs the mock in this process; the {self.name} mock at {self.origin} runs "
                "elsewhere: drive it through the control API (outbox, deliver, inbound, outcome, faults, clock)"
            )
        return self.app

    @property
    def base_url(self) -> str:
        """The provider API's base URL: what the generated client's ``connect`` takes."""
        return self.origin + (self.app.base_path if self.app is not None else self._base_path or "")

    @property
    def provider(self) -> Any:
        """The provider's mock object serving now (its state, for white-box tests)."""
        return self._local("handle.provider").provider

    @property
    def credentials(self) -> dict[str, str]:
        """The demo account's credentials, as ``connect(base_url, **credentials)`` takes them (for a
        mock reached with :meth:`connect`: those of the same mock installed here)."""
        if self.app is not None:
            module = importlib.import_module(type(self.app.provider).__module__)
        else:
            found = entry_points(group=GROUP, name=self.name)
            if not found:
                raise MockUsageError(f"the {self.name} mock is not installed here, so its demo credentials are unknown")
            module = importlib.import_module(next(iter(found)).value.partition(":")[0])
        login: dict[str, str] | None = getattr(module, "DEMO_LOGIN", None)
        if login is None:
            raise MockUsageError(f"the {self.name} mock declares no DEMO_LOGIN")
        return dict(login)

    def transport(self) -> InProcessTransport:
        """An httpx transport reaching this mock in-process (no socket), for any httpx client, sync
        (``httpx.Client``) or async (``httpx.AsyncClient``)."""
        return InProcessTransport(self._local("handle.transport()"))

    def client(self, *, transport: str | httpx.BaseTransport | None = None, **options: Any) -> Any:
        """The generated client of this provider, logged in with the demo credentials.

        ``transport="inprocess"`` (the default for an in-process mock) reaches the mock without a
        socket, for the client's sync calls and its async ones alike (``await client.aio.<tag>.<op>(...)``:
        the one transport serves both of the client's httpx clients). ``options`` go to the client
        package's ``connect``. An HTTPS mock's client trusts its test CA.
        """
        module_name = f"{self.name}_client"
        try:
            package = importlib.import_module(module_name)
        except ModuleNotFoundError:
            distribution = module_name.replace("_", "-")
            raise MockUsageError(
                f"handle.client() needs the generated client package {module_name!r}: pip install {distribution}"
            ) from None
        chosen = transport if transport is not None else self._transport
        if chosen == "inprocess":
            chosen = self.transport()
        if chosen is not None:
            httpx_args = {**options.pop("httpx_args", {}), "transport": chosen}
            options["httpx_args"] = httpx_args
        options.setdefault("allow_insecure_http", True)
        if self.verify is not True and chosen is None:
            options.setdefault("verify_ssl", self.verify)
        connect: Callable[..., Any] = package.connect
        return connect(self.base_url, **self.credentials, **options)

    # -- the control API ------------------------------------------------------------------------

    @property
    def info(self) -> dict[str, Any]:
        """``GET /__mock/``: provider, API base path, spec version, magic numbers, fault kinds."""
        info: dict[str, Any] = _check(self._http.get("/__mock/")).json()
        return info

    @property
    def outbox(self) -> list[Message]:
        """Every message the mock was asked to send, newest first."""
        return self.messages()

    def messages(self, *, recipient: str | None = None, text: str | None = None, since: int = 0) -> list[Message]:
        """Sent messages, newest first: those whose recipient and text contain these (text
        case-insensitively), created or changed after outbox version ``since``."""
        query: dict[str, Any] = {"since": since}
        if recipient is not None:
            query["recipient"] = recipient
        if text is not None:
            query["text"] = text
        answer = _check(self._http.get("/__mock/outbox", params=query)).json()
        return [Message.from_json(item) for item in answer["messages"]]

    def message(self, message_id: str) -> Message:
        return Message.from_json(_check(self._http.get(f"/__mock/outbox/{message_id}")).json())

    def deliver(self, message_id: str, status: str = "delivered") -> Message:
        """A delivery report (``delivered`` or ``failed``) for one message, as the provider makes it."""
        answer = _check(self._http.post(f"/__mock/outbox/{message_id}/deliver", json={"status": status}))
        return Message.from_json(answer.json())

    def inbound(self, sender: str, text: str, recipient: str | None = None) -> str:
        """An SMS from ``sender`` arrives (for ``recipient``, default the demo account's first
        receiving number); returns its id."""
        body = {"sender": sender, "text": text, "recipient": recipient}
        inbound_id: str = _check(self._http.post("/__mock/inbound", json=body)).json()["id"]
        return inbound_id

    def outcome(self, number: str, outcome: str | None) -> None:
        """Every later send to ``number`` ends ``delivered``, ``failed``, ``refused`` or ``slow``;
        None forgets the setting."""
        if outcome is None:
            _check(self._http.delete(f"/__mock/numbers/{number}"))
        else:
            _check(self._http.put(f"/__mock/numbers/{number}", json={"outcome": outcome}))

    @property
    def callbacks(self) -> list[dict[str, Any]]:
        """The callbacks the mock made or refused, in order."""
        callbacks: list[dict[str, Any]] = _check(self._http.get("/__mock/callbacks")).json()["callbacks"]
        return callbacks

    @property
    def ignored(self) -> list[dict[str, Any]]:
        """Unknown query parameters the mock ignored, per request."""
        ignored: list[dict[str, Any]] = _check(self._http.get("/__mock/ignored")).json()["ignored"]
        return ignored

    def reset(self) -> None:
        """Back to a fresh mock (``POST /__mock/reset``)."""
        _check(self._http.post("/__mock/reset"))


class StartMock(Protocol):
    """The ``start_mock`` fixture: start a mock of one's own (see :meth:`MockHandle.start`)."""

    def __call__(
        self,
        provider: str,
        *,
        tls: bool = False,
        strict: bool = False,
        keep_alive: bool = False,
        log_requests: bool = False,
        latency: float = 0.0,
        slow: float | None = None,
        faults: float = 0.0,
        fault_seed: int = 0,
        **provider_options: Any,
    ) -> MockHandle: ...


@pytest.fixture
def start_mock() -> Iterator[StartMock]:
    """Start mocks with options of this test's own (:meth:`MockHandle.start`): HTTPS, strict query
    checks, keep-alive, latency, random faults, provider constructor options, several at once.
    Each is a new server on a free loopback port, stopped at the end of the test."""
    started: list[MockHandle] = []

    def start(provider: str, **options: Any) -> MockHandle:
        handle = MockHandle.start(provider, **options)
        started.append(handle)
        return handle

    yield start
    for handle in reversed(started):
        handle.close()


def _session_mock(name: str, inprocess: bool) -> Callable[..., Iterator[MockHandle]]:
    def running(request: pytest.FixtureRequest) -> Iterator[MockHandle]:
        handle = MockHandle.inprocess(name) if inprocess else MockHandle.start(name)
        yield handle
        handle.close()

    running.__name__ = f"_sms_mocks_{name}{'_inprocess' if inprocess else ''}_session"
    return running


def _fixture(name: str, inprocess: bool) -> Callable[..., Iterator[MockHandle]]:
    session = f"_sms_mocks_{name}{'_inprocess' if inprocess else ''}_session"
    kind = "in this process, reached with no socket" if inprocess else "over HTTP on a free loopback port"

    def handle(request: pytest.FixtureRequest) -> Iterator[MockHandle]:
        mock: MockHandle = request.getfixturevalue(session)
        mock.reset()
        yield mock

    handle.__name__ = f"{name}_mock{'_inprocess' if inprocess else ''}"
    handle.__doc__ = f"The {name} mock {kind}, fresh for this test (a :class:`sms_mocks.pytest_plugin.MockHandle`)."
    return handle


for _name in ("fractel", "smsend", "smstools"):
    for _inprocess in (False, True):
        _runner = _session_mock(_name, _inprocess)
        globals()[_runner.__name__] = pytest.fixture(scope="session")(_runner)
        _handle = _fixture(_name, _inprocess)
        globals()[_handle.__name__] = pytest.fixture(_handle)
