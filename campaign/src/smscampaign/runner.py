"""Run a campaign in one process: reconcile what a previous run left open, then send the rest with
bounded concurrency, journalling each message before and after its send.

The senders come from sms-kit (:func:`connect`), never from a generated package directly.

What keeps throughput growing with concurrency (measured by tools/bench_campaign.py, whose
docstring and BENCHMARKS-campaign.md have the figures):

- one client whose transport is :class:`~smscampaign.transport.ShardedTransport`: one httpcore
  connection per send in flight and no pool around it, so httpcore never walks a large pool (its
  cost per request grew with the pool: at concurrency 100 one plain client sent less than at 10),
  on asyncio's own transports instead of anyio's (:mod:`smscampaign.network`), and one login and
  one TLS context for the whole run;
- the journal's writes are grouped: the ``sending`` rows of every send that is about to start in
  one turn of the event loop are committed in one transaction, and each of those sends waits for
  that commit before its request goes out (so every key is still on disk before its send); the
  outcomes are committed the same way, without holding anyone up. One commit per message, twice,
  blocked the event loop for about 0.14 ms each message;
- the progress bar is redrawn from a counter a few times a second, not on every message;
- the event loop is uvloop's when it is installed (the ``[uvloop]`` extra; ``uvloop=False`` or
  ``sms-campaign --no-uvloop`` turns it off): it spends less CPU on each wake-up and socket write
  than asyncio's own loop;
- the generated clients skip httpx's cookie extraction for answers without ``Set-Cookie`` (httpx
  otherwise wraps every response and its request in urllib's cookie objects): their runtime does
  it for every user, so nothing here replaces a client's cookies.
"""

from __future__ import annotations

import asyncio
import sys
import time
from collections.abc import Callable, Coroutine, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

import httpx
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskProgressColumn, TextColumn, TimeRemainingColumn
from smskit import AsyncSender, Sender

from .journal import Journal, Row
from .limits import AsyncMemoryPace
from .plan import Plan
from .sending import adeliver, areconcile
from .transport import ShardedTransport

__all__ = ["Summary", "connect", "loop_factory", "pool_limits", "run", "run_loop", "summarize"]

T = TypeVar("T")

#: seconds between two redraws of the progress bar
REDRAW_SECONDS = 0.2


def pool_limits(concurrency: int) -> httpx.Limits:
    """A pool that keeps a connection for every request that can be in flight."""
    return httpx.Limits(max_connections=max(concurrency, 1), max_keepalive_connections=max(concurrency, 1))


def loop_factory(uvloop: bool | None = None) -> Callable[[], asyncio.AbstractEventLoop] | None:
    """The event loop :func:`run` uses: uvloop's if it is installed and ``uvloop`` is not False
    (``None``: when installed; ``True``: required), else asyncio's own (``None`` is returned)."""
    if uvloop is False:
        return None
    try:
        import uvloop as module
    except ImportError:
        if uvloop:
            raise RuntimeError("uvloop is not installed: pip install 'sms-campaign[uvloop]'") from None
        return None
    factory: Callable[[], asyncio.AbstractEventLoop] = module.new_event_loop
    return factory


def run_loop(main: Coroutine[Any, Any, T], uvloop: bool | None = None) -> T:
    """``asyncio.run(main)`` on the loop :func:`loop_factory` chooses."""
    with asyncio.Runner(loop_factory=loop_factory(uvloop)) as runner:
        return runner.run(main)


def connect(provider: str, base_url: str, settings: dict[str, Any], concurrency: int = 10) -> Sender:
    """An sms-kit sender for ``provider`` (its adapter's ``connect``) with a connection for each of
    ``concurrency`` sends in flight (a :class:`ShardedTransport`; sync calls get a pool as large).

    ``settings``: ``user``, ``secret``, and ``from_number`` (FracTEL), ``country_code``,
    ``insecure_http`` (Smstools over plain HTTP, for the mocks), ``timeout``.
    """
    return _connect(provider, base_url, settings, concurrency)


