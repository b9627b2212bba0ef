# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..models.encoding import Encoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="VerifySend")


class VerifySend:
    """
    Attributes:
        to (str): A phone number in international format without + or 00, e.g. 393481234567. The length
            of 7 to 15 digits is an inference (the E.164 maximum); the documents give none.
        text (str): Must contain ${verify_code}; long texts are sent as up to 5 concatenated SMS
        from_ (str | Unset): A validated phone number or an alphanumeric sender of at most 11
            characters; default the
            profile's sender. Alphanumeric senders must be registered (see createAlias), otherwise they are
            replaced by a random numeric sender; with a numeric sender only GSM 7-bit text is supported.
            The allowed characters and the 3 to 16 digits of a numeric sender are an inference.
        sandbox (bool | Unset):  Default: False.
        app_id (str | Unset): Your application id; one active code per recipient per app_id
        encoding (Encoding | Unset): 7BIT (standard GSM, 160 characters per SMS), UCS2 (non-ASCII, 70
            per SMS), AUTO (chosen from the text)
    """

    __slots__ = ("to", "text", "from_", "sandbox", "app_id", "encoding", "additional_properties", "__weakref__")
    __match_args__ = (
        "to",
        "text",
        "from_",
        "sandbox",
        "app_id",
        "encoding",
    )

    to: str
    text: str
    from_: str | Unset
    sandbox: bool | Unset
    app_id: str | Unset
    encoding: Encoding | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        to: str,
        text: str,
        from_: str | Unset = UNSET,
        sandbox: bool | Unset = False,
        app_id: str | Unset = UNSET,
        encoding: Encoding | Unset = UNSET,
    ) -> None:
        self.to = to
        self.text = text
        self.from_ = from_
        self.sandbox = sandbox
        self.app_id = app_id
        self.encoding = encoding
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"to={self.to!r}, "
            f"text={self.text!r}, "
            f"from_={self.from_!r}, "
            f"sandbox={self.sandbox!r}, "
            f"app_id={self.app_id!r}, "
            f"encoding={self.encoding!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, VerifySend):
            return NotImplemented
        return (
            self.to,
            self.text,
            self.from_,
            self.sandbox,
            self.app_id,
            self.encoding,
            self.additional_properties,
        ) == (
            other.to,
            other.text,
            other.from_,
            other.sandbox,
            other.app_id,
            other.encoding,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        to = self.to

        text = self.text

        from_ = self.from_

        sandbox = self.sandbox

        app_id = self.app_id

        encoding: str | Unset = UNSET
        if not isinstance(self.encoding, Unset):
            encoding = self.encoding.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["to"] = to
        field_dict["text"] = text
        if from_ is not UNSET:
            field_dict["from"] = from_
        if sandbox is not UNSET:
            field_dict["sandbox"] = sandbox
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if encoding is not UNSET:
            field_dict["encoding"] = encoding
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        to = d.pop("to")
        text = d.pop("text")
        from_ = d.pop("from", UNSET)
        sandbox = d.pop("sandbox", UNSET)
        app_id = d.pop("app_id", UNSET)
        _encoding = d.pop("encoding", UNSET)
        encoding: Encoding | Unset
        if isinstance(_encoding, Unset):
            encoding = UNSET
        else:
            encoding = Encoding(_encoding)

        verify_send = cls(
            to=to,
            text=text,
            from_=from_,
            sandbox=sandbox,
            app_id=app_id,
            encoding=encoding,
        )
        verify_send.additional_properties = d
        return verify_send

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
