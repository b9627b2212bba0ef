# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="Purchase")


class Purchase:
    """
    Attributes:
        amount (float):
        id_purchase (int):
        price (float):
        super_to_sub (bool | Unset):
        create_time (str | Unset):
        available (float | Unset):
        message_types (list[PurchaseMessageTypesItem] | Unset):
    """

    __slots__ = (
        "amount",
        "id_purchase",
        "price",
        "super_to_sub",
        "create_time",
        "available",
        "message_types",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "amount",
        "id_purchase",
        "price",
        "super_to_sub",
        "create_time",
        "available",
        "message_types",
    )

    amount: float
    id_purchase: int
    price: float
    super_to_sub: bool | Unset
    create_time: str | Unset
    available: float | Unset
    message_types: list[PurchaseMessageTypesItem] | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        amount: float,
        id_purchase: int,
        price: float,
        super_to_sub: bool | Unset = UNSET,
        create_time: str | Unset = UNSET,
        available: float | Unset = UNSET,
        message_types: list[PurchaseMessageTypesItem] | Unset = UNSET,
    ) -> None:
        self.amount = amount
        self.id_purchase = id_purchase
        self.price = price
        self.super_to_sub = super_to_sub
        self.create_time = create_time
        self.available = available
        self.message_types = message_types
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"amount={self.amount!r}, "
            f"id_purchase={self.id_purchase!r}, "
            f"price={self.price!r}, "
            f"super_to_sub={self.super_to_sub!r}, "
            f"create_time={self.create_time!r}, "
            f"available={self.available!r}, "
            f"message_types={self.message_types!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, Purchase):
            return NotImplemented
        return (
            self.amount,
            self.id_purchase,
            self.price,
            self.super_to_sub,
            self.create_time,
            self.available,
            self.message_types,
            self.additional_properties,
        ) == (
            other.amount,
            other.id_purchase,
            other.price,
            other.super_to_sub,
            other.create_time,
            other.available,
            other.message_types,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        id_purchase = self.id_purchase

        price = self.price

        super_to_sub = self.super_to_sub

        create_time = self.create_time

        available = self.available

        message_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.message_types, Unset):
            message_types = []
            for message_types_item_data in self.message_types:
                message_types_item = message_types_item_data.to_dict()
                message_types.append(message_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["amount"] = amount
        field_dict["id_purchase"] = id_purchase
        field_dict["price"] = price
        if super_to_sub is not UNSET:
            field_dict["super-to-sub"] = super_to_sub
        if create_time is not UNSET:
            field_dict["create-time"] = create_time
        if available is not UNSET:
            field_dict["available"] = available
        if message_types is not UNSET:
            field_dict["message-types"] = message_types
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")
        id_purchase = d.pop("id_purchase")
        price = d.pop("price")
        super_to_sub = d.pop("super-to-sub", UNSET)
        create_time = d.pop("create-time", UNSET)
        available = d.pop("available", UNSET)
        _message_types = d.pop("message-types", UNSET)
        message_types: list[PurchaseMessageTypesItem] | Unset = UNSET
        if _message_types is not UNSET:
            message_types = []
            for message_types_item_data in _message_types:
                message_types_item = PurchaseMessageTypesItem.from_dict(message_types_item_data)

                message_types.append(message_types_item)

        purchase = cls(
            amount=amount,
            id_purchase=id_purchase,
            price=price,
            super_to_sub=super_to_sub,
            create_time=create_time,
            available=available,
            message_types=message_types,
        )
        purchase.additional_properties = d
        return purchase

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
from ..models.purchase_message_types_item import PurchaseMessageTypesItem  # noqa: E402
