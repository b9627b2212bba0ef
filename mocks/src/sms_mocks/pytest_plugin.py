"""The pytest plugin of sms-mocks: a running mock of each provider as a fixture.

Fixtures (function-scoped handles, each a :class:`MockHandle`):

- ``fractel_mock``, ``smsend_mock``, ``smstools_mock``: a mock over real HTTP on a free loopback
  port, started once per test session (for speed) and reset before each test;
- ``fractel_mock_inprocess``, ``smsend_mock_inprocess``, ``smstools_mock_inprocess``: the same mock
  with no socket at all: the generated client (its sync calls and its ``client.aio`` ones) and the
  handle reach it through an httpx transport that hands each request to the mock's engine in this
  process (:class:`sms_mocks.transport.InProcessTransport`; for unit tests).

A handle drives its mock through the control API (``/__mock/``, see ``control-api.yaml``), the same
way a test in another language would: :attr:`MockHandle.outbox`, :meth:`MockHandle.deliver`,
:meth:`MockHandle.inbound`, :meth:`MockHandle.outcome`, :attr:`MockHandle.faults`,
:attr:`MockHandle.clock`, :attr:`MockHandle.callbacks`, :meth:`MockHandle.reset`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from typing import Any

import httpx
import pytest

from sms_mocks.engine import SpecApp
from sms_mocks.plane import Message
from sms_mocks.registry import create_mock
from sms_mocks.server import MockServer
from sms_mocks.transport import InProcessTransport

__all__ = ["Clock", "Faults", "InProcessTransport", "MockHandle", "MockUsageError"]

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
        app: SpecApp,
        origin: str,
        *,
        server: MockServer | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.name = name
        self.app = app
        #: the mock's scheme, host and port; the control API lives under ``origin + "/__mock/"``.
        self.origin = origin
        #: the mock's HTTP server (None for an in-process mock).
        self.server = server
        self._transport = transport
        self._http = httpx.Client(base_url=origin, transport=transport, trust_env=False, timeout=30)
        self.faults = Faults(self._http)
        self.clock = Clock(self._http)

    @classmethod
    def start(cls, name: str, **options: Any) -> MockHandle:
        """Start the mock of provider ``name`` on a free loopback port (stop it with :meth:`close`)."""
        server = MockServer(create_mock(name), **options).start()
        return cls(name, server.app, server.origin, server=server)

    @classmethod
    def inprocess(cls, name: str) -> MockHandle:
        """The mock of provider ``name`` in this process, reached through an httpx transport."""
        app = SpecApp(create_mock(name))
        return cls(name, app, INPROCESS_ORIGIN, transport=InProcessTransport(app))

    def close(self) -> None:
        self._http.close()
        if self.server is not None:
            self.server.stop()
        else:
            close = getattr(self.app.provider, "close", None)
            if close is not None:
                close()

    @property
    def base_url(self) -> str:
        """The provider API's base URL: what the generated client's ``connect`` takes."""
        return self.origin + self.app.base_path

    @property
    def provider(self) -> Any:
        """The provider's mock object serving now (its state, for white-box tests)."""
        return self.app.provider

    @property
    def credentials(self) -> dict[str, str]:
        """The demo account's credentials, as ``connect(base_url, **credentials)`` takes them."""
        module = importlib.import_module(type(self.app.provider).__module__)
        login: dict[str, str] | None = getattr(module, "DEMO_LOGIN", None)
        if login is None:
            raise MockUsageError(f"the {self.name} mock declares no DEMO_LOGIN")
        return dict(login)

    def transport(self) -> InProcessTransport:
        """An httpx transport reaching this mock in-process (no socket), for any httpx client, sync
        (``httpx.Client``) or async (``httpx.AsyncClient``)."""
        return InProcessTransport(self.app)

    def client(self, *, transport: str | httpx.BaseTransport | None = None, **options: Any) -> Any:
        """The generated client of this provider, logged in with the demo credentials.

        ``transport="inprocess"`` (the default for an in-process mock) reaches the mock without a
        socket, for the client's sync calls and its async ones alike (``await client.aio.<tag>.<op>(...)``:
        the one transport serves both of the client's httpx clients). ``options`` go to the client
        package's ``connect``.
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
