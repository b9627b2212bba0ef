# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListContactCreate")


class ListContactCreate:
    """
    Attributes:
        email (str): The email of the contact
        phone_number (str | Unset): The phone number of the contact Default: ''.
        name (str | Unset): The first name of the contact Default: ''.
        surname (str | Unset): The last name of the contact Default: ''.
        gender (str | Unset): The gender of the contact Default: ''.
        fax (str | Unset): The Fax number of the contact Default: ''.
        address (str | Unset): The address of the contact Default: ''.
        city (str | Unset): The city of the contact Default: ''.
        province (str | Unset): The province of the contact Default: ''.
        birthdate (str | Unset): A date in one of the documented formats: ddMMyy, yyyyMMdd, ddMMyyHHmm,
            yyyyMMddHHmmss,
            yyyy-MM-dd HH:mm, yyyy-MM-dd HH:mm.0. Out-of-range days roll over (31 February is 3 March), as
            a lenient Java date parser does (inference: smSend does not say).
        zip_ (str | Unset): The ZIP code of the contact Default: ''.
        group_ids (list[str] | Unset): The groups (Ids) in which the contact will be added. Default:
            none ([]).
    """

    __slots__ = (
        "email",
        "phone_number",
        "name",
        "surname",
        "gender",
        "fax",
        "address",
        "city",
        "province",
        "birthdate",
        "zip_",
        "group_ids",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "email",
        "phone_number",
        "name",
        "surname",
        "gender",
        "fax",
        "address",
        "city",
        "province",
        "birthdate",
        "zip_",
        "group_ids",
    )

    email: str
    phone_number: str | Unset
    name: str | Unset
    surname: str | Unset
    gender: str | Unset
    fax: str | Unset
    address: str | Unset
    city: str | Unset
    province: str | Unset
    birthdate: str | Unset
    zip_: str | Unset
    group_ids: list[str] | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        email: str,
        phone_number: str | Unset = "",
        name: str | Unset = "",
        surname: str | Unset = "",
        gender: str | Unset = "",
        fax: str | Unset = "",
        address: str | Unset = "",
        city: str | Unset = "",
        province: str | Unset = "",
        birthdate: str | Unset = UNSET,
        zip_: str | Unset = "",
        group_ids: list[str] | Unset = UNSET,
    ) -> None:
        self.email = email
        self.phone_number = phone_number
        self.name = name
        self.surname = surname
        self.gender = gender
        self.fax = fax
        self.address = address
        self.city = city
        self.province = province
        self.birthdate = birthdate
        self.zip_ = zip_
        self.group_ids = group_ids
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"email={self.email!r}, "
            f"phone_number={self.phone_number!r}, "
            f"name={self.name!r}, "
            f"surname={self.surname!r}, "
            f"gender={self.gender!r}, "
            f"fax={self.fax!r}, "
            f"address={self.address!r}, "
            f"city={self.city!r}, "
            f"province={self.province!r}, "
            f"birthdate={self.birthdate!r}, "
            f"zip_={self.zip_!r}, "
            f"group_ids={self.group_ids!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, ListContactCreate):
            return NotImplemented
        return (
            self.email,
            self.phone_number,
            self.name,
            self.surname,
            self.gender,
            self.fax,
            self.address,
            self.city,
            self.province,
            self.birthdate,
            self.zip_,
            self.group_ids,
            self.additional_properties,
        ) == (
            other.email,
            other.phone_number,
            other.name,
            other.surname,
            other.gender,
            other.fax,
            other.address,
            other.city,
            other.province,
            other.birthdate,
            other.zip_,
            other.group_ids,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        phone_number = self.phone_number

        name = self.name

        surname = self.surname

        gender = self.gender

        fax = self.fax

        address = self.address

        city = self.city

        province = self.province

        birthdate = self.birthdate

        zip_ = self.zip_

        group_ids: list[str] | Unset = UNSET
        if not isinstance(self.group_ids, Unset):
            group_ids = self.group_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["email"] = email
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if name is not UNSET:
            field_dict["name"] = name
        if surname is not UNSET:
            field_dict["surname"] = surname
        if gender is not UNSET:
            field_dict["gender"] = gender
        if fax is not UNSET:
            field_dict["fax"] = fax
        if address is not UNSET:
            field_dict["address"] = address
        if city is not UNSET:
            field_dict["city"] = city
        if province is not UNSET:
            field_dict["province"] = province
        if birthdate is not UNSET:
            field_dict["birthdate"] = birthdate
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if group_ids is not UNSET:
            field_dict["groupIds"] = group_ids
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")
        phone_number = d.pop("phoneNumber", UNSET)
        name = d.pop("name", UNSET)
        surname = d.pop("surname", UNSET)
        gender = d.pop("gender", UNSET)
        fax = d.pop("fax", UNSET)
        address = d.pop("address", UNSET)
        city = d.pop("city", UNSET)
        province = d.pop("province", UNSET)
        birthdate = d.pop("birthdate", UNSET)
        zip_ = d.pop("zip", UNSET)
        group_ids = cast(list[str], d.pop("groupIds", UNSET))

        list_contact_create = cls(
            email=email,
            phone_number=phone_number,
            name=name,
            surname=surname,
            gender=gender,
            fax=fax,
            address=address,
            city=city,
            province=province,
            birthdate=birthdate,
            zip_=zip_,
            group_ids=group_ids,
        )
        list_contact_create.additional_properties = d
        return list_contact_create

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
