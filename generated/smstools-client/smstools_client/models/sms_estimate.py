# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..models.encoding import Encoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsEstimate")


class SmsEstimate:
    """
    Attributes:
        text (str): The message; more than 160 characters are sent as concatenated SMS (up to 7 per the
            newer
            documentation, up to 5 per the older English page). The limit of 1071 characters (7 parts of
            153 GSM characters) is an inference; the documents give no character count. May contain
            placeholders replaced per recipient (their syntax is not documented).
        from_ (str | Unset): A validated phone number or an alphanumeric sender of at most 11
            characters; default the
            profile's sender. Alphanumeric senders must be registered (see createAlias), otherwise they are
            replaced by a random numeric sender; with a numeric sender only GSM 7-bit text is supported.
            The allowed characters and the 3 to 16 digits of a numeric sender are an inference.
        to (str | Unset): Comma-separated phone numbers (393481234567,393481234568), or a JSON array of
            recipient
            objects each with `msisdn`, whose other properties personalise the text.
        group (str | Unset): One id or comma-separated ids. Digits only, at most 18 (an inference: ids
            are numbers in every answer seen)
        encoding (Encoding | Unset): 7BIT (standard GSM, 160 characters per SMS), UCS2 (non-ASCII, 70
            per SMS), AUTO (chosen from the text)
    """

    __slots__ = ("text", "from_", "to", "group", "encoding", "additional_properties", "__weakref__")
    __match_args__ = (
        "text",
        "from_",
        "to",
        "group",
        "encoding",
    )

    text: str
    from_: str | Unset
    to: str | Unset
    group: str | Unset
    encoding: Encoding | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        text: str,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        group: str | Unset = UNSET,
        encoding: Encoding | Unset = UNSET,
    ) -> None:
        self.text = text
        self.from_ = from_
        self.to = to
        self.group = group
        self.encoding = encoding
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"text={self.text!r}, "
            f"from_={self.from_!r}, "
            f"to={self.to!r}, "
            f"group={self.group!r}, "
            f"encoding={self.encoding!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, SmsEstimate):
            return NotImplemented
        return (
            self.text,
            self.from_,
            self.to,
            self.group,
            self.encoding,
            self.additional_properties,
        ) == (
            other.text,
            other.from_,
            other.to,
            other.group,
            other.encoding,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        from_ = self.from_

        to = self.to

        group = self.group

        encoding: str | Unset = UNSET
        if not isinstance(self.encoding, Unset):
            encoding = self.encoding.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["text"] = text
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if group is not UNSET:
            field_dict["group"] = group
        if encoding is not UNSET:
            field_dict["encoding"] = encoding
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")
        from_ = d.pop("from", UNSET)
        to = d.pop("to", UNSET)
        group = d.pop("group", UNSET)
        _encoding = d.pop("encoding", UNSET)
        encoding: Encoding | Unset
        if isinstance(_encoding, Unset):
            encoding = UNSET
        else:
            encoding = Encoding(_encoding)

        sms_estimate = cls(
            text=text,
            from_=from_,
            to=to,
            group=group,
            encoding=encoding,
        )
        sms_estimate.additional_properties = d
        return sms_estimate

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
