"""Benchmarks: ``make bench`` prints a table and writes BENCHMARKS.md and benchmarks.png.

Everything is measured side by side in one run, against mocks running in their own processes (so
client and server do not share a GIL), and reported as medians over repeated rounds; what matters
is the ratios, which hold on noisy machines where absolute figures do not. Nothing in ``make test``
depends on these figures.

1. per-call cost of each generated client's send vs raw ``httpx.Client`` sending the same bytes on
   its own kept-alive connection, in short batches taken in turn within one process: the ratio is
   the median of the ratios of every pair of adjacent batches over all rounds, with a 95%
   confidence interval (target: median <= 1.05); the per-call columns are medians over batches
   too, and the means (slow batches included) are printed beside the table;
   and the client's CPU per call on an in-memory transport (the mock's first answers replayed, no
   socket): our client, the plain generated client and raw httpx, side by side; our overhead over
   raw httpx is to be at most 1.5x the plain generated client's;
2. the same send the documentation's way (``requests``, a new connection per call, JSON parsed by
   hand) vs the generated client, over HTTPS with certifi's roots as against the real provider
   (target: ours >= 3x faster); the plain-HTTP figure is printed beside it;
3. 10,000 sends through the async client with bounded concurrency (on as many connections) vs
   sequential sync sends, and vs the mock's own capacity measured with a raw async httpx loop at
   the same concurrency, with a simulated network latency (targets >= 5x and >= 80%); then the
   same at several concurrency levels, to show where more connections stop paying;
4. import time of each generated package vs ``import httpx``, in fresh interpreters of a fresh
   venv holding only what the packages declare (target <= 1.2x), and the time to be ready to send
   (target <= 1.3x);
5. full regeneration of every package, and a no-op ``make``;
6. peak memory (max RSS) of the process making the 10,000 async sends.

``--only per-call`` (or ``throughput``, ``imports``, ``regeneration``) runs some sections and
prints their rows; it writes files only when given ``--out``, so a partial run never replaces
the committed BENCHMARKS.md. The load average at the start and end of a run is written down with
the figures: on a shared machine it says how much to trust them.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tools.providers import ROOT, load_providers

__all__ = ["main"]

PYTHON = sys.executable


@dataclass(frozen=True)
class Scenario:
    """One provider's send, three ways: generated client, raw httpx, documentation style."""

    provider: str
    module: str
    flow: str
    login: dict[str, str]
    flow_options: dict[str, Any]
    operation: str  # dotted module of the generated send, under the package
    method: str
    path: str
    body_kind: str  # "json" or "form"
    body: dict[str, Any]
    build: Callable[[Any], Any]  # generated models module -> body model
    models: tuple[str, ...] = ()  # the models ``build`` uses
    key: str = ""  # the send key the generated client adds (the overlay's x-sms-send), if any


def _smsend_body(models: Any) -> Any:
    return models.SendSms(message_type=models.MessageType.N, message="bench", recipient=["+393471234567"])


def _smstools_body(models: Any) -> Any:
    return models.SmsSend(text="bench", to="393481234567")


def _fractel_body(models: Any) -> Any:
    return models.SmsRequest(to="3125550199", from_="3215550000", message="bench")


SCENARIOS = {
    "fractel": Scenario(
        "fractel",
        "fractel_client",
        "connect",
        {"username": "1000000001", "password": "demo-password"},
        {},
        "api.sms.post_sms",
        "POST",
        "/sms",
        "form",
        {"to": "3125550199", "from": "3215550000", "message": "bench"},
        _fractel_body,
        models=("SmsRequest",),
    ),
    "smsend": Scenario(
        "smsend",
        "smsend_client",
        "connect",
        {"username": "demo", "password": "demo-password"},
        {},
        "api.sms.send_sms",
        "POST",
        "/sms",
        "json",
        {"message_type": "N", "message": "bench", "recipient": ["+393471234567"]},
        _smsend_body,
        models=("SendSms", "MessageType"),
        key="order_id",
    ),
    "smstools": Scenario(
        "smstools",
        "smstools_client",
        "connect",
        {"auth_key": "DEMOKEY0001", "auth_secret": "demo-secret"},
        {"allow_insecure_http": True},
        "api.sms.send_sms",
        "POST",
        "/sms/send",
        "form",
        {"text": "bench", "to": "393481234567"},
        _smstools_body,
        models=("SmsSend",),
        key="transactionId",
    ),
}


