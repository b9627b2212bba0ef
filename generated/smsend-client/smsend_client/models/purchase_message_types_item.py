# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="PurchaseMessageTypesItem")


class PurchaseMessageTypesItem:
    """
    Attributes:
        message_type (str | Unset):
        unit_price (float | Unset):
    """

    __slots__ = ("message_type", "unit_price", "additional_properties", "__weakref__")
    __match_args__ = (
        "message_type",
        "unit_price",
    )

    message_type: str | Unset
    unit_price: float | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        message_type: str | Unset = UNSET,
        unit_price: float | Unset = UNSET,
    ) -> None:
        self.message_type = message_type
        self.unit_price = unit_price
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"message_type={self.message_type!r}, "
            f"unit_price={self.unit_price!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, PurchaseMessageTypesItem):
            return NotImplemented
        return (
            self.message_type,
            self.unit_price,
            self.additional_properties,
        ) == (
            other.message_type,
            other.unit_price,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        message_type = self.message_type

        unit_price = self.unit_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if message_type is not UNSET:
            field_dict["message-type"] = message_type
        if unit_price is not UNSET:
            field_dict["unit-price"] = unit_price
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_type = d.pop("message-type", UNSET)
        unit_price = d.pop("unit-price", UNSET)
        purchase_message_types_item = cls(
            message_type=message_type,
            unit_price=unit_price,
        )
        purchase_message_types_item.additional_properties = d
        return purchase_message_types_item

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
