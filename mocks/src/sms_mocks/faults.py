"""Faults a mock can inject: the failures a client must survive without losing or doubling a send.

Why in the mock, generically: whether a failure happens before or after the provider acted is what
decides if a retry is safe, and only the server side can choose that deliberately. Every mock gets
the same faults from :class:`sms_mocks.engine.SpecApp`, per operation, either queued one by one
(a test says "the next sendSms loses its answer after acting") or drawn at random for a share of
requests (a load test).

Kinds, and whether the provider acted:

- ``status``: an error status (500, 502, 503 or 429 with ``Retry-After``) without acting;
- ``reset-before``: the connection is cut before acting, no answer;
- ``reset-after``: the provider acts, then the connection is cut before the answer;
- ``slow``: the provider acts, then answers after ``delay`` seconds (past a client's timeout);
- ``truncated``: the provider acts and answers with half of its body;
- ``html``: the provider acts and a gateway answers 502 with an HTML page instead;
- ``garbled``: the provider acts and its answer loses its separators (a login reply ``KEY;SESSION``
  arrives as ``KEYSESSION``; a JSON answer as ``{}``);
- ``expire``: every session and token ends just before the request is handled (a 401 follows for
  a client that logged in), as if the provider's sessions timed out mid-run.

Faults apply after routing and before authentication, so they hit logins too. Each kind is defined
once, in ``KIND`` below (its hooks before and after the handler); the engine applies any of them
generically.
"""

from __future__ import annotations

import random
import threading
from collections import Counter, deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any, Protocol

from werkzeug.wrappers import Response

__all__ = ["ACTS", "ANY", "KINDS", "Fault", "FaultKind", "Faults", "default_menu"]

#: the queue of faults for the next request to any operation.
ANY = "*"


class _Provider(Protocol):
    """What a fault may ask of the provider's mock (sms_mocks.engine.MockProvider)."""

    def error(self, status: int, message: str) -> Any: ...

    def expire_credentials(self) -> None: ...


@dataclass(frozen=True)
class FaultKind:
    """One kind of fault, entirely: whether the provider acts, what happens before the handler
    (``before`` returns the provider's reply that replaces it, or None to let it run), how many
    seconds the answer then waits (``wait``), and what happens to the rendered answer (``after``
    returns the response to send, or None to cut the connection without one). The engine applies
    them generically; the wait happens outside the provider's lock, slept by whoever serves the
    request (a worker thread of the HTTP server, ``asyncio.sleep`` in the async in-process
    transport)."""

    name: str
    acts: bool
    before: Callable[[Fault, _Provider], Any] = lambda fault, provider: None
    wait: Callable[[Fault], float] = lambda fault: 0.0
    after: Callable[[Fault, Response], Response | None] = lambda fault, response: response


def _refuse(fault: Fault, provider: _Provider) -> Any:
    reply = provider.error(fault.status, HTTPStatus(fault.status).phrase)
    if fault.retry_after is not None:
        reply.headers["Retry-After"] = str(fault.retry_after)
    return reply


def _expire(fault: Fault, provider: _Provider) -> None:
    provider.expire_credentials()


def _html(fault: Fault, response: Response) -> Response:
    page = b"<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>"
    return Response(page, status=502, content_type="text/html")