# -- the mock, in its own process ---------------------------------------------------------------


@contextmanager
def mock(provider: str, latency: float = 0.0, *, tls: bool = False) -> Iterator[str]:
    """Run ``sms-mock`` on a free port with keep-alive; yield its base URL.

    With ``tls`` the mock serves HTTPS from a throwaway CA, and :data:`CA_BUNDLE` names a bundle
    of certifi's roots plus that CA for the workers, so every client verifies as it would against
    the real provider (requests loads the whole bundle for each new connection, as it does there).
    """
    with tempfile.TemporaryDirectory(prefix="bench-") as scratch:
        command = [PYTHON, "-m", "sms_mocks", provider, "--port", "0", "--keep-alive", "--quiet"]
        command += ["--latency", str(latency)]
        ca_file = Path(scratch) / "ca.pem"
        if tls:
            command += ["--tls", str(ca_file)]
        process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        try:
            assert process.stdout is not None
            line = process.stdout.readline()
            match = re.search(r"serving (\S+)", line)
            if not match:
                raise RuntimeError(f"the {provider} mock did not start: {line!r}")
            if tls:
                import certifi

                bundle = Path(scratch) / "bundle.pem"
                bundle.write_text(Path(certifi.where()).read_text() + ca_file.read_text())
                os.environ[CA_BUNDLE] = str(bundle)
            yield match.group(1)
        finally:
            os.environ.pop(CA_BUNDLE, None)
            process.terminate()
            process.wait(timeout=10)


#: environment variable naming the CA bundle workers verify the mock's HTTPS certificate with.
CA_BUNDLE = "BENCH_CA_BUNDLE"


def _verify() -> Any:
    """What httpx verifies with: the bench's bundle when the mock serves HTTPS, else the default."""
    import ssl

    bundle = os.environ.get(CA_BUNDLE)
    return ssl.create_default_context(cafile=bundle) if bundle else True


# -- workers: each runs in a fresh interpreter and prints one JSON line --------------------------


def _client(scenario: Scenario, base_url: str, **options: Any) -> Any:
    package = __import__(scenario.module)
    factory = getattr(package, scenario.flow)
    return factory(base_url, *scenario.login.values(), **scenario.flow_options, verify_ssl=_verify(), **options)


def _auth_headers(scenario: Scenario, base_url: str) -> dict[str, str]:
    """The headers the generated client's auth adds, taken once, for the raw clients to send as is."""
    import importlib

    import httpx

    flows = importlib.import_module(f"{scenario.module}._runtime.provider")
    auth = getattr(flows, f"{flows.FLOWS[0]}_auth")(base_url, *scenario.login.values())
    request = httpx.Request(scenario.method, base_url.rstrip("/") + scenario.path)
    with httpx.Client(verify=_verify()) as client:
        auth.authorise(client, request)
    return {k: v for k, v in request.headers.items() if k.lower() not in ("host", "content-length")}


def _body_kwargs(scenario: Scenario) -> dict[str, Any]:
    """``json=`` or ``data=`` for httpx and requests, as the provider's documentation sends the body."""
    return {"json" if scenario.body_kind == "json" else "data": scenario.body}


def _ours(scenario: Scenario, base_url: str) -> Callable[[], object]:
    """One send through the generated sync client."""
    import importlib

    send = importlib.import_module(f"{scenario.module}.{scenario.operation}").sync
    body = scenario.build(importlib.import_module(f"{scenario.module}.models"))
    client = _client(scenario, base_url)
    return lambda: send(client=client, body=body)


