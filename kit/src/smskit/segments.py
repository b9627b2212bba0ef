"""How many SMS a text costs: GSM 03.38 septets or UTF-16 code units, split into parts.

Why: a message that silently turns UCS-2 costs double, and counting characters gets it wrong both
ways (an extension-table character such as ``[`` or ``€`` takes two septets; a character outside
the BMP takes two UTF-16 code units). The character set itself comes from ``gsm0338``, a codec of
3GPP TS 23.038 (basic table plus its default extension table, reached by an escape septet), so no
table is typed here. Parts follow the standard's sizes: one part holds 160 septets or 70 code
units; a concatenated message gives 7 septets / 3 code units of each part to its user data header,
so 153 or 67 per part. Parts never end in the middle of an escape sequence or a surrogate pair.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

import gsm0338  # type: ignore[import-untyped]  # registers the 'gsm03.38' codec

__all__ = [
    "GSM7",
    "PROVIDER_LIMITS",
    "UCS2",
    "ProviderLimit",
    "Segments",
    "TooLongError",
    "check_length",
    "segments",
    "split",
]

GSM7: Literal["GSM-7"] = "GSM-7"
UCS2: Literal["UCS-2"] = "UCS-2"
Encoding = Literal["GSM-7", "UCS-2"]

#: (units in a single SMS, units in each part of a concatenated one)
_LIMITS: dict[str, tuple[int, int]] = {GSM7: (160, 153), UCS2: (70, 67)}

#: what ``encoding=`` accepts: "auto" picks GSM-7 when every character has a septet; the
#: providers' own names are accepted too (Smstools 7BIT/UCS2/AUTO, smSend gsm/ucs2).
_ENCODING_NAMES: dict[str, str] = {
    "auto": "auto",
    "gsm7": GSM7,
    "gsm-7": GSM7,
    "gsm": GSM7,
    "7bit": GSM7,
    "ucs2": UCS2,
    "ucs-2": UCS2,
}

codecs.lookup(gsm0338.Codec.NAME)  # fail at import, not at first use, if the codec is missing


#: U+001B: gsm0338 maps it to septet 0x1B, but that septet is the escape to the extension table,
#: not a character (TS 23.038 6.2.1): a text holding ESC cannot be sent as GSM-7.
_ESCAPE = "\x1b"

#: the basic table's 127 characters (every septet but the escape), read from the codec: each is one
#: septet in GSM-7 and one UTF-16 code unit in UCS-2, so a text made of them only is counted by length.
_BASIC = frozenset(bytes([septet]).decode(gsm0338.Codec.NAME) for septet in range(128) if septet != 0x1B)


@lru_cache(maxsize=4096)
def _septets(character: str) -> int:
    """Septets of one character in GSM-7: 1 (basic table), 2 (escape + extension table), 0 (none)."""
    if character == _ESCAPE:
        return 0
    try:
        return len(character.encode(gsm0338.Codec.NAME))
    except UnicodeEncodeError:
        return 0


def _code_units(character: str) -> int:
    return 2 if ord(character) > 0xFFFF else 1


@dataclass(frozen=True)
class Segments:
    """What a text costs as SMS.

    Attributes:
        encoding: ``"GSM-7"`` or ``"UCS-2"``.
        units: septets (GSM-7; an extension character counts 2) or UTF-16 code units (UCS-2; a
            character outside the BMP counts 2).
        parts: the number of SMS (1 for a text that fits one, empty text included).
        single_limit: units that fit one SMS in this encoding (160 or 70).
        part_limit: units per part of a concatenated SMS (153 or 67).
        forced_ucs2: the distinct characters with no GSM-7 septet, in order of first appearance:
            those that made "auto" choose UCS-2 (under a forced GSM-7 the provider substitutes them,
            and each is counted as one septet).
    """

    encoding: Encoding
    units: int
    parts: int
    single_limit: int
    part_limit: int
    forced_ucs2: tuple[str, ...]

    @property
    def per_part(self) -> int:
        """The units each part of this message may hold: the single limit when it fits one SMS."""
        return self.single_limit if self.parts == 1 else self.part_limit


def _name(encoding: str) -> str:
    name = _ENCODING_NAMES.get(encoding.lower())
    if name is None:
        raise ValueError(f"unknown encoding {encoding!r}: use 'auto', 'gsm7' or 'ucs2'")
    return name


def _resolve(text: str, encoding: str) -> tuple[Encoding, tuple[str, ...]]:
    name = _name(encoding)
    forced = tuple(dict.fromkeys(c for c in text if not _septets(c)))
    if name == GSM7:
        return GSM7, forced
    if name == UCS2:
        return UCS2, forced
    return (UCS2 if forced else GSM7), forced


def _weights(text: str, encoding: Encoding) -> list[int]:
    if encoding == GSM7:
        return [_septets(c) or 1 for c in text]
    return [_code_units(c) for c in text]


def _boundaries(weights: list[int], single: int, multi: int) -> list[int]:
    """Indexes where each part starts; greedy, never splitting a character's units."""
    if sum(weights) <= single:
        return [0]
    starts, used = [0], 0
    for index, weight in enumerate(weights):
        if used + weight > multi:
            starts.append(index)
            used = 0
        used += weight
    return starts


