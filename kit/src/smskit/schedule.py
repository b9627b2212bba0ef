"""Aware datetimes to each provider's date string, in the provider's zone.

Why: Smstools wants ``yyyy-MM-dd'T'HH:mm:ssZ`` with a numeric offset without a colon
(``2014-12-25T08:00:00+0200``), which ``isoformat()`` does not give; smSend takes six formats, none
with a zone, so the wall-clock time must be the one of the zone smSend reads it in. A naive
datetime means a different instant on every machine, so it is refused.

Zones: both providers are Italian and neither documents the zone of its dates; Europe/Rome is an
inference (Smstools' strings carry their offset, so any zone gives the same instant there). Pass
``zone=`` to override.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Literal
from zoneinfo import ZoneInfo

__all__ = [
    "PROVIDER_ZONES",
    "SMSEND_FORMATS",
    "NaiveDatetimeError",
    "SchedulingNotSupportedError",
    "provider_date",
    "smsend_date",
    "smstools_date",
]

ROME = ZoneInfo("Europe/Rome")
#: the zone each provider reads its dates in (inference: neither documents it).
PROVIDER_ZONES: dict[str, tzinfo] = {"smstools": ROME, "smsend": ROME}

SmsendFormat = Literal["yyyyMMddHHmmss", "yyyyMMdd", "ddMMyy", "ddMMyyHHmm", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm.0"]
#: smSend's documented ``scheduled_delivery_time`` formats, as strftime patterns.
SMSEND_FORMATS: dict[str, str] = {
    "yyyyMMddHHmmss": "%Y%m%d%H%M%S",
    "yyyyMMdd": "%Y%m%d",
    "ddMMyy": "%d%m%y",
    "ddMMyyHHmm": "%d%m%y%H%M",
    "yyyy-MM-dd HH:mm": "%Y-%m-%d %H:%M",
    "yyyy-MM-dd HH:mm.0": "%Y-%m-%d %H:%M.0",
}


class NaiveDatetimeError(ValueError):
    """A datetime without tzinfo: which instant it means depends on the machine, so it is refused."""

    may_have_been_sent = False


class SchedulingNotSupportedError(ValueError):
    """The provider has no scheduled sending (FracTEL); raised before anything is sent."""

    may_have_been_sent = False


def _aware(when: datetime) -> datetime:
    if when.tzinfo is None or when.utcoffset() is None:
        raise NaiveDatetimeError(
            f"{when.isoformat()} has no time zone: pass an aware datetime, e.g. "
            "datetime(2026, 12, 25, 8, tzinfo=ZoneInfo('Europe/Rome')) or datetime.now(UTC)"
        )
    return when


def smstools_date(when: datetime, zone: tzinfo | None = None) -> str:
    """``yyyy-MM-dd'T'HH:mm:ss±hhmm`` in ``zone`` (default the provider's), e.g. ``2026-12-25T08:00:00+0100``."""
    local = _aware(when).astimezone(zone or PROVIDER_ZONES["smstools"])
    return local.strftime("%Y-%m-%dT%H:%M:%S%z")


def smsend_date(when: datetime, zone: tzinfo | None = None, fmt: SmsendFormat = "yyyyMMddHHmmss") -> str:
    """The wall-clock time in ``zone`` (default the provider's) in one of smSend's formats.

    Formats without seconds (or without a time) truncate: pick ``yyyyMMddHHmmss`` to keep them.
    """
    local = _aware(when).astimezone(zone or PROVIDER_ZONES["smsend"])
    return local.strftime(SMSEND_FORMATS[fmt])


def provider_date(provider: str, when: datetime, zone: tzinfo | None = None) -> str:
    """``when`` as ``provider`` (``"smstools"``, ``"smsend"``) takes it; FracTEL cannot schedule."""
    if provider == "smstools":
        return smstools_date(when, zone)
    if provider == "smsend":
        return smsend_date(when, zone)
    _aware(when)
    if provider == "fractel":
        raise SchedulingNotSupportedError("FracTEL has no scheduled sending: send at the time instead")
    raise ValueError(f"unknown provider {provider!r}")
