"""Phone numbers in each provider's wire format, checked before anything is sent.

Why: each provider wants its own form (FracTEL 10 national NANP digits; Smstools international
digits without ``+``; smSend ``+`` or ``00`` and digits), and a wrong one costs a round trip and a
provider 400 whose message does not name the rule. Here a bad number raises
:class:`InvalidNumberError` locally, naming the number and the rule broken.

The checks are the providers' documented shapes (digits and lengths, E.164's at most 15 digits).
With the ``phonenumbers`` extra installed (``pip install 'sms-kit[phonenumbers]'``), pass
``strict=True`` to also check the number against libphonenumber's numbering plans.
"""

from __future__ import annotations

import re

__all__ = ["InvalidNumberError", "e164", "fractel_number", "smsend_number", "smstools_number", "wire_number"]

_SEPARATORS = re.compile(r"[\s().\-/]")
#: countries whose national numbers keep their leading 0 after the country code
_KEEPS_TRUNK_ZERO = frozenset({"39", "378", "379"})


class InvalidNumberError(ValueError):
    """A number a provider would refuse; raised before sending (``may_have_been_sent`` is False)."""

    may_have_been_sent = False

    def __init__(self, number: str, rule: str) -> None:
        super().__init__(f"{number!r}: {rule}")
        self.number = number
        self.rule = rule


def _strict_check(number: str, international: str) -> None:
    try:
        import phonenumbers
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise RuntimeError("strict=True needs the phonenumbers extra: pip install 'sms-kit[phonenumbers]'") from exc
    try:
        parsed = phonenumbers.parse(international, None)
    except phonenumbers.NumberParseException as exc:
        raise InvalidNumberError(number, f"not a phone number ({exc})") from None
    if not phonenumbers.is_valid_number(parsed):
        raise InvalidNumberError(number, "not a valid number in its country's numbering plan (phonenumbers)")


def e164(number: str, *, country_code: str | None = None, strict: bool = False) -> str:
    """``number`` as E.164 (``+`` and 8 to 15 digits).

    Accepts ``+39 348 123 4567``, ``0039...`` and, with ``country_code`` (digits, e.g. ``"39"`` or
    ``"1"``), a national number: a leading trunk ``0`` is dropped except where it is part of the
    number (Italy, San Marino, Vatican City), and NANP's leading trunk ``1`` too. Spaces, dots,
    dashes, slashes and parentheses are ignored.
    """
    compact = _SEPARATORS.sub("", number)
    if compact.startswith("+"):
        digits = compact[1:]
    elif compact.startswith("00"):
        digits = compact[2:]
    elif country_code is not None:
        if not country_code.isdigit() or country_code.startswith("0") or len(country_code) > 3:
            raise ValueError(f"country_code {country_code!r}: 1 to 3 digits, no leading 0")
        nanp_trunk = country_code == "1" and len(compact) == 11 and compact[0] == "1"
        trunk_zero = compact.startswith("0") and country_code not in _KEEPS_TRUNK_ZERO
        national = compact[1:] if nanp_trunk or trunk_zero else compact
        digits = country_code + national
    else:
        raise InvalidNumberError(number, "a national number needs country_code=, or write it as +<country><number>")
    if not digits.isdigit():
        raise InvalidNumberError(number, "only digits after the + or 00 (and spaces, dots, dashes, parentheses)")
    if digits.startswith("0"):
        raise InvalidNumberError(number, "a country code never starts with 0")
    if not 8 <= len(digits) <= 15:
        raise InvalidNumberError(number, f"E.164 numbers have 8 to 15 digits, this one has {len(digits)}")
    international = "+" + digits
    if strict:
        _strict_check(number, international)
    return international


def fractel_number(number: str, *, strict: bool = False) -> str:
    """FracTEL's form: the 10 national digits of a NANP (+1) number, e.g. ``3125550199``.

    A bare 10-digit number is taken as national; ``+1 312 555 0199`` and ``1-312-555-0199`` too.
    """
    compact = _SEPARATORS.sub("", number)
    if compact.isdigit() and len(compact) == 10:
        compact = "+1" + compact
    elif compact.isdigit() and len(compact) == 11 and compact.startswith("1"):
        compact = "+" + compact
    international = e164(compact, strict=strict)
    if not international.startswith("+1"):
        raise InvalidNumberError(number, "FracTEL sends to NANP (+1) numbers only, as 10 digits")
    national = international[2:]
    if len(national) != 10:
        raise InvalidNumberError(number, f"FracTEL wants exactly 10 digits after +1, this one has {len(national)}")
    return national


def smstools_number(number: str, *, country_code: str | None = None, strict: bool = False) -> str:
    """Smstools' form: international digits without ``+`` or ``00``, e.g. ``393481234567``."""
    digits = e164(number, country_code=country_code, strict=strict)[1:]
    if not re.fullmatch(r"[1-9][0-9]{6,14}", digits):
        raise InvalidNumberError(number, "Smstools wants 7 to 15 international digits without + or 00")
    return digits


def smsend_number(number: str, *, country_code: str | None = None, strict: bool = False) -> str:
    """smSend's form: ``+`` and international digits, e.g. ``+393471234567``."""
    return e164(number, country_code=country_code, strict=strict)


def wire_number(provider: str, number: str, *, country_code: str | None = None, strict: bool = False) -> str:
    """``number`` in ``provider``'s form (``"fractel"``, ``"smstools"`` or ``"smsend"``)."""
    if provider == "fractel":
        return fractel_number(number, strict=strict)
    if provider == "smstools":
        return smstools_number(number, country_code=country_code, strict=strict)
    if provider == "smsend":
        return smsend_number(number, country_code=country_code, strict=strict)
    raise ValueError(f"unknown provider {provider!r}")
