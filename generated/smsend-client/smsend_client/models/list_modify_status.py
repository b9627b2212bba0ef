# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from enum import IntEnum


class ListModifyStatus(IntEnum):
    """Values the spec documents; a value it does not list is kept as a pseudo-member rather than
    failing to decode (providers add values without notice)."""

    ACTIVE = 0
    ARCHIVED = 1
    TO_BE_ACTIVATED = 2

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ListModifyStatus | None":
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"VALUE_{value}"
        member._value_ = value
        return member
