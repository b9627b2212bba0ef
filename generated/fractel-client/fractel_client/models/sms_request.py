# generated from specs/fractel.yaml + overlays/fractel.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsRequest")


class SmsRequest:
    """
    Attributes:
        to (str): A 10-digit phone number, digits only.
        from_ (str): A 10-digit phone number, digits only.
        message (str): Content of SMS
        media_url (list[str] | Unset): URL for media for send via SMS (up to 10). Sent as a repeated
            form field; a single URL is
            still a one-element array. FracTEL's 2017 docs limit each file to 1.5 MB and list the
            supported types (images, audio, video, PDF, vCard and others).
        confirmation_url (str | Unset): An http or https URL (that only these two schemes are accepted
            is an inference from later versions' validators).
        require_confirmation (bool | Unset): Only send message if confirmation is available. When true
            and confirmation is not
            available for the destination, the API returns an error and does not send the message.
             Default: False.
    """

    __slots__ = (
        "to",
        "from_",
        "message",
        "media_url",
        "confirmation_url",
        "require_confirmation",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "to",
        "from_",
        "message",
        "media_url",
        "confirmation_url",
        "require_confirmation",
    )

    to: str
    from_: str
    message: str
    media_url: list[str] | Unset
    confirmation_url: str | Unset
    require_confirmation: bool | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        to: str,
        from_: str,
        message: str,
        media_url: list[str] | Unset = UNSET,
        confirmation_url: str | Unset = UNSET,
        require_confirmation: bool | Unset = False,
    ) -> None:
        self.to = to
        self.from_ = from_
        self.message = message
        self.media_url = media_url
        self.confirmation_url = confirmation_url
        self.require_confirmation = require_confirmation
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"to={self.to!r}, "
            f"from_={self.from_!r}, "
            f"message={self.message!r}, "
            f"media_url={self.media_url!r}, "
            f"confirmation_url={self.confirmation_url!r}, "
            f"require_confirmation={self.require_confirmation!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, SmsRequest):
            return NotImplemented
        return (
            self.to,
            self.from_,
            self.message,
            self.media_url,
            self.confirmation_url,
            self.require_confirmation,
            self.additional_properties,
        ) == (
            other.to,
            other.from_,
            other.message,
            other.media_url,
            other.confirmation_url,
            other.require_confirmation,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        to = self.to

        from_ = self.from_

        message = self.message

        media_url: list[str] | Unset = UNSET
        if not isinstance(self.media_url, Unset):
            media_url = self.media_url

        confirmation_url = self.confirmation_url

        require_confirmation = self.require_confirmation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["to"] = to
        field_dict["from"] = from_
        field_dict["message"] = message
        if media_url is not UNSET:
            field_dict["media_url"] = media_url
        if confirmation_url is not UNSET:
            field_dict["confirmation_url"] = confirmation_url
        if require_confirmation is not UNSET:
            field_dict["require_confirmation"] = require_confirmation
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        to = d.pop("to")
        from_ = d.pop("from")
        message = d.pop("message")
        media_url = cast(list[str], d.pop("media_url", UNSET))

        confirmation_url = d.pop("confirmation_url", UNSET)
        require_confirmation = d.pop("require_confirmation", UNSET)
        sms_request = cls(
            to=to,
            from_=from_,
            message=message,
            media_url=media_url,
            confirmation_url=confirmation_url,
            require_confirmation=require_confirmation,
        )
        sms_request.additional_properties = d
        return sms_request

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
