# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from enum import StrEnum


class SmsStatus(StrEnum):
    DELIVERED = "DELIVERED"
    NOSENT = "NOSENT"
    NOTDELIVERED = "NOTDELIVERED"
    PENDING = "PENDING"
    SENT = "SENT"

    def __str__(self) -> str:
        return str(self.value)
