"""sms-campaign's plan and CLI without sending: rows, templates, bad rows with their lines, keys
that stay the same across runs and do not move when a bad row is fixed, the dry run's figures."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from smscampaign import BadRowError, Journal, plan
from smscampaign.limits import rate_of

CLI = [sys.executable, "-m", "smscampaign.cli"]

CSV = """number,name,code
+39 348 123 4567,Ada,A1
not-a-number,Bob,B2
+39 348 123 4569,,C3
+39 348 123 4570,Dee
+39 348 123 4571,Eve,E5
+39 348 123 4567,Ada,A1
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_bad_rows_are_reported_with_their_line_and_skipped(tmp_path: Path) -> None:
    found = plan("c1", "smsend", write(tmp_path, "r.csv", CSV), "Hi $name, your code is $code")
    assert [m.line for m in found.messages] == [2, 4, 6, 7]
    assert found.messages[0].to == "+393481234567"
    reasons = {bad.line: bad.reason for bad in found.bad}
    assert set(reasons) == {3, 5}
    assert "not-a-number" in reasons[3]
    assert reasons[5] == "fewer values than the header has columns"
    assert found.messages[1].text == "Hi , your code is C3"  # an empty field is a value, not a missing one


def test_a_missing_template_field_names_the_field_and_the_line(tmp_path: Path) -> None:
    rows = write(tmp_path, "r.jsonl", '{"number": "+393481234567", "name": "Ada"}\n{"number": "+393481234568"}\n')
    found = plan("c1", "smsend", rows, "Hi $name")
    assert len(found.messages) == 1
    assert [str(b) for b in found.bad] == ["line 2: the template needs the field 'name', which this row does not have"]
    with pytest.raises(BadRowError, match=r"line 2: the template needs the field 'name'.*nothing sent"):
        plan("c1", "smsend", rows, "Hi $name", stop_on_bad_row=True)


def test_empty_text_too_many_parts_and_unreadable_rows_are_bad_rows(tmp_path: Path) -> None:
    rows = write(
        tmp_path,
        "r.jsonl",
        '{"number": "+393481234567", "t": "  "}\n'
        '{"number": "+393481234567", "t": "' + "x" * 1100 + '"}\n'
        "not json\n"
        '{"number": "+393481234567", "t": "' + "y" * 200 + '"}\n',
    )
    found = plan("c1", "smstools", rows, "$t", max_parts=1)
    reasons = {b.line: b.reason for b in found.bad}
    assert reasons[1] == "empty text"
    assert reasons[2].startswith("too long: smstools")
    assert reasons[3].startswith("not JSON")
    assert reasons[4] == "2 parts, more than --max-parts 1"
    assert found.messages == []


def test_keys_are_deterministic_distinct_and_independent_of_other_rows(tmp_path: Path) -> None:
    first = plan("c1", "smsend", write(tmp_path, "a.csv", CSV), "Hi $name $code")
    again = plan("c1", "smsend", write(tmp_path, "a.csv", CSV), "Hi $name $code")
    assert [m.key for m in first.messages] == [m.key for m in again.messages]
    keys = [m.key for m in first.messages]
    assert len(set(keys)) == len(keys), "two identical rows are two messages with two keys"
    assert all(len(k) == 32 for k in keys)
    fixed = CSV.replace("not-a-number", "+39 348 123 4568")
    after = plan("c1", "smsend", write(tmp_path, "b.csv", fixed), "Hi $name $code")
    assert set(keys) < {m.key for m in after.messages}, "fixing a bad row adds one key and moves none"
    other = plan("c2", "smsend", write(tmp_path, "a.csv", CSV), "Hi $name $code")
    assert not set(keys) & {m.key for m in other.messages}, "another campaign, other keys"


def test_journal_keeps_states_across_starts(tmp_path: Path) -> None:
    found = plan("c1", "smsend", write(tmp_path, "a.csv", CSV), "Hi $name")
    with Journal(tmp_path / "j.sqlite") as journal:
        journal.start("c1", "smsend", found.messages)
        journal.mark(found.messages[0].key, "sending")
        journal.mark(found.messages[0].key, "sent", message_id="m1")
    with Journal(tmp_path / "j.sqlite") as journal:
        journal.start("c1", "smsend", found.messages)
        assert journal.detail(found.messages[0].key) == ("sent", "m1", None)
        assert journal.counts("c1") == {"sent": 1, "planned": 3}
        with pytest.raises(ValueError, match="started with smsend"):
            journal.start("c1", "smstools", found.messages)


def test_rates_become_pyrate_limiter_windows() -> None:
    assert (rate_of(50).limit, rate_of(50).interval) == (50, 1000)
    assert (rate_of(0.5).limit, rate_of(0.5).interval) == (1, 2000)
    with pytest.raises(ValueError):
        rate_of(0)


def test_dry_run_prints_parts_and_cost_and_sends_nothing(tmp_path: Path) -> None:
    rows = write(tmp_path, "r.csv", CSV)
    done = subprocess.run(
        [
            *CLI,
            str(rows),
            "--provider",
            "smsend",
            "--campaign",
            "c1",
            "--template",
            "Hi $name " + "€" * 80,
            "--dry-run",
            "--price-per-part",
            "0.05",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert "line 2\t+393481234567\t2 part(s)" in done.stdout
    assert "4 message(s), 8 part(s), estimated cost 0.4000 at 0.05 a part; 2 bad row(s)" in done.stdout
    assert "skipped line 3:" in done.stderr and "skipped line 5:" in done.stderr
    assert not list(tmp_path.glob("*.sqlite")), "a dry run writes no journal"
    stop = subprocess.run(
        [
            *CLI,
            str(rows),
            "--provider",
            "smsend",
            "--campaign",
            "c1",
            "--template",
            "Hi",
            "--on-bad-row",
            "stop",
            "--base-url",
            "http://127.0.0.1:9",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert stop.returncode == 2 and "line 3:" in stop.stderr and "nothing sent" in stop.stderr