def _raw(scenario: Scenario, base_url: str) -> Callable[[], object]:
    """The same request with a raw ``httpx.Client`` on its own kept-alive connection, JSON decoded.

    The same bytes, too: the body the generated model encodes, and a fresh send key when the
    provider has one, so that the mock does the same work for both and only the clients differ.
    """
    import importlib
    import uuid

    import httpx

    client = httpx.Client(headers=_auth_headers(scenario, base_url), verify=_verify())
    url = base_url.rstrip("/") + scenario.path
    fields: dict[str, Any] = scenario.build(importlib.import_module(f"{scenario.module}.models")).to_dict()
    as_json = scenario.body_kind == "json"

    def send() -> object:
        body = {**fields, scenario.key: uuid.uuid4().hex} if scenario.key else fields
        response = client.request(scenario.method, url, json=body if as_json else None, data=None if as_json else body)
        response.raise_for_status()
        return response.json()

    return send


def _sync_sends(scenario: Scenario, base_url: str, count: int) -> float:
    """Seconds per send through the generated sync client (after a warm-up)."""
    send = _ours(scenario, base_url)
    for _ in range(20):
        assert send() is not None
    started = time.perf_counter()
    for _ in range(count):
        send()
    return (time.perf_counter() - started) / count


def _paired_sends(scenario: Scenario, base_url: str, count: int, batch: int = 20) -> dict[str, Any]:
    """Seconds per send of the generated client and of raw httpx in each of their alternating
    batches, and the ratio ours/raw of every pair of adjacent batches.

    Why alternate: the two differ by a few percent while the machine's speed drifts by more
    between processes; batches taken turn about, in one process, see the same conditions. Why the
    ratio of each pair: a pause of the machine (another process, a collection) lands in one batch
    and moves the totals; it moves one pair's ratio of many, which their median ignores, while a
    difference between the clients moves every pair's ratio, which their median keeps.
    """
    sends = {"ours": _ours(scenario, base_url), "raw": _raw(scenario, base_url)}
    batches: dict[str, list[float]] = {name: [] for name in sends}
    ratios: list[float] = []
    for send in sends.values():
        for _ in range(20):
            assert send() is not None
    for turn in range(max(1, count // batch)):
        took: dict[str, float] = {}
        for name in sorted(sends, reverse=turn % 2 == 1):  # who goes first alternates too
            send = sends[name]
            started = time.perf_counter()
            for _ in range(batch):
                send()
            took[name] = time.perf_counter() - started
            batches[name].append(took[name] / batch)
        ratios.append(took["ours"] / took["raw"])
    return {**batches, "ratios": ratios}


def median_interval(values: Sequence[float]) -> tuple[float, float, float]:
    """The median of ``values`` and a distribution-free 95% confidence interval for it.

    The interval is given by order statistics: the values of (1-based) ranks n/2 - 1.96 sqrt(n)/2
    and 1 + n/2 + 1.96 sqrt(n)/2 of the sorted values (the normal approximation to the binomial).
    It assumes nothing about the shape of the noise, only that the pairs are independent draws.
    """
    ordered = sorted(values)
    n = len(ordered)
    half = 1.96 * n**0.5 / 2
    low = min(n - 1, max(0, round(n / 2 - half) - 1))
    high = min(n - 1, max(0, round(1 + n / 2 + half) - 1))
    return statistics.median(ordered), ordered[low], ordered[high]


def _canned_transport(base_url: str) -> Any:
    """An in-memory ``httpx.MockTransport`` answering each method and path with the bytes the mock
    answered the first time (fetched through a real connection, then replayed), so a call's cost
    is the client's own CPU: no socket, no server."""
    import httpx

    real = httpx.Client(verify=_verify())
    answers: dict[tuple[str, str], tuple[int, list[tuple[bytes, bytes]], bytes]] = {}
    dropped = {b"content-length", b"transfer-encoding", b"connection", b"keep-alive"}

    def handle(request: httpx.Request) -> httpx.Response:
        key = (request.method, request.url.path)
        if key not in answers:
            forwarded = httpx.Request(request.method, request.url, headers=request.headers, content=request.read())
            response = real.send(forwarded)
            headers = [(k, v) for k, v in response.headers.raw if k.lower() not in dropped]
            answers[key] = (response.status_code, headers, response.content)
        status, headers, content = answers[key]
        return httpx.Response(status, headers=headers, content=content)

    return httpx.MockTransport(handle)


def _in_memory_cpu(scenario: Scenario, base_url: str, count: int, batch: int = 100) -> dict[str, float]:
    """CPU seconds per call on an in-memory transport: our client, the plain generated client (the
    generated ``Client`` on a plain httpx client with the auth headers set), and raw httpx."""
    import importlib
    import uuid

    import httpx

    module = importlib.import_module(f"{scenario.module}.{scenario.operation}")
    body = scenario.build(importlib.import_module(f"{scenario.module}.models"))
    headers = _auth_headers(scenario, base_url)
    ours_client = _client(scenario, base_url, httpx_args={"transport": _canned_transport(base_url)})
    generated = importlib.import_module(f"{scenario.module}.client").Client
    plain_client = generated(base_url=base_url, headers=headers, httpx_args={"transport": _canned_transport(base_url)})
    raw_client = httpx.Client(headers=headers, transport=_canned_transport(base_url))
    url = base_url.rstrip("/") + scenario.path
    fields: dict[str, Any] = body.to_dict()
    as_json = scenario.body_kind == "json"

    def raw() -> object:
        sent = {**fields, scenario.key: uuid.uuid4().hex} if scenario.key else fields
        response = raw_client.request(
            scenario.method, url, json=sent if as_json else None, data=None if as_json else sent
        )
        response.raise_for_status()
        return response.json()

    sends: dict[str, Callable[[], object]] = {
        "ours": lambda: module.sync(client=ours_client, body=body),
        "plain": lambda: module.sync(client=plain_client, body=body),
        "raw": raw,
    }
    totals = dict.fromkeys(sends, 0.0)
    for send in sends.values():
        for _ in range(50):
            assert send() is not None
    rounds = max(1, count // batch)
    for turn in range(rounds):
        order = sorted(sends) if turn % 2 == 0 else sorted(sends, reverse=True)
        for name in order:
            send = sends[name]
            started = time.process_time()
            for _ in range(batch):
                send()
            totals[name] += time.process_time() - started
    return {name: total / (rounds * batch) for name, total in totals.items()}


def _requests_sends(scenario: Scenario, base_url: str, count: int) -> float:
    """Seconds per send the documentation's way: ``requests``, a new connection per call."""
    import requests

    headers = _auth_headers(scenario, base_url)
    url = base_url.rstrip("/") + scenario.path
    body = _body_kwargs(scenario)
    verify = os.environ.get(CA_BUNDLE, True)  # the samples leave verify at its default: certifi's bundle
    for _ in range(5):
        requests.request(scenario.method, url, headers=headers, timeout=30, verify=verify, **body)
    started = time.perf_counter()
    for _ in range(count):
        response = requests.request(scenario.method, url, headers=headers, timeout=30, verify=verify, **body)
        if response.status_code >= 300:
            raise RuntimeError(f"HTTP {response.status_code}")
        json.loads(response.text)
    return (time.perf_counter() - started) / count


def _limits(pool: int) -> Any:
    import httpx

    return httpx.Limits(max_connections=pool, max_keepalive_connections=pool)


def _async_sends(scenario: Scenario, base_url: str, count: int, concurrency: int, pool: int) -> dict[str, float]:
    """Messages per second through the generated async client, and this process's peak memory."""
    import importlib

    send = importlib.import_module(f"{scenario.module}.{scenario.operation}").asyncio
    body = scenario.build(importlib.import_module(f"{scenario.module}.models"))
    client = _client(scenario, base_url, httpx_args={"limits": _limits(pool)})

    async def run() -> float:
        gate = asyncio.Semaphore(concurrency)

        async def one() -> None:
            async with gate:
                if await send(client=client, body=body) is None:
                    raise RuntimeError("no answer")

        await asyncio.gather(*(one() for _ in range(concurrency)))  # warm-up: connections, login
        started = time.perf_counter()
        await asyncio.gather(*(one() for _ in range(count)))
        return count / (time.perf_counter() - started)

    rate = asyncio.run(run())
    return {"rate": rate, "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def _raw_async_sends(scenario: Scenario, base_url: str, count: int, concurrency: int, pool: int) -> dict[str, float]:
    """Messages per second with a raw ``httpx.AsyncClient`` at the same concurrency and pool: the mock's capacity."""
    import httpx

    headers = _auth_headers(scenario, base_url)
    url = base_url.rstrip("/") + scenario.path
    body = _body_kwargs(scenario)

    async def run() -> float:
        async with httpx.AsyncClient(headers=headers, limits=_limits(pool), timeout=60, verify=_verify()) as client:
            gate = asyncio.Semaphore(concurrency)

            async def one() -> None:
                async with gate:
                    response = await client.request(scenario.method, url, **body)
                    response.raise_for_status()
                    response.json()

            await asyncio.gather(*(one() for _ in range(concurrency)))
            started = time.perf_counter()
            await asyncio.gather(*(one() for _ in range(count)))
            return count / (time.perf_counter() - started)

    rate = asyncio.run(run())
    return {"rate": rate, "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


#: the parts of a run, in order; ``--only`` picks some of them.
SECTIONS = ("per-call", "throughput", "imports", "regeneration")

WORKERS: dict[str, Callable[..., Any]] = {
    "sync": _sync_sends,
    "paired": _paired_sends,
    "in-memory": _in_memory_cpu,
    "requests": _requests_sends,
    "async": _async_sends,
    "raw-async": _raw_async_sends,
}


def _work(kind: str, provider: str, base_url: str, *args: int) -> Any:
    command = [PYTHON, "-m", "tools.bench", "--worker", kind, provider, base_url, *map(str, args)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False, timeout=1800)
    if done.returncode != 0:
        raise RuntimeError(f"worker {kind} {provider} failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# -- the measurements -------------------------------------------------------------------------------


@dataclass
class Row:
    measure: str
    ours: float
    baseline: float
    unit: str
    ratio: float
    target: str
    met: bool
    note: str = ""


@dataclass
class Report:
    rows: list[Row] = field(default_factory=list)
    facts: list[tuple[str, str]] = field(default_factory=list)


def per_call(report: Report, providers: Sequence[str], count: int, rounds: int) -> None:
    for provider in providers:
        ours, raw, docs, ours_tls, docs_tls = [], [], [], [], []
        pairs: list[float] = []
        with mock(provider) as url:
            for _ in range(rounds):  # interleaved, so drift in the machine's speed hits all of them
                paired = _work("paired", provider, url, count)
                ours += paired["ours"]  # seconds per send in each batch
                raw += paired["raw"]
                pairs += paired["ratios"]
                docs.append(_work("requests", provider, url, max(50, count // 4)))
            cpu = [_work("in-memory", provider, url, count * 2) for _ in range(rounds)]
        with mock(provider, tls=True) as url:
            for _ in range(rounds):
                ours_tls.append(_work("sync", provider, url, count))
                docs_tls.append(_work("requests", provider, url, max(20, count // 25)))
        # The columns are medians over batches, like the ratio: a mean let a few batches slowed by the
        # machine (another process, a collection) move them, and they once read 909 vs 774 us (1.18x)
        # beside a median ratio of 1.06. The means stay in the table below, as a fact.
        o, r, d = statistics.median(ours), statistics.median(raw), statistics.median(docs)
        mean_o, mean_r = statistics.fmean(ours), statistics.fmean(raw)
        ot, dt = statistics.median(ours_tls), statistics.median(docs_tls)
        paired, low, high = median_interval(pairs)  # every pair of adjacent batches, all rounds
        report.rows.append(
            Row(
                f"{provider}: per-call cost vs raw httpx",
                o * 1e6,
                r * 1e6,
                "us/call",
                paired,
                "<= 1.05",
                paired <= 1.05,
                f"same request bytes; medians over batches; median of the ratios of {len(pairs)} pairs of "
                f"adjacent batches, 95% CI {low:.3f}-{high:.3f}",
            )
        )
        report.rows.append(
            Row(
                f"{provider}: docs' requests way vs ours",
                ot * 1e6,
                dt * 1e6,
                "us/call",
                dt / ot,
                ">= 3x",
                dt / ot >= 3,
                "HTTPS, certifi's roots",
            )
        )
        ours_cpu = statistics.median(c["ours"] for c in cpu)
        plain_cpu = statistics.median(c["plain"] for c in cpu)
        raw_cpu = statistics.median(c["raw"] for c in cpu)
        overhead = statistics.median((c["ours"] - c["raw"]) / max(c["plain"] - c["raw"], 1e-9) for c in cpu)
        report.rows.append(
            Row(
                f"{provider}: CPU per call in memory, overhead over raw httpx vs the plain generated client's",
                (ours_cpu - raw_cpu) * 1e6,
                (plain_cpu - raw_cpu) * 1e6,
                "us/call",
                overhead,
                "<= 1.5",
                overhead <= 1.5,
                f"in-memory transport; ours {ours_cpu * 1e6:.0f}, plain generated {plain_cpu * 1e6:.0f}, "
                f"raw httpx {raw_cpu * 1e6:.0f} us CPU/call",
            )
        )
        report.facts.append(
            (
                f"{provider}: per-call means over all batches, slow ones included (ours vs raw httpx)",
                f"{mean_o * 1e6:,.0f} vs {mean_r * 1e6:,.0f} us/call: {mean_o / mean_r:.2f}x",
            )
        )
        report.facts.append(
            (
                f"{provider}: docs' requests way vs ours over plain HTTP (no TLS handshake, no CA bundle)",
                f"{d * 1e6:,.0f} vs {o * 1e6:,.0f} us/call: {d / o:.2f}x",
            )
        )


def throughput(report: Report, providers: Sequence[str], count: int, concurrency: int, latency: float) -> None:
    for provider in providers:
        with mock(provider, latency=latency) as url:
            sync_count = max(50, int(5 / max(latency, 0.001)))  # about five seconds of sequential sends
            sync_rate = 1 / _work("sync", provider, url, sync_count)
            ours = _work("async", provider, url, count, concurrency, concurrency)
            raw = _work("raw-async", provider, url, count, concurrency, concurrency)
        note = (
            f"{count} async sends, concurrency {concurrency} on as many connections, "
            f"{latency * 1000:.0f} ms simulated latency"
        )
        report.rows.append(
            Row(
                f"{provider}: async vs sequential sync",
                ours["rate"],
                sync_rate,
                "msg/s",
                ours["rate"] / sync_rate,
                ">= 5x",
                ours["rate"] / sync_rate >= 5,
                note,
            )
        )
        report.rows.append(
            Row(
                f"{provider}: async vs mock capacity (raw async)",
                ours["rate"],
                raw["rate"],
                "msg/s",
                ours["rate"] / raw["rate"],
                ">= 0.80",
                ours["rate"] / raw["rate"] >= 0.8,
                "same concurrency and connections",
            )
        )
        report.facts.append(
            (f"{provider}: peak memory of the {count}-send async run", f"{ours['max_rss_mb']:.0f} MB max RSS")
        )


def concurrency_sweep(report: Report, provider: str, levels: Sequence[int], count: int, latency: float) -> None:
    """Async throughput as concurrency grows: where more connections stop paying."""
    cells = []
    with mock(provider, latency=latency) as url:
        for level in levels:
            ours = _work("async", provider, url, count, level, level)["rate"]
            raw = _work("raw-async", provider, url, count, level, level)["rate"]
            cells.append(f"{level}: {ours:,.0f} ({raw:,.0f})")
    report.facts.append(
        (
            f"{provider}: async msg/s by concurrency, ours (raw httpx), {count} sends each",
            "; ".join(cells),
        )
    )


def _lock_pins(*names: str) -> list[str]:
    """``name==version`` lines of requirements/dev.lock for ``names``."""
    pins = {}
    for line in (ROOT / "requirements" / "dev.lock").read_text().splitlines():
        name, _, pinned = line.partition("==")
        pins[name.lower()] = line if pinned else ""
    return [pins[name] for name in names]


@contextmanager
def clean_environment(modules: Sequence[str]) -> Iterator[str]:
    """A fresh venv holding only the generated packages and what they declare, at the pinned versions.

    Why: the project's own venv also holds rich, click and pygments, which ``import httpx`` loads
    for its command line when they are present; a user's ``pip install`` has none of them, so
    measuring there would flatter every ratio against httpx.
    """
    with tempfile.TemporaryDirectory(prefix="bench-venv-") as scratch:
        subprocess.run([PYTHON, "-m", "venv", scratch], check=True)
        python = str(Path(scratch) / "bin" / "python")
        pip = [python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
        dependencies = _lock_pins("httpx", "httpcore", "h11", "anyio", "idna", "certifi", "sniffio")
        subprocess.run([*pip, *dependencies, *_lock_pins("typing_extensions", "pdm-backend")], check=True)
        packages = [str(p.package_dir) for p in load_providers() if p.module in modules]
        subprocess.run([*pip, "--no-deps", "--no-build-isolation", *packages], check=True, cwd=scratch)
        yield python


def _import_seconds(python: str, code: str) -> float:
    timed = f"import time; t = time.perf_counter(); {code}; print(time.perf_counter() - t)"
    done = subprocess.run([python, "-c", timed], capture_output=True, text=True, check=True, cwd=tempfile.gettempdir())
    return float(done.stdout)


def _ready_to_send(scenario: Scenario) -> str:
    """What a program imports before its first send: the package's factory, the send and its body's models."""
    return (
        f"import {scenario.module} as p; p.{scenario.flow}; import {scenario.module}.{scenario.operation}; "
        f"from {scenario.module}.models import {', '.join(scenario.models)}"
    )


def import_times(report: Report, providers: Sequence[str], rounds: int) -> None:
    scenarios = [SCENARIOS[p] for p in providers]
    codes = {"httpx": "import httpx"}
    for scenario in scenarios:
        codes[scenario.module] = f"import {scenario.module}"
        codes[f"{scenario.module} ready"] = _ready_to_send(scenario)
    samples: dict[str, list[float]] = {name: [] for name in codes}
    with clean_environment([s.module for s in scenarios]) as python:
        for _ in range(rounds):
            for name, code in codes.items():
                samples[name].append(_import_seconds(python, code))
    base = statistics.median(samples["httpx"])
    for scenario in scenarios:
        ours = statistics.median(samples[scenario.module])
        report.rows.append(
            Row(
                f"import {scenario.module} vs import httpx",
                ours * 1000,
                base * 1000,
                "ms",
                ours / base,
                "<= 1.2",
                ours / base <= 1.2,
                "fresh venv with only declared dependencies; names load on first use",
            )
        )
        ready = statistics.median(samples[f"{scenario.module} ready"])
        report.rows.append(
            Row(
                f"{scenario.module}: ready to send vs import httpx",
                ready * 1000,
                base * 1000,
                "ms",
                ready / base,
                "<= 1.3",
                ready / base <= 1.3,
                "import, then the factory, the send module and its body's models",
            )
        )


def regeneration(report: Report) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        started = time.perf_counter()
        subprocess.run([PYTHON, "-m", "tools.generate", "--out", scratch], cwd=ROOT, check=True, capture_output=True)
        report.facts.append(("full regeneration of every package", f"{time.perf_counter() - started:.1f} s"))
    subprocess.run(["make", "--no-print-directory"], cwd=ROOT, check=True, capture_output=True)  # bring up to date
    started = time.perf_counter()
    subprocess.run(["make", "--no-print-directory"], cwd=ROOT, check=True, capture_output=True)
    report.facts.append(("no-op `make`", f"{(time.perf_counter() - started) * 1000:.0f} ms"))


# -- output -----------------------------------------------------------------------------------------


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import httpx

    return (
        f"{os.cpu_count()} CPUs ({cpu}), {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}, httpx {httpx.__version__}"
    )


def _load() -> str:
    """The 1, 5 and 15 minute load averages: other processes on the machine while it measured."""
    return ", ".join(f"{value:.1f}" for value in os.getloadavg())


def table(report: Report) -> str:
    lines = [
        "| measure | ours | baseline | unit | ratio | target | met |",
        "|---|---:|---:|---|---:|---|---|",
    ]
    for row in report.rows:
        lines.append(
            f"| {row.measure}{' (' + row.note + ')' if row.note else ''} | {row.ours:,.1f} | {row.baseline:,.1f} | "
            f"{row.unit} | {row.ratio:.2f} | {row.target} | {'yes' if row.met else '**no**'} |"
        )
    lines += ["", "| other figure | value |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in report.facts]
    return "\n".join(lines)


def chart(report: Report, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = report.rows
    fig, ax = plt.subplots(figsize=(10, 0.45 * len(rows) + 1.5))
    ax.barh([r.measure for r in rows], [r.ratio for r in rows], color=["#2a7" if r.met else "#c44" for r in rows])
    for index, row in enumerate(rows):
        ax.text(row.ratio, index, f" {row.ratio:.2f} (target {row.target})", va="center", fontsize=8)
    ax.invert_yaxis()
    ax.set_xlabel("ratio (see target; green: met)")
    ax.set_title("sms-clients benchmarks: medians, measured side by side in one run")
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--worker", nargs="+", help=argparse.SUPPRESS)
    parser.add_argument("--providers", nargs="*", default=list(SCENARIOS))
    parser.add_argument("--calls", type=int, default=1000, help="sequential calls per round (per-call cost)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--sends", type=int, default=10_000, help="async sends (throughput)")
    parser.add_argument("--concurrency", type=int, default=10, help="async sends in flight, on as many connections")
    parser.add_argument("--sweep", type=int, nargs="*", default=[10, 25, 50, 100], help="concurrency levels to compare")
    parser.add_argument("--latency", type=float, default=0.02, help="simulated network latency, seconds")
    parser.add_argument(
        "--only",
        nargs="+",
        choices=SECTIONS,
        help="run these sections only (e.g. --only per-call); the table is printed, and written only with --out",
    )
    parser.add_argument("--out", type=Path, help="where to write BENCHMARKS.md and benchmarks.png (default: here)")
    args = parser.parse_args(argv)
    if args.worker:
        kind, provider, url, *numbers = args.worker
        print(json.dumps(WORKERS[kind](SCENARIOS[provider], url, *map(int, numbers))))
        return 0

    sections = args.only or SECTIONS
    report = Report()
    load_before = _load()
    print(f"machine: {machine()}; load average {load_before}", flush=True)
    if "per-call" in sections:
        print("1-2. per-call cost ...", flush=True)
        per_call(report, args.providers, args.calls, args.rounds)
    if "throughput" in sections:
        print("3, 6. throughput and memory ...", flush=True)
        throughput(report, args.providers, args.sends, args.concurrency, args.latency)
        if args.sweep:
            concurrency_sweep(report, args.providers[0], args.sweep, max(500, args.sends // 5), args.latency)
    if "imports" in sections:
        print("4. import time ...", flush=True)
        import_times(report, args.providers, max(args.rounds * 3, 9))
    if "regeneration" in sections:
        print("5. regeneration ...", flush=True)
        regeneration(report)

    text = table(report)
    print(text)
    load_after = _load()
    print(f"load average at the start {load_before}, at the end {load_after}")
    if args.out is None:
        if args.only:  # a partial run must not replace the committed BENCHMARKS.md
            return 0
        args.out = ROOT
    args.out.mkdir(parents=True, exist_ok=True)
    chart(report, args.out / "benchmarks.png")
    (args.out / "BENCHMARKS.md").write_text(
        "# Benchmarks\n\n"
        "Written by `make bench` (tools/bench.py); medians of repeated rounds, all measured side by side in "
        "one run against local mocks in their own processes (keep-alive on). Ratios are what to compare: "
        "absolute figures move with the machine. What each row measures: the docstring of tools/bench.py "
        "and the Benchmarks section of README.md.\n\n"
        f"Machine: {machine()}; load average (1, 5, 15 min) {load_before} at the start, {load_after} at the end.\n\n"
        f"Run: `{' '.join(['python -m tools.bench', *(argv or sys.argv[1:])])}`, "
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}.\n\n"
        f"{text}\n\n![ratios](benchmarks.png)\n",
        encoding="utf-8",
    )
    print(f"\nwrote {args.out / 'BENCHMARKS.md'} and {args.out / 'benchmarks.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
