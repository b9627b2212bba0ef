# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from enum import StrEnum


class Encoding(StrEnum):
    """Values the spec documents; a value it does not list is kept as a pseudo-member rather than
    failing to decode (providers add values without notice)."""

    AUTO = "AUTO"
    GSM7 = "7BIT"
    UCS2 = "UCS2"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "Encoding | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
