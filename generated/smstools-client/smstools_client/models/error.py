# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..models.error_code import ErrorCode

T = TypeVar("T", bound="Error")


class Error:
    """The error body of the intro document. `errorMsg` is one of the documented codes or, should
    the provider add one, any other string (kept as is).

    Attributes:
        error_code (int | str): The HTTP status code (an integer; older servers may send it as a string)
        error_msg (ErrorCode | str):
    """

    __slots__ = ("error_code", "error_msg", "additional_properties", "__weakref__")
    __match_args__ = (
        "error_code",
        "error_msg",
    )

    error_code: int | str
    error_msg: ErrorCode | str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        error_code: int | str,
        error_msg: ErrorCode | str,
    ) -> None:
        self.error_code = error_code
        self.error_msg = error_msg
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"error_code={self.error_code!r}, "
            f"error_msg={self.error_msg!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, Error):
            return NotImplemented
        return (
            self.error_code,
            self.error_msg,
            self.additional_properties,
        ) == (
            other.error_code,
            other.error_msg,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        error_code: int | str
        error_code = self.error_code

        error_msg: str
        if isinstance(self.error_msg, ErrorCode):
            error_msg = self.error_msg.value
        else:
            error_msg = self.error_msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["errorCode"] = error_code
        field_dict["errorMsg"] = error_msg
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_error_code(data: object) -> int | str:
            return cast(int | str, data)

        error_code = _parse_error_code(d.pop("errorCode"))

        def _parse_error_msg(data: object) -> ErrorCode | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                error_msg_type_0 = ErrorCode(data)

                return error_msg_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ErrorCode | str, data)

        error_msg = _parse_error_msg(d.pop("errorMsg"))

        error = cls(
            error_code=error_code,
            error_msg=error_msg,
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
