"""smskit.segments: vectors from GSM 03.38 / 3GPP TS 23.038, the issue's cases, property tests
against two independent implementations from PyPI, and the mocks counting with it."""

from __future__ import annotations

import gsmcodecs  # type: ignore[import-untyped]  # noqa: F401  (registers the 'gsm23.038' codec: a second opinion on septets)
import pytest
import smsutil  # type: ignore[import-untyped]
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st
from sms_mocks.pytest_plugin import MockHandle
from smsend_client.api.sms import send_sms as smsend_send
from smsend_client.models import Encoding, MessageType, SendResult, SendSms
from smskit import PROVIDER_LIMITS, TooLongError, check_length, segments, split
from smstools_client.api.sms import estimate_sms
from smstools_client.api.sms import send_sms as smstools_send
from smstools_client.models import Encoding as SmstoolsEncoding
from smstools_client.models import Estimate, SmsEstimate, SmsSend

#: GSM 03.38 default alphabet (basic table, 6.2.1) and its extension table (6.2.1.1), typed from
#: the standard's tables: the test's own statement of the character set.
BASIC = (
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
EXTENSION = "\f^{}\\[~]|€"
#: the basic table's characters: position 0x1B is the escape to the extension table, not one
CHARACTERS = BASIC.replace("\x1b", "")


def test_the_issues_cases() -> None:
    assert segments("é" * 80).parts == 1  # é is in the basic table: 80 septets
    assert segments("é" * 80).encoding == "GSM-7"
    brackets = segments("[" * 100)
    assert (brackets.units, brackets.parts) == (200, 2)  # 2 septets each
    euros = segments("€" * 155, "7BIT")
    assert (euros.encoding, euros.units, euros.parts) == ("GSM-7", 310, 3)


def test_every_basic_character_is_one_septet_and_every_extension_character_two() -> None:
    assert len(BASIC) == 128 and len(CHARACTERS) == 127
    assert segments(CHARACTERS).encoding == "GSM-7" and segments(CHARACTERS).units == 127
    assert segments("a\x1bb").forced_ucs2 == ("\x1b",)  # a lone escape is no character
    for character in EXTENSION:
        counted = segments(character)
        assert (counted.encoding, counted.units) == ("GSM-7", 2), repr(character)


@pytest.mark.parametrize(
    ("text", "encoding", "units", "parts"),
    [
        ("", "GSM-7", 0, 1),
        ("a" * 160, "GSM-7", 160, 1),
        ("a" * 161, "GSM-7", 161, 2),
        ("a" * 306, "GSM-7", 306, 2),
        ("a" * 307, "GSM-7", 307, 3),
        ("a" * 159 + "€", "GSM-7", 161, 2),  # the euro sign's escape pushes it over 160
        ("ç" * 70, "UCS-2", 70, 1),  # ç (small) is not in the basic table (Ç is)
        ("ç" * 71, "UCS-2", 71, 2),
        ("ç" * 134, "UCS-2", 134, 2),
        ("ç" * 135, "UCS-2", 135, 3),
        ("😀" * 35, "UCS-2", 70, 1),  # outside the BMP: a surrogate pair each
        ("😀" * 36, "UCS-2", 72, 2),
    ],
)
def test_units_and_parts(text: str, encoding: str, units: int, parts: int) -> None:
    counted = segments(text)
    assert (counted.encoding, counted.units, counted.parts) == (encoding, units, parts)


def test_the_characters_that_forced_ucs2_are_named_once_each_in_order() -> None:
    counted = segments("Grüße aus Köln, çà va? 😀 ç")
    assert counted.encoding == "UCS-2"
    assert counted.forced_ucs2 == ("ç", "😀")  # ü, ß, ö, à are all GSM-7
    assert segments("ASCII only").forced_ucs2 == ()


def test_forced_encodings() -> None:
    assert segments("hello", "ucs2").encoding == "UCS-2"
    forced = segments("ç" * 10, "gsm7")  # substituted by the provider: one septet each
    assert (forced.encoding, forced.units, forced.forced_ucs2) == ("GSM-7", 10, ("ç",))
    assert segments("x", "UCS2").encoding == "UCS-2" and segments("x", "gsm").encoding == "GSM-7"
    with pytest.raises(ValueError, match="unknown encoding"):
        segments("x", "latin1")


def test_parts_never_cut_an_escape_sequence_or_a_surrogate_pair() -> None:
    text = "a" * 152 + "€" + "b" * 10  # 164 septets; the € would straddle the 153-septet boundary
    assert split(text) == ("a" * 152, "€" + "b" * 10)
    emoji = "x" * 66 + "😀" + "y" * 10  # the pair would straddle the 67-unit boundary
    assert split(emoji) == ("x" * 66, "😀" + "y" * 10)
    assert split("short") == ("short",)


def test_each_provider_has_its_limit() -> None:
    assert set(PROVIDER_LIMITS) == {"fractel", "smstools", "smsend"}
    assert PROVIDER_LIMITS["smstools"].max_parts == 7
    check_length("smstools", "a" * 1071)
    with pytest.raises(TooLongError, match="smstools"):
        check_length("smstools", "a" * 1072)
    with pytest.raises(TooLongError, match="smsend"):
        check_length("smsend", "a" * 1001)
    check_length("fractel", "a" * 5000)  # FracTEL documents none


# -- property tests against independent implementations ------------------------------------------

GSM_TEXT = st.text(alphabet=st.sampled_from(CHARACTERS + EXTENSION), max_size=400)
ANY_TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=300)
MIXED_TEXT = st.text(alphabet=st.sampled_from(BASIC + EXTENSION) | st.characters(codec="utf-8"), max_size=300)
#: smsutil takes a lone ESC (U+001B) for a GSM character, which TS 23.038 does not: left out there
NO_ESCAPE = st.characters(codec="utf-8", exclude_characters="\x1b")
MIXED_NO_ESCAPE = st.text(alphabet=st.sampled_from(CHARACTERS + EXTENSION) | NO_ESCAPE, max_size=300)


