# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailSender")


class EmailSender:
    """
    Attributes:
        id (int):
        email (str):
        email_name (None | str | Unset):
        validation_date (None | str | Unset):
        insert_date (None | str | Unset):
        contact_company (None | str | Unset):
        contact_address (None | str | Unset):
        contact_city (None | str | Unset):
        contact_province (None | str | Unset):
        contact_zip_code (None | str | Unset):
        contact_country (None | str | Unset):
        contact_phone (None | str | Unset):
    """

    __slots__ = (
        "id",
        "email",
        "email_name",
        "validation_date",
        "insert_date",
        "contact_company",
        "contact_address",
        "contact_city",
        "contact_province",
        "contact_zip_code",
        "contact_country",
        "contact_phone",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "id",
        "email",
        "email_name",
        "validation_date",
        "insert_date",
        "contact_company",
        "contact_address",
        "contact_city",
        "contact_province",
        "contact_zip_code",
        "contact_country",
        "contact_phone",
    )

    id: int
    email: str
    email_name: None | str | Unset
    validation_date: None | str | Unset
    insert_date: None | str | Unset
    contact_company: None | str | Unset
    contact_address: None | str | Unset
    contact_city: None | str | Unset
    contact_province: None | str | Unset
    contact_zip_code: None | str | Unset
    contact_country: None | str | Unset
    contact_phone: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: int,
        email: str,
        email_name: None | str | Unset = UNSET,
        validation_date: None | str | Unset = UNSET,
        insert_date: None | str | Unset = UNSET,
        contact_company: None | str | Unset = UNSET,
        contact_address: None | str | Unset = UNSET,
        contact_city: None | str | Unset = UNSET,
        contact_province: None | str | Unset = UNSET,
        contact_zip_code: None | str | Unset = UNSET,
        contact_country: None | str | Unset = UNSET,
        contact_phone: None | str | Unset = UNSET,
    ) -> None:
        self.id = id
        self.email = email
        self.email_name = email_name
        self.validation_date = validation_date
        self.insert_date = insert_date
        self.contact_company = contact_company
        self.contact_address = contact_address
        self.contact_city = contact_city
        self.contact_province = contact_province
        self.contact_zip_code = contact_zip_code
        self.contact_country = contact_country
        self.contact_phone = contact_phone
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"id={self.id!r}, "
            f"email={self.email!r}, "
            f"email_name={self.email_name!r}, "
            f"validation_date={self.validation_date!r}, "
            f"insert_date={self.insert_date!r}, "
            f"contact_company={self.contact_company!r}, "
            f"contact_address={self.contact_address!r}, "
            f"contact_city={self.contact_city!r}, "
            f"contact_province={self.contact_province!r}, "
            f"contact_zip_code={self.contact_zip_code!r}, "
            f"contact_country={self.contact_country!r}, "
            f"contact_phone={self.contact_phone!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, EmailSender):
            return NotImplemented
        return (
            self.id,
            self.email,
            self.email_name,
            self.validation_date,
            self.insert_date,
            self.contact_company,
            self.contact_address,
            self.contact_city,
            self.contact_province,
            self.contact_zip_code,
            self.contact_country,
            self.contact_phone,
            self.additional_properties,
        ) == (
            other.id,
            other.email,
            other.email_name,
            other.validation_date,
            other.insert_date,
            other.contact_company,
            other.contact_address,
            other.contact_city,
            other.contact_province,
            other.contact_zip_code,
            other.contact_country,
            other.contact_phone,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email = self.email

        email_name: None | str | Unset
        if isinstance(self.email_name, Unset):
            email_name = UNSET
        else:
            email_name = self.email_name

        validation_date: None | str | Unset
        if isinstance(self.validation_date, Unset):
            validation_date = UNSET
        else:
            validation_date = self.validation_date

        insert_date: None | str | Unset
        if isinstance(self.insert_date, Unset):
            insert_date = UNSET
        else:
            insert_date = self.insert_date

        contact_company: None | str | Unset
        if isinstance(self.contact_company, Unset):
            contact_company = UNSET
        else:
            contact_company = self.contact_company

        contact_address: None | str | Unset
        if isinstance(self.contact_address, Unset):
            contact_address = UNSET
        else:
            contact_address = self.contact_address

        contact_city: None | str | Unset
        if isinstance(self.contact_city, Unset):
            contact_city = UNSET
        else:
            contact_city = self.contact_city

        contact_province: None | str | Unset
        if isinstance(self.contact_province, Unset):
            contact_province = UNSET
        else:
            contact_province = self.contact_province

        contact_zip_code: None | str | Unset
        if isinstance(self.contact_zip_code, Unset):
            contact_zip_code = UNSET
        else:
            contact_zip_code = self.contact_zip_code

        contact_country: None | str | Unset
        if isinstance(self.contact_country, Unset):
            contact_country = UNSET
        else:
            contact_country = self.contact_country

        contact_phone: None | str | Unset
        if isinstance(self.contact_phone, Unset):
            contact_phone = UNSET
        else:
            contact_phone = self.contact_phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["email"] = email
        if email_name is not UNSET:
            field_dict["emailName"] = email_name
        if validation_date is not UNSET:
            field_dict["validationDate"] = validation_date
        if insert_date is not UNSET:
            field_dict["insertDate"] = insert_date
        if contact_company is not UNSET:
            field_dict["contactCompany"] = contact_company
        if contact_address is not UNSET:
            field_dict["contactAddress"] = contact_address
        if contact_city is not UNSET:
            field_dict["contactCity"] = contact_city
        if contact_province is not UNSET:
            field_dict["contactProvince"] = contact_province
        if contact_zip_code is not UNSET:
            field_dict["contactZipCode"] = contact_zip_code
        if contact_country is not UNSET:
            field_dict["contactCountry"] = contact_country
        if contact_phone is not UNSET:
            field_dict["contactPhone"] = contact_phone
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        email = d.pop("email")

        def _parse_email_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email_name = _parse_email_name(d.pop("emailName", UNSET))

        def _parse_validation_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        validation_date = _parse_validation_date(d.pop("validationDate", UNSET))

        def _parse_insert_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        insert_date = _parse_insert_date(d.pop("insertDate", UNSET))

        def _parse_contact_company(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_company = _parse_contact_company(d.pop("contactCompany", UNSET))

        def _parse_contact_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_address = _parse_contact_address(d.pop("contactAddress", UNSET))

        def _parse_contact_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_city = _parse_contact_city(d.pop("contactCity", UNSET))

        def _parse_contact_province(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_province = _parse_contact_province(d.pop("contactProvince", UNSET))

        def _parse_contact_zip_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_zip_code = _parse_contact_zip_code(d.pop("contactZipCode", UNSET))

        def _parse_contact_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_country = _parse_contact_country(d.pop("contactCountry", UNSET))

        def _parse_contact_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_phone = _parse_contact_phone(d.pop("contactPhone", UNSET))

        email_sender = cls(
            id=id,
            email=email,
            email_name=email_name,
            validation_date=validation_date,
            insert_date=insert_date,
            contact_company=contact_company,
            contact_address=contact_address,
            contact_city=contact_city,
            contact_province=contact_province,
            contact_zip_code=contact_zip_code,
            contact_country=contact_country,
            contact_phone=contact_phone,
        )
        email_sender.additional_properties = d
        return email_sender

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
