# generated from specs/fractel.yaml + overlays/fractel.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from enum import StrEnum


class DeliveryState(StrEnum):
    DELIVERED = "delivered"
    NOT_DELIVERED = "not-delivered"
    WAITING = "waiting"

    def __str__(self) -> str:
        return str(self.value)
