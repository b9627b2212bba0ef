# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

T = TypeVar("T", bound="SmsState")


class SmsState:
    """
    Attributes:
        recipient_number (int):
        result (str):
        recipients (list[SmsStateRecipientsItem]):
    """

    __slots__ = ("recipient_number", "result", "recipients", "additional_properties", "__weakref__")
    __match_args__ = (
        "recipient_number",
        "result",
        "recipients",
    )

    recipient_number: int
    result: str
    recipients: list[SmsStateRecipientsItem]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        recipient_number: int,
        result: str,
        recipients: list[SmsStateRecipientsItem],
    ) -> None:
        self.recipient_number = recipient_number
        self.result = result
        self.recipients = recipients
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"recipient_number={self.recipient_number!r}, "
            f"result={self.result!r}, "
            f"recipients={self.recipients!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, SmsState):
            return NotImplemented
        return (
            self.recipient_number,
            self.result,
            self.recipients,
            self.additional_properties,
        ) == (
            other.recipient_number,
            other.result,
            other.recipients,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        recipient_number = self.recipient_number

        result = self.result

        recipients = []
        for recipients_item_data in self.recipients:
            recipients_item = recipients_item_data.to_dict()
            recipients.append(recipients_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["recipient_number"] = recipient_number
        field_dict["result"] = result
        field_dict["recipients"] = recipients
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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


# The models this one refers to, imported after the class so that models referring to each other
# import in any order (the class exists before the other module asks for it), and once per process
# rather than on every from_dict/to_dict call.
from ..models.sms_state_recipients_item import SmsStateRecipientsItem  # noqa: E402
