"""Faults a mock can inject: the failures a client must survive without losing or doubling a send.

Why in the mock, generically: whether a failure happens before or after the provider acted is what
decides if a retry is safe, and only the server side can choose that deliberately. Every mock gets
the same faults from :class:`tools.mocks.engine.SpecApp`, per operation, either queued one by one
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

Faults apply after routing and before authentication, so they hit logins too.
"""

from __future__ import annotations

import random
import threading
from collections import Counter, deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = ["KINDS", "Fault", "Faults", "default_menu"]

KINDS = ("status", "reset-before", "reset-after", "slow", "truncated", "html", "garbled", "expire")
#: which kinds leave the provider's state changed.
ACTS = frozenset({"reset-after", "slow", "truncated", "html", "garbled", "expire"})


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
        return self.kind in ACTS


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
        #: (operationId, kind) of every fault injected, in order.
        self.injected: list[tuple[str, str]] = []

    @property
    def active(self) -> bool:
        return bool(self._queued) or self._rate > 0

    def inject(self, operation_id: str, *faults: Fault) -> None:
        """The next requests to ``operation_id`` get these faults, one each, in order."""
        with self._lock:
            self._queued.setdefault(operation_id, deque()).extend(faults)

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

    def clear(self) -> None:
        with self._lock:
            self._queued.clear()
            self._rate = 0.0

    def take(self, operation_id: str) -> Fault | None:
        """The fault for this request, if any (and record it)."""
        with self._lock:
            queue = self._queued.get(operation_id)
            fault = None
            if queue:
                fault = queue.popleft()
                if not queue:
                    del self._queued[operation_id]
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
