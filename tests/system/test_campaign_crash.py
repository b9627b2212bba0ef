"""sms-campaign survives ``kill -9``: the CLI runs as a real process against the mocks at a 20%
fault rate, is killed mid-run once the journal shows sends, and is run again. Afterwards the mock
holds no message twice, and every row is accounted for: sent (and held once), refused (and not
held), or reported as may have been sent (FracTEL, which has no lookup). None is left unsent."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sms_mocks.faults import default_menu
from sms_mocks.fractel import DEMO_NUMBERS, FracTEL
from sms_mocks.fractel import DEMO_PASSWORD as FRACTEL_PASSWORD
from sms_mocks.fractel import DEMO_USERNAME as FRACTEL_USERNAME
from sms_mocks.server import MockServer
from sms_mocks.smsend import DEMO_PASSWORD, DEMO_USERNAME, SmSend

from tests.conftest import InFlight, wait_until

ROWS = 240
KILL_AFTER = 60  # sent messages in the journal before the kill
TIMEOUT = 0.4  # the client's per-request timeout; 'slow' faults answer after 3x that


@dataclass
class Case:
    provider: str
    mock: Callable[[], Any]
    held: Callable[[Any], Counter[str]]
    credentials: list[str]
    number: Callable[[int], str]


CASES = [
    Case(
        "smsend",
        lambda: SmSend(demo_objects=False),  # the demo account's own orders are not the campaign's
        lambda mock: Counter(order.message for order in list(mock.demo.orders.values())),
        ["--user", DEMO_USERNAME, "--secret", DEMO_PASSWORD],
        lambda i: f"+39 348 {1000000 + i}",
    ),
    Case(
        "fractel",
        FracTEL,
        lambda mock: Counter(message.message for message in list(mock.messages)),
        ["--user", FRACTEL_USERNAME, "--secret", FRACTEL_PASSWORD, "--from-number", DEMO_NUMBERS[0]],
        lambda i: f"312555{i:04d}",
    ),
]


def journal_states(path: Path) -> dict[str, tuple[str, str]]:
    """text -> (state, detail) of every journalled message (read while the writer may be running)."""
    if not path.exists():
        return {}
    with sqlite3.connect(path, timeout=10) as db:
        try:
            rows = db.execute("SELECT text, state, COALESCE(detail, '') FROM message").fetchall()
        except sqlite3.OperationalError:  # the schema is not there yet
            return {}
    return {text: (state, detail) for text, state, detail in rows}


def command(case: Case, server: MockServer, tmp_path: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "smscampaign.cli",
        str(tmp_path / "recipients.csv"),
        "--provider",
        case.provider,
        "--campaign",
        "spring",
        "--template",
        "Hello $name, row $row",
        "--base-url",
        server.base_url,
        *case.credentials,
        "--journal",
        str(tmp_path / "journal.sqlite"),
        "--concurrency",
        "8",
        "--timeout",
        str(TIMEOUT),
        "--quiet",
    ]


@pytest.mark.parametrize("case", CASES, ids=[c.provider for c in CASES])
def test_kill_9_mid_run_then_rerun_sends_each_message_at_most_once_and_loses_none(case: Case, tmp_path: Path) -> None:
    lines = ["number,name,row"] + [f"{case.number(i)},N{i},{i}" for i in range(ROWS)]
    (tmp_path / "recipients.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    texts = {f"Hello N{i}, row {i}" for i in range(ROWS)}
    journal = tmp_path / "journal.sqlite"
    with MockServer(case.mock()) as server:
        in_flight = InFlight(server)
        server.app.faults.randomly(0.2, default_menu(slow_delay=TIMEOUT * 3, retry_after=0), seed=15)
        cmd = command(case, server, tmp_path)
        first = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:

            def sent_enough_or_ended() -> bool:
                sent = sum(1 for state, _ in journal_states(journal).values() if state == "sent")
                return sent >= KILL_AFTER or first.poll() is not None

            wait_until(sent_enough_or_ended, timeout=60, interval=0.05)
            assert first.poll() is None, f"the first run ended before the kill: {first.communicate()}"
            os.kill(first.pid, signal.SIGKILL)
            first.wait(timeout=10)
        finally:
            if first.poll() is None:
                first.kill()
                first.wait(timeout=10)
        assert first.returncode == -signal.SIGKILL
        before = Counter(state for state, _ in journal_states(journal).values())
        assert before["sent"] >= KILL_AFTER and before["planned"] > 0, f"killed mid-run: {before}"

        second = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        server.app.faults.randomly(0, ())
        # requests a killed run left behind may still be at the mock: count once none is handled
        in_flight.wait_idle(timeout=60)
        held = case.held(server.provider)
        injected = server.app.faults.counts()

    states = journal_states(journal)
    assert set(states) == texts, "every row is in the journal"
    assert sum(injected.values()) >= 0.1 * ROWS, f"faults were injected: {injected}"
    doubled = {text: n for text, n in held.items() if n > 1}
    assert doubled == {}, f"sent twice: {doubled}"
    assert set(held) <= texts
    by_state = Counter(state for state, _ in states.values())
    assert by_state["planned"] == by_state["sending"] == 0, f"left unsent: {by_state}\n{second.stderr}"
    lost = [t for t, (state, _) in states.items() if state == "sent" and held[t] != 1]
    assert lost == [], f"journalled as sent but not at the provider: {lost[:5]}"
    phantom = [t for t, (state, _) in states.items() if state == "refused" and held[t]]
    assert phantom == [], f"journalled as refused but at the provider: {phantom[:5]}"
    silently_lost = [t for t in texts if not held[t] and states[t][0] not in {"refused", "maybe"}]
    assert silently_lost == []
    summary = second.stdout.strip().splitlines()[-1]
    assert f"sent {by_state['sent']} " in summary and f"may have been sent {by_state['maybe']}," in summary
    if case.provider == "smsend":
        # a lookup exists: what the kill left 'sending' was reconciled, not resent blindly
        assert by_state["sent"] == sum(held.values())
    print(f"{case.provider}: before the rerun {dict(before)}; after {dict(by_state)}; faults {dict(injected)}")
