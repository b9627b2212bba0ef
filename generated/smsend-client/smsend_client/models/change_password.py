# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

T = TypeVar("T", bound="ChangePassword")


class ChangePassword:
    """
    Attributes:
        passwd (str):
    """

    __slots__ = ("passwd", "additional_properties", "__weakref__")
    __match_args__ = ("passwd",)

    passwd: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        passwd: str,
    ) -> None:
        self.passwd = passwd
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}(passwd={self.passwd!r}, additional_properties={self.additional_properties!r})"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, ChangePassword):
            return NotImplemented
        return (
            self.passwd,
            self.additional_properties,
        ) == (
            other.passwd,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        passwd = self.passwd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["passwd"] = passwd
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        passwd = d.pop("passwd")
        change_password = cls(
            passwd=passwd,
        )
        change_password.additional_properties = d
        return change_password

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
