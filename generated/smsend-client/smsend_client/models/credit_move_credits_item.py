# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..models.message_type import MessageType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreditMoveCreditsItem")


class CreditMoveCreditsItem:
    """
    Attributes:
        message_type (MessageType): The type of SMS. The tables document "N" for High quality with
            reception notification, "L"
            for Medium Quality, "LL" For Low Cost; the samples and the user status use "GP", "SI", "GS"
            and "EE", which the tables do not explain.
        super_to_sub (bool): true for superaccount to subaccount, false for subaccount to superaccount
        amount (int | Unset): The number of credits to transfer. The document leaves its Required and
            Default columns empty; a server refuses a move of no credits (an inference).
    """

    __slots__ = ("message_type", "super_to_sub", "amount", "additional_properties", "__weakref__")
    __match_args__ = (
        "message_type",
        "super_to_sub",
        "amount",
    )

    message_type: MessageType
    super_to_sub: bool
    amount: int | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        message_type: MessageType,
        super_to_sub: bool,
        amount: int | Unset = UNSET,
    ) -> None:
        self.message_type = message_type
        self.super_to_sub = super_to_sub
        self.amount = amount
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"message_type={self.message_type!r}, "
            f"super_to_sub={self.super_to_sub!r}, "
            f"amount={self.amount!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, CreditMoveCreditsItem):
            return NotImplemented
        return (
            self.message_type,
            self.super_to_sub,
            self.amount,
            self.additional_properties,
        ) == (
            other.message_type,
            other.super_to_sub,
            other.amount,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        message_type = self.message_type.value

        super_to_sub = self.super_to_sub

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["message-type"] = message_type
        field_dict["super-to-sub"] = super_to_sub
        if amount is not UNSET:
            field_dict["amount"] = amount
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_type = MessageType(d.pop("message-type"))

        super_to_sub = d.pop("super-to-sub")
        amount = d.pop("amount", UNSET)
        credit_move_credits_item = cls(
            message_type=message_type,
            super_to_sub=super_to_sub,
            amount=amount,
        )
        credit_move_credits_item.additional_properties = d
        return credit_move_credits_item

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
