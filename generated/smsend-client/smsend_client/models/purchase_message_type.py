# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..models.message_type import MessageType

T = TypeVar("T", bound="PurchaseMessageType")


class PurchaseMessageType:
    """
    Attributes:
        message_type (MessageType): The type of SMS. The tables document "N" for High quality with
            reception notification, "L"
            for Medium Quality, "LL" For Low Cost; the samples and the user status use "GP", "SI", "GS"
            and "EE", which the tables do not explain.
        unit_price (float): The price of one credit of this message type
    """

    __slots__ = ("message_type", "unit_price", "additional_properties", "__weakref__")
    __match_args__ = (
        "message_type",
        "unit_price",
    )

    message_type: MessageType
    unit_price: float
    additional_properties: dict[str, Any]

    def __init__(
        self,
        message_type: MessageType,
        unit_price: float,
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
        if other.__class__ is not self.__class__ or not isinstance(other, PurchaseMessageType):
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
        message_type = self.message_type.value

        unit_price = self.unit_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["message-type"] = message_type
        field_dict["unit-price"] = unit_price
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_type = MessageType(d.pop("message-type"))

        unit_price = d.pop("unit-price")
        purchase_message_type = cls(
            message_type=message_type,
            unit_price=unit_price,
        )
        purchase_message_type.additional_properties = d
        return purchase_message_type

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
