# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from enum import IntEnum


class AliasState(IntEnum):
    """Values the spec documents; a value it does not list is kept as a pseudo-member rather than
    failing to decode (providers add values without notice)."""

    UNCONFIRMED = 0
    CONFIRMED_BY_SMSEND = 1
    CONFIRMED_BY_AGCOM = 2
    BLOCKED_BY_SMSEND = 3
    BLOCKED_BY_AGCOM = 4
    PRE_CONFIRMED = 9

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AliasState | None":
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"VALUE_{value}"
        member._value_ = value
        return member
