# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReceivedMessage")


@_attrs_define
class ReceivedMessage:
    """
    Attributes:
        id_message (str):
        id_sim (str):
        sender (str):
        message (str):
        sms_date (str): yyyyMMddHHmmss
        keyword (str | Unset):
    """

    id_message: str
    id_sim: str
    sender: str
    message: str
    sms_date: str
    keyword: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id_message = self.id_message

        id_sim = self.id_sim

        sender = self.sender

        message = self.message

        sms_date = self.sms_date

        keyword = self.keyword

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id_message": id_message,
                "id_sim": id_sim,
                "sender": sender,
                "message": message,
                "sms_date": sms_date,
            }
        )
        if keyword is not UNSET:
            field_dict["keyword"] = keyword

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id_message = d.pop("id_message")

        id_sim = d.pop("id_sim")

        sender = d.pop("sender")

        message = d.pop("message")

        sms_date = d.pop("sms_date")

        keyword = d.pop("keyword", UNSET)

        received_message = cls(
            id_message=id_message,
            id_sim=id_sim,
            sender=sender,
            message=message,
            sms_date=sms_date,
            keyword=keyword,
        )

        received_message.additional_properties = d
        return received_message

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
