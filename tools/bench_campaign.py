"""Campaign throughput: ``python -m tools.bench_campaign`` (run by ``make bench``), writes BENCHMARKS-campaign.md.

1. Does throughput grow with concurrency? The same FracTEL sends against a minimal asyncio
   HTTP/1.1 server written here (:func:`serve`: canned answers after a simulated latency, one
   write per answer, about 0.1 ms of CPU per request, so it is not the limit) and against the
   sms-mocks server, at concurrency 10 and 100, through sms-kit's FracTEL sender as sms-campaign
   makes it (``sharded``: :class:`smscampaign.ShardedTransport`) and over one plain pool, and
   through raw httpx over the same kinds of pool. Each run also reports the sending process's CPU
   per message (``time.process_time``), which says how many messages a second one core allows.
   Targets, against the fast server with 20 ms latency: concurrency 100 >= 3x concurrency 10, and
   >= 80% of raw httpx at the same settings (raw httpx over the same transport; and raw httpx with
   its best plain pool). A first run, one request at a time, checks the latency floor: the median request must
   take the simulated latency, not 40 ms more (what a request or answer written in two pieces
   without ``TCP_NODELAY`` costs through delayed ACKs; asyncio sets ``TCP_NODELAY`` on both ends).
2. 10,000 messages through sms-campaign: the single-process runner (journal on) at concurrency 10
   and 100, then Celery with 1, 2 and 4 worker processes (threads pool) on a redis-server started
   here on loopback.

Both the sends measured here (ours and raw httpx alike: the same settings) and the fast server run
on uvloop's event loop when it is installed, as sms-campaign's runner does (``--loop asyncio``
measures asyncio's own loop instead).

The machine's load average is written down with the figures: on a shared machine the other
jobs' CPU use moves every figure, so the concurrency measurements keep the best of
``--repeat`` runs. Every server listens on 127.0.0.1 only; every process started here is stopped
at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import importlib.util
import json
import os
import platform
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
OUTPUT = ROOT / "BENCHMARKS-campaign.md"
FROM_NUMBER = "3125550100"


# -- a server fast enough not to be the limit --------------------------------------------------


async def _answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, latency: float) -> None:
    counter = 0
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value.strip())
            if length:
                await reader.readexactly(length)
            path = head.split(b" ", 2)[1]
            counter += 1
            if path.endswith(b"/auth"):
                body = {
                    "statusCode": 200,
                    "result": "REGISTERED",
                    "token": "0" * 32,
                    "expires": "2099-01-01T00:00:00.000Z",
                }
            else:
                body = {"statusCode": 200, "result": "SUCCESS", "uid": f"{id(writer):016x}{counter:016x}"}
            payload = json.dumps(body).encode()
            if latency:
                await asyncio.sleep(latency)
            writer.write(
                b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                + str(len(payload)).encode()
                + b"\r\n\r\n"
                + payload
            )
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()


def serve(port: int, latency: float, loop: str) -> None:
    """Answer FracTEL's login and send on 127.0.0.1:``port`` after ``latency`` seconds, forever."""
    from smscampaign import run_loop

    async def main() -> None:
        server = await asyncio.start_server(lambda r, w: _answer(r, w, latency), "127.0.0.1", port, backlog=1024)
        async with server:
            await server.serve_forever()

    run_loop(main(), uvloop=loop == "uvloop")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_port(port: int, timeout: float = 15) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return
        time.sleep(0.05)
    raise RuntimeError(f"nothing listens on 127.0.0.1:{port}")


@contextlib.contextmanager
def process(command: list[str], port: int, env: dict[str, str] | None = None) -> Iterator[subprocess.Popen[bytes]]:
    proc = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    try:
        if port:
            _wait_port(port)
        yield proc
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)


@contextlib.contextmanager
def fast_server(latency: float) -> Iterator[str]:
    port = free_port()
    command = [PYTHON, "-m", "tools.bench_campaign", "--serve", str(port), "--latency", str(latency), "--loop", LOOP[0]]
    with process(command, port, {**os.environ, "PYTHONPATH": str(ROOT)}):
        yield f"http://127.0.0.1:{port}"


@contextlib.contextmanager
def project_mock(latency: float) -> Iterator[str]:
    port = free_port()
    command = [PYTHON, "-m", "sms_mocks", "fractel", "--port", str(port), "--quiet", "--keep-alive"]
    command += ["--latency", str(latency)]
    with process(command, port, {**os.environ, "PYTHONPATH": str(ROOT)}):
        from sms_mocks.fractel import DEMO_NUMBERS

        yield f"http://127.0.0.1:{port}/v2|{DEMO_NUMBERS[0]}"


