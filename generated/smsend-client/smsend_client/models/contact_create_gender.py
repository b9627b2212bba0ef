# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from enum import StrEnum


class ContactCreateGender(StrEnum):
    F = "f"
    M = "m"

    def __str__(self) -> str:
        return str(self.value)
