"""What keeps sms-campaign's throughput growing with concurrency, checked without timing anything:

- :class:`ShardedTransport` puts each request in flight on a connection of its own, in a pool of
  its own (so no pool ever holds more than one connection for httpcore to walk), gives the shard
  back when the response is closed or the request fails, and leaves httpx's exception types as
  they are (the generated clients' retry rules read ``ConnectError`` as "never sent");
- one transport serves successive event loops (two ``asyncio.run``, two ``run``), each on
  connections of its own loop; a connection that fails before a byte is sent (a socket option,
  the TLS handshake) is a ``ConnectError`` or the original error, and its socket is closed;
- the runner commits the journal's ``sending`` rows in groups, yet every key is on disk, visible
  to another connection, before its send starts; a failed commit stops the sends of its group.
"""

from __future__ import annotations

import asyncio
import os
import queue
import socket
import sqlite3
import ssl
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import httpcore
import httpx
import pytest
from smscampaign import Journal, ShardedTransport, plan, run
from smscampaign.journal import Journal as JournalClass
from smscampaign.network import AsyncioBackend
from smskit import Receipt


@dataclass
class Gate:
    """A loopback HTTP/1.1 server that holds every answer until ``hold`` requests have arrived,
    and records the client port each request came from."""

    hold: int
    ports: list[int] = field(default_factory=list)
    arrived: asyncio.Event = field(default_factory=asyncio.Event)

    async def answer(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
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
                self.ports.append(writer.get_extra_info("peername")[1])
                if len(self.ports) >= self.hold:
                    self.arrived.set()
                await self.arrived.wait()
                writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()


@asynccontextmanager
async def gate_server(hold: int) -> AsyncIterator[tuple[str, Gate]]:
    gate = Gate(hold)
    server = await asyncio.start_server(gate.answer, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    # a guard, not a measurement: a transport that queued what it should run at once would wait
    # for the gate forever; this turns that hang into a failure
    async with server, asyncio.timeout(60):
        yield f"http://127.0.0.1:{port}", gate


def _pool_sizes(transport: ShardedTransport) -> list[int]:
    return transport.open_connections()


def test_each_request_in_flight_gets_a_connection_in_a_pool_of_its_own() -> None:
    async def scenario() -> None:
        transport = ShardedTransport(8)
        async with gate_server(hold=8) as (url, gate), httpx.AsyncClient(transport=transport) as client:
            # 8 at once: the server answers none before all 8 arrived, so all 8 were in flight together
            first = await asyncio.gather(*(client.get(url) for _ in range(8)))
            assert [r.text for r in first] == ["ok"] * 8
            assert len(set(gate.ports)) == 8, f"8 requests in flight, 8 connections: {gate.ports}"
            assert max(_pool_sizes(transport)) == 1, "no pool holds more than one connection"
            assert transport.in_flight() == 0, "every shard is given back once its response is read"
            # a second round reuses the same 8 kept-alive connections
            await asyncio.gather(*(client.get(url) for _ in range(8)))
            assert len(set(gate.ports)) == 8 and len(gate.ports) == 16
            assert max(_pool_sizes(transport)) == 1 and transport.in_flight() == 0
            # a streamed response holds its shard until it is closed
            async with client.stream("GET", url) as response:
                assert transport.in_flight() == 1
                await response.aread()
            assert transport.in_flight() == 0

    asyncio.run(scenario())


def test_more_requests_than_connections_queue_on_the_shards() -> None:
    async def scenario() -> None:
        transport = ShardedTransport(2)
        async with gate_server(hold=2) as (url, gate), httpx.AsyncClient(transport=transport) as client:
            answers = await asyncio.gather(*(client.get(url) for _ in range(6)))
            assert [r.status_code for r in answers] == [200] * 6
            assert len(set(gate.ports)) == 2 and max(_pool_sizes(transport)) == 1
            assert transport.in_flight() == 0

    asyncio.run(scenario())


def test_a_failed_request_gives_its_shard_back_and_keeps_httpx_s_error_type() -> None:
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]

    async def scenario() -> None:
        transport = ShardedTransport(3)
        async with httpx.AsyncClient(transport=transport) as client:
            for _ in range(5):
                with pytest.raises(httpx.ConnectError):  # "never sent" to the retry rules
                    await client.get(f"http://127.0.0.1:{closed}/")
            assert transport.in_flight() == 0

    asyncio.run(scenario())


def test_sync_requests_use_an_ordinary_pool() -> None:
    async def serve_in_background(ready: asyncio.Future[str], stop: asyncio.Event) -> None:
        async with gate_server(hold=1) as (url, _gate):
            ready.set_result(url)
            await stop.wait()

    async def scenario() -> None:
        loop = asyncio.get_running_loop()
        ready: asyncio.Future[str] = loop.create_future()
        stop = asyncio.Event()
        task = asyncio.create_task(serve_in_background(ready, stop))
        url = await ready
        transport = ShardedTransport(2)

        def sync_get() -> str:
            with httpx.Client(transport=transport) as client:
                return client.get(url).text

        assert await asyncio.to_thread(sync_get) == "ok"
        assert transport.in_flight() == 0 and _pool_sizes(transport) == [0, 0], "the async shards are untouched"
        stop.set()
        await task

    asyncio.run(scenario())


# -- the journal's group commits --------------------------------------------------------------


@dataclass
class Witness:
    """An async sender that, as each send starts, reads the key's row through a connection of its
    own: it must already be committed as ``sending``."""

    journal: Path
    name: str = "fake"
    seen: dict[str, str] = field(default_factory=dict)
    sends: int = 0

    async def send(
        self, to: str, text: str, *, sender: str | None = None, key: str | None = None, at: datetime | None = None
    ) -> Receipt:
        assert key
        self.sends += 1
        with sqlite3.connect(self.journal) as db:
            row = db.execute("SELECT state FROM message WHERE key = ?", (key,)).fetchone()
        self.seen[key] = row[0] if row else "absent"
        await asyncio.sleep(0)  # let the other workers start theirs
        return Receipt(self.name, "id-" + key, key, to)

    async def lookup(self, key: str, to: str) -> Receipt | None:
        return None


def _plan(tmp_path: Path, rows: int) -> object:
    recipients = tmp_path / "r.csv"
    recipients.write_text("number,row\n" + "".join(f"312555{i:04d},{i}\n" for i in range(rows)), encoding="utf-8")
    return plan("group", "fractel", recipients, "row $row")


def test_every_key_is_committed_as_sending_before_its_send_and_commits_are_grouped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = _plan(tmp_path, 200)
    commits: list[int] = []
    original = JournalClass.mark_many

    def counting(self: JournalClass, changes: list[tuple[str, str, str | None, str | None]]) -> None:
        changes = list(changes)
        commits.append(len(changes))
        original(self, changes)

    monkeypatch.setattr(JournalClass, "mark_many", counting)
    witness = Witness(tmp_path / "j.sqlite")
    with Journal(witness.journal) as journal:
        summary = run(witness, journal, found, concurrency=40, quiet=True)  # type: ignore[arg-type]
    assert summary.sent == 200 and witness.sends == 200
    assert set(witness.seen.values()) == {"sending"}, "each key was on disk as 'sending' before its send"
    assert sum(commits) == 400, "every 'sending' and every outcome was written"
    assert len(commits) <= 400 // 10, f"written in groups, not one commit per change: {len(commits)} commits"


def test_a_failed_group_commit_sends_nothing_of_its_group(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    found = _plan(tmp_path, 30)

    def failing(self: JournalClass, changes: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(JournalClass, "mark_many", failing)
    witness = Witness(tmp_path / "j.sqlite")
    with Journal(witness.journal) as journal, pytest.raises(sqlite3.OperationalError):
        run(witness, journal, found, concurrency=10, quiet=True)  # type: ignore[arg-type]
    assert witness.sends == 0, "no send starts before its key is committed"


# -- the network layer under the slots (smscampaign.network) ------------------------------------

Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


@asynccontextmanager
async def scripted_server(handler: Handler, context: ssl.SSLContext | None = None) -> AsyncIterator[str]:
    server = await asyncio.start_server(handler, "127.0.0.1", 0, ssl=context)
    port = server.sockets[0].getsockname()[1]
    async with server, asyncio.timeout(60):  # a guard against a hang, not a measurement
        yield f"{'https' if context else 'http'}://127.0.0.1:{port}"


async def _read_request(reader: asyncio.StreamReader) -> bytes:
    head = await reader.readuntil(b"\r\n\r\n")
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length" and int(value):
            await reader.readexactly(int(value))
    return head


def test_a_connection_the_server_closed_while_idle_is_replaced_not_written_to() -> None:
    closed = asyncio.Event()
    ports: list[int] = []

    async def answer_once_then_close(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        ports.append(writer.get_extra_info("peername")[1])
        await _read_request(reader)
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")  # keep-alive, then gone
        await writer.drain()
        writer.close()
        await writer.wait_closed()
        closed.set()

    async def scenario() -> None:
        transport = ShardedTransport(1)
        async with scripted_server(answer_once_then_close) as url, httpx.AsyncClient(transport=transport) as client:
            assert (await client.post(url, content=b"one")).text == "ok"
            await closed.wait()  # the server's end of stream is on its way to the idle connection
            # written to the closed connection, this would fail as RemoteProtocolError (maybe sent)
            assert (await client.post(url, content=b"two")).text == "ok"
            assert len(set(ports)) == 2, "the second request went out on a new connection"
            assert transport.in_flight() == 0

    asyncio.run(scenario())


def test_failures_once_connected_keep_httpx_s_types_and_give_the_slot_back() -> None:
    release = asyncio.Event()

    async def read_and_hang_or_close(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await _read_request(reader)
        if b"/close" in head.split(b"\r\n")[0]:
            writer.close()  # the request arrived, no answer: it may have been carried out
            return
        await release.wait()
        writer.close()

    async def scenario() -> None:
        transport = ShardedTransport(2)
        timeout = httpx.Timeout(30, read=0.2)
        async with (
            scripted_server(read_and_hang_or_close) as url,
            httpx.AsyncClient(transport=transport, timeout=timeout) as client,
        ):
            with pytest.raises(httpx.ReadTimeout):
                await client.post(url + "/hang", content=b"x")
            with pytest.raises(httpx.RemoteProtocolError):
                await client.post(url + "/close", content=b"x")
            assert transport.in_flight() == 0
            release.set()

    asyncio.run(scenario())


def test_extra_requests_wait_for_a_slot_at_most_the_pool_timeout() -> None:
    async def scenario() -> None:
        transport = ShardedTransport(1)
        timeout = httpx.Timeout(30, pool=0.2)
        async with (
            gate_server(hold=2) as (url, gate),
            httpx.AsyncClient(transport=transport, timeout=timeout) as client,
        ):
            held = asyncio.create_task(client.get(url))  # takes the only slot; the gate holds its answer
            while not gate.ports:
                await asyncio.sleep(0.01)
            with pytest.raises(httpx.PoolTimeout):  # never left: "not sent" to the retry rules
                await client.get(url)
            assert transport.in_flight() == 1 and len(gate.ports) == 1
            gate.arrived.set()
            assert (await held).text == "ok"
            assert transport.in_flight() == 0

    asyncio.run(scenario())


def test_https_through_the_network_layer_and_an_untrusted_certificate_is_a_connect_error(tmp_path: Path) -> None:
    from sms_mocks.tls import throwaway_certificate

    server_context = throwaway_certificate("127.0.0.1", tmp_path / "ca.pem")
    ports: list[int] = []

    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        ports.append(writer.get_extra_info("peername")[1])
        try:
            while True:
                await _read_request(reader)
                writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\nsecure")
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, ssl.SSLError):
            writer.close()

    async def scenario() -> None:
        trusted = ShardedTransport(1, verify=ssl.create_default_context(cafile=str(tmp_path / "ca.pem")))
        async with scripted_server(answer, server_context) as url:
            async with httpx.AsyncClient(transport=trusted) as client:
                answers = [(await client.post(url, content=b"x")).text for _ in range(3)]
                assert answers == ["secure"] * 3 and len(ports) == 1, "one TLS connection, kept alive"
            async with httpx.AsyncClient(transport=ShardedTransport(1)) as client:  # the system's CAs only
                with pytest.raises(httpx.ConnectError):  # the handshake failed: nothing was sent
                    await client.get(url)

    asyncio.run(scenario())


# -- the runner's event loop ------------------------------------------------------------------


@dataclass
class LoopWitness:
    """An async sender that records the class of the event loop each send runs on."""

    name: str = "fake"
    loops: set[str] = field(default_factory=set)

    async def send(
        self, to: str, text: str, *, sender: str | None = None, key: str | None = None, at: datetime | None = None
    ) -> Receipt:
        self.loops.add(type(asyncio.get_running_loop()).__module__.split(".")[0])
        return Receipt(self.name, "id-" + str(key), key, to)

    async def lookup(self, key: str, to: str) -> Receipt | None:
        return None


def test_the_runner_uses_uvloop_when_installed_unless_turned_off(tmp_path: Path) -> None:
    pytest.importorskip("uvloop")  # a dev dependency (requirements/dev.lock): installed by make
    for choice, expected in ((None, {"uvloop"}), (True, {"uvloop"}), (False, {"asyncio"})):
        found = _plan(tmp_path, 5)
        witness = LoopWitness()
        with Journal(tmp_path / f"j-{choice}.sqlite") as journal:
            summary = run(witness, journal, found, concurrency=2, quiet=True, uvloop=choice)  # type: ignore[arg-type]
        assert summary.sent == 5 and witness.loops == expected, (choice, witness.loops)


# -- one sender, several event loops; connections that fail before a byte is sent --------------


def test_a_second_run_through_the_same_transport_sends_on_connections_of_its_own_loop(tmp_path: Path) -> None:
    with background_server(_keep_alive) as url:
        sender = HttpSender(httpx.AsyncClient(transport=ShardedTransport(2)), url)
        with Journal(tmp_path / "j.sqlite") as journal:
            for campaign in ("first", "second"):  # two runs, so two event loops
                recipients = tmp_path / f"{campaign}.csv"
                recipients.write_text("number\n3125550101\n3125550102\n3125550103\n", encoding="utf-8")
                # asyncio's own loop: on a connection of the first (closed) loop the second run's
                # sends fail (RuntimeError: Event loop is closed) and end as "maybe"
                found = plan(campaign, "fractel", recipients, "hi")
                summary = run(sender, journal, found, concurrency=2, quiet=True, uvloop=False)  # type: ignore[arg-type]
                assert journal.counts(campaign) == {"sent": 3}, (campaign, summary)
        assert sender.failed == [], "no send failed"


async def _keep_alive(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while True:
            await _read_request(reader)
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")  # and the connection is kept
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()


@dataclass
class HttpSender:
    """An async sender whose sends are POSTs through ``client`` (the transport under test); a send
    that fails is recorded, and its lookup finds nothing (so it would end as "maybe")."""

    client: httpx.AsyncClient
    url: str
    name: str = "fake"
    failed: list[str] = field(default_factory=list)

    async def send(
        self, to: str, text: str, *, sender: str | None = None, key: str | None = None, at: datetime | None = None
    ) -> Receipt:
        try:
            answer = await self.client.post(self.url, content=text.encode())
        except BaseException as error:
            self.failed.append(f"{type(error).__name__}: {error}")
            raise
        assert answer.text == "ok"
        return Receipt(self.name, "id-" + str(key), key, to)

    async def lookup(self, key: str, to: str) -> Receipt | None:
        return None


def test_two_asyncio_runs_through_one_transport_each_use_connections_of_their_own_loop() -> None:
    closed = threading.Event()
    ports: list[int] = []

    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        ports.append(writer.get_extra_info("peername")[1])
        try:
            while True:
                await _read_request(reader)
                writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            if len(ports) == 1:
                closed.set()  # the first loop's connection was let go of
        finally:
            writer.close()

    with background_server(answer) as url:
        transport = ShardedTransport(1)
        client = httpx.AsyncClient(transport=transport)

        async def post() -> str:
            return (await client.post(url, content=b"x")).text

        # asyncio's own loop: on the first loop's connection the second run's read would need that
        # closed loop's timer (RuntimeError: Event loop is closed)
        assert asyncio.run(post()) == "ok"
        assert asyncio.run(post()) == "ok"
        assert len(set(ports)) == 2, "the second run opened a connection on its own loop"
        assert closed.wait(30), "the first loop's idle connection was shut down, not left open"
        assert transport.in_flight() == 0 and transport.open_connections() == [1]


@contextmanager
def background_server(handler: Handler) -> Iterator[str]:
    """A loopback server on a loop of its own, in a thread: it outlives the tests' event loops."""
    started: queue.Queue[str] = queue.Queue()
    stop = threading.Event()

    async def serve() -> None:
        server = await asyncio.start_server(handler, "127.0.0.1", 0)
        async with server:
            started.put(f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}")
            while not stop.is_set():
                await asyncio.sleep(0.01)

    thread = threading.Thread(target=asyncio.run, args=(serve(),), daemon=True)
    thread.start()
    try:
        yield started.get(timeout=30)
    finally:
        stop.set()
        thread.join(30)


def _open_descriptors() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="counts descriptors through /proc (Linux)")
def test_a_socket_option_that_fails_is_a_connect_error_and_closes_the_socket() -> None:
    ended = asyncio.Event()

    async def wait_for_the_end(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        assert await reader.read() == b"", "nothing was sent"
        ended.set()
        writer.close()

    async def scenario() -> None:
        async with scripted_server(wait_for_the_end) as url:
            port = int(url.rsplit(":", 1)[1])
            before = _open_descriptors()
            bad = [(socket.SOL_SOCKET, 0x7FFF, 1)]  # no such option: setsockopt fails (ENOPROTOOPT)
            with pytest.raises(httpcore.ConnectError, match="socket option"):  # "never sent"
                await AsyncioBackend().connect_tcp("127.0.0.1", port, socket_options=bad)
            await ended.wait()  # the server saw the connection end
            await asyncio.sleep(0)  # the closed transport's last callback
            assert _open_descriptors() <= before, "the client's socket is closed"

    asyncio.run(scenario())


def test_a_tls_handshake_that_fails_before_the_loop_takes_the_socket_closes_the_connection() -> None:
    """An error neither OSError nor ssl's (a host name the IDNA codec refuses) leaves no socket open.

    (A cancelled handshake is not tested here: asyncio and uvloop close that socket themselves, so
    such a test passes with or without the backend's own abort.)"""
    ended = asyncio.Event()

    async def never_answer_tls(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while await reader.read(4096):  # no answer is ever sent
            pass
        ended.set()  # the client closed the connection
        writer.close()

    async def scenario() -> None:
        async with scripted_server(never_answer_tls) as url:
            port = int(url.rsplit(":", 1)[1])
            stream = await AsyncioBackend().connect_tcp("127.0.0.1", port)
            with pytest.raises(UnicodeError):
                await stream.start_tls(ssl.create_default_context(), "a" * 64 + ".test")
            await ended.wait()  # scripted_server's guard turns a socket left open into a failure

    asyncio.run(scenario())
