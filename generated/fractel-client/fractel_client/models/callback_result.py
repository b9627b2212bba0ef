# generated from specs/fractel.yaml + overlays/fractel.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

T = TypeVar("T", bound="CallbackResult")


class CallbackResult:
    """Callback-configuration success body of FracTEL's 2.0 docs for the successor routes; no
    source describes this route's own response, so this is an inference.

    Attributes:
        status_code (int):
        result (str):
    """

    __slots__ = ("status_code", "result", "additional_properties", "__weakref__")
    __match_args__ = (
        "status_code",
        "result",
    )

    status_code: int
    result: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        status_code: int,
        result: str,
    ) -> None:
        self.status_code = status_code
        self.result = result
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"status_code={self.status_code!r}, "
            f"result={self.result!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, CallbackResult):
            return NotImplemented
        return (
            self.status_code,
            self.result,
            self.additional_properties,
        ) == (
            other.status_code,
            other.result,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        status_code = self.status_code

        result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["statusCode"] = status_code
        field_dict["result"] = result
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status_code = d.pop("statusCode")
        result = d.pop("result")
        callback_result = cls(
            status_code=status_code,
            result=result,
        )
        callback_result.additional_properties = d
        return callback_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
