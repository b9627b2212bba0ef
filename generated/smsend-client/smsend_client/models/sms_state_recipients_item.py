# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsStateRecipientsItem")


@_attrs_define
class SmsStateRecipientsItem:
    """
    Attributes:
        status (str): Delivery status, e.g. WAITING or SCHEDULED (the only values the document names)
        destination (str):
        delivery_date (str | Unset): The delivery date, or empty while not delivered (the only value the document shows
            is empty; yyyyMMddHHmmss like its other dates is an inference)
    """

    status: str
    destination: str
    delivery_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        destination = self.destination

        delivery_date = self.delivery_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "destination": destination,
            }
        )
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
