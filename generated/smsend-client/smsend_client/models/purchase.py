# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.purchase_message_types_item import PurchaseMessageTypesItem


T = TypeVar("T", bound="Purchase")


@_attrs_define
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

    amount: float
    id_purchase: int
    price: float
    super_to_sub: bool | Unset = UNSET
    create_time: str | Unset = UNSET
    available: float | Unset = UNSET
    message_types: list[PurchaseMessageTypesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict.update(
            {
                "amount": amount,
                "id_purchase": id_purchase,
                "price": price,
            }
        )
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
        from ..models.purchase_message_types_item import PurchaseMessageTypesItem  # noqa: PLC0415

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
