# generated from runtime/policy.py by tools/generate.py (openapi-python-client 0.29.1); do not edit
"""How long to wait and how often to try again: the retry policy, per client and per call.

Why hand-written rather than tenacity or backoff: the loop itself is a few lines, while what
decides a retry (did the request reach the server? is the operation a send that must be
reconciled first?) is this project's own logic and lives in :mod:`.resilient`. A dependency would
add import time to every generated client and still leave that logic here.

Defaults: 2 retries, exponential backoff from 0.5 s doubling to at most 8 s with full jitter, a
``Retry-After`` of up to 60 s honoured (a longer one is not waited for: the error is raised with
``retry_after`` set), and a 30 s timeout on every request.
"""

from __future__ import annotations

import contextlib
import random
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import httpx

__all__ = ["RetryPolicy", "call_options", "current_policy", "retry_after_seconds"]


@dataclass(frozen=True)
class RetryPolicy:
    """Retry and timeout settings; immutable, so a client's policy can be shared safely."""

    #: attempts after the first one.
    retries: int = 2
    #: first backoff in seconds; doubled on every further attempt.
    backoff: float = 0.5
    #: the longest backoff between two attempts.
    max_backoff: float = 8.0
    #: the longest ``Retry-After`` honoured; a longer one ends the retries.
    max_retry_after: float = 60.0
    #: timeout of every request in seconds (connect, read, write and pool each).
    timeout: float = 30.0

    def __post_init__(self) -> None:
        if self.retries < 0 or self.backoff < 0 or self.max_backoff < 0 or self.timeout <= 0:
            raise ValueError(f"invalid retry policy {self!r}: counts and delays must not be negative")

    def delay(self, attempt: int, retry_after: float | None = None, rng: random.Random | None = None) -> float:
        """Seconds to wait before attempt ``attempt + 1`` (``attempt`` counts from 0).

        The provider's ``Retry-After`` wins when given; otherwise full jitter over the
        exponential step, so many clients failing together do not retry in lockstep.
        """
        if retry_after is not None:
            return max(0.0, retry_after)
        step = min(self.max_backoff, self.backoff * (2**attempt))
        return (rng or random).uniform(0, step)


_OVERRIDE: ContextVar[dict[str, float | int] | None] = ContextVar("sms_call_options", default=None)


@contextlib.contextmanager
def call_options(*, retries: int | None = None, timeout: float | None = None) -> Iterator[None]:
    """Override the client's retries and timeout for the calls made inside this block.

    Works for sync and async code alike (a context variable follows the task)::

        with call_options(retries=0, timeout=5):
            send_sms.sync(client=client, body=body)
    """
    values = {**(_OVERRIDE.get() or {})}
    if retries is not None:
        values["retries"] = retries
    if timeout is not None:
        values["timeout"] = timeout
    token = _OVERRIDE.set(values)
    try:
        yield
    finally:
        _OVERRIDE.reset(token)


def current_policy(policy: RetryPolicy) -> RetryPolicy:
    """The client's policy with the overrides of any enclosing :func:`call_options` applied."""
    values = _OVERRIDE.get()
    if not values:
        return policy
    return replace(
        policy, retries=int(values.get("retries", policy.retries)), timeout=values.get("timeout", policy.timeout)
    )


def retry_after_seconds(response: httpx.Response) -> float | None:
    """The response's ``Retry-After`` in seconds (delta-seconds or an HTTP date), ``None`` if absent or unreadable."""
    value = response.headers.get("retry-after")
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())
