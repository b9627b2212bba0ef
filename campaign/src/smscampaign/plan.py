"""A campaign's messages: recipients read from CSV or JSON Lines, a template filled per row, each
message checked before anything is sent and given a deterministic send key.

Why ``string.Template``: ``$name`` placeholders cannot run code or reach attributes (unlike
``str.format``), and a missing field raises ``KeyError`` with its name, reported with the row's line.

The send key is ``sha256(campaign id, the row's fields, the how-many-th identical row it is)`` cut to
32 hex characters (within every provider's key length): it does not depend on the line number or on
other rows, so fixing or removing a bad row and rerunning changes no other row's key.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from string import Template

from smskit import InvalidNumberError, TooLongError, check_length, wire_number

__all__ = ["BadRow", "BadRowError", "Message", "Plan", "plan", "read_recipients", "send_key"]

#: the field holding the recipient's number, unless told otherwise
NUMBER_FIELD = "number"


@dataclass(frozen=True)
class Message:
    """One message of a campaign: where it came from, what it says, what it costs, its send key."""

    key: str
    line: int
    to: str
    text: str
    parts: int


@dataclass(frozen=True)
class BadRow:
    """A row that cannot be sent, and why (its line in the recipients file)."""

    line: int
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


class BadRowError(ValueError):
    """A bad row, with ``--on-bad-row stop``: nothing was sent."""

    def __init__(self, bad: BadRow) -> None:
        super().__init__(f"{bad} (nothing sent)")
        self.bad = bad


@dataclass
class Plan:
    """What a campaign will send, and the rows it will not."""

    campaign: str
    provider: str
    messages: list[Message]
    bad: list[BadRow]

    @property
    def parts(self) -> int:
        return sum(m.parts for m in self.messages)


def read_recipients(path: Path) -> Iterator[tuple[int, dict[str, str] | str]]:
    """Each row of a CSV (header line first) or JSON Lines file (``.jsonl``/``.ndjson``) with its
    line number; a row that cannot be read comes as a string saying why."""
    if path.suffix.lower() in {".jsonl", ".ndjson", ".json"}:
        with path.open(encoding="utf-8") as lines:
            for number, text in enumerate(lines, start=1):
                if not text.strip():
                    continue
                try:
                    row = json.loads(text)
                except json.JSONDecodeError as error:
                    yield number, f"not JSON: {error.msg}"
                    continue
                if not isinstance(row, dict):
                    yield number, "not a JSON object"
                    continue
                yield number, {str(k): "" if v is None else str(v) for k, v in row.items()}
        return
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        for row in reader:
            line = reader.line_num
            if None in row:
                yield line, "more values than the header has columns"
                continue
            if any(value is None for value in row.values()):
                yield line, "fewer values than the header has columns"
                continue
            yield line, dict(row)


def send_key(campaign: str, row: dict[str, str], occurrence: int) -> str:
    """The row's send key: the same for the same campaign, row and occurrence, whatever the run."""
    identity = json.dumps([campaign, sorted(row.items()), occurrence], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(identity.encode("utf-8")).hexdigest()[:32]


def plan(
    campaign: str,
    provider: str,
    recipients: Path,
    template: str,
    *,
    number_field: str = NUMBER_FIELD,
    country_code: str | None = None,
    max_parts: int | None = None,
    stop_on_bad_row: bool = False,
) -> Plan:
    """Every message of the campaign, checked: number in the provider's form, non-empty text within
    the provider's length (and ``max_parts``). Bad rows are collected, or raise :class:`BadRowError`
    at the first one with ``stop_on_bad_row`` (before anything is sent)."""
    filler = Template(template)
    seen: Counter[str] = Counter()
    messages: list[Message] = []
    bad: list[BadRow] = []
    for line, row in read_recipients(recipients):
        outcome = _message(campaign, provider, filler, line, row, seen, number_field, country_code, max_parts)
        if isinstance(outcome, BadRow):
            if stop_on_bad_row:
                raise BadRowError(outcome)
            bad.append(outcome)
        else:
            messages.append(outcome)
    return Plan(campaign, provider, messages, bad)


def _message(
    campaign: str,
    provider: str,
    filler: Template,
    line: int,
    row: dict[str, str] | str,
    seen: Counter[str],
    number_field: str,
    country_code: str | None,
    max_parts: int | None,
) -> Message | BadRow:
    if isinstance(row, str):
        return BadRow(line, row)
    number = row.get(number_field, "").strip()
    if not number:
        return BadRow(line, f"no {number_field!r} field")
    try:
        to = wire_number(provider, number, country_code=country_code)
    except InvalidNumberError as error:
        return BadRow(line, f"number {number!r}: {error}")
    try:
        text = filler.substitute(row)
    except KeyError as error:
        return BadRow(line, f"the template needs the field {error.args[0]!r}, which this row does not have")
    except ValueError as error:
        return BadRow(line, f"the template is malformed: {error}")
    if not text.strip():
        return BadRow(line, "empty text")
    try:
        counted = check_length(provider, text)
    except TooLongError as error:
        return BadRow(line, f"too long: {error}")
    if max_parts is not None and counted.parts > max_parts:
        return BadRow(line, f"{counted.parts} parts, more than --max-parts {max_parts}")
    identity = json.dumps(sorted(row.items()), ensure_ascii=False)
    seen[identity] += 1
    return Message(send_key(campaign, row, seen[identity]), line, to, text, counted.parts)
