# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..models.list_modify_status import ListModifyStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListModify")


class ListModify:
    """
    Attributes:
        title (str | Unset): The list name. Not empty: an inference, the document gives no length.
        id_language (str | Unset):
        email_sender (str | Unset):
        reply_to (str | Unset):
        company_name (str | Unset):
        company_address (str | Unset):
        company_url (str | Unset):
        company_phone (str | Unset):
        company_fax (str | Unset):
        status (ListModifyStatus | Unset): The list status (0 = Active, 1 = Archived, 2 = To Be
            Activated)
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
        "status",
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
        "status",
    )

    title: str | Unset
    id_language: str | Unset
    email_sender: str | Unset
    reply_to: str | Unset
    company_name: str | Unset
    company_address: str | Unset
    company_url: str | Unset
    company_phone: str | Unset
    company_fax: str | Unset
    status: ListModifyStatus | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        title: str | Unset = UNSET,
        id_language: str | Unset = UNSET,
        email_sender: str | Unset = UNSET,
        reply_to: str | Unset = UNSET,
        company_name: str | Unset = UNSET,
        company_address: str | Unset = UNSET,
        company_url: str | Unset = UNSET,
        company_phone: str | Unset = UNSET,
        company_fax: str | Unset = UNSET,
        status: ListModifyStatus | Unset = UNSET,
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
        self.status = status
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
            f"status={self.status!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, ListModify):
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
            self.status,
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
            other.status,
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

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if title is not UNSET:
            field_dict["title"] = title
        if id_language is not UNSET:
            field_dict["id_language"] = id_language
        if email_sender is not UNSET:
            field_dict["email_sender"] = email_sender
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if company_address is not UNSET:
            field_dict["company_address"] = company_address
        if company_url is not UNSET:
            field_dict["company_url"] = company_url
        if company_phone is not UNSET:
            field_dict["company_phone"] = company_phone
        if company_fax is not UNSET:
            field_dict["company_fax"] = company_fax
        if status is not UNSET:
            field_dict["status"] = status
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)
        id_language = d.pop("id_language", UNSET)
        email_sender = d.pop("email_sender", UNSET)
        reply_to = d.pop("reply_to", UNSET)
        company_name = d.pop("company_name", UNSET)
        company_address = d.pop("company_address", UNSET)
        company_url = d.pop("company_url", UNSET)
        company_phone = d.pop("company_phone", UNSET)
        company_fax = d.pop("company_fax", UNSET)
        _status = d.pop("status", UNSET)
        status: ListModifyStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ListModifyStatus(_status)

        list_modify = cls(
            title=title,
            id_language=id_language,
            email_sender=email_sender,
            reply_to=reply_to,
            company_name=company_name,
            company_address=company_address,
            company_url=company_url,
            company_phone=company_phone,
            company_fax=company_fax,
            status=status,
        )
        list_modify.additional_properties = d
        return list_modify

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
