# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

T = TypeVar("T", bound="Estimate")


class Estimate:
    """
    Attributes:
        cost (float): Cost of the send
        user_credit (float): The current credit
        sms_count (int): SMS to send (recipients x parts)
    """

    __slots__ = ("cost", "user_credit", "sms_count", "additional_properties", "__weakref__")
    __match_args__ = (
        "cost",
        "user_credit",
        "sms_count",
    )

    cost: float
    user_credit: float
    sms_count: int
    additional_properties: dict[str, Any]

    def __init__(
        self,
        cost: float,
        user_credit: float,
        sms_count: int,
    ) -> None:
        self.cost = cost
        self.user_credit = user_credit
        self.sms_count = sms_count
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"cost={self.cost!r}, "
            f"user_credit={self.user_credit!r}, "
            f"sms_count={self.sms_count!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, Estimate):
            return NotImplemented
        return (
            self.cost,
            self.user_credit,
            self.sms_count,
            self.additional_properties,
        ) == (
            other.cost,
            other.user_credit,
            other.sms_count,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        cost = self.cost

        user_credit = self.user_credit

        sms_count = self.sms_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["cost"] = cost
        field_dict["userCredit"] = user_credit
        field_dict["smsCount"] = sms_count
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cost = d.pop("cost")
        user_credit = d.pop("userCredit")
        sms_count = d.pop("smsCount")
        estimate = cls(
            cost=cost,
            user_credit=user_credit,
            sms_count=sms_count,
        )
        estimate.additional_properties = d
        return estimate

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
