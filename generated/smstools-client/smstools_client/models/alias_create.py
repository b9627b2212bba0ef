# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AliasCreate")


@_attrs_define
class AliasCreate:
    """All fields are required by the vendor client; for country IT also vatnumber, taxcode and pec.

    Attributes:
        alias (str): The alphanumeric sender (at most 11 characters; the allowed characters are an inference)
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

    alias: str
    businessname: str
    address: str
    city: str
    postcode: str
    province: str
    country: str
    email: str
    phone: str
    vatnumber: str | Unset = UNSET
    taxcode: str | Unset = UNSET
    pec: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict.update(
            {
                "alias": alias,
                "businessname": businessname,
                "address": address,
                "city": city,
                "postcode": postcode,
                "province": province,
                "country": country,
                "email": email,
                "phone": phone,
            }
        )
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
