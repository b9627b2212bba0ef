"""The same campaign as Celery tasks over Redis (``pip install 'sms-campaign[celery]'``).

One task per message, carrying its deterministic send key. Each key's state lives in Redis (a
hash per campaign, the Redis that is the broker); a task claims its key (``SET NX`` with a TTL)
before sending, so two deliveries of one task never send at once, and a delivery that finds the
key ``sending`` with no live claim (its worker died mid-send) or ``maybe`` asks the provider's
lookup instead of sending: found is ``sent``, absent is sent again with the same key (which both
keyed providers refuse to take twice), no lookup (FracTEL) stays ``maybe``.

Tasks are acknowledged late and rejected-then-requeued when their worker is lost
(``acks_late``, ``reject_on_worker_lost``): a killed worker's tasks go back to the queue (after
the broker's visibility timeout, ``SMS_CAMPAIGN_VISIBILITY`` seconds) and another worker
reconciles them. The rate limit is one window in Redis shared by every worker
(:class:`smscampaign.limits.RedisPace`).

Run workers with ``celery -A smscampaign.tasks worker --pool threads --concurrency 32``; the broker
comes from ``SMS_CAMPAIGN_BROKER`` (default ``redis://127.0.0.1:6379/0``).
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from collections import Counter
from typing import Any

import redis
from celery import Celery, Task  # type: ignore[import-untyped]
from smskit import Sender

from .limits import RedisPace
from .plan import Plan
from .runner import Summary, connect, progress_bar
from .sending import deliver, reconcile

__all__ = ["app", "run_on_celery", "send_message"]

BROKER = os.environ.get("SMS_CAMPAIGN_BROKER", "redis://127.0.0.1:6379/0")
#: seconds a worker's claim on a key lasts; a send (with its retries and lookup) must end within it
CLAIM_SECONDS = float(os.environ.get("SMS_CAMPAIGN_CLAIM", "120"))
#: seconds without progress after which the waiting producer queues the unsettled keys again
REQUEUE_SECONDS = float(os.environ.get("SMS_CAMPAIGN_REQUEUE", "300"))


def _transport_options() -> dict[str, float]:
    """How soon a dead worker's tasks come back: after ``SMS_CAMPAIGN_VISIBILITY`` seconds (default
    an hour, kombu's), found by a sweep every ``SMS_CAMPAIGN_RESTORE`` seconds (default kombu's,
    about 100 s). A worker killed during its own sweep leaves kombu's sweep lock taken until it
    expires (kombu's default: 300 s); with ``SMS_CAMPAIGN_RESTORE`` set it expires after 5 sweeps."""
    options = {"visibility_timeout": float(os.environ.get("SMS_CAMPAIGN_VISIBILITY", "3600"))}
    if "SMS_CAMPAIGN_RESTORE" in os.environ:
        every = float(os.environ["SMS_CAMPAIGN_RESTORE"])
        options["unacked_restore_interval"] = every
        options["unacked_restore_throttle"] = 1
        options["unacked_mutex_expire"] = max(1, round(every * 5))
    return options


app = Celery("smscampaign", broker=BROKER)
app.conf.update(
    task_acks_late=True,
    task_reject_on_worker_lost=True,
    worker_prefetch_multiplier=int(os.environ.get("SMS_CAMPAIGN_PREFETCH", "4")),
    task_ignore_result=True,
    broker_connection_retry_on_startup=True,
    broker_transport_options=_transport_options(),
    worker_hijack_root_logger=False,
)

_local = threading.local()
_lock = threading.Lock()
_senders: dict[str, tuple[Sender, RedisPace]] = {}


def _prefix(campaign: str) -> str:
    return f"smscampaign:{campaign}"


def _redis(url: str = BROKER) -> redis.Redis:
    client: redis.Redis | None = getattr(_local, "redis", None)
    if client is None:
        client = redis.Redis.from_url(url, decode_responses=True)
        _local.redis = client
    return client


def _sender(campaign: str) -> tuple[Sender, RedisPace]:
    """This worker's sender and pace for ``campaign`` (made once per process, from its config)."""
    with _lock:
        if campaign not in _senders:
            raw = _redis().get(f"{_prefix(campaign)}:config")
            if raw is None:
                raise LookupError(f"campaign {campaign!r} has no configuration in Redis")
            config = json.loads(raw)
            sender = connect(config["provider"], config["base_url"], config["settings"], config["pool"])
            pace = RedisPace(redis.Redis.from_url(BROKER), config["provider"], config["rate"])
            _senders[campaign] = (sender, pace)
        return _senders[campaign]


@app.task(bind=True, acks_late=True, reject_on_worker_lost=True, max_retries=None)  # type: ignore[untyped-decorator]
def send_message(self: Task, campaign: str, key: str, to: str, text: str) -> str:
    """Send one message of ``campaign`` unless its key is already settled; returns its state."""
    r = _redis()
    states, claim = f"{_prefix(campaign)}:state", f"{_prefix(campaign)}:claim:{key}"
    state = str(r.hget(states, key) or "planned")
    if state == "sent":
        return state
    if not r.set(claim, self.request.id or "claim", nx=True, px=int(CLAIM_SECONDS * 1000)):
        # another delivery of this task is sending right now: come back when its claim ends
        raise self.retry(countdown=max(1.0, CLAIM_SECONDS / 4))
    try:
        sender, pace = _sender(campaign)
        state = str(r.hget(states, key) or "planned")
        if state == "sent":
            return state
        if state in {"sending", "maybe"}:
            found = reconcile(sender, key, to)
            if found.state != "planned":
                r.hset(states, key, found.state)
                return found.state
        r.hset(states, key, "sending")
        outcome = deliver(sender, pace, key, to, text)
        r.hset(states, key, outcome.state)
        if outcome.detail:
            r.hset(f"{_prefix(campaign)}:detail", key, outcome.detail)
        return outcome.state
    finally:
        r.delete(claim)


def run_on_celery(
    broker: str,
    plan: Plan,
    base_url: str,
    settings: dict[str, Any],
    *,
    rate: float | None = None,
    pool: int = 64,
    quiet: bool = False,
    timeout: float | None = None,
) -> Summary:
    """Queue every message not yet sent, wait for the workers (at most ``timeout`` seconds), and
    summarize from Redis. Rerunning after any crash (of this process or of workers) resumes."""
    r = redis.Redis.from_url(broker, decode_responses=True)
    prefix = _prefix(plan.campaign)
    config = {"provider": plan.provider, "base_url": base_url, "settings": settings, "rate": rate, "pool": pool}
    r.set(f"{prefix}:config", json.dumps(config))
    states = f"{prefix}:state"
    keys = [m.key for m in plan.messages]
    for start in range(0, len(keys), 1000):
        with r.pipeline() as pipe:
            for key in keys[start : start + 1000]:
                pipe.hsetnx(states, key, "planned")
            pipe.execute()
    by_key = {m.key: m for m in plan.messages}

    def enqueue(wanted: set[str]) -> None:
        with app.connection_for_write(broker) as connection:
            for m in plan.messages:
                if m.key in wanted:
                    send_message.apply_async((plan.campaign, m.key, m.to, m.text), connection=connection)

    current = _states(r, states, keys)
    enqueue({k for k in by_key if current.get(k) != "sent"})
    deadline = None if timeout is None else time.monotonic() + timeout
    settled_before, last_change = -1, time.monotonic()
    with progress_bar(quiet) as progress:
        task = progress.add_task(plan.campaign, total=len(keys), rate="")
        while True:
            current = _states(r, states, keys)
            settled = sum(1 for s in current.values() if s in {"sent", "refused", "maybe"})
            speed = progress.tasks[0].speed
            progress.update(task, completed=settled, rate=f"{speed:.0f} msg/s" if speed else "")
            if settled == len(keys) or (deadline is not None and time.monotonic() > deadline):
                break
            if settled != settled_before:
                settled_before, last_change = settled, time.monotonic()
            elif time.monotonic() - last_change > REQUEUE_SECONDS:
                # kombu's Redis transport can lose a task taken off the queue by a worker killed
                # before it recorded it as unacknowledged: queue the unsettled keys again (a
                # second task for a key finds it settled or claimed, so this cannot double a send)
                enqueue({k for k, s in current.items() if s in {"planned", "sending"}})
                last_change = time.monotonic()
            time.sleep(0.2)
    counts = Counter(current.values())
    parts = sum(m.parts for m in plan.messages if current.get(m.key) == "sent")
    return Summary(
        sent=counts["sent"],
        refused=counts["refused"],
        maybe=counts["maybe"],
        unsent=counts["planned"] + counts["sending"],
        parts=parts,
        bad_rows=len(plan.bad),
    )


def _states(r: redis.Redis, states: str, keys: list[str]) -> dict[str, str]:
    raw: dict[str, str] = r.hgetall(states)  # type: ignore[assignment]
    wanted = set(keys)
    return {k: v for k, v in raw.items() if k in wanted}


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app.start())
