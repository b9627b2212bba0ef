# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..models.alias_status_type_0 import AliasStatusType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="Alias")


class Alias:
    """
    Attributes:
        id (str):
        alias (str):
        status (AliasStatusType0 | str):
        vatnumber (None | str | Unset):
        taxcode (None | str | Unset):
        businessname (None | str | Unset):
        address (None | str | Unset):
        city (None | str | Unset):
        postcode (None | str | Unset):
        province (None | str | Unset):
        country (None | str | Unset):
        email (None | str | Unset):
        phone (None | str | Unset):
        pec (None | str | Unset):
        ip (None | str | Unset):
    """

    __slots__ = (
        "id",
        "alias",
        "status",
        "vatnumber",
        "taxcode",
        "businessname",
        "address",
        "city",
        "postcode",
        "province",
        "country",
        "email",
        "phone",
        "pec",
        "ip",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "id",
        "alias",
        "status",
        "vatnumber",
        "taxcode",
        "businessname",
        "address",
        "city",
        "postcode",
        "province",
        "country",
        "email",
        "phone",
        "pec",
        "ip",
    )

    id: str
    alias: str
    status: AliasStatusType0 | str
    vatnumber: None | str | Unset
    taxcode: None | str | Unset
    businessname: None | str | Unset
    address: None | str | Unset
    city: None | str | Unset
    postcode: None | str | Unset
    province: None | str | Unset
    country: None | str | Unset
    email: None | str | Unset
    phone: None | str | Unset
    pec: None | str | Unset
    ip: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str,
        alias: str,
        status: AliasStatusType0 | str,
        vatnumber: None | str | Unset = UNSET,
        taxcode: None | str | Unset = UNSET,
        businessname: None | str | Unset = UNSET,
        address: None | str | Unset = UNSET,
        city: None | str | Unset = UNSET,
        postcode: None | str | Unset = UNSET,
        province: None | str | Unset = UNSET,
        country: None | str | Unset = UNSET,
        email: None | str | Unset = UNSET,
        phone: None | str | Unset = UNSET,
        pec: None | str | Unset = UNSET,
        ip: None | str | Unset = UNSET,
    ) -> None:
        self.id = id
        self.alias = alias
        self.status = status
        self.vatnumber = vatnumber
        self.taxcode = taxcode
        self.businessname = businessname
        self.address = address
        self.city = city
        self.postcode = postcode
        self.province = province
        self.country = country
        self.email = email
        self.phone = phone
        self.pec = pec
        self.ip = ip
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"id={self.id!r}, "
            f"alias={self.alias!r}, "
            f"status={self.status!r}, "
            f"vatnumber={self.vatnumber!r}, "
            f"taxcode={self.taxcode!r}, "
            f"businessname={self.businessname!r}, "
            f"address={self.address!r}, "
            f"city={self.city!r}, "
            f"postcode={self.postcode!r}, "
            f"province={self.province!r}, "
            f"country={self.country!r}, "
            f"email={self.email!r}, "
            f"phone={self.phone!r}, "
            f"pec={self.pec!r}, "
            f"ip={self.ip!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, Alias):
            return NotImplemented
        return (
            self.id,
            self.alias,
            self.status,
            self.vatnumber,
            self.taxcode,
            self.businessname,
            self.address,
            self.city,
            self.postcode,
            self.province,
            self.country,
            self.email,
            self.phone,
            self.pec,
            self.ip,
            self.additional_properties,
        ) == (
            other.id,
            other.alias,
            other.status,
            other.vatnumber,
            other.taxcode,
            other.businessname,
            other.address,
            other.city,
            other.postcode,
            other.province,
            other.country,
            other.email,
            other.phone,
            other.pec,
            other.ip,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        alias = self.alias

        status: str
        if isinstance(self.status, AliasStatusType0):
            status = self.status.value
        else:
            status = self.status

        vatnumber: None | str | Unset
        if isinstance(self.vatnumber, Unset):
            vatnumber = UNSET
        else:
            vatnumber = self.vatnumber

        taxcode: None | str | Unset
        if isinstance(self.taxcode, Unset):
            taxcode = UNSET
        else:
            taxcode = self.taxcode

        businessname: None | str | Unset
        if isinstance(self.businessname, Unset):
            businessname = UNSET
        else:
            businessname = self.businessname

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

        postcode: None | str | Unset
        if isinstance(self.postcode, Unset):
            postcode = UNSET
        else:
            postcode = self.postcode

        province: None | str | Unset
        if isinstance(self.province, Unset):
            province = UNSET
        else:
            province = self.province

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        pec: None | str | Unset
        if isinstance(self.pec, Unset):
            pec = UNSET
        else:
            pec = self.pec

        ip: None | str | Unset
        if isinstance(self.ip, Unset):
            ip = UNSET
        else:
            ip = self.ip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["alias"] = alias
        field_dict["status"] = status
        if vatnumber is not UNSET:
            field_dict["vatnumber"] = vatnumber
        if taxcode is not UNSET:
            field_dict["taxcode"] = taxcode
        if businessname is not UNSET:
            field_dict["businessname"] = businessname
        if address is not UNSET:
            field_dict["address"] = address
        if city is not UNSET:
            field_dict["city"] = city
        if postcode is not UNSET:
            field_dict["postcode"] = postcode
        if province is not UNSET:
            field_dict["province"] = province
        if country is not UNSET:
            field_dict["country"] = country
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if pec is not UNSET:
            field_dict["pec"] = pec
        if ip is not UNSET:
            field_dict["ip"] = ip
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        alias = d.pop("alias")

        def _parse_status(data: object) -> AliasStatusType0 | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = AliasStatusType0(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AliasStatusType0 | str, data)

        status = _parse_status(d.pop("status"))

        def _parse_vatnumber(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vatnumber = _parse_vatnumber(d.pop("vatnumber", UNSET))

        def _parse_taxcode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        taxcode = _parse_taxcode(d.pop("taxcode", UNSET))

        def _parse_businessname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        businessname = _parse_businessname(d.pop("businessname", UNSET))

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

        def _parse_postcode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        postcode = _parse_postcode(d.pop("postcode", UNSET))

        def _parse_province(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        province = _parse_province(d.pop("province", UNSET))

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_pec(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pec = _parse_pec(d.pop("pec", UNSET))

        def _parse_ip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ip = _parse_ip(d.pop("ip", UNSET))

        alias = cls(
            id=id,
            alias=alias,
            status=status,
            vatnumber=vatnumber,
            taxcode=taxcode,
            businessname=businessname,
            address=address,
            city=city,
            postcode=postcode,
            province=province,
            country=country,
            email=email,
            phone=phone,
            pec=pec,
            ip=ip,
        )
        alias.additional_properties = d
        return alias

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