def _truncated(fault: Fault, response: Response) -> Response:
    body = response.get_data()
    response.set_data(body[: len(body) // 2])
    return response


def _garbled(fault: Fault, response: Response) -> Response:
    """Separators gone from a text answer; an empty object for JSON."""
    body = response.get_data()
    response.set_data(body.replace(b";", b"") if response.mimetype == "text/plain" else b"{}")
    return response


#: every kind of fault, each defined here and only here.
KIND: dict[str, FaultKind] = {
    kind.name: kind
    for kind in (
        FaultKind("status", acts=False, before=_refuse),
        FaultKind(
            "reset-before",
            acts=False,
            before=lambda fault, provider: provider.error(500, "reset"),
            after=lambda fault, response: None,
        ),
        FaultKind("reset-after", acts=True, after=lambda fault, response: None),
        FaultKind("slow", acts=True, wait=lambda fault: fault.delay),
        FaultKind("truncated", acts=True, after=_truncated),
        FaultKind("html", acts=True, after=_html),
        FaultKind("garbled", acts=True, after=_garbled),
        FaultKind("expire", acts=True, before=_expire),
    )
}
KINDS = tuple(KIND)
#: which kinds leave the provider's state changed.
ACTS = frozenset(name for name, kind in KIND.items() if kind.acts)


@dataclass(frozen=True)
class Fault:
    kind: str
    status: int = 503
    retry_after: int | None = None
    delay: float = 0.0

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}; one of {', '.join(KINDS)}")

    @property
    def acts(self) -> bool:
        return KIND[self.kind].acts

    @property
    def definition(self) -> FaultKind:
        return KIND[self.kind]


def default_menu(slow_delay: float = 2.0, retry_after: int = 1) -> tuple[Fault, ...]:
    """Every kind once, each status once: what ``--faults`` and the load test draw from."""
    return (
        Fault("status", status=500),
        Fault("status", status=502),
        Fault("status", status=503),
        Fault("status", status=429, retry_after=retry_after),
        Fault("reset-before"),
        Fault("reset-after"),
        Fault("slow", delay=slow_delay),
        Fault("truncated"),
        Fault("html"),
        Fault("garbled"),
        Fault("expire"),
    )


class Faults:
    """The fault plan of one mock: queued faults per operation, then a random share of the rest."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._queued: dict[str, deque[Fault]] = {}
        self._rate = 0.0
        self._menu: Sequence[Fault] = ()
        self._operations: frozenset[str] | None = None
        self._rng = random.Random(0)
        self._seed = 0
        #: (operationId, kind) of every fault injected, in order.
        self.injected: list[tuple[str, str]] = []

    @property
    def active(self) -> bool:
        return bool(self._queued) or self._rate > 0

    def inject(self, operation_id: str | None, *faults: Fault) -> None:
        """The next requests to ``operation_id`` (None: to any operation) get these faults, one
        each, in order."""
        with self._lock:
            self._queued.setdefault(operation_id or ANY, deque()).extend(faults)

    def randomly(
        self, rate: float, menu: Sequence[Fault], *, operations: Iterable[str] | None = None, seed: int = 0
    ) -> None:
        """From now on, a share ``rate`` of requests (to ``operations``, default all) gets a fault
        drawn from ``menu``; ``rate=0`` turns it off."""
        if not 0 <= rate <= 1:
            raise ValueError("rate is a share between 0 and 1")
        with self._lock:
            self._rate = rate
            self._menu = tuple(menu)
            self._operations = frozenset(operations) if operations is not None else None
            self._rng = random.Random(seed)
            self._seed = seed

    def clear(self) -> None:
        with self._lock:
            self._queued.clear()
            self._rate = 0.0

    def take(self, operation_id: str) -> Fault | None:
        """The fault for this request, if any (and record it)."""
        with self._lock:
            key = operation_id if operation_id in self._queued else ANY
            queue = self._queued.get(key)
            fault = None
            if queue:
                fault = queue.popleft()
                if not queue:
                    del self._queued[key]
            elif (
                self._rate
                and self._menu
                and (self._operations is None or operation_id in self._operations)
                and self._rng.random() < self._rate
            ):
                fault = self._rng.choice(self._menu)
            if fault is not None:
                self.injected.append((operation_id, fault.kind))
            return fault

    def counts(self) -> Counter[str]:
        return Counter(kind for _, kind in self.injected)

    def describe(self) -> dict[str, Any]:
        """The plan as the control API shows it (``GET /__mock/faults``)."""
        with self._lock:
            queued: list[dict[str, Any]] = []
            for key, faults in self._queued.items():
                for fault in faults:
                    operation = None if key == ANY else key
                    last = queued[-1] if queued else None
                    if last is not None and last["operation"] == operation and last["kind"] == fault.kind:
                        last["remaining"] += 1
                    else:
                        queued.append({"kind": fault.kind, "operation": operation, "remaining": 1})
            rate = self._rate
            plan = {
                "rate": rate,
                "seed": self._seed,
                "kinds": sorted({fault.kind for fault in self._menu}, key=KINDS.index),
            }
            injected = Counter(kind for _, kind in self.injected)
        return {"queued": queued, "random": plan if rate else None, "injected": dict(injected), "kinds": list(KINDS)}
