"""Outbound callbacks (webhooks) from a mock: every one is recorded, only loopback ones are sent.

Why so strict: contract tests fuzz callback URLs, so a mock that followed them could be made to send
traffic anywhere. A URL is called only when :mod:`sms_mocks.loopback` says its host is loopback
(an IP literal in 127.0.0.0/8 or ::1, or ``localhost``, connected to as 127.0.0.1 without asking
DNS); redirects are never followed. Everything else is recorded with the reason it was not sent.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from sms_mocks.loopback import loopback_url

__all__ = ["CallbackDispatcher", "CallbackRecord", "loopback_url"]

logger = logging.getLogger(__name__)


@dataclass
class CallbackRecord:
    """One callback the mock wanted to make, and what became of it."""

    url: str
    method: str
    json: Any = None
    form: Mapping[str, str] | None = None
    params: Mapping[str, str] | None = None
    basic_auth: tuple[str, str] | None = None
    #: "pending", "delivered", "failed" or "not sent: <reason>".
    outcome: str = "pending"
    status_code: int | None = None
    #: what the callback reports: ``delivery``, ``inbound``, ``transaction``... (the control API's log).
    event: str = ""
    #: when the mock wanted to make it (the mock's clock), and why sending failed, if it did.
    at: float = 0.0
    error: str | None = None
    done: threading.Event = field(default_factory=threading.Event, repr=False, compare=False)


class CallbackDispatcher:
    """Records callbacks and delivers loopback ones from a background thread, in order."""

    def __init__(
        self, *, timeout: float = 2.0, max_pending: int = 10_000, clock: Callable[[], float] = time.time
    ) -> None:
        self.records: list[CallbackRecord] = []
        self._clock = clock
        self._lock = threading.Lock()
        self._queue: queue.Queue[CallbackRecord | None] = queue.Queue(maxsize=max_pending)
        self._timeout = timeout
        self._thread: threading.Thread | None = None

    def submit(self, record: CallbackRecord) -> CallbackRecord:
        with self._lock:
            record.at = self._clock()
            self.records.append(record)
            target = loopback_url(record.url)
            if target is None:
                record.outcome = "not sent: not a loopback http(s) URL"
                record.done.set()
                logger.info("callback to %s recorded, not sent (not loopback)", record.url)
                return record
            if self._thread is None:
                self._thread = threading.Thread(target=self._deliver_all, name="mock-callbacks", daemon=True)
                self._thread.start()
        try:
            self._queue.put_nowait(record)
        except queue.Full:
            record.outcome = "not sent: too many callbacks pending"
            record.done.set()
        return record

    def snapshot(self) -> list[CallbackRecord]:
        """Every callback recorded so far, in order."""
        with self._lock:
            return list(self.records)

    def wait(self, timeout: float = 5.0) -> bool:
        """Wait until every submitted callback has been delivered or given up; True if all done."""
        with self._lock:
            pending = list(self.records)
        return all(record.done.wait(timeout) for record in pending)

    def close(self) -> None:
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join(timeout=self._timeout + 1)

    def _deliver_all(self) -> None:
        with httpx.Client(timeout=self._timeout, follow_redirects=False, trust_env=False) as client:
            while (record := self._queue.get()) is not None:
                self._deliver(client, record)

    def _deliver(self, client: httpx.Client, record: CallbackRecord) -> None:
        target = loopback_url(record.url)
        assert target is not None
        try:
            response = client.request(
                record.method,
                target,
                json=record.json,
                data=record.form,
                params=record.params,
                auth=record.basic_auth,
            )
            record.status_code = response.status_code
            record.outcome = "delivered" if response.is_success else "failed"
        except httpx.HTTPError as exc:
            record.outcome = "failed"
            record.error = f"{type(exc).__name__}: {exc}"
            logger.info("callback to %s failed: %s", record.url, exc)
        finally:
            record.done.set()
