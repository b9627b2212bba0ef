"""``sms-contract`` itself: it catches a server that breaks the spec, and a read-only run sends no write.

Both run the real command (``sms_mocks.contract.cli.main``, schemathesis in a child process) against
a mock on loopback, bounded to a few operations and examples so each takes seconds.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sms_mocks.contract import cli, runner
from sms_mocks.engine import Call, Reply
from sms_mocks.server import MockServer
from sms_mocks.smstools import Smstools

pytestmark = pytest.mark.contract

#: a few operations, few examples, a fixed seed: seconds, and the same cases every run.
SMALL = ["--phases=examples,fuzzing", "--max-examples=5", "--seed=1", "--demo-credentials"]


class BrokenSmstools(Smstools):
    """Smstools with two deliberate bugs: a number sent as a string, an undocumented status."""

    def op_getUser(self, call: Call) -> Reply:
        reply = super().op_getUser(call)
        return Reply(200, {**reply.body, "credit": "plenty"})

    def op_listGroups(self, call: Call) -> Reply:
        reply = super().op_listGroups(call)
        return Reply(202, reply.body)


def test_it_names_each_operation_where_a_broken_mock_disagrees_and_exits_non_zero(
    capsys: pytest.CaptureFixture[str],
) -> None:
    operations = ["--operation=getUser", "--operation=listGroups", "--operation=listAliases"]
    with MockServer(Smstools()) as server:
        assert cli.main(["smstools", f"--base-url={server.base_url}", *operations, *SMALL]) == 0
    agreed = capsys.readouterr().out
    assert "the server agrees with the spec" in agreed, agreed

    with MockServer(BrokenSmstools()) as server:
        status = cli.main(["smstools", f"--base-url={server.base_url}", *operations, *SMALL])
    out = capsys.readouterr().out
    assert status == 1, out
    report = out[out.index("the server disagrees with the spec") :]
    assert "getUser (GET /user): ST108 Response violates schema" in report, report
    assert '"plenty" is not of type "number"' in report, report
    assert "listGroups (GET /phonebook/group/list)" in report, report
    assert "listGroups (GET /phonebook/group/list): ST103 Undocumented status code: Received: 202" in report, report
    assert "reproduce: curl -X GET" in report, report
    assert "listAliases" not in report, "only the broken operations are named"


@pytest.fixture
def recorded() -> Iterator[tuple[MockServer, list[tuple[str, str]]]]:
    """A Smstools mock that records the method and path of every request it gets. Strict, as in the
    project's contract test: schemathesis's negative cases expect unknown query parameters refused."""
    seen: list[tuple[str, str]] = []
    with MockServer(Smstools(), strict=True) as server:
        handle = server.app.handle

        def recording(request: Any) -> Reply:
            seen.append((request.method, request.path))
            return handle(request)

        server.app.handle = recording  # type: ignore[method-assign]
        yield server, seen


def test_a_read_only_run_against_a_remote_server_sends_no_write(
    recorded: tuple[MockServer, list[tuple[str, str]]],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The mock is on loopback, but the decision is told it is not: the default must be read-only.
    Every phase runs, over every operation the spec has."""
    server, seen = recorded
    monkeypatch.setattr(runner, "is_loopback", lambda url: False)
    status = cli.main(
        ["smstools", f"--base-url={server.base_url}", "--max-examples=3", "--seed=1", "--demo-credentials"]
    )
    out = capsys.readouterr().out
    assert "(a remote server, read-only)" in out, out
    assert "smartSendSms: sends an SMS (x-sms-send), though a GET" in out, out
    assert status in (0, 1), out

    assert len(seen) > 100, f"the run checked the read operations: {len(seen)} requests"
    writes = [(method, path) for method, path in seen if method not in ("GET", "HEAD", "OPTIONS")]
    assert not writes, f"a read-only run sent writes: {writes[:10]}"
    marked = [path for _method, path in seen if path.endswith(("/smart/sms/send", "/verify/check"))]
    assert not marked, f"a read-only run called GETs the spec marks as writes: {marked[:5]}"
    assert not server.provider.demo.sms, "nothing was sent"


def test_writes_to_a_remote_server_need_a_confirmation(
    recorded: tuple[MockServer, list[tuple[str, str]]],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """--allow-writes prints the writes and the bound, then asks; a "no" sends nothing."""
    server, seen = recorded
    monkeypatch.setattr(runner, "is_loopback", lambda url: False)
    questions: list[str] = []

    def answer_no(question: str) -> str:
        questions.append(question)
        return "n"

    arguments = ["smstools", f"--base-url={server.base_url}", "--allow-writes", "--demo-credentials"]
    operations = ["--operation=sendSms", "--operation=getUser", "--max-requests=50"]
    assert cli.main([*arguments, *operations], confirm=answer_no) == 4
    out = capsys.readouterr().out
    assert "sendSms (POST /sms/send): POST changes state" in out, out
    assert "at most 50 requests" in out, out
    assert questions and not seen, "it asked, and sent nothing"


def test_no_request_is_sent_past_the_budget(
    recorded: tuple[MockServer, list[tuple[str, str]]], capsys: pytest.CaptureFixture[str]
) -> None:
    """--max-requests is enforced before each request, in every phase, the checks' own requests included."""
    server, seen = recorded
    operations = ["--operation=getUser", "--operation=listGroups", "--operation=sendSms"]
    arguments = [f"--base-url={server.base_url}", "--max-requests=7", "--max-examples=20", *SMALL[2:]]
    status = cli.main(["smstools", *arguments, *operations])
    out = capsys.readouterr().out
    assert status == 1, out
    assert "the budget of 7 requests is spent" in out, out
    probes = [path for _method, path in seen if "schemathesis-probe" in path or path == "/rest/api"]
    assert len(seen) - len(probes) == 7, "\n".join(map(str, seen))
