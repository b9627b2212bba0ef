"""Mock speed: ``make bench-mocks`` (also run by ``make bench``) prints a table and writes BENCHMARKS-mocks.md.

Everything is measured side by side in one run, on this machine's two cores, against mocks running in
their own processes, the load generator on the same cores:

1. **Sends per second over keep-alive on loopback**, each provider's send operation (FracTEL
   ``POST /sms``, smSend ``POST /sms``, Smstools ``POST /sms/send``) at 1, 10, 50 and 100 open
   connections, each answered 200 with the provider's own checks (authentication, validation against
   the spec, state kept). A fresh ``sms-mock <provider> --keep-alive --quiet`` process per figure, so
   no figure inherits the messages of the one before.
2. **The same requests against Stoplight Prism** (``@stoplight/prism-cli``, ``prism mock`` of the same
   resolved spec, ``mocks/src/sms_mocks/_generated/<provider>.json``), the reference a user would
   otherwise pick: installed by this script with the machine's npm into ``.bench/prism`` (gitignored).
   Prism checks the request against the spec and answers the spec's example; it keeps no state and
   checks no credentials, so it does less per request than the mock. It serves the spec's paths at the
   root (it ignores the servers' base path), so the paths differ by that prefix only.
3. **In-process vs loopback**: the time of one call through one ``httpx.Client``, in-process
   (``sms_mocks.InProcessTransport`` over the same ``SpecApp``, no socket) against the same request
   over loopback keep-alive to a mock in a thread of this process and to the mock's process; beside
   them httpx.Client alone (a transport handing back a recorded answer: the floor of any in-process
   mock) and the earlier in-process path (httpx's ``WSGITransport``); medians of alternating rounds.
   ``--calls-only`` measures this part alone (and writes no file).

Why wrk as the load generator (Debian's package, installed by ``make bench-mocks`` when missing): it
is C, one thread on one core sustains tens of thousands of requests per second, so at 2,000 sends/s
it is not the bottleneck (a Python httpx client at that rate would eat a core itself and measure its
own cost); a Lua script gives it the POST body and the credentials. One wrk thread (``-t1``) leaves
the other core to the mock.

Each load figure is given twice: requests per second of wall time, and requests per CPU second of
the server's process (from /proc), which is what it would sustain with a core to itself. On a machine
shared with other work (the report prints the load average) the first falls with the machine's
load; the second does not, so it is the one to compare across runs and servers. ``--before DIR``
measures an earlier sms-mocks (its ``src`` folder) beside this one in the same run.

Targets (issue 13): at least 2,000 FracTEL sends/s; throughput not falling from 1 to 100 connections
(read here as: every figure at 10, 50 and 100 connections at least 90% of the figure at 1, a margin
for the noise of a shared machine); an in-process call at most a fifth of a loopback call.
"""

from __future__ import annotations

import argparse
import base64
import functools
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import httpx

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
PROVIDERS = ("fractel", "smsend", "smstools")
CONCURRENCY = (1, 10, 50, 100)
TARGET_SENDS = 2000
TARGET_FALL = 0.9
TARGET_IN_PROCESS = 0.2
PRISM_PACKAGE = "@stoplight/prism-cli@5.16.0"
PRISM_DIR = ROOT / ".bench" / "prism"
PRISM_BIN = PRISM_DIR / "node_modules" / ".bin" / "prism"


@dataclass(frozen=True)
class Send:
    """One provider's send request, as wrk and httpx send it."""

    path: str
    content_type: str
    body: str
    headers: dict[str, str] = field(default_factory=dict)


def _form(values: dict[str, str]) -> str:
    return str(httpx.QueryParams(values))


BODIES = {
    "fractel": (
        "/sms",
        "application/x-www-form-urlencoded",
        _form({"to": "3125550199", "from": "3215550000", "message": "bench"}),
    ),
    "smsend": (
        "/sms",
        "application/json",
        json.dumps({"message_type": "N", "message": "bench", "recipient": ["+393471234567"]}),
    ),
    "smstools": ("/sms/send", "application/x-www-form-urlencoded", _form({"text": "bench", "to": "393481234567"})),
}


