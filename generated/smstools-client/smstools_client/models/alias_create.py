# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="AliasCreate")


class AliasCreate:
    """All fields are required by the vendor client; for country IT also vatnumber, taxcode and pec.

    Attributes:
        alias (str): The alphanumeric sender (at most 11 characters; the allowed characters are an
            inference)
        businessname (str):
        address (str):
        city (str):
        postcode (str):
        province (str):
        country (str): The country, e.g. IT (the documents give only this example)
        email (str):
        phone (str):
        vatnumber (str | Unset):
        taxcode (str | Unset):
        pec (str | Unset): Certified email (PEC)
    """

    __slots__ = (
        "alias",
        "businessname",
        "address",
        "city",
        "postcode",
        "province",
        "country",
        "email",
        "phone",
        "vatnumber",
        "taxcode",
        "pec",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "alias",
        "businessname",
        "address",
        "city",
        "postcode",
        "province",
        "country",
        "email",
        "phone",
        "vatnumber",
        "taxcode",
        "pec",
    )

    alias: str
    businessname: str
    address: str
    city: str
    postcode: str
    province: str
    country: str
    email: str
    phone: str
    vatnumber: str | Unset
    taxcode: str | Unset
    pec: str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        alias: str,
        businessname: str,
        address: str,
        city: str,
        postcode: str,
        province: str,
        country: str,
        email: str,
        phone: str,
        vatnumber: str | Unset = UNSET,
        taxcode: str | Unset = UNSET,
        pec: str | Unset = UNSET,
    ) -> None:
        self.alias = alias
        self.businessname = businessname
        self.address = address
        self.city = city
        self.postcode = postcode
        self.province = province
        self.country = country
        self.email = email
        self.phone = phone
        self.vatnumber = vatnumber
        self.taxcode = taxcode
        self.pec = pec
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"alias={self.alias!r}, "
            f"businessname={self.businessname!r}, "
            f"address={self.address!r}, "
            f"city={self.city!r}, "
            f"postcode={self.postcode!r}, "
            f"province={self.province!r}, "
            f"country={self.country!r}, "
            f"email={self.email!r}, "
            f"phone={self.phone!r}, "
            f"vatnumber={self.vatnumber!r}, "
            f"taxcode={self.taxcode!r}, "
            f"pec={self.pec!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, AliasCreate):
            return NotImplemented
        return (
            self.alias,
            self.businessname,
            self.address,
            self.city,
            self.postcode,
            self.province,
            self.country,
            self.email,
            self.phone,
            self.vatnumber,
            self.taxcode,
            self.pec,
            self.additional_properties,
        ) == (
            other.alias,
            other.businessname,
            other.address,
            other.city,
            other.postcode,
            other.province,
            other.country,
            other.email,
            other.phone,
            other.vatnumber,
            other.taxcode,
            other.pec,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        alias = self.alias

        businessname = self.businessname

        address = self.address

        city = self.city

        postcode = self.postcode

        province = self.province

        country = self.country

        email = self.email

        phone = self.phone

        vatnumber = self.vatnumber

        taxcode = self.taxcode

        pec = self.pec

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["alias"] = alias
        field_dict["businessname"] = businessname
        field_dict["address"] = address
        field_dict["city"] = city
        field_dict["postcode"] = postcode
        field_dict["province"] = province
        field_dict["country"] = country
        field_dict["email"] = email
        field_dict["phone"] = phone
        if vatnumber is not UNSET:
            field_dict["vatnumber"] = vatnumber
        if taxcode is not UNSET:
            field_dict["taxcode"] = taxcode
        if pec is not UNSET:
            field_dict["pec"] = pec
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        alias = d.pop("alias")
        businessname = d.pop("businessname")
        address = d.pop("address")
        city = d.pop("city")
        postcode = d.pop("postcode")
        province = d.pop("province")
        country = d.pop("country")
        email = d.pop("email")
        phone = d.pop("phone")
        vatnumber = d.pop("vatnumber", UNSET)
        taxcode = d.pop("taxcode", UNSET)
        pec = d.pop("pec", UNSET)
        alias_create = cls(
            alias=alias,
            businessname=businessname,
            address=address,
            city=city,
            postcode=postcode,
            province=province,
            country=country,
            email=email,
            phone=phone,
            vatnumber=vatnumber,
            taxcode=taxcode,
            pec=pec,
        )
        alias_create.additional_properties = d
        return alias_create

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
