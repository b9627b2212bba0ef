# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

T = TypeVar("T", bound="SendParametricSmsRecipientsAdditionalProperty")


class SendParametricSmsRecipientsAdditionalProperty:
    """
    Attributes:
        recipient (str): A recipient phone number. The document gives no format; its examples are
            international
            (+393471234567). Inference: an optional + or 00 and 6 to 16 digits.
    """

    __slots__ = ("recipient", "additional_properties", "__weakref__")
    __match_args__ = ("recipient",)

    recipient: str
    additional_properties: dict[str, str]

    def __init__(
        self,
        recipient: str,
    ) -> None:
        self.recipient = recipient
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"recipient={self.recipient!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, SendParametricSmsRecipientsAdditionalProperty
        ):
            return NotImplemented
        return (
            self.recipient,
            self.additional_properties,
        ) == (
            other.recipient,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        recipient = self.recipient

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["recipient"] = recipient
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        recipient = d.pop("recipient")
        send_parametric_sms_recipients_additional_property = cls(
            recipient=recipient,
        )
        send_parametric_sms_recipients_additional_property.additional_properties = d
        return send_parametric_sms_recipients_additional_property

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