# -- measurements, each in its own process -----------------------------------------------------

#: how each measurement's client holds its connections
POOLS = {
    "sharded": "one client, one connection per send in flight, no pool around it (sms-campaign's ShardedTransport)",
    "pool": "one client, one pool of as many connections as sends in flight",
    "default": "one client, httpx's default pool (100 connections, 20 kept)",
}


#: the event loop of the sends and the fast server: "uvloop" or "asyncio" (set by --loop)
LOOP = ["asyncio"]


def _run_loop(main: Any) -> str:
    from smscampaign import run_loop

    result: str = run_loop(main, uvloop=LOOP[0] == "uvloop")
    return result


def _timed(concurrency: int, count: int, send: Any) -> str:
    """Messages per second and the process's CPU per message, with ``concurrency`` workers each
    sending its share in turn, after a warm-up round (connect, log in)."""

    async def run() -> str:
        async def worker(j: int, total: int) -> None:
            for i in range(j, total, concurrency):
                await send(i)

        await asyncio.gather(*(worker(j, concurrency) for j in range(concurrency)))
        started, cpu = time.perf_counter(), time.process_time()
        await asyncio.gather(*(worker(j, count) for j in range(concurrency)))
        elapsed, used = time.perf_counter() - started, time.process_time() - cpu
        return f"{count / elapsed} {used / count * 1e6}"

    return _run_loop(run())


def _ours(base_url: str, from_number: str, count: int, concurrency: int, pool: str) -> str:
    """sms-kit's async FracTEL sender, made as sms-campaign makes it (``sharded``) or over one pool."""
    from sms_mocks.fractel import DEMO_PASSWORD, DEMO_USERNAME
    from smscampaign import connect, pool_limits
    from smskit.fractel import FracTelSender

    if pool == "sharded":
        settings = {"user": DEMO_USERNAME, "secret": DEMO_PASSWORD, "from_number": from_number}
        made: Any = connect("fractel", base_url, settings, concurrency)  # an adapter: it has .aio
        sender = made.aio
    else:
        options: dict[str, Any] = {"httpx_args": {"limits": pool_limits(concurrency)}} if pool == "pool" else {}
        sender = FracTelSender.connect(base_url, DEMO_USERNAME, DEMO_PASSWORD, from_number, **options).aio

    async def send(i: int) -> None:
        await sender.send(f"312555{i % 10000:04d}", "bench")

    return _timed(concurrency, count, send)


def _raw(base_url: str, from_number: str, count: int, concurrency: int, pool: str) -> str:
    """The same request with httpx alone (one login first), over the same kinds of pool."""
    import httpx
    from sms_mocks.fractel import DEMO_PASSWORD, DEMO_USERNAME
    from smscampaign import ShardedTransport, pool_limits

    options: dict[str, Any] = {"timeout": 60}
    if pool == "sharded":
        options["transport"] = ShardedTransport(concurrency)
    elif pool == "pool":
        options["limits"] = pool_limits(concurrency)
    client = httpx.AsyncClient(**options)
    login = httpx.post(base_url + "/auth", data={"username": DEMO_USERNAME, "password": DEMO_PASSWORD})
    token = login.json().get("token", "0" * 32) if login.status_code == 200 else "0" * 32
    headers = {"token": token}

    async def send(i: int) -> None:
        body = {"to": f"312555{i % 10000:04d}", "from": from_number, "message": "bench"}
        response = await client.post(base_url + "/sms", data=body, headers=headers)  # form data, as the client sends
        response.raise_for_status()
        response.json()

    return _timed(concurrency, count, send)


