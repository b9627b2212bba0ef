# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListContactCreate")


@_attrs_define
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
        birthdate (str | Unset): A date in one of the documented formats: ddMMyy, yyyyMMdd, ddMMyyHHmm, yyyyMMddHHmmss,
            yyyy-MM-dd HH:mm, yyyy-MM-dd HH:mm.0. Out-of-range days roll over (31 February is 3 March), as
            a lenient Java date parser does (inference: smSend does not say).
        zip_ (str | Unset): The ZIP code of the contact Default: ''.
        group_ids (list[str] | Unset): The groups (Ids) in which the contact will be added. Default: none ([]).
    """

    email: str
    phone_number: str | Unset = ""
    name: str | Unset = ""
    surname: str | Unset = ""
    gender: str | Unset = ""
    fax: str | Unset = ""
    address: str | Unset = ""
    city: str | Unset = ""
    province: str | Unset = ""
    birthdate: str | Unset = UNSET
    zip_: str | Unset = ""
    group_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict.update(
            {
                "email": email,
            }
        )
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
