# generated from specs/fractel.yaml + overlays/fractel.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from enum import StrEnum


class CallbackMethod(StrEnum):
    GET = "GET"
    POST = "POST"
    POSTJSON = "POSTJSON"

    def __str__(self) -> str:
        return str(self.value)