def segments(text: str, encoding: str = "auto") -> Segments:
    """Count the SMS ``text`` needs.

    ``encoding``: ``"auto"`` (GSM-7 if every character has a septet, else UCS-2), ``"gsm7"`` or
    ``"ucs2"``; the providers' names (``7BIT``, ``UCS2``, ``AUTO``, ``gsm``) are accepted too.

    >>> segments("é" * 80).parts, segments("[" * 100).parts, segments("€" * 155, "7BIT").parts
    (1, 2, 3)
    """
    if _BASIC.issuperset(text):  # the common case, counted rather than weighed character by character
        chosen: Encoding = UCS2 if _name(encoding) == UCS2 else GSM7
        single, multi = _LIMITS[chosen]
        units = len(text)  # one septet, or one UTF-16 code unit, each
        return Segments(chosen, units, 1 if units <= single else -(-units // multi), single, multi, ())
    return _weighed(text, encoding)


def _weighed(text: str, encoding: str) -> Segments:
    """:func:`segments`, weighing each character (any text)."""
    chosen, forced = _resolve(text, encoding)
    weights = _weights(text, chosen)
    single, multi = _LIMITS[chosen]
    return Segments(
        encoding=chosen,
        units=sum(weights),
        parts=len(_boundaries(weights, single, multi)),
        single_limit=single,
        part_limit=multi,
        forced_ucs2=forced,
    )


def split(text: str, encoding: str = "auto") -> tuple[str, ...]:
    """The texts of each part, as :func:`segments` counts them (escape sequences and surrogate
    pairs kept whole: a Python ``str`` character is never cut)."""
    chosen, _ = _resolve(text, encoding)
    weights = _weights(text, chosen)
    starts = _boundaries(weights, *_LIMITS[chosen])
    return tuple(text[start:end] for start, end in zip(starts, [*starts[1:], len(text)], strict=True))


@dataclass(frozen=True)
class ProviderLimit:
    """How long one send may be at a provider, as its documentation says.

    Attributes:
        max_parts: concatenated parts allowed; ``None`` when the documentation gives none.
        max_characters: characters of ``message``/``text`` allowed; ``None`` when not documented.
        source: where the limit comes from.
    """

    max_parts: int | None
    max_characters: int | None
    source: str


PROVIDER_LIMITS: dict[str, ProviderLimit] = {
    "fractel": ProviderLimit(None, None, "FracTEL documents no length or part limit for `message`"),
    "smstools": ProviderLimit(
        7, 1071, "up to 7 concatenated SMS, 1071 GSM characters (newer help page; the older English page says 5)"
    ),
    "smsend": ProviderLimit(None, 1000, "`message` max 1000 characters (160 for low-quality SMS)"),
}


class TooLongError(ValueError):
    """A text longer than the provider accepts; raised before anything is sent."""

    may_have_been_sent = False

    def __init__(self, provider: str, counted: Segments, characters: int, limit: ProviderLimit) -> None:
        super().__init__(
            f"{provider}: the text is {characters} characters, {counted.parts} {counted.encoding} parts; "
            f"the limit is {limit.max_parts or '-'} parts / {limit.max_characters or '-'} characters "
            f"({limit.source})"
        )
        self.provider = provider
        self.segments = counted


def check_length(provider: str, text: str, encoding: str = "auto") -> Segments:
    """:func:`segments` of ``text``, or :class:`TooLongError` if ``provider`` would refuse it."""
    counted = segments(text, encoding)
    limit = PROVIDER_LIMITS[provider]
    if (limit.max_parts is not None and counted.parts > limit.max_parts) or (
        limit.max_characters is not None and len(text) > limit.max_characters
    ):
        raise TooLongError(provider, counted, len(text), limit)
    return counted
