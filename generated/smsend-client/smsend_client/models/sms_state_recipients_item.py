# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsStateRecipientsItem")


class SmsStateRecipientsItem:
    """
    Attributes:
        status (str): Delivery status, e.g. WAITING or SCHEDULED (the only values the document names)
        destination (str):
        delivery_date (str | Unset): The delivery date, or empty while not delivered (the only value the
            document shows is empty; yyyyMMddHHmmss like its other dates is an inference)
    """

    __slots__ = ("status", "destination", "delivery_date", "additional_properties", "__weakref__")
    __match_args__ = (
        "status",
        "destination",
        "delivery_date",
    )

    status: str
    destination: str
    delivery_date: str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        status: str,
        destination: str,
        delivery_date: str | Unset = UNSET,
    ) -> None:
        self.status = status
        self.destination = destination
        self.delivery_date = delivery_date
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"status={self.status!r}, "
            f"destination={self.destination!r}, "
            f"delivery_date={self.delivery_date!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, SmsStateRecipientsItem):
            return NotImplemented
        return (
            self.status,
            self.destination,
            self.delivery_date,
            self.additional_properties,
        ) == (
            other.status,
            other.destination,
            other.delivery_date,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        destination = self.destination

        delivery_date = self.delivery_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["status"] = status
        field_dict["destination"] = destination
        if delivery_date is not UNSET:
            field_dict["delivery_date"] = delivery_date
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status")
        destination = d.pop("destination")
        delivery_date = d.pop("delivery_date", UNSET)
        sms_state_recipients_item = cls(
            status=status,
            destination=destination,
            delivery_date=delivery_date,
        )
        sms_state_recipients_item.additional_properties = d
        return sms_state_recipients_item

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
