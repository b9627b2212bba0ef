# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from enum import StrEnum


class MessageType(StrEnum):
    EE = "EE"
    GP = "GP"
    GS = "GS"
    L = "L"
    LL = "LL"
    N = "N"
    SI = "SI"

    def __str__(self) -> str:
        return str(self.value)
