"""Per-provider pace: at most ``rate`` sends a second, and a pause after a 429's ``Retry-After``.

Why pyrate-limiter: it is a maintained rate limiter (already pinned: schemathesis depends on it)
with the same limiter over an in-memory bucket (one process) or a Redis bucket (every Celery
worker shares one window, atomically, through its Lua script), so the two runners pace alike.
The pause after a 429 is one shared "not before" time: in memory, or a Redis key with a TTL.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

from pyrate_limiter import Duration, InMemoryBucket, Limiter, Rate, RedisBucket

__all__ = ["AsyncMemoryPace", "RedisPace", "rate_of"]


def rate_of(per_second: float) -> Rate:
    """``per_second`` sends a second as a pyrate-limiter rate (fractions become longer windows)."""
    if per_second <= 0:
        raise ValueError("the rate is messages per second, above 0")
    if per_second >= 1:
        return Rate(round(per_second), Duration.SECOND)
    return Rate(1, round(1000 / per_second))


class AsyncMemoryPace:
    """The pace of one process's event loop."""

    def __init__(self, per_second: float | None) -> None:
        self.limiter = Limiter(InMemoryBucket([rate_of(per_second)])) if per_second else None
        self.not_before = 0.0

    async def acquire(self) -> None:
        while (wait := self.not_before - time.monotonic()) > 0:
            await asyncio.sleep(wait)
        if self.limiter is not None:
            await self.limiter.try_acquire_async("send")

    def pause(self, seconds: float) -> None:
        self.not_before = max(self.not_before, time.monotonic() + seconds)


class RedisPace:
    """The pace every worker of a campaign shares, in Redis (``redis`` is a ``redis.Redis``)."""

    def __init__(self, redis: Any, name: str, per_second: float | None) -> None:
        self.redis = redis
        self.pause_key = f"smscampaign:{name}:pause"
        self.limiter = (
            Limiter(RedisBucket.init([rate_of(per_second)], redis, f"smscampaign:{name}:rate")) if per_second else None
        )

    def acquire(self) -> None:
        while (wait_ms := self.redis.pttl(self.pause_key)) > 0:
            time.sleep(wait_ms / 1000)
        if self.limiter is not None:
            self.limiter.try_acquire("send")

    def pause(self, seconds: float) -> None:
        if seconds > 0:
            self.redis.set(self.pause_key, "1", px=max(1, round(seconds * 1000)))
