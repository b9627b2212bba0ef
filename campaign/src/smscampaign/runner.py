"""Run a campaign in one process: reconcile what a previous run left open, then send the rest with
bounded concurrency, journalling each message before and after its send.

The senders come from sms-kit (:func:`connect`), never from a generated package directly.

Why several clients (:func:`connect_shards`) rather than one with a large pool: measured against a
server fast enough not to be the limit (tools/bench_campaign.py), one async client's throughput
falls as its pool grows: httpcore's pool, on every request, walks all its connections (checking
each idle one's socket for readability and expiry) and hands waiting requests around, so the cost
per request grows with the number of connections, and with httpx's default pool (20 kept) every
answer beyond the 20th in flight also closes its connection. So each client gets a small pool
(``PER_CLIENT`` connections) and each of the runner's workers sticks to one client, so no client
ever has more requests in flight than connections.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskProgressColumn, TextColumn, TimeRemainingColumn
from smskit import AsyncSender, Sender

from .journal import Journal, Row
from .limits import AsyncMemoryPace
from .plan import Plan
from .sending import adeliver, areconcile

__all__ = ["PER_CLIENT", "Summary", "connect", "connect_shards", "pool_limits", "run", "summarize"]

#: sends in flight per client (and connections in its pool)
PER_CLIENT = 10


def pool_limits(concurrency: int) -> httpx.Limits:
    """A pool that keeps a connection for every request that can be in flight."""
    return httpx.Limits(max_connections=max(concurrency, 1), max_keepalive_connections=max(concurrency, 1))


def connect(provider: str, base_url: str, settings: dict[str, Any], concurrency: int = 10) -> Sender:
    """An sms-kit sender for ``provider`` (its adapter's ``connect``), with a pool for ``concurrency``.

    ``settings``: ``user``, ``secret``, and ``from_number`` (FracTEL), ``country_code``,
    ``insecure_http`` (Smstools over plain HTTP, for the mocks), ``timeout``.
    """
    options: dict[str, Any] = {"httpx_args": {"limits": pool_limits(concurrency)}}
    if settings.get("timeout"):
        options["timeout"] = float(settings["timeout"])
    user, secret = settings.get("user", ""), settings.get("secret", "")
    if provider == "fractel":
        from smskit.fractel import FracTelSender

        return FracTelSender.connect(base_url, user, secret, settings["from_number"], **options)
    if settings.get("country_code"):
        options["country_code"] = settings["country_code"]
    if provider == "smsend":
        from smskit.smsend import SmsendSender

        return SmsendSender.connect(base_url, user, secret, **options)
    if provider == "smstools":
        from smskit.smstools import SmstoolsSender

        if settings.get("insecure_http"):
            options["allow_insecure_http"] = True
        return SmstoolsSender.connect(base_url, user, secret, **options)
    raise ValueError(f"unknown provider {provider!r}")


def connect_shards(provider: str, base_url: str, settings: dict[str, Any], concurrency: int) -> list[Sender]:
    """Enough senders (one client each, :data:`PER_CLIENT` connections) for ``concurrency`` sends."""
    count = max(1, -(-concurrency // PER_CLIENT))
    return [connect(provider, base_url, settings, min(concurrency, PER_CLIENT)) for _ in range(count)]


@dataclass
class Summary:
    """What a campaign's journal says now."""

    sent: int = 0
    refused: int = 0
    maybe: int = 0
    unsent: int = 0
    parts: int = 0
    bad_rows: int = 0
    refusals: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        text = (
            f"sent {self.sent} ({self.parts} parts), refused {self.refused}, may have been sent {self.maybe}, "
            f"not sent yet {self.unsent}, bad rows {self.bad_rows}"
        )
        return text


def summarize(journal: Journal, campaign: str, bad_rows: int = 0) -> Summary:
    counts = journal.counts(campaign)
    return Summary(
        sent=counts["sent"],
        refused=counts["refused"],
        maybe=counts["maybe"],
        unsent=counts["planned"] + counts["sending"],
        parts=journal.parts(campaign, "sent"),
        bad_rows=bad_rows,
    )


def progress_bar(quiet: bool) -> Progress:
    """Rate and ETA on stderr; silent when quiet or stderr is not a terminal."""
    console = Console(file=sys.stderr)
    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TaskProgressColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeRemainingColumn(),
        console=console,
        disable=quiet or not sys.stderr.isatty(),
    )


async def _run(
    senders: list[AsyncSender],
    journal: Journal,
    plan: Plan,
    concurrency: int,
    rate: float | None,
    on_done: Callable[[], None],
) -> None:
    campaign = plan.campaign
    journal.start(campaign, plan.provider, plan.messages)
    for key, _line, to, _text, _parts, _state in journal.rows(campaign, "sending", "maybe"):
        outcome = await areconcile(senders[0], key, to)
        journal.mark(key, outcome.state, message_id=outcome.message_id, detail=outcome.detail)
    todo: asyncio.Queue[Row] = asyncio.Queue()
    for row in journal.rows(campaign, "planned", "refused"):
        todo.put_nowait(row)
    pace = AsyncMemoryPace(rate)

    workers = max(1, concurrency)

    async def worker(j: int) -> None:
        sender = senders[j * len(senders) // workers]  # at most PER_CLIENT workers per client
        while True:
            try:
                key, _line, to, text, _parts, _state = todo.get_nowait()
            except asyncio.QueueEmpty:
                return
            journal.mark(key, "sending")
            outcome = await adeliver(sender, pace, key, to, text)
            journal.mark(key, outcome.state, message_id=outcome.message_id, detail=outcome.detail)
            on_done()

    await asyncio.gather(*(worker(j) for j in range(workers)))


def run(
    sender: Sender | AsyncSender | Sequence[Sender | AsyncSender],
    journal: Journal,
    plan: Plan,
    *,
    concurrency: int = 10,
    rate: float | None = None,
    quiet: bool = False,
) -> Summary:
    """Send ``plan`` through ``sender`` (an sms-kit adapter, whose async view is used, or several
    from :func:`connect_shards`, shared out among the workers), journalled."""
    given = list(sender) if isinstance(sender, Sequence) else [sender]
    asenders: list[AsyncSender] = [s.aio if hasattr(s, "aio") else s for s in given]  # type: ignore[misc]
    total = len(plan.messages)
    with progress_bar(quiet) as progress:
        task = progress.add_task(plan.campaign, total=total, rate="")
        already = sum(journal.counts(plan.campaign)[s] for s in ("sent", "maybe"))
        progress.update(task, completed=already)

        def done() -> None:
            speed = progress.tasks[0].speed
            progress.update(task, advance=1, rate=f"{speed:.0f} msg/s" if speed else "")

        asyncio.run(_run(asenders, journal, plan, concurrency, rate, done))
    return summarize(journal, plan.campaign, len(plan.bad))
