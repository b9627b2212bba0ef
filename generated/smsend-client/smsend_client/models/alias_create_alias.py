# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="AliasCreateAlias")


class AliasCreateAlias:
    """The alias and the data of whoever requests it (field names from the samples).

    Attributes:
        alias (str): The sender alias (an alphanumeric TPOA). At most 11 characters: an inference from
            the GSM rules for alphanumeric senders; the document gives no length.
        company_name (str | Unset):
        contact_name (str | Unset):
        contact_surname (str | Unset):
        cod_fiscale (str | Unset):
        vat_number (str | Unset):
        contact_address (str | Unset):
        contact_city (str | Unset):
        contact_pcode (str | Unset):
        contact_type (str | Unset):
        contact_info (str | Unset):
    """

    __slots__ = (
        "alias",
        "company_name",
        "contact_name",
        "contact_surname",
        "cod_fiscale",
        "vat_number",
        "contact_address",
        "contact_city",
        "contact_pcode",
        "contact_type",
        "contact_info",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "alias",
        "company_name",
        "contact_name",
        "contact_surname",
        "cod_fiscale",
        "vat_number",
        "contact_address",
        "contact_city",
        "contact_pcode",
        "contact_type",
        "contact_info",
    )

    alias: str
    company_name: str | Unset
    contact_name: str | Unset
    contact_surname: str | Unset
    cod_fiscale: str | Unset
    vat_number: str | Unset
    contact_address: str | Unset
    contact_city: str | Unset
    contact_pcode: str | Unset
    contact_type: str | Unset
    contact_info: str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        alias: str,
        company_name: str | Unset = UNSET,
        contact_name: str | Unset = UNSET,
        contact_surname: str | Unset = UNSET,
        cod_fiscale: str | Unset = UNSET,
        vat_number: str | Unset = UNSET,
        contact_address: str | Unset = UNSET,
        contact_city: str | Unset = UNSET,
        contact_pcode: str | Unset = UNSET,
        contact_type: str | Unset = UNSET,
        contact_info: str | Unset = UNSET,
    ) -> None:
        self.alias = alias
        self.company_name = company_name
        self.contact_name = contact_name
        self.contact_surname = contact_surname
        self.cod_fiscale = cod_fiscale
        self.vat_number = vat_number
        self.contact_address = contact_address
        self.contact_city = contact_city
        self.contact_pcode = contact_pcode
        self.contact_type = contact_type
        self.contact_info = contact_info
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"alias={self.alias!r}, "
            f"company_name={self.company_name!r}, "
            f"contact_name={self.contact_name!r}, "
            f"contact_surname={self.contact_surname!r}, "
            f"cod_fiscale={self.cod_fiscale!r}, "
            f"vat_number={self.vat_number!r}, "
            f"contact_address={self.contact_address!r}, "
            f"contact_city={self.contact_city!r}, "
            f"contact_pcode={self.contact_pcode!r}, "
            f"contact_type={self.contact_type!r}, "
            f"contact_info={self.contact_info!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, AliasCreateAlias):
            return NotImplemented
        return (
            self.alias,
            self.company_name,
            self.contact_name,
            self.contact_surname,
            self.cod_fiscale,
            self.vat_number,
            self.contact_address,
            self.contact_city,
            self.contact_pcode,
            self.contact_type,
            self.contact_info,
            self.additional_properties,
        ) == (
            other.alias,
            other.company_name,
            other.contact_name,
            other.contact_surname,
            other.cod_fiscale,
            other.vat_number,
            other.contact_address,
            other.contact_city,
            other.contact_pcode,
            other.contact_type,
            other.contact_info,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        alias = self.alias

        company_name = self.company_name

        contact_name = self.contact_name

        contact_surname = self.contact_surname

        cod_fiscale = self.cod_fiscale

        vat_number = self.vat_number

        contact_address = self.contact_address

        contact_city = self.contact_city

        contact_pcode = self.contact_pcode

        contact_type = self.contact_type

        contact_info = self.contact_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["alias"] = alias
        if company_name is not UNSET:
            field_dict["company-name"] = company_name
        if contact_name is not UNSET:
            field_dict["contact-name"] = contact_name
        if contact_surname is not UNSET:
            field_dict["contact-surname"] = contact_surname
        if cod_fiscale is not UNSET:
            field_dict["cod-fiscale"] = cod_fiscale
        if vat_number is not UNSET:
            field_dict["vat-number"] = vat_number
        if contact_address is not UNSET:
            field_dict["contact-address"] = contact_address
        if contact_city is not UNSET:
            field_dict["contact-city"] = contact_city
        if contact_pcode is not UNSET:
            field_dict["contact-pcode"] = contact_pcode
        if contact_type is not UNSET:
            field_dict["contact-type"] = contact_type
        if contact_info is not UNSET:
            field_dict["contact-info"] = contact_info
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        alias = d.pop("alias")
        company_name = d.pop("company-name", UNSET)
        contact_name = d.pop("contact-name", UNSET)
        contact_surname = d.pop("contact-surname", UNSET)
        cod_fiscale = d.pop("cod-fiscale", UNSET)
        vat_number = d.pop("vat-number", UNSET)
        contact_address = d.pop("contact-address", UNSET)
        contact_city = d.pop("contact-city", UNSET)
        contact_pcode = d.pop("contact-pcode", UNSET)
        contact_type = d.pop("contact-type", UNSET)
        contact_info = d.pop("contact-info", UNSET)
        alias_create_alias = cls(
            alias=alias,
            company_name=company_name,
            contact_name=contact_name,
            contact_surname=contact_surname,
            cod_fiscale=cod_fiscale,
            vat_number=vat_number,
            contact_address=contact_address,
            contact_city=contact_city,
            contact_pcode=contact_pcode,
            contact_type=contact_type,
            contact_info=contact_info,
        )
        alias_create_alias.additional_properties = d
        return alias_create_alias

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
