# generated from specs/fractel.yaml + overlays/fractel.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendResult")


class SendResult:
    """`POST /sms` success body of FracTEL's 2.0 docs. `uid` was added to the docs three weeks after this
    page, so an answer without it is accepted.

    Attributes:
        status_code (int):
        result (str):
        uid (str | Unset): Unique id of the sent message; the same value comes back in the callbacks.
    """

    __slots__ = ("status_code", "result", "uid", "additional_properties", "__weakref__")
    __match_args__ = (
        "status_code",
        "result",
        "uid",
    )

    status_code: int
    result: str
    uid: str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        status_code: int,
        result: str,
        uid: str | Unset = UNSET,
    ) -> None:
        self.status_code = status_code
        self.result = result
        self.uid = uid
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"status_code={self.status_code!r}, "
            f"result={self.result!r}, "
            f"uid={self.uid!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, SendResult):
            return NotImplemented
        return (
            self.status_code,
            self.result,
            self.uid,
            self.additional_properties,
        ) == (
            other.status_code,
            other.result,
            other.uid,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        status_code = self.status_code

        result = self.result

        uid = self.uid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["statusCode"] = status_code
        field_dict["result"] = result
        if uid is not UNSET:
            field_dict["uid"] = uid
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status_code = d.pop("statusCode")
        result = d.pop("result")
        uid = d.pop("uid", UNSET)
        send_result = cls(
            status_code=status_code,
            result=result,
            uid=uid,
        )
        send_result.additional_properties = d
        return send_result

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
