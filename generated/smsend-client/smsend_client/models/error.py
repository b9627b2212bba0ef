# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

T = TypeVar("T", bound="Error")


class Error:
    """Error body. Inference: the document only says "details are in the body"; success bodies carry
    `result` ("OK or errors"), so errors carry `result` and a human-readable `message`.

    Attributes:
        result (str):
        message (str):
    """

    __slots__ = ("result", "message", "additional_properties", "__weakref__")
    __match_args__ = (
        "result",
        "message",
    )

    result: str
    message: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        result: str,
        message: str,
    ) -> None:
        self.result = result
        self.message = message
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"result={self.result!r}, "
            f"message={self.message!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, Error):
            return NotImplemented
        return (
            self.result,
            self.message,
            self.additional_properties,
        ) == (
            other.result,
            other.message,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        result = self.result

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["result"] = result
        field_dict["message"] = message
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        result = d.pop("result")
        message = d.pop("message")
        error = cls(
            result=result,
            message=message,
        )
        error.additional_properties = d
        return error

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
