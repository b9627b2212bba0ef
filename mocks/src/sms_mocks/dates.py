"""Lenient calendar arithmetic shared by the mocks.

Why: smSend and Smstools are Java services, whose default ``SimpleDateFormat`` is lenient: a day
past the end of its month rolls into the next (31 February is 3 March). The specs' patterns check
the shape of a date; the mocks then read it the lenient way instead of failing on it.
"""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo

__all__ = ["lenient_datetime"]


def lenient_datetime(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0, zone: tzinfo | None = None
) -> datetime:
    """The moment the fields name, with ``day`` rolling over past the end of ``month``."""
    start = datetime(year, month, 1, hour, minute, second, tzinfo=zone)
    return start + timedelta(days=day - 1)
