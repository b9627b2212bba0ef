# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="AliasCreated")


class AliasCreated:
    """
    Attributes:
        result (str):
        string (str | Unset): The created alias, when getAlias is true
    """

    __slots__ = ("result", "string", "additional_properties", "__weakref__")
    __match_args__ = (
        "result",
        "string",
    )

    result: str
    string: str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        result: str,
        string: str | Unset = UNSET,
    ) -> None:
        self.result = result
        self.string = string
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"result={self.result!r}, "
            f"string={self.string!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, AliasCreated):
            return NotImplemented
        return (
            self.result,
            self.string,
            self.additional_properties,
        ) == (
            other.result,
            other.string,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        result = self.result

        string = self.string

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["result"] = result
        if string is not UNSET:
            field_dict["string"] = string
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        result = d.pop("result")
        string = d.pop("string", UNSET)
        alias_created = cls(
            result=result,
            string=string,
        )
        alias_created.additional_properties = d
        return alias_created

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
