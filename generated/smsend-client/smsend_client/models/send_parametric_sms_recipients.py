# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

T = TypeVar("T", bound="SendParametricSmsRecipients")


class SendParametricSmsRecipients:
    """A map of recipents and relative parameters; each entry has `recipient` and the placeholder values.
    At least one entry: an inference, the document does not say.
    """

    __slots__ = ("additional_properties", "__weakref__")
    __match_args__ = ()

    additional_properties: dict[str, SendParametricSmsRecipientsAdditionalProperty]

    def __init__(
        self,
    ) -> None:
        self.additional_properties = {}

    def __repr__(self) -> str:
        return f"{type(self).__qualname__}(additional_properties={self.additional_properties!r})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, SendParametricSmsRecipients):
            return NotImplemented
        return (self.additional_properties,) == (other.additional_properties,)

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        send_parametric_sms_recipients = cls()
        additional_properties: dict[str, SendParametricSmsRecipientsAdditionalProperty] = {}
        for prop_name, prop_dict in d.items():
            additional_property = SendParametricSmsRecipientsAdditionalProperty.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property
        send_parametric_sms_recipients.additional_properties = additional_properties
        return send_parametric_sms_recipients

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> SendParametricSmsRecipientsAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: SendParametricSmsRecipientsAdditionalProperty) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models this one refers to, imported after the class so that models referring to each other
# import in any order (the class exists before the other module asks for it), and once per process
# rather than on every from_dict/to_dict call.
from ..models.send_parametric_sms_recipients_additional_property import SendParametricSmsRecipientsAdditionalProperty  # noqa: E402
