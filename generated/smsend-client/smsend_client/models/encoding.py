# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from enum import StrEnum


class Encoding(StrEnum):
    GSM = "gsm"
    UCS2 = "ucs2"

    def __str__(self) -> str:
        return str(self.value)
