# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactCreate")


class ContactCreate:
    """
    Attributes:
        msisdn (str | Unset): A phone number in international format without + or 00, e.g. 393481234567.
            The length of 7 to 15 digits is an inference (the E.164 maximum); the documents give none.
        name (str | Unset):
        lastname (str | Unset):
        email (str | Unset):
        groups_id (str | Unset): One id or comma-separated ids. Digits only, at most 18 (an inference:
            ids are numbers in every answer seen)
        custom_field_unique_key (str | Unset): The field that identifies a duplicate: msisdn, email,
            name, lastname or a custom field key Default: 'msisdn'.
    """

    __slots__ = (
        "msisdn",
        "name",
        "lastname",
        "email",
        "groups_id",
        "custom_field_unique_key",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "msisdn",
        "name",
        "lastname",
        "email",
        "groups_id",
        "custom_field_unique_key",
    )

    msisdn: str | Unset
    name: str | Unset
    lastname: str | Unset
    email: str | Unset
    groups_id: str | Unset
    custom_field_unique_key: str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        msisdn: str | Unset = UNSET,
        name: str | Unset = UNSET,
        lastname: str | Unset = UNSET,
        email: str | Unset = UNSET,
        groups_id: str | Unset = UNSET,
        custom_field_unique_key: str | Unset = "msisdn",
    ) -> None:
        self.msisdn = msisdn
        self.name = name
        self.lastname = lastname
        self.email = email
        self.groups_id = groups_id
        self.custom_field_unique_key = custom_field_unique_key
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"msisdn={self.msisdn!r}, "
            f"name={self.name!r}, "
            f"lastname={self.lastname!r}, "
            f"email={self.email!r}, "
            f"groups_id={self.groups_id!r}, "
            f"custom_field_unique_key={self.custom_field_unique_key!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, ContactCreate):
            return NotImplemented
        return (
            self.msisdn,
            self.name,
            self.lastname,
            self.email,
            self.groups_id,
            self.custom_field_unique_key,
            self.additional_properties,
        ) == (
            other.msisdn,
            other.name,
            other.lastname,
            other.email,
            other.groups_id,
            other.custom_field_unique_key,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        msisdn = self.msisdn

        name = self.name

        lastname = self.lastname

        email = self.email

        groups_id = self.groups_id

        custom_field_unique_key = self.custom_field_unique_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if msisdn is not UNSET:
            field_dict["msisdn"] = msisdn
        if name is not UNSET:
            field_dict["name"] = name
        if lastname is not UNSET:
            field_dict["lastname"] = lastname
        if email is not UNSET:
            field_dict["email"] = email
        if groups_id is not UNSET:
            field_dict["groupsId"] = groups_id
        if custom_field_unique_key is not UNSET:
            field_dict["customFieldUniqueKey"] = custom_field_unique_key
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        msisdn = d.pop("msisdn", UNSET)
        name = d.pop("name", UNSET)
        lastname = d.pop("lastname", UNSET)
        email = d.pop("email", UNSET)
        groups_id = d.pop("groupsId", UNSET)
        custom_field_unique_key = d.pop("customFieldUniqueKey", UNSET)
        contact_create = cls(
            msisdn=msisdn,
            name=name,
            lastname=lastname,
            email=email,
            groups_id=groups_id,
            custom_field_unique_key=custom_field_unique_key,
        )
        contact_create.additional_properties = d
        return contact_create

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
