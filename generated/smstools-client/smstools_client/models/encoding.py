# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from enum import StrEnum


class Encoding(StrEnum):
    AUTO = "AUTO"
    UCS2 = "UCS2"
    VALUE_0 = "7BIT"

    def __str__(self) -> str:
        return str(self.value)