def credentials(provider: str, client: httpx.Client | None, base_url: str) -> dict[str, str]:
    """The headers that authenticate a send: from a real login through ``client``, or (``client`` None)
    placeholders of the form the spec's security schemes ask for (Prism checks that they are there)."""
    if provider == "fractel":
        if client is None:
            return {"token": "0" * 32}
        answer = client.post(f"{base_url}/auth", data={"username": "1000000001", "password": "demo-password"})
        return {"token": answer.raise_for_status().json()["token"]}
    if provider == "smsend":
        if client is None:
            return {"user_key": "BENCH", "Session_key": "BENCH"}
        answer = client.get(f"{base_url}/login", params={"username": "demo", "password": "demo-password"})
        user_key, session = answer.raise_for_status().text.split(";")
        return {"user_key": user_key, "Session_key": session}
    basic = base64.b64encode(b"DEMOKEY0001:demo-secret").decode()
    return {"Authorization": f"Basic {basic}"}


def send_of(provider: str, client: httpx.Client | None, base_url: str) -> Send:
    path, content_type, body = BODIES[provider]
    return Send(path, content_type, body, credentials(provider, client, base_url))


# -- the servers --------------------------------------------------------------------------------


@contextmanager
def mock(provider: str, source: Path | None = None) -> Iterator[tuple[str, int]]:
    """``sms-mock <provider>`` with keep-alive on a free loopback port, in its own process; its base
    URL and process id. ``source``: the ``src`` folder of another sms-mocks to run instead (``--before``)."""
    command = [PYTHON, "-m", "sms_mocks", provider, "--port", "0", "--keep-alive", "--quiet"]
    env = {**os.environ, "PYTHONPATH": str(source)} if source is not None else None
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        if " serving " not in line:
            raise RuntimeError(f"the {provider} mock did not start: {line!r}")
        yield line.split(" serving ")[1].split()[0], process.pid
    finally:
        process.terminate()
        process.wait(timeout=10)


def ensure_prism() -> Path | None:
    """Prism's launcher, installed into .bench/prism with npm when missing; None without npm."""
    if PRISM_BIN.exists():
        return PRISM_BIN
    npm = shutil.which("npm")
    if npm is None:
        print("npm not found: Prism is not measured (install Node.js and npm to compare)", file=sys.stderr)
        return None
    PRISM_DIR.mkdir(parents=True, exist_ok=True)
    print(f"installing {PRISM_PACKAGE} into {PRISM_DIR.relative_to(ROOT)} ...", flush=True)
    subprocess.run(
        [npm, "install", "--no-audit", "--no-fund", "--loglevel=error", "--prefix", str(PRISM_DIR), PRISM_PACKAGE],
        check=True,
        timeout=600,
    )
    return PRISM_BIN


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def prism(launcher: Path, provider: str) -> Iterator[tuple[str, int]]:
    """``prism mock`` of the provider's resolved spec on a free loopback port; its origin and process id."""
    spec = ROOT / "mocks" / "src" / "sms_mocks" / "_generated" / f"{provider}.json"
    port = _free_port()
    command = [str(launcher), "mock", "--host", "127.0.0.1", "--port", str(port), str(spec)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    origin = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(origin + "/", timeout=1)
                break
            except httpx.TransportError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"Prism did not start for {provider}") from None
                time.sleep(0.2)
        yield origin, process.pid
    finally:
        process.terminate()
        process.wait(timeout=10)


# -- the load generator ---------------------------------------------------------------------------


