# generated from specs/fractel.yaml + overlays/fractel.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from enum import StrEnum


class CallbackType(StrEnum):
    SMS_TRIGGER = "sms-trigger"
    SMS_URL = "sms-url"

    def __str__(self) -> str:
        return str(self.value)
