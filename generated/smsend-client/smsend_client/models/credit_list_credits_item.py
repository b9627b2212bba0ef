# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

T = TypeVar("T", bound="CreditListCreditsItem")


class CreditListCreditsItem:
    """
    Attributes:
        message_type (str):
        amount (int):
    """

    __slots__ = ("message_type", "amount", "additional_properties", "__weakref__")
    __match_args__ = (
        "message_type",
        "amount",
    )

    message_type: str
    amount: int
    additional_properties: dict[str, Any]

    def __init__(
        self,
        message_type: str,
        amount: int,
    ) -> None:
        self.message_type = message_type
        self.amount = amount
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"message_type={self.message_type!r}, "
            f"amount={self.amount!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, CreditListCreditsItem):
            return NotImplemented
        return (
            self.message_type,
            self.amount,
            self.additional_properties,
        ) == (
            other.message_type,
            other.amount,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        message_type = self.message_type

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["message-type"] = message_type
        field_dict["amount"] = amount
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_type = d.pop("message-type")
        amount = d.pop("amount")
        credit_list_credits_item = cls(
            message_type=message_type,
            amount=amount,
        )
        credit_list_credits_item.additional_properties = d
        return credit_list_credits_item

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
