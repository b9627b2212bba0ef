"""The campaign journal: one SQLite row per message, written before its send and after it.

States: ``planned`` (not tried yet), ``sending`` (written and committed *before* the request goes
out), then ``sent``, ``refused`` (the provider or the client proved nothing was sent) or ``maybe``
(may have been sent: no lookup could tell). A process killed mid-send leaves ``sending`` rows;
the next run reconciles them through the provider's lookup before sending anything.

Why SQLite in WAL mode: it is in the standard library, one file, and a commit in WAL mode with
``synchronous=NORMAL`` survives the process being killed (``kill -9``); only a power loss can lose
the last commits, and then the provider's lookup (or its refusal of a reused key) still stops a
second send. ``synchronous=FULL`` (``durable=True``) closes that gap too, at some speed.
"""

from __future__ import annotations

import sqlite3
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType
from typing import Self

from .plan import Message

__all__ = ["FINAL", "STATES", "Journal", "Row"]

STATES = ("planned", "sending", "sent", "refused", "maybe")
#: states a run does not send again
FINAL = frozenset({"sent", "maybe"})

_SCHEMA = """
CREATE TABLE IF NOT EXISTS campaign (
    id TEXT PRIMARY KEY,
    provider TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS message (
    key TEXT PRIMARY KEY,
    campaign TEXT NOT NULL,
    line INTEGER NOT NULL,
    recipient TEXT NOT NULL,
    text TEXT NOT NULL,
    parts INTEGER NOT NULL,
    state TEXT NOT NULL DEFAULT 'planned',
    message_id TEXT,
    detail TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    updated REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS message_state ON message (campaign, state);
"""

Row = tuple[str, int, str, str, int, str]  # key, line, recipient, text, parts, state


class Journal:
    """A campaign's journal file; one connection, used from one thread."""

    def __init__(self, path: Path | str, *, durable: bool = False) -> None:
        self.path = Path(path)
        self.db = sqlite3.connect(self.path, isolation_level=None, timeout=30)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute(f"PRAGMA synchronous={'FULL' if durable else 'NORMAL'}")
        self.db.executescript(_SCHEMA)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    def start(self, campaign: str, provider: str, messages: Iterable[Message]) -> None:
        """Record the campaign and its messages; messages already journalled keep their state."""
        with self.db:
            self.db.execute("BEGIN")
            row = self.db.execute("SELECT provider FROM campaign WHERE id = ?", (campaign,)).fetchone()
            if row is not None and row[0] != provider:
                raise ValueError(f"campaign {campaign!r} was started with {row[0]}, not {provider}: use a new id")
            self.db.execute("INSERT OR IGNORE INTO campaign (id, provider) VALUES (?, ?)", (campaign, provider))
            now = time.time()
            self.db.executemany(
                "INSERT OR IGNORE INTO message (key, campaign, line, recipient, text, parts, updated)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(m.key, campaign, m.line, m.to, m.text, m.parts, now) for m in messages],
            )

    def rows(self, campaign: str, *states: str) -> list[Row]:
        """The campaign's messages in these states, in file order."""
        marks = ",".join("?" * len(states))
        query = (
            "SELECT key, line, recipient, text, parts, state FROM message"
            f" WHERE campaign = ? AND state IN ({marks}) ORDER BY line"
        )
        return [tuple(r) for r in self.db.execute(query, (campaign, *states))]

    def mark(self, key: str, state: str, *, message_id: str | None = None, detail: str | None = None) -> None:
        """Commit ``key``'s new state (``sending`` counts an attempt)."""
        if state not in STATES:
            raise ValueError(state)
        self.db.execute(
            "UPDATE message SET state = ?, message_id = COALESCE(?, message_id), detail = ?,"
            " attempts = attempts + (? = 'sending'), updated = ? WHERE key = ?",
            (state, message_id, detail, state, time.time(), key),
        )

    def mark_many(self, changes: Iterable[tuple[str, str, str | None, str | None]]) -> None:
        """Commit several keys' new states (``key, state, message_id, detail``) in one transaction,
        in order: all of them or, if the commit fails, none."""
        now = time.time()
        rows = []
        for key, state, message_id, detail in changes:
            if state not in STATES:
                raise ValueError(state)
            rows.append((state, message_id, detail, state, now, key))
        if not rows:
            return
        with self.db:
            self.db.execute("BEGIN")
            self.db.executemany(
                "UPDATE message SET state = ?, message_id = COALESCE(?, message_id), detail = ?,"
                " attempts = attempts + (? = 'sending'), updated = ? WHERE key = ?",
                rows,
            )

    def counts(self, campaign: str) -> Counter[str]:
        """Messages per state."""
        rows = self.db.execute("SELECT state, COUNT(*) FROM message WHERE campaign = ? GROUP BY state", (campaign,))
        return Counter({state: count for state, count in rows})

    def parts(self, campaign: str, state: str) -> int:
        row = self.db.execute(
            "SELECT COALESCE(SUM(parts), 0) FROM message WHERE campaign = ? AND state = ?", (campaign, state)
        ).fetchone()
        return int(row[0])

    def detail(self, key: str) -> tuple[str, str | None, str | None]:
        """``key``'s state, provider message id and detail."""
        row = self.db.execute("SELECT state, message_id, detail FROM message WHERE key = ?", (key,)).fetchone()
        if row is None:
            raise KeyError(key)
        return row[0], row[1], row[2]