def _recipients(path: Path, count: int) -> None:
    lines = ["number,row"] + [f"312{i // 10000 + 200:03d}{i % 10000:04d},{i}" for i in range(count)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _runner(base_url: str, from_number: str, count: int, concurrency: int, _pool: str) -> str:
    from smscampaign import Journal, connect, plan, run

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "r.csv"
        _recipients(path, count)
        found = plan("bench", "fractel", path, "row $row")
        settings = {"user": "demo", "secret": "demo", "from_number": from_number}
        sender = connect("fractel", base_url, settings, concurrency)
        with Journal(Path(tmp) / "j.sqlite") as journal:
            started, cpu = time.perf_counter(), time.process_time()
            summary = run(sender, journal, found, concurrency=concurrency, quiet=True, uvloop=LOOP[0] == "uvloop")
            elapsed, used = time.perf_counter() - started, time.process_time() - cpu
        if summary.sent != count:
            raise RuntimeError(f"not all sent: {summary}")
        return f"{count / elapsed} {used / count * 1e6}"


def _floor(base_url: str, from_number: str, count: int, _concurrency: int, _pool: str) -> str:
    """The median time of one request at a time, in milliseconds (instead of a rate), and CPU."""
    import statistics

    import httpx
    from sms_mocks.fractel import DEMO_PASSWORD, DEMO_USERNAME

    async def run() -> str:
        async with httpx.AsyncClient(timeout=60) as client:
            login = await client.post(base_url + "/auth", data={"username": DEMO_USERNAME, "password": DEMO_PASSWORD})
            headers = {"token": login.json().get("token", "0" * 32)}
            took = []
            cpu = time.process_time()
            for i in range(count):
                body = {"to": f"312555{i % 10000:04d}", "from": from_number, "message": "bench"}
                started = time.perf_counter()
                response = await client.post(base_url + "/sms", data=body, headers=headers)
                took.append(time.perf_counter() - started)
                response.raise_for_status()
            used = time.process_time() - cpu
        return f"{statistics.median(took) * 1000} {used / count * 1e6}"

    return _run_loop(run())


WORK = {"ours": _ours, "raw": _raw, "runner": _runner, "floor": _floor}


def measure(kind: str, url: str, count: int, concurrency: int, pool: str, loop: str = "") -> tuple[float, float]:
    """(messages per second, CPU microseconds per message of the sending process)."""
    base_url, _, from_number = url.partition("|")
    command = [PYTHON, "-m", "tools.bench_campaign", "--work", kind, base_url, from_number or FROM_NUMBER]
    command += [str(count), str(concurrency), pool, "--loop", loop or LOOP[0]]
    done = subprocess.run(
        command, capture_output=True, text=True, timeout=600, env={**os.environ, "PYTHONPATH": str(ROOT)}
    )
    if done.returncode != 0:
        raise RuntimeError(f"{kind} failed: {done.stderr[-2000:]}")
    rate, cpu = done.stdout.strip().splitlines()[-1].split()
    return float(rate), float(cpu)


# -- Celery ------------------------------------------------------------------------------------


def celery_run(url: str, count: int, workers: int, threads: int) -> float:
    """Messages per second from queueing to the last settled state, with ``workers`` processes."""
    if shutil.which("redis-server") is None:
        raise RuntimeError("redis-server is needed (apt-get install redis-server)")
    from smscampaign import plan
    from smscampaign.tasks import run_on_celery

    with tempfile.TemporaryDirectory() as tmp:
        port = free_port()
        redis_cmd = ["redis-server", "--bind", "127.0.0.1", "--port", str(port), "--dir", tmp]
        redis_cmd += ["--save", "", "--appendonly", "no"]
        broker = f"redis://127.0.0.1:{port}/0"
        env = {**os.environ, "SMS_CAMPAIGN_BROKER": broker, "SMS_CAMPAIGN_PREFETCH": "16"}
        with process(redis_cmd, port), contextlib.ExitStack() as stack:
            for n in range(workers):
                command = [PYTHON, "-m", "celery", "-A", "smscampaign.tasks", "worker", "--pool", "threads"]
                command += ["--concurrency", str(threads), "-n", f"bench{n}@%h", "--without-gossip"]
                command += ["--without-mingle", "--loglevel", "ERROR"]
                stack.enter_context(process(command, 0, env))
            path = Path(tmp) / "r.csv"
            _recipients(path, count)
            found = plan(f"bench-{workers}", "fractel", path, "row $row")
            settings = {"user": "demo", "secret": "demo", "from_number": FROM_NUMBER}
            started = time.perf_counter()
            summary = run_on_celery(broker, found, url, settings, pool=threads, quiet=True, timeout=600)
            rate = count / (time.perf_counter() - started)
            if summary.sent != count:
                raise RuntimeError(f"not all sent: {summary}")
            return rate


# -- report ------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--serve", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--work", nargs=6, help=argparse.SUPPRESS)
    parser.add_argument("--latency", type=float, default=0.02, help="simulated latency, seconds (default 0.02)")
    parser.add_argument("--sends", type=int, default=3000, help="sends per concurrency measurement")
    parser.add_argument("--campaign", type=int, default=10000, help="messages per campaign run")
    parser.add_argument("--workers", type=int, nargs="*", default=[1, 2, 4], help="Celery worker processes")
    parser.add_argument("--threads", type=int, default=32, help="threads per Celery worker")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each concurrency measurement (the best is kept)")
    parser.add_argument(
        "--loop",
        choices=["uvloop", "asyncio"],
        default="uvloop" if importlib.util.find_spec("uvloop") else "asyncio",
        help="the event loop of every send measured and of the fast server (default uvloop when installed)",
    )
    args = parser.parse_args(argv)
    LOOP[0] = args.loop
    if args.serve:
        serve(args.serve, args.latency, args.loop)
        return 0
    if args.work:
        kind, base_url, from_number, count, concurrency, pool = args.work
        print(WORK[kind](base_url, from_number, int(count), int(concurrency), pool))
        return 0

    rows: list[tuple[str, str, str]] = []
    checks: list[tuple[str, float, str, bool]] = []
    loads = [os.getloadavg()[0]]

    def note(label: str, rate: float, cpu: float | None) -> None:
        share = f" ({rate * cpu / 1e6:.0%} of a core)" if cpu is not None else ""
        rows.append((label, f"{rate:,.0f} msg/s", f"{cpu:,.0f} µs{share}" if cpu is not None else ""))
        print(
            f"{label}: {rate:,.0f} msg/s" + (f", {cpu:,.0f} µs CPU per message" if cpu is not None else ""), flush=True
        )

    def best(kind: str, url: str, count: int, concurrency: int, pool: str, loop: str = "") -> tuple[float, float]:
        """The fastest of ``--repeat`` runs (the one the machine's other jobs disturbed least)."""
        runs = [measure(kind, url, count, concurrency, pool, loop) for _ in range(args.repeat)]
        return max(runs)

    fast = "fast asyncio server"
    found: dict[tuple[str, str, int, str], float] = {}
    cpus: dict[tuple[Any, ...], float] = {}
    with fast_server(args.latency) as url:
        # the latency floor: one request at a time must take the simulated latency, not 40 ms more
        # (a response or request written in pieces without TCP_NODELAY waits for a delayed ACK)
        median, cpu = measure("floor", url, max(100, args.sends // 20), 1, "pool")
        rows.append(
            (f"{fast}, raw, one request at a time: median time per request", f"{median:.1f} ms", f"{cpu:,.0f} µs")
        )
        print(f"{rows[-1][0]}: {median:.1f} ms", flush=True)
        for kind in ("ours", "raw"):
            for concurrency in (10, 100):
                for pool, pool_name in POOLS.items():
                    rate, cpu = best(kind, url, args.sends, concurrency, pool)
                    found[(fast, kind, concurrency, pool)] = rate
                    cpus[(fast, kind, concurrency, pool)] = cpu
                    note(f"{fast}, {kind}, concurrency {concurrency}, {pool_name}", rate, cpu)
        # what the event loop is worth: the same sends on the other loop
        other = "asyncio" if args.loop == "uvloop" else "uvloop"
        if other == "asyncio" or importlib.util.find_spec("uvloop"):
            for kind in ("ours", "raw"):
                rate, cpu = best(kind, url, args.sends, 100, "sharded", other)
                cpus[(fast, kind, 100, "sharded", other)] = cpu
                note(f"{fast}, {kind}, concurrency 100, {POOLS['sharded']}, on {other}'s event loop", rate, cpu)
        loads.append(os.getloadavg()[0])
        for concurrency in (10, 100):
            rate, cpu = measure("runner", url, args.campaign, concurrency, "sharded")
            found[(fast, "runner", concurrency, "sharded")] = rate
            note(
                f"{fast}, {args.campaign:,} messages, single-process runner (journal on), concurrency {concurrency}",
                rate,
                cpu,
            )
    # the same at a latency where the CPU is not the limit: does concurrency still buy throughput?
    slow = args.latency * 10
    with fast_server(slow) as url:
        for concurrency in (10, 100):
            for pool in ("sharded", "pool"):
                rate, cpu = measure("ours", url, 20 * concurrency, concurrency, pool)  # 20 rounds each
                found[(f"{fast} at {slow:g} s", "ours", concurrency, pool)] = rate
                note(f"{fast} at {slow * 1000:.0f} ms, ours, concurrency {concurrency}, {POOLS[pool]}", rate, cpu)
    with project_mock(args.latency) as url:
        for kind, pool in (("ours", "sharded"), ("raw", "pool")):
            for concurrency in (10, 100):
                rate, cpu = measure(kind, url, args.sends, concurrency, pool)
                note(f"sms-mocks server, {kind}, concurrency {concurrency}, {POOLS[pool]}", rate, cpu)
    loads.append(os.getloadavg()[0])

    facts = []
    for pool in ("sharded", "pool"):
        ratio = found[(f"{fast} at {slow:g} s", "ours", 100, pool)] / found[(f"{fast} at {slow:g} s", "ours", 10, pool)]
        facts.append(f"- At {slow * 1000:.0f} ms latency, ours, {POOLS[pool]}: concurrency 100 vs 10: {ratio:.2f}x.")
    for kind in ("ours", "raw"):
        for pool in ("sharded", "pool"):
            ratio = found[(fast, kind, 100, pool)] / found[(fast, kind, 10, pool)]
            facts.append(
                f"- At {args.latency * 1000:.0f} ms latency, {kind}, {POOLS[pool]}: "
                f"concurrency 100 vs 10: {ratio:.2f}x."
            )
    c10, c100 = found[(fast, "ours", 10, "sharded")], found[(fast, "ours", 100, "sharded")]
    cpu100 = cpus[(fast, "ours", 100, "sharded")]
    facts.append(
        f"- Ours at concurrency 100 over sms-campaign's transport used {cpu100:,.0f} µs of CPU per message: "
        f"one core, all to itself, allows {1e6 / cpu100:,.0f} msg/s; the 3x target asks for {3 * c10:,.0f} msg/s."
    )
    for kind in ("ours", "raw"):
        if (fast, kind, 100, "sharded", other) in cpus:
            facts.append(
                f"- {kind.capitalize()} at concurrency 100 over sms-campaign's transport, CPU per message: "
                f"{cpus[(fast, kind, 100, 'sharded')]:,.0f} µs on {args.loop}'s event loop, "
                f"{cpus[(fast, kind, 100, 'sharded', other)]:,.0f} µs on {other}'s."
            )
    raw100 = found[(fast, "raw", 100, "sharded")]
    plain100 = max(found[(fast, "raw", 100, "pool")], found[(fast, "raw", 100, "default")])
    checks.append(
        ("ours: concurrency 100 vs 10 (fast server, sms-campaign's transport)", c100 / c10, ">= 3x", c100 >= 3 * c10)
    )
    checks.append(
        (
            "ours vs raw httpx at concurrency 100, both over sms-campaign's transport",
            c100 / raw100,
            ">= 0.80",
            c100 >= 0.8 * raw100,
        )
    )
    checks.append(
        (
            "ours vs raw httpx at concurrency 100, raw httpx with its best plain pool",
            c100 / plain100,
            ">= 0.80",
            c100 >= 0.8 * plain100,
        )
    )
    stall = median - args.latency * 1000
    checks.append(
        (
            "one request at a time: median time above the simulated latency, ms (a 40 ms stall?)",
            stall,
            "< 10",
            stall < 10,
        )
    )

    with fast_server(args.latency) as url:
        for workers in args.workers:
            rate = celery_run(url, args.campaign, workers, args.threads)
            note(
                f"{fast}, {args.campaign:,} messages, Celery, {workers} worker(s) x {args.threads} threads", rate, None
            )
    loads.append(os.getloadavg()[0])

    lines = [
        "# Campaign benchmarks",
        "",
        "Written by `make bench` (tools/bench_campaign.py), one run, "
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC; {os.cpu_count()} CPUs, {platform.platform()}, "
        f"Python {platform.python_version()}. Simulated latency {args.latency * 1000:.0f} ms. "
        f"Event loop of every send and of the fast server: {args.loop}. "
        f"Load average (1 min) at the start and after each part: {', '.join(f'{x:.1f}' for x in loads)}. "
        f"Concurrency measurements: {args.sends:,} sends each, the best of {args.repeat} runs. "
        "CPU: the sending process's (user + system) per message; at 100% of one core it allows "
        "1,000,000 / that many messages a second; in brackets, the share of one core the process got "
        "(throughput x CPU per message): below 100% while CPU-bound, the rest went to other jobs. "
        "What is measured and why: the docstring of tools/bench_campaign.py and the README's sms-campaign section.",
        "",
        "| check | ratio | target | met |",
        "|---|---:|---|---|",
        *(f"| {label} | {ratio:.2f} | {target} | {'yes' if ok else 'NO'} |" for label, ratio, target, ok in checks),
        "",
        *facts,
        "",
        "| measure | throughput | CPU per message |",
        "|---|---:|---:|",
        *(f"| {label} | {value} | {cpu} |" for label, value, cpu in rows),
        "",
    ]
    OUTPUT.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    return 0 if all(ok for *_, ok in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
