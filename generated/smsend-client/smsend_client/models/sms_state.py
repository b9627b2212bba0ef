# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sms_state_recipients_item import SmsStateRecipientsItem


T = TypeVar("T", bound="SmsState")


@_attrs_define
class SmsState:
    """
    Attributes:
        recipient_number (int):
        result (str):
        recipients (list[SmsStateRecipientsItem]):
    """

    recipient_number: int
    result: str
    recipients: list[SmsStateRecipientsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recipient_number = self.recipient_number

        result = self.result

        recipients = []
        for recipients_item_data in self.recipients:
            recipients_item = recipients_item_data.to_dict()
            recipients.append(recipients_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recipient_number": recipient_number,
                "result": result,
                "recipients": recipients,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sms_state_recipients_item import SmsStateRecipientsItem  # noqa: PLC0415

        d = dict(src_dict)
        recipient_number = d.pop("recipient_number")

        result = d.pop("result")

        recipients = []
        _recipients = d.pop("recipients")
        for recipients_item_data in _recipients:
            recipients_item = SmsStateRecipientsItem.from_dict(recipients_item_data)

            recipients.append(recipients_item)

        sms_state = cls(
            recipient_number=recipient_number,
            result=result,
            recipients=recipients,
        )

        sms_state.additional_properties = d
        return sms_state

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
