# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

T = TypeVar("T", bound="ListCreate")


class ListCreate:
    """
    Attributes:
        title (str): The list name. Not empty: an inference, the document gives no length.
        id_language (str): The list default language (e.g. "ita")
        email_sender (str):
        reply_to (str):
        company_name (str):
        company_address (str):
        company_url (str):
        company_phone (str):
        company_fax (str):
    """

    __slots__ = (
        "title",
        "id_language",
        "email_sender",
        "reply_to",
        "company_name",
        "company_address",
        "company_url",
        "company_phone",
        "company_fax",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "title",
        "id_language",
        "email_sender",
        "reply_to",
        "company_name",
        "company_address",
        "company_url",
        "company_phone",
        "company_fax",
    )

    title: str
    id_language: str
    email_sender: str
    reply_to: str
    company_name: str
    company_address: str
    company_url: str
    company_phone: str
    company_fax: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        title: str,
        id_language: str,
        email_sender: str,
        reply_to: str,
        company_name: str,
        company_address: str,
        company_url: str,
        company_phone: str,
        company_fax: str,
    ) -> None:
        self.title = title
        self.id_language = id_language
        self.email_sender = email_sender
        self.reply_to = reply_to
        self.company_name = company_name
        self.company_address = company_address
        self.company_url = company_url
        self.company_phone = company_phone
        self.company_fax = company_fax
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"title={self.title!r}, "
            f"id_language={self.id_language!r}, "
            f"email_sender={self.email_sender!r}, "
            f"reply_to={self.reply_to!r}, "
            f"company_name={self.company_name!r}, "
            f"company_address={self.company_address!r}, "
            f"company_url={self.company_url!r}, "
            f"company_phone={self.company_phone!r}, "
            f"company_fax={self.company_fax!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, ListCreate):
            return NotImplemented
        return (
            self.title,
            self.id_language,
            self.email_sender,
            self.reply_to,
            self.company_name,
            self.company_address,
            self.company_url,
            self.company_phone,
            self.company_fax,
            self.additional_properties,
        ) == (
            other.title,
            other.id_language,
            other.email_sender,
            other.reply_to,
            other.company_name,
            other.company_address,
            other.company_url,
            other.company_phone,
            other.company_fax,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        id_language = self.id_language

        email_sender = self.email_sender

        reply_to = self.reply_to

        company_name = self.company_name

        company_address = self.company_address

        company_url = self.company_url

        company_phone = self.company_phone

        company_fax = self.company_fax

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["title"] = title
        field_dict["id_language"] = id_language
        field_dict["email_sender"] = email_sender
        field_dict["reply_to"] = reply_to
        field_dict["company_name"] = company_name
        field_dict["company_address"] = company_address
        field_dict["company_url"] = company_url
        field_dict["company_phone"] = company_phone
        field_dict["company_fax"] = company_fax
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")
        id_language = d.pop("id_language")
        email_sender = d.pop("email_sender")
        reply_to = d.pop("reply_to")
        company_name = d.pop("company_name")
        company_address = d.pop("company_address")
        company_url = d.pop("company_url")
        company_phone = d.pop("company_phone")
        company_fax = d.pop("company_fax")
        list_create = cls(
            title=title,
            id_language=id_language,
            email_sender=email_sender,
            reply_to=reply_to,
            company_name=company_name,
            company_address=company_address,
            company_url=company_url,
            company_phone=company_phone,
            company_fax=company_fax,
        )
        list_create.additional_properties = d
        return list_create

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