def _connect(provider: str, base_url: str, settings: dict[str, Any], concurrency: int) -> Sender:
    options: dict[str, Any] = {"httpx_args": {"transport": ShardedTransport(concurrency)}}
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


class _GroupCommit:
    """The journal's writes of one turn of the event loop, committed in one transaction.

    :meth:`sending` returns once the key's ``sending`` row is committed (so a send never starts
    before its key is on disk); :meth:`settle` only queues the outcome. Both are written, in the
    order they were asked, by a callback scheduled for the end of the current turn."""

    def __init__(self, journal: Journal) -> None:
        self.journal = journal
        self.changes: list[tuple[str, str, str | None, str | None]] = []
        self.waiting: list[asyncio.Future[None]] = []
        self.scheduled = False

    def _schedule(self) -> None:
        if not self.scheduled:
            self.scheduled = True
            asyncio.get_running_loop().call_soon(self.flush)

    def flush(self) -> None:
        self.scheduled = False
        changes, waiting = self.changes, self.waiting
        self.changes, self.waiting = [], []
        try:
            self.journal.mark_many(changes)
        except Exception as error:  # nothing of this batch is on disk: none of its sends may start
            for future in waiting:
                if not future.done():
                    future.set_exception(error)
            return
        for future in waiting:
            if not future.done():
                future.set_result(None)

    async def sending(self, key: str) -> None:
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self.changes.append((key, "sending", None, None))
        self.waiting.append(future)
        self._schedule()
        await future

    def settle(self, key: str, state: str, message_id: str | None, detail: str | None) -> None:
        self.changes.append((key, state, message_id, detail))
        self._schedule()


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
    group = _GroupCommit(journal)

    workers = max(1, concurrency)

    async def worker(j: int) -> None:
        sender = senders[j % len(senders)]
        while True:
            try:
                key, _line, to, text, _parts, _state = todo.get_nowait()
            except asyncio.QueueEmpty:
                return
            await group.sending(key)
            outcome = await adeliver(sender, pace, key, to, text)
            group.settle(key, outcome.state, outcome.message_id, outcome.detail)
            on_done()

    try:
        await asyncio.gather(*(worker(j) for j in range(workers)))
    finally:
        group.flush()  # the outcomes of the last turn (and, on an error, of the sends that ended)


def run(
    sender: Sender | AsyncSender | Sequence[Sender | AsyncSender],
    journal: Journal,
    plan: Plan,
    *,
    concurrency: int = 10,
    rate: float | None = None,
    quiet: bool = False,
    uvloop: bool | None = None,
) -> Summary:
    """Send ``plan`` through ``sender`` (an sms-kit adapter, best made by :func:`connect` with
    ``concurrency``, whose async view is used; or several, shared out among the workers), journalled.

    ``uvloop``: run on uvloop's event loop when it is installed (``None``, the default), always
    (``True``: an error if it is not installed) or never (``False``)."""
    given = list(sender) if isinstance(sender, Sequence) else [sender]
    asenders: list[AsyncSender] = [s.aio if hasattr(s, "aio") else s for s in given]  # type: ignore[misc]
    total = len(plan.messages)
    with progress_bar(quiet) as progress:
        task = progress.add_task(plan.campaign, total=total, rate="")
        already = sum(journal.counts(plan.campaign)[s] for s in ("sent", "maybe"))
        progress.update(task, completed=already)

        finished, drawn = 0, time.monotonic()

        def redraw() -> None:
            nonlocal finished, drawn
            progress.update(task, advance=finished)
            speed = progress.tasks[0].speed
            progress.update(task, rate=f"{speed:.0f} msg/s" if speed else "")
            finished, drawn = 0, time.monotonic()

        def done() -> None:
            nonlocal finished
            finished += 1
            if time.monotonic() - drawn >= REDRAW_SECONDS:
                redraw()

        def nothing() -> None:
            pass

        try:
            work = _run(asenders, journal, plan, concurrency, rate, nothing if progress.disable else done)
            run_loop(work, uvloop)
        finally:
            if finished:
                redraw()
    return summarize(journal, plan.campaign, len(plan.bad))