def septets_by_gsmcodecs(text: str) -> int | None:
    try:
        return len(text.encode("gsm23.038"))
    except UnicodeEncodeError:
        return None


@settings(max_examples=300, deadline=None)
@given(MIXED_TEXT)
@example("a\x1bb")  # found by this test: gsm0338 encodes a lone ESC, the standard has no such character
def test_septets_and_encoding_agree_with_gsmcodecs(text: str) -> None:
    counted = segments(text)
    septets = septets_by_gsmcodecs(text)
    if septets is None:
        assert counted.encoding == "UCS-2"
        assert counted.units == len(text.encode("utf-16-le")) // 2
    else:
        assert (counted.encoding, counted.units) == ("GSM-7", septets)


@settings(max_examples=300, deadline=None)
@given(st.one_of(GSM_TEXT, st.text(alphabet=NO_ESCAPE, max_size=300), MIXED_NO_ESCAPE))
def test_encoding_and_parts_agree_with_smsutil(text: str) -> None:
    assume(text)  # smsutil calls the empty text UCS-2 (its GSM check is a regex needing one character)
    reference = smsutil.split(text)
    counted = segments(text)
    assert counted.encoding == ("GSM-7" if reference.encoding == "gsm0338" else "UCS-2")
    assert counted.parts == len(reference.parts)
    assert split(text) == tuple(part.content for part in reference.parts)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=CHARACTERS, max_size=500), st.sampled_from(["auto", "7BIT", "UCS2", "gsm", "AUTO"]))
@example("a" * 161, "auto")  # one past a single GSM-7 SMS
@example("a" * 307, "auto")  # three parts of 153, two of 160
@example("a" * 135, "ucs2")  # three parts of 67, two of 70
def test_a_text_of_basic_characters_is_counted_as_weighing_each_character_would(text: str, encoding: str) -> None:
    """segments() counts a text of basic-table characters by its length: the same as weighing them."""
    from smskit.segments import _weighed

    assert segments(text, encoding) == _weighed(text, encoding)


@settings(max_examples=200, deadline=None)
@given(st.one_of(GSM_TEXT, ANY_TEXT))
def test_split_parts_join_back_and_each_fits(text: str) -> None:
    counted = segments(text)
    pieces = split(text)
    assert "".join(pieces) == text and len(pieces) == counted.parts
    assert sum(segments(piece, counted.encoding).units for piece in pieces) == counted.units
    assert all(segments(piece, counted.encoding).units <= counted.per_part for piece in pieces)


# -- the mocks count with it ---------------------------------------------------------------------

CASES = [
    ("é" * 80, "AUTO", 1),
    ("[" * 100, "AUTO", 2),
    ("€" * 155, "7BIT", 3),
    ("ç" * 71, "AUTO", 2),
    ("😀" * 36, "UCS2", 2),
]


@pytest.mark.parametrize(
    ("text", "encoding", "parts"), CASES, ids=["80e", "100[", "155euro-7BIT", "71c-cedilla", "36emoji"]
)
def test_smstools_estimate_and_the_credit_a_send_consumes_agree_with_segments(
    text: str, encoding: str, parts: int, smstools_mock: MockHandle
) -> None:
    assert segments(text, encoding).parts == parts
    client = smstools_mock.client()
    estimate = estimate_sms.sync(
        client=client, body=SmsEstimate(text=text, to="393481234567", encoding=SmstoolsEncoding(encoding))
    )
    assert isinstance(estimate, Estimate) and estimate.sms_count == parts
    before = smstools_mock.provider.demo.credit
    smstools_send.sync(client=client, body=SmsSend(text=text, to="393481234567", encoding=SmstoolsEncoding(encoding)))
    assert smstools_mock.provider.demo.credit == pytest.approx(before - estimate.cost)
    [message] = smstools_mock.outbox
    assert (message.parts, message.encoding) == (parts, segments(text, encoding).encoding)


@pytest.mark.parametrize(
    ("text", "encoding", "parts"),
    [("é" * 80, "gsm", 1), ("[" * 100, "gsm", 2), ("ç" * 71, "ucs2", 2)],
    ids=["80e", "100[", "71c-cedilla"],
)
def test_smsend_credits_a_send_consumes_agree_with_segments(
    text: str, encoding: str, parts: int, smsend_mock: MockHandle
) -> None:
    client = smsend_mock.client()
    sent = smsend_send.sync(
        client=client,
        body=SendSms(
            message_type=MessageType.N,
            message=text,
            recipient=["+393471234567"],
            encoding=Encoding(encoding),
            return_credits=True,
        ),
    )
    assert isinstance(sent, SendResult) and sent.total_sent == parts == segments(text, encoding).parts