def cpu_seconds(pid: int) -> float:
    """CPU seconds (user + system) a process and its children that it waited for have used (Linux)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return sum(int(value) for value in fields[11:15]) / os.sysconf("SC_CLK_TCK")


@dataclass(frozen=True)
class Load:
    requests: int
    seconds: float
    not_ok: int
    errors: int
    #: CPU seconds the server's process used meanwhile.
    cpu: float = 0.0

    @property
    def per_second(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    @property
    def per_cpu_second(self) -> float:
        """Requests per CPU second of the server: what one free core would sustain, whatever else
        the machine is doing (the mock serves on one thread)."""
        return self.requests / self.cpu if self.cpu else 0.0


def _lua(value: str) -> str:
    return json.dumps(value)  # a JSON string of printable ASCII is a valid Lua string literal


def wrk(url: str, send: Send, connections: int, seconds: float, pid: int) -> Load:
    """wrk with one thread and ``connections`` keep-alive connections POSTing ``send`` for ``seconds``,
    and the CPU the server's process ``pid`` used meanwhile."""
    lines = [
        'wrk.method = "POST"',
        f"wrk.body = {_lua(send.body)}",
        f'wrk.headers["Content-Type"] = {_lua(send.content_type)}',
        *(f"wrk.headers[{_lua(name)}] = {_lua(value)}" for name, value in send.headers.items()),
        "done = function(summary, latency, requests)",
        "  local e = summary.errors",
        '  io.write(string.format("RESULT %d %d %d %d\\n", summary.requests, summary.duration, e.status,',
        "    e.connect + e.read + e.write + e.timeout))",
        "end",
    ]
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write("\n".join(lines) + "\n")
    cpu = cpu_seconds(pid)
    try:
        run = subprocess.run(
            ["wrk", "-t1", f"-c{connections}", f"-d{seconds:g}s", "-s", script.name, url],
            capture_output=True,
            text=True,
            timeout=seconds + 60,
            check=True,
        )
    finally:
        os.unlink(script.name)
    found = re.search(r"RESULT (\d+) (\d+) (\d+) (\d+)", run.stdout)
    if found is None:
        raise RuntimeError(f"wrk said: {run.stdout}{run.stderr}")
    cpu = cpu_seconds(pid) - cpu
    requests, micros, not_ok, errors = map(int, found.groups())
    return Load(requests, micros / 1e6, not_ok, errors, cpu)


# -- in-process vs loopback -------------------------------------------------------------------------


@dataclass(frozen=True)
class Calls:
    """Median seconds per call through one ``httpx.Client``, each way of reaching the mock."""

    #: sms_mocks.InProcessTransport over a SpecApp: the engine, no socket, no WSGI.
    inprocess: float
    #: httpx's WSGITransport over the same SpecApp (how in-process calls went before the transport).
    wsgi: float
    #: httpx.Client alone: a transport that hands back the mock's answer, recorded once (no engine).
    floor: float
    #: the least any in-process mock does (:class:`_Least`: read the body, keep it, encode a JSON answer).
    least: float
    #: loopback keep-alive to a MockServer in a thread of this process (as the pytest fixtures run it).
    threaded: float
    #: loopback keep-alive to the mock's own process.
    process: float
    #: CPU seconds of this process per call (``time.process_time``: every thread, the kernel's work for
    #: it included, no waiting), in-process, httpx.Client alone and loopback to a thread: what each
    #: costs, read the same on a busy machine as on an idle one.
    inprocess_cpu: float = 0.0
    floor_cpu: float = 0.0
    threaded_cpu: float = 0.0
    least_cpu: float = 0.0
    #: the same call through the provider's generated client (``MockHandle.client()``, what the pytest
    #: fixtures hand out): in-process, over a recorded send answer, over loopback to a thread.
    generated: GeneratedCalls | None = None


@dataclass(frozen=True)
class GeneratedCalls:
    """Median seconds per send through the generated client, each way of reaching the mock."""

    inprocess: float
    floor: float
    threaded: float


class _Recorded(httpx.BaseTransport):
    """Answers every request with one recorded answer: what httpx.Client costs by itself."""

    def __init__(self, answer: httpx.Response) -> None:
        self.status = answer.status_code
        self.headers = answer.headers.raw
        self.body = answer.content

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        return httpx.Response(self.status, headers=self.headers, stream=httpx.ByteStream(self.body), request=request)


class _Least(httpx.BaseTransport):
    """The least any in-process mock does for a send: read the body (JSON or a form), keep it, and
    encode its JSON answer; no routing, authentication, validation or state rules. The in-process
    call over it is the bound the target can be read against: what a mock doing nothing else costs."""

    def __init__(self, answer: httpx.Response) -> None:
        self.status = answer.status_code
        self.headers = [(name, value) for name, value in answer.headers.raw if name.lower() != b"content-length"]
        self.answer = answer.json()
        self.kept: list[object] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = request.read()
        if request.headers.get("content-type", "").startswith("application/json"):
            self.kept.append(json.loads(body))
        else:
            self.kept.append(dict(parse_qsl(body.decode())))
        if len(self.kept) > 1000:
            self.kept.clear()
        content = json.dumps(self.answer, separators=(",", ":")).encode()
        return httpx.Response(self.status, headers=self.headers, content=content, request=request)


