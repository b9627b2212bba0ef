# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..types import UNSET, Unset

T = TypeVar("T", bound="Contact")


class Contact:
    """
    Attributes:
        email (str):
        phone_number (None | str | Unset):
        name (None | str | Unset):
        surname (None | str | Unset):
        group_ids (list[str] | Unset):
        gender (None | str | Unset):
        fax (None | str | Unset):
        address (None | str | Unset):
        city (None | str | Unset):
        province (None | str | Unset):
        birthdate (None | str | Unset): yyyy-MM-dd in the example
        zip_ (None | str | Unset):
    """

    __slots__ = (
        "email",
        "phone_number",
        "name",
        "surname",
        "group_ids",
        "gender",
        "fax",
        "address",
        "city",
        "province",
        "birthdate",
        "zip_",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "email",
        "phone_number",
        "name",
        "surname",
        "group_ids",
        "gender",
        "fax",
        "address",
        "city",
        "province",
        "birthdate",
        "zip_",
    )

    email: str
    phone_number: None | str | Unset
    name: None | str | Unset
    surname: None | str | Unset
    group_ids: list[str] | Unset
    gender: None | str | Unset
    fax: None | str | Unset
    address: None | str | Unset
    city: None | str | Unset
    province: None | str | Unset
    birthdate: None | str | Unset
    zip_: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        email: str,
        phone_number: None | str | Unset = UNSET,
        name: None | str | Unset = UNSET,
        surname: None | str | Unset = UNSET,
        group_ids: list[str] | Unset = UNSET,
        gender: None | str | Unset = UNSET,
        fax: None | str | Unset = UNSET,
        address: None | str | Unset = UNSET,
        city: None | str | Unset = UNSET,
        province: None | str | Unset = UNSET,
        birthdate: None | str | Unset = UNSET,
        zip_: None | str | Unset = UNSET,
    ) -> None:
        self.email = email
        self.phone_number = phone_number
        self.name = name
        self.surname = surname
        self.group_ids = group_ids
        self.gender = gender
        self.fax = fax
        self.address = address
        self.city = city
        self.province = province
        self.birthdate = birthdate
        self.zip_ = zip_
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"email={self.email!r}, "
            f"phone_number={self.phone_number!r}, "
            f"name={self.name!r}, "
            f"surname={self.surname!r}, "
            f"group_ids={self.group_ids!r}, "
            f"gender={self.gender!r}, "
            f"fax={self.fax!r}, "
            f"address={self.address!r}, "
            f"city={self.city!r}, "
            f"province={self.province!r}, "
            f"birthdate={self.birthdate!r}, "
            f"zip_={self.zip_!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, Contact):
            return NotImplemented
        return (
            self.email,
            self.phone_number,
            self.name,
            self.surname,
            self.group_ids,
            self.gender,
            self.fax,
            self.address,
            self.city,
            self.province,
            self.birthdate,
            self.zip_,
            self.additional_properties,
        ) == (
            other.email,
            other.phone_number,
            other.name,
            other.surname,
            other.group_ids,
            other.gender,
            other.fax,
            other.address,
            other.city,
            other.province,
            other.birthdate,
            other.zip_,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        surname: None | str | Unset
        if isinstance(self.surname, Unset):
            surname = UNSET
        else:
            surname = self.surname

        group_ids: list[str] | Unset = UNSET
        if not isinstance(self.group_ids, Unset):
            group_ids = self.group_ids

        gender: None | str | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        else:
            gender = self.gender

        fax: None | str | Unset
        if isinstance(self.fax, Unset):
            fax = UNSET
        else:
            fax = self.fax

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        province: None | str | Unset
        if isinstance(self.province, Unset):
            province = UNSET
        else:
            province = self.province

        birthdate: None | str | Unset
        if isinstance(self.birthdate, Unset):
            birthdate = UNSET
        else:
            birthdate = self.birthdate

        zip_: None | str | Unset
        if isinstance(self.zip_, Unset):
            zip_ = UNSET
        else:
            zip_ = self.zip_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["email"] = email
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if name is not UNSET:
            field_dict["name"] = name
        if surname is not UNSET:
            field_dict["surname"] = surname
        if group_ids is not UNSET:
            field_dict["groupIds"] = group_ids
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
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        def _parse_phone_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone_number = _parse_phone_number(d.pop("phoneNumber", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_surname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        surname = _parse_surname(d.pop("surname", UNSET))

        group_ids = cast(list[str], d.pop("groupIds", UNSET))

        def _parse_gender(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gender = _parse_gender(d.pop("gender", UNSET))

        def _parse_fax(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fax = _parse_fax(d.pop("fax", UNSET))

        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        def _parse_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        city = _parse_city(d.pop("city", UNSET))

        def _parse_province(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        province = _parse_province(d.pop("province", UNSET))

        def _parse_birthdate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        birthdate = _parse_birthdate(d.pop("birthdate", UNSET))

        def _parse_zip_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        zip_ = _parse_zip_(d.pop("zip", UNSET))

        contact = cls(
            email=email,
            phone_number=phone_number,
            name=name,
            surname=surname,
            group_ids=group_ids,
            gender=gender,
            fax=fax,
            address=address,
            city=city,
            province=province,
            birthdate=birthdate,
            zip_=zip_,
        )
        contact.additional_properties = d
        return contact

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
