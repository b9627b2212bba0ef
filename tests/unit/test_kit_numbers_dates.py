"""smskit numbers (each provider's wire format, refused locally with the rule) and dates (aware
datetimes to each provider's string in its zone; naive refused)."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from functools import cache
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from smskit import (
    InvalidNumberError,
    NaiveDatetimeError,
    SchedulingNotSupportedError,
    e164,
    fractel_number,
    provider_date,
    smsend_date,
    smsend_number,
    smstools_date,
    smstools_number,
    wire_number,
)
from smskit.schedule import SMSEND_FORMATS

from tools.overlay import load_yaml
from tools.providers import get_provider


@cache
def spec_pattern(provider: str, schema: str) -> str:
    spec = load_yaml(get_provider(provider).resolved_spec)
    pattern: str = spec["components"]["schemas"][schema]["pattern"]
    return pattern


@pytest.mark.parametrize(
    ("given_", "fractel", "smstools", "smsend"),
    [
        ("+1 (312) 555-0199", "3125550199", "13125550199", "+13125550199"),
        ("001 312 555 0199", "3125550199", "13125550199", "+13125550199"),
        ("+39 348 123 4567", None, "393481234567", "+393481234567"),
        ("0039.347.1234567", None, "393471234567", "+393471234567"),
    ],
)
def test_international_input_in_each_providers_format(
    given_: str, fractel: str | None, smstools: str, smsend: str
) -> None:
    assert smstools_number(given_) == smstools and smsend_number(given_) == smsend
    if fractel is None:
        with pytest.raises(InvalidNumberError, match=r"NANP \(\+1\)") as caught:
            fractel_number(given_)
        assert caught.value.number == given_ and "FracTEL" in caught.value.rule
    else:
        assert fractel_number(given_) == fractel


def test_national_input() -> None:
    assert fractel_number("312-555-0199") == "3125550199" == fractel_number("1 312 555 0199")
    assert smstools_number("348 123 4567", country_code="39") == "393481234567"
    assert smsend_number("06 1234 5678", country_code="39") == "+390612345678"  # Italy keeps its 0
    assert e164("07700 900123", country_code="44") == "+447700900123"  # the UK trunk 0 goes
    with pytest.raises(InvalidNumberError, match="country_code") as caught:
        smstools_number("3481234567")
    assert caught.value.number == "3481234567"


@pytest.mark.parametrize(
    ("number", "rule"),
    [
        ("+39 348 12x 4567", "only digits"),
        ("+0391234567", "never starts with 0"),
        ("+1234567", "8 to 15 digits"),
        ("+1234567890123456", "8 to 15 digits"),
        ("+1 312 555 019", "exactly 10 digits"),
    ],
)
def test_bad_numbers_are_refused_locally_naming_number_and_rule(number: str, rule: str) -> None:
    provider = "fractel" if "exactly 10" in rule else "smstools"
    with pytest.raises(InvalidNumberError, match=re.escape(rule)) as caught:
        wire_number(provider, number)
    assert caught.value.number == number and caught.value.may_have_been_sent is False
    assert repr(number) in str(caught.value)


@settings(deadline=None)
@given(st.from_regex(r"\+[1-9][0-9]{7,14}", fullmatch=True))
def test_every_output_matches_the_providers_spec_pattern(number: str) -> None:
    assert re.fullmatch(spec_pattern("smstools", "Msisdn"), smstools_number(number))
    assert re.fullmatch(spec_pattern("smsend", "PhoneNumber"), smsend_number(number))
    if number.startswith("+1") and len(number) == 12:
        assert re.fullmatch(spec_pattern("fractel", "PhoneNumber"), fractel_number(number))


def test_strict_validation_with_phonenumbers() -> None:
    assert smstools_number("+39 348 123 4567", strict=True) == "393481234567"
    assert fractel_number("+1 312 555 0199", strict=False) == "3125550199"
    with pytest.raises(InvalidNumberError, match="numbering plan"):
        smsend_number("+39 000 000", strict=True)  # the right shape, but no Italian number
    with pytest.raises(InvalidNumberError, match="numbering plan"):
        fractel_number("+1 111 555 0199", strict=True)  # NANP area codes never start with 1


# -- dates ---------------------------------------------------------------------------------------

WINTER = datetime(2026, 12, 25, 7, 0, tzinfo=UTC)
SUMMER = datetime(2026, 7, 1, 6, 30, 5, tzinfo=UTC)


def test_smstools_date_is_rome_time_with_an_offset_without_colon() -> None:
    assert smstools_date(WINTER) == "2026-12-25T08:00:00+0100"
    assert smstools_date(SUMMER) == "2026-07-01T08:30:05+0200"
    assert smstools_date(WINTER, zone=UTC) == "2026-12-25T07:00:00+0000"
    pattern = spec_pattern("smstools", "SmsDate")
    assert re.fullmatch(pattern, smstools_date(WINTER)) and re.fullmatch(pattern, smstools_date(SUMMER))


def test_the_same_instant_from_any_zone_gives_the_same_string() -> None:
    new_york = WINTER.astimezone(ZoneInfo("America/New_York"))
    tokyo = WINTER.astimezone(timezone(timedelta(hours=9)))
    assert smstools_date(new_york) == smstools_date(tokyo) == smstools_date(WINTER)
    assert smsend_date(new_york) == smsend_date(tokyo) == "20261225080000"


def test_smsend_formats() -> None:
    assert smsend_date(SUMMER) == "20260701083005"
    assert smsend_date(SUMMER, fmt="yyyy-MM-dd HH:mm") == "2026-07-01 08:30"
    assert smsend_date(SUMMER, fmt="ddMMyyHHmm") == "0107260830"
    assert smsend_date(SUMMER, fmt="yyyy-MM-dd HH:mm.0") == "2026-07-01 08:30.0"
    assert smsend_date(SUMMER, zone=UTC) == "20260701063005"
    pattern = spec_pattern("smsend", "FlexibleDate")
    assert all(re.fullmatch(pattern, smsend_date(SUMMER, fmt=f)) for f in SMSEND_FORMATS)  # type: ignore[arg-type]


@pytest.mark.parametrize("convert", [smstools_date, smsend_date])
def test_a_naive_datetime_is_refused(convert: object) -> None:
    with pytest.raises(NaiveDatetimeError, match="no time zone"):
        convert(datetime(2026, 12, 25, 8))  # type: ignore[operator]


def test_fractel_cannot_schedule() -> None:
    with pytest.raises(SchedulingNotSupportedError):
        provider_date("fractel", WINTER)
    with pytest.raises(NaiveDatetimeError):
        provider_date("fractel", datetime(2026, 12, 25, 8))
    assert provider_date("smstools", WINTER) == smstools_date(WINTER)
