# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendResult")


class SendResult:
    """
    Attributes:
        result (str): OK or errors
        order_id (str):
        total_sent (int): SMS sent or credits used
        remaining (int | Unset): Remaining SMSs, with returnRemaining. The field name is an inference:
            the document names no such field.
        remaining_credits (int | Unset): The remaining credits (a field of the quick starts' response
            classes; not in the response example)
        internal_order_id (str | Unset): An internal order ID (a field of the quick starts' response
            classes; not in the response example)
    """

    __slots__ = (
        "result",
        "order_id",
        "total_sent",
        "remaining",
        "remaining_credits",
        "internal_order_id",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "result",
        "order_id",
        "total_sent",
        "remaining",
        "remaining_credits",
        "internal_order_id",
    )

    result: str
    order_id: str
    total_sent: int
    remaining: int | Unset
    remaining_credits: int | Unset
    internal_order_id: str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        result: str,
        order_id: str,
        total_sent: int,
        remaining: int | Unset = UNSET,
        remaining_credits: int | Unset = UNSET,
        internal_order_id: str | Unset = UNSET,
    ) -> None:
        self.result = result
        self.order_id = order_id
        self.total_sent = total_sent
        self.remaining = remaining
        self.remaining_credits = remaining_credits
        self.internal_order_id = internal_order_id
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"result={self.result!r}, "
            f"order_id={self.order_id!r}, "
            f"total_sent={self.total_sent!r}, "
            f"remaining={self.remaining!r}, "
            f"remaining_credits={self.remaining_credits!r}, "
            f"internal_order_id={self.internal_order_id!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, SendResult):
            return NotImplemented
        return (
            self.result,
            self.order_id,
            self.total_sent,
            self.remaining,
            self.remaining_credits,
            self.internal_order_id,
            self.additional_properties,
        ) == (
            other.result,
            other.order_id,
            other.total_sent,
            other.remaining,
            other.remaining_credits,
            other.internal_order_id,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        result = self.result

        order_id = self.order_id

        total_sent = self.total_sent

        remaining = self.remaining

        remaining_credits = self.remaining_credits

        internal_order_id = self.internal_order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["result"] = result
        field_dict["order_id"] = order_id
        field_dict["total_sent"] = total_sent
        if remaining is not UNSET:
            field_dict["remaining"] = remaining
        if remaining_credits is not UNSET:
            field_dict["remaining_credits"] = remaining_credits
        if internal_order_id is not UNSET:
            field_dict["internal_order_id"] = internal_order_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        result = d.pop("result")
        order_id = d.pop("order_id")
        total_sent = d.pop("total_sent")
        remaining = d.pop("remaining", UNSET)
        remaining_credits = d.pop("remaining_credits", UNSET)
        internal_order_id = d.pop("internal_order_id", UNSET)
        send_result = cls(
            result=result,
            order_id=order_id,
            total_sent=total_sent,
            remaining=remaining,
            remaining_credits=remaining_credits,
            internal_order_id=internal_order_id,
        )
        send_result.additional_properties = d
        return send_result

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
