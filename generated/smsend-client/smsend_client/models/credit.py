# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

T = TypeVar("T", bound="Credit")


class Credit:
    """
    Attributes:
        id (str): Message type
        qty (int):
    """

    __slots__ = ("id", "qty", "additional_properties", "__weakref__")
    __match_args__ = (
        "id",
        "qty",
    )

    id: str
    qty: int
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str,
        qty: int,
    ) -> None:
        self.id = id
        self.qty = qty
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"id={self.id!r}, "
            f"qty={self.qty!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, Credit):
            return NotImplemented
        return (
            self.id,
            self.qty,
            self.additional_properties,
        ) == (
            other.id,
            other.qty,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        qty = self.qty

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["qty"] = qty
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        qty = d.pop("qty")
        credit = cls(
            id=id,
            qty=qty,
        )
        credit.additional_properties = d
        return credit

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