def _per_call(
    call: Callable[[], object], calls: int, *, warm_up: Callable[[], object] | None = None
) -> tuple[float, float]:
    """Seconds of wall time and of this process's CPU per ``call()``, over ``calls`` calls after a
    tenth as many of ``warm_up`` (default: ``call``), which open connections and fill caches."""
    for _ in range(max(calls // 10, 1)):
        (warm_up or call)()
    started, cpu = time.perf_counter(), time.process_time()
    for _ in range(calls):
        call()
    return (time.perf_counter() - started) / calls, (time.process_time() - cpu) / calls


def call_seconds(provider: str, base_url: str, *, calls: int, rounds: int) -> Calls:
    """Median seconds per call through one ``httpx.Client``: in-process (sms_mocks.InProcessTransport
    over a SpecApp), the same through httpx's WSGITransport (the earlier way), httpx.Client alone
    (a recorded answer), over loopback keep-alive to a MockServer in a thread of this process (as the
    pytest fixtures run it), and over loopback keep-alive to the mock's own process at ``base_url``."""
    from sms_mocks import InProcessTransport
    from sms_mocks.engine import SpecApp
    from sms_mocks.registry import create_mock
    from sms_mocks.server import MockServer

    app, wsgi_app = SpecApp(create_mock(provider)), SpecApp(create_mock(provider))
    inside_base = "http://mock" + app.base_path
    with (
        MockServer(create_mock(provider), keep_alive=True) as server,
        httpx.Client(transport=InProcessTransport(app)) as inside,
        httpx.Client(transport=httpx.WSGITransport(app=wsgi_app)) as wsgi,
        httpx.Client() as threaded,
        httpx.Client() as outside,
    ):
        send = send_of(provider, inside, inside_base)
        answer = inside.post(
            inside_base + send.path,
            content=send.body.encode(),
            headers={"Content-Type": send.content_type, **send.headers},
        )
        floor = httpx.Client(transport=_Recorded(answer.raise_for_status()))
        least = httpx.Client(transport=_Least(answer))
        clients = [
            (inside, inside_base, send),
            (wsgi, inside_base, send_of(provider, wsgi, inside_base)),
            (floor, inside_base, send),
            (threaded, server.base_url, send_of(provider, threaded, server.base_url)),
            (outside, base_url, send_of(provider, outside, base_url)),
            (least, inside_base, send),
        ]

        def timed(client: httpx.Client, base: str, send: Send) -> tuple[float, float]:
            headers = {"Content-Type": send.content_type, **send.headers}
            url, body = base + send.path, send.body.encode()
            return _per_call(
                lambda: client.post(url, content=body, headers=headers),
                calls,
                warm_up=lambda: client.post(url, content=body, headers=headers).raise_for_status(),
            )

        times: list[list[float]] = [[] for _ in clients]
        cpus: list[list[float]] = [[] for _ in clients]
        with floor, least:
            for _ in range(rounds):  # alternating, so that the machine's moods fall on all of them
                for index, (client, base, send) in enumerate(clients):
                    wall, cpu = timed(client, base, send)
                    times[index].append(wall)
                    cpus[index].append(cpu)
    inprocess_s, wsgi_s, floor_s, threaded_s, process_s, least_s = (statistics.median(t) for t in times)
    inprocess_cpu, _, floor_cpu, threaded_cpu, _, least_cpu = (statistics.median(c) for c in cpus)
    return Calls(
        inprocess_s,
        wsgi_s,
        floor_s,
        least_s,
        threaded_s,
        process_s,
        inprocess_cpu,
        floor_cpu,
        threaded_cpu,
        least_cpu,
        generated_call_seconds(provider, calls=calls, rounds=rounds),
    )


def generated_call_seconds(provider: str, *, calls: int, rounds: int) -> GeneratedCalls:
    """Median seconds per send through the provider's generated client as ``MockHandle.client()``
    builds it (what the pytest fixtures hand out): in-process, over a recorded send answer (its
    login still reaching the mock in-process), and over loopback keep-alive to a mock in a thread."""
    import importlib

    from sms_mocks.pytest_plugin import MockHandle

    from tools.bench import SCENARIOS

    scenario = SCENARIOS[provider]
    send = importlib.import_module(f"{scenario.module}.{scenario.operation}").sync_detailed
    body = scenario.build(importlib.import_module(f"{scenario.module}.models"))
    inside, outside = MockHandle.inprocess(provider), MockHandle.start(provider, keep_alive=True)
    opened: list[Any] = []
    try:
        in_client, out_client = inside.client(), outside.client()
        answer = send(client=in_client, body=body)
        recorded, login = (
            _Recorded(httpx.Response(answer.status_code, headers=answer.headers.raw, content=answer.content)),
            inside.transport(),
        )

        class SendRecorded(httpx.BaseTransport):
            def handle_request(self, request: httpx.Request) -> httpx.Response:
                sending = request.method == scenario.method and request.url.path.endswith(scenario.path)
                return (recorded if sending else login).handle_request(request)

        clients = [in_client, inside.client(transport=SendRecorded()), out_client]
        opened.extend(clients)
        times: list[list[float]] = [[] for _ in clients]
        for _ in range(rounds):
            for index, client in enumerate(clients):
                times[index].append(_per_call(functools.partial(send, client=client, body=body), calls)[0])
    finally:
        for client in opened:
            client.get_httpx_client().close()
        outside.close()
        inside.close()
    inprocess, floor, threaded = (statistics.median(t) for t in times)
    return GeneratedCalls(inprocess, floor, threaded)


# -- the report -----------------------------------------------------------------------------------


@dataclass
class Report:
    seconds: float
    #: (provider, server) -> connections -> load
    loads: dict[tuple[str, str], dict[int, Load]] = field(default_factory=dict)
    #: provider -> seconds per call, each way of reaching the mock
    calls: dict[str, Calls] = field(default_factory=dict)
    prism: str = "not measured"
    #: the machine's load averages (1, 5, 15 minutes) at the start and the end of the run.
    load_start: tuple[float, float, float] = field(default_factory=os.getloadavg)
    load_end: tuple[float, float, float] = (0.0, 0.0, 0.0)

    def verdicts(self) -> list[tuple[str, str, bool]]:
        """(target, what was measured, met) for each target of issue 13 item 5."""
        rows = []
        fractel = self.loads.get(("fractel", "sms-mock"))
        if fractel:
            lowest = min(load.per_second for load in fractel.values())
            rows.append(
                (
                    f"FracTEL sends/s >= {TARGET_SENDS:,} at every concurrency",
                    f"lowest {lowest:,.0f}",
                    lowest >= TARGET_SENDS,
                )
            )
            per_cpu = min(load.per_cpu_second for load in fractel.values())
            rows.append(
                (
                    f"(the same per CPU second of the mock: what one free core sustains) >= {TARGET_SENDS:,}",
                    f"lowest {per_cpu:,.0f}",
                    per_cpu >= TARGET_SENDS,
                )
            )
        for provider in PROVIDERS:
            loads = self.loads.get((provider, "sms-mock"))
            if not loads or 1 not in loads:
                continue
            for figure in ("wall", "cpu"):

                def rate(load: Load, figure: str = figure) -> float:
                    return load.per_second if figure == "wall" else load.per_cpu_second

                worst = (
                    min(rate(load) / rate(loads[1]) for c, load in loads.items() if c != 1) if len(loads) > 1 else 1.0
                )
                what = "sends/s" if figure == "wall" else "(per CPU second)"
                rows.append(
                    (
                        f"{provider}: {what} no fall from 1 to {max(loads)} conn. (each >= {TARGET_FALL:.0%} of 1)",
                        f"worst {worst:.0%} of the figure at 1",
                        worst >= TARGET_FALL,
                    )
                )
        for provider, measured in self.calls.items():
            inside, threaded = measured.inprocess, measured.threaded
            ratio = inside / threaded
            rows.append(
                (
                    f"{provider}: in-process call <= {TARGET_IN_PROCESS:.0%} of a loopback call (mock in a thread)",
                    f"{inside * 1e6:,.0f} us vs {threaded * 1e6:,.0f} us = {ratio:.0%}",
                    ratio <= TARGET_IN_PROCESS,
                )
            )
            if measured.threaded_cpu:
                ratio = measured.inprocess_cpu / measured.threaded_cpu
                rows.append(
                    (
                        f"{provider}: (the same in CPU time of the process) <= {TARGET_IN_PROCESS:.0%}",
                        f"{measured.inprocess_cpu * 1e6:,.0f} us vs {measured.threaded_cpu * 1e6:,.0f} us "
                        f"= {ratio:.0%}",
                        ratio <= TARGET_IN_PROCESS,
                    )
                )
            if measured.generated is not None:
                g = measured.generated
                rows.append(
                    (
                        f"{provider}: the same through the generated client (fixture's client()) <= "
                        f"{TARGET_IN_PROCESS:.0%}",
                        f"{g.inprocess * 1e6:,.0f} us vs {g.threaded * 1e6:,.0f} us = {g.inprocess / g.threaded:.0%}",
                        g.inprocess / g.threaded <= TARGET_IN_PROCESS,
                    )
                )
        for (provider, server), loads in self.loads.items():
            failed = sum(load.not_ok for load in loads.values())
            if failed:
                rows.append((f"{provider} on {server}: every answer 2xx", f"{failed:,} not 2xx", False))
        return rows

    def table(self, figure: str) -> list[str]:
        servers = sorted({server for _, server in self.loads}, key=lambda s: (s == "Prism", s))
        header = "| provider | server | " + " | ".join(f"{c} conn." for c in CONCURRENCY) + " |"
        lines = [header, "|" + "---|" * (2 + len(CONCURRENCY))]
        for provider in PROVIDERS:
            for server in servers:
                loads = self.loads.get((provider, server))
                if loads is None:
                    continue
                cells = []
                for c in CONCURRENCY:
                    load = loads.get(c)
                    if load is None:
                        cells.append("-")
                        continue
                    value = load.per_second if figure == "wall" else load.per_cpu_second
                    notes = [f"{load.not_ok:,} not 2xx"] if load.not_ok else []
                    notes += [f"{load.errors:,} timed out or cut"] if load.errors else []
                    cells.append(f"{value:,.0f}" + (f" ({', '.join(notes)})" if notes and figure == "wall" else ""))
                lines.append(f"| {provider} | {server} | " + " | ".join(cells) + " |")
        return lines

    def markdown(self, argv: list[str]) -> str:
        ratios = []
        for provider in PROVIDERS:
            mock_loads, prism_loads = self.loads.get((provider, "sms-mock")), self.loads.get((provider, "Prism"))
            if mock_loads and prism_loads:
                best = max(load.per_second for load in prism_loads.values())
                ours = min(load.per_second for load in mock_loads.values())
                ratios.append(f"- {provider}: the mock's lowest figure is {ours / best:.1f}x Prism's highest")
        calls = [
            "| provider | in-process | of which httpx.Client alone | loopback, mock in a thread | ratio "
            "| loopback, mock in its process | ratio | in-process before (WSGITransport) | ratio "
            "| the least a mock does, in-process | ratio |",
            "|---|---|---|---|---|---|---|---|---|---|---|",
            *(
                f"| {p} | {c.inprocess * 1e6:,.0f} us | {c.floor * 1e6:,.0f} us | {c.threaded * 1e6:,.0f} us "
                f"| {c.inprocess / c.threaded:.0%} | {c.process * 1e6:,.0f} us | {c.inprocess / c.process:.0%} "
                f"| {c.wsgi * 1e6:,.0f} us | {c.wsgi / c.threaded:.0%} "
                f"| {c.least * 1e6:,.0f} us | {c.least / c.threaded:.0%} |"
                for p, c in self.calls.items()
            ),
        ]
        cpu_calls = [
            "| provider | in-process | of which httpx.Client alone | loopback, mock in a thread | ratio "
            "| ratio with no engine at all | ratio with the least a mock does |",
            "|---|---|---|---|---|---|---|",
            *(
                f"| {p} | {c.inprocess_cpu * 1e6:,.0f} us | {c.floor_cpu * 1e6:,.0f} us "
                f"| {c.threaded_cpu * 1e6:,.0f} us | {c.inprocess_cpu / c.threaded_cpu:.0%} "
                f"| {c.floor_cpu / c.threaded_cpu:.0%} | {c.least_cpu / c.threaded_cpu:.0%} |"
                for p, c in self.calls.items()
                if c.threaded_cpu
            ),
        ]
        floors = [
            f"- {p}: httpx.Client alone is {c.floor / c.inprocess:.0%} of the in-process call; the mock's own work "
            f"(engine, handler, transport) the other {(c.inprocess - c.floor) * 1e6:,.0f} us. With no engine at all "
            f"the ratio would be {c.floor / c.threaded:.0%}; with the least any mock does (read the body, keep it, "
            f"encode a JSON answer) {c.least / c.threaded:.0%}."
            for p, c in self.calls.items()
        ]
        generated = [
            "| provider | in-process | of which the client alone | loopback, mock in a thread | ratio "
            "| ratio with no engine at all |",
            "|---|---|---|---|---|---|",
            *(
                f"| {p} | {g.inprocess * 1e6:,.0f} us | {g.floor * 1e6:,.0f} us | {g.threaded * 1e6:,.0f} us "
                f"| {g.inprocess / g.threaded:.0%} | {g.floor / g.threaded:.0%} |"
                for p, c in self.calls.items()
                if (g := c.generated) is not None
            ),
        ]
        verdicts = ["| target | measured | met |", "|---|---|---|"]
        verdicts += [
            f"| {target} | {measured} | {'yes' if met else '**no**'} |" for target, measured, met in self.verdicts()
        ]
        return "\n".join(
            [
                "# Mock benchmarks",
                "",
                "Written by `make bench-mocks` (tools/bench_mocks.py; `make bench` runs it too). All figures from "
                "one run, side by side, on this machine's two cores with the load generator (wrk, one thread) "
                "on the same cores; absolute figures move with the machine and its other load, so compare "
                "within a run. What each row measures: the docstring of tools/bench_mocks.py.",
                "",
                f"Run: `{' '.join(['python -m tools.bench_mocks', *argv])}`, {self.seconds:g} s of load per figure, "
                f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; Prism: {self.prism}. Load average "
                f"(1, 5, 15 min) at the start {', '.join(f'{v:.1f}' for v in self.load_start)}, at the end "
                f"{', '.join(f'{v:.1f}' for v in self.load_end)}: on two cores, anything above about 2 means "
                "other work was competing with this run, and the per-second figures are lower for it.",
                "",
                "## Targets",
                "",
                *verdicts,
                "",
                "## Sends per second over keep-alive, by open connections",
                "",
                "Every answer of the mock is the provider's 200 after its checks (credentials, the spec, state); "
                "Prism answers the spec's example after checking the request against the spec.",
                "",
                *self.table("wall"),
                "",
                *ratios,
                "",
                "## The same, per CPU second of the server",
                "",
                "Requests divided by the CPU time the server's process used meanwhile (from /proc): what the "
                "server would sustain with a core to itself, whatever else the machine was doing. The mock "
                "serves on one thread, so this is its ceiling on this machine's cores; Prism (Node.js) is "
                "measured the same way, its main process only.",
                "",
                *self.table("cpu"),
                "",
                "## One call, in-process vs over loopback",
                "",
                "Seconds per call through one `httpx.Client`, medians of alternating rounds: in-process is "
                "`sms_mocks.InProcessTransport` over a `SpecApp` in the calling thread (no socket, no WSGI); "
                "httpx.Client alone is the same client over a transport handing back a recorded answer of the "
                "mock (no engine: the floor no in-process mock can go below); loopback is the same request over a "
                "kept-alive connection, to a `MockServer` in a thread of the calling process (as the pytest "
                "fixtures run it: the choice a unit test has) and to the mock's own process (whose work then runs "
                "on the other core, beside the client); before is httpx's `WSGITransport` over a `SpecApp` (the "
                "earlier in-process path, through the engine's WSGI door). The target is read against the "
                "loopback call to a thread.",
                "",
                *calls,
                "",
                *floors,
                "",
                "The same calls in CPU time of the calling process per call (`time.process_time`: both threads "
                "and the kernel's socket work where the mock runs in a thread; no waiting), medians of the same "
                "rounds: what each call costs, which a busy machine slows no more than it slows the other.",
                "",
                *cpu_calls,
                "",
                "The same send through the provider's generated client, as `MockHandle.client()` (the pytest "
                "fixtures' `client()`) builds it: in-process; over a transport handing back the mock's recorded "
                "send answer (its login still reaching the mock; the client alone); over loopback keep-alive to "
                "a mock in a thread. Medians of alternating rounds.",
                "",
                *generated,
                "",
            ]
        )


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="seconds of load per figure (default 5)")
    parser.add_argument("--calls", type=int, default=300, help="calls per round, in-process vs loopback")
    parser.add_argument("--rounds", type=int, default=5, help="alternating rounds, in-process vs loopback")
    parser.add_argument("--providers", nargs="+", default=list(PROVIDERS), choices=PROVIDERS)
    parser.add_argument("--no-prism", action="store_true", help="do not measure Stoplight Prism")
    parser.add_argument(
        "--calls-only",
        action="store_true",
        help="measure only one call in-process vs over loopback (no wrk, no Prism); prints, writes no file",
    )
    parser.add_argument("--out", type=Path, default=ROOT, help="where BENCHMARKS-mocks.md goes")
    parser.add_argument(
        "--before",
        type=Path,
        help="the src folder of an earlier sms-mocks, measured beside this one "
        "(e.g. git archive <commit> mocks | tar -x -C /tmp/old, then --before /tmp/old/mocks/src)",
    )
    parser.add_argument("--before-label", default="earlier", help="what to call --before in the tables")
    args = parser.parse_args(argv)
    if shutil.which("wrk") is None and not args.calls_only:
        raise SystemExit("wrk not found: `make bench-mocks` installs Debian's wrk (apt-get install -y wrk)")
    launcher = None if args.no_prism or args.calls_only else ensure_prism()
    report = Report(args.seconds, prism=PRISM_PACKAGE if launcher else "not measured")
    servers: list[tuple[str, Path | None]] = [("sms-mock", None)]
    if args.before is not None:
        servers.append((f"sms-mock before ({args.before_label})", args.before))
    for provider in args.providers:
        for connections in () if args.calls_only else CONCURRENCY:
            for name, source in servers:  # side by side: the same connections, one after the other
                with mock(provider, source) as (base_url, pid), httpx.Client() as client:
                    send = send_of(provider, client, base_url)
                    load = wrk(base_url + send.path, send, connections, args.seconds, pid)
                report.loads.setdefault((provider, name), {})[connections] = load
                print(
                    f"{provider:9} {name} {connections:3} conn.: {load.per_second:8,.0f}/s, "
                    f"{load.per_cpu_second:8,.0f} per CPU second",
                    flush=True,
                )
        if launcher is not None:
            with prism(launcher, provider) as (origin, pid):
                send = send_of(provider, None, origin)
                for connections in CONCURRENCY:
                    load = wrk(origin + send.path, send, connections, args.seconds, pid)
                    report.loads.setdefault((provider, "Prism"), {})[connections] = load
                    print(
                        f"{provider:9} Prism    {connections:3} conn.: {load.per_second:8,.0f}/s, "
                        f"{load.per_cpu_second:8,.0f} per CPU second",
                        flush=True,
                    )
        with mock(provider) as (base_url, _):
            report.calls[provider] = call_seconds(provider, base_url, calls=args.calls, rounds=args.rounds)
        c = report.calls[provider]
        print(
            f"{provider:9} in-process {c.inprocess * 1e6:,.0f} us (httpx.Client alone {c.floor * 1e6:,.0f} us, "
            f"the least a mock does {c.least * 1e6:,.0f} us, WSGITransport {c.wsgi * 1e6:,.0f} us), loopback to a "
            f"thread {c.threaded * 1e6:,.0f} us, to a process {c.process * 1e6:,.0f} us",
            flush=True,
        )
    report.load_end = os.getloadavg()
    text = report.markdown(argv)
    print()
    print(text)
    if args.calls_only:
        print("--calls-only: BENCHMARKS-mocks.md left as it is (it is written from full runs only)")
        return 0
    (args.out / "BENCHMARKS-mocks.md").write_text(text, encoding="utf-8")
    print(f"wrote {args.out / 'BENCHMARKS-mocks.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
