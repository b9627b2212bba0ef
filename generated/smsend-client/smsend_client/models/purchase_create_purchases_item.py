# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="PurchaseCreatePurchasesItem")


class PurchaseCreatePurchasesItem:
    """
    Attributes:
        price (float): The quantity of purchased credits
        message_types (list[PurchaseMessageType]): The message types and their unit prices. At least
            one: an inference, the document does not say.
        super_to_sub (bool | Unset): Sent by the samples; not in the table
    """

    __slots__ = ("price", "message_types", "super_to_sub", "additional_properties", "__weakref__")
    __match_args__ = (
        "price",
        "message_types",
        "super_to_sub",
    )

    price: float
    message_types: list[PurchaseMessageType]
    super_to_sub: bool | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        price: float,
        message_types: list[PurchaseMessageType],
        super_to_sub: bool | Unset = UNSET,
    ) -> None:
        self.price = price
        self.message_types = message_types
        self.super_to_sub = super_to_sub
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"price={self.price!r}, "
            f"message_types={self.message_types!r}, "
            f"super_to_sub={self.super_to_sub!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, PurchaseCreatePurchasesItem):
            return NotImplemented
        return (
            self.price,
            self.message_types,
            self.super_to_sub,
            self.additional_properties,
        ) == (
            other.price,
            other.message_types,
            other.super_to_sub,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        price = self.price

        message_types = []
        for message_types_item_data in self.message_types:
            message_types_item = message_types_item_data.to_dict()
            message_types.append(message_types_item)

        super_to_sub = self.super_to_sub

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["price"] = price
        field_dict["message-types"] = message_types
        if super_to_sub is not UNSET:
            field_dict["super-to-sub"] = super_to_sub
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        price = d.pop("price")
        message_types = []
        _message_types = d.pop("message-types")
        for message_types_item_data in _message_types:
            message_types_item = PurchaseMessageType.from_dict(message_types_item_data)

            message_types.append(message_types_item)

        super_to_sub = d.pop("super-to-sub", UNSET)
        purchase_create_purchases_item = cls(
            price=price,
            message_types=message_types,
            super_to_sub=super_to_sub,
        )
        purchase_create_purchases_item.additional_properties = d
        return purchase_create_purchases_item

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


# The models this one refers to, imported after the class so that models referring to each other
# import in any order (the class exists before the other module asks for it), and once per process
# rather than on every from_dict/to_dict call.
from ..models.purchase_message_type import PurchaseMessageType  # noqa: E402
