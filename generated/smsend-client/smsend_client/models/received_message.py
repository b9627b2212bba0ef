# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReceivedMessage")


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

    __slots__ = (
        "id_message",
        "id_sim",
        "sender",
        "message",
        "sms_date",
        "keyword",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "id_message",
        "id_sim",
        "sender",
        "message",
        "sms_date",
        "keyword",
    )

    id_message: str
    id_sim: str
    sender: str
    message: str
    sms_date: str
    keyword: str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id_message: str,
        id_sim: str,
        sender: str,
        message: str,
        sms_date: str,
        keyword: str | Unset = UNSET,
    ) -> None:
        self.id_message = id_message
        self.id_sim = id_sim
        self.sender = sender
        self.message = message
        self.sms_date = sms_date
        self.keyword = keyword
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"id_message={self.id_message!r}, "
            f"id_sim={self.id_sim!r}, "
            f"sender={self.sender!r}, "
            f"message={self.message!r}, "
            f"sms_date={self.sms_date!r}, "
            f"keyword={self.keyword!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, ReceivedMessage):
            return NotImplemented
        return (
            self.id_message,
            self.id_sim,
            self.sender,
            self.message,
            self.sms_date,
            self.keyword,
            self.additional_properties,
        ) == (
            other.id_message,
            other.id_sim,
            other.sender,
            other.message,
            other.sms_date,
            other.keyword,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        id_message = self.id_message

        id_sim = self.id_sim

        sender = self.sender

        message = self.message

        sms_date = self.sms_date

        keyword = self.keyword

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id_message"] = id_message
        field_dict["id_sim"] = id_sim
        field_dict["sender"] = sender
        field_dict["message"] = message
        field_dict["sms_date"] = sms_date
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
