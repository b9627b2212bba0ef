# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..models.alias_state import AliasState
from ..types import UNSET, Unset

T = TypeVar("T", bound="Alias")


class Alias:
    """
    Attributes:
        id_alias (int):
        alias (str):
        alias_state (AliasState): 0 Unconfirmed, 1 Confirmed by smSend, 2 Confirmed by AGCOM, 3 Blocked
            by smSend, 4 Blocked by
            AGCOM, 9 The Alias has been pre-confirmed by smSend
        notification_time (str | Unset): yyyyMMddHHmmss
        is_numeric (bool | Unset):
        company_name (None | str | Unset):
        contact_name (None | str | Unset):
        contact_surname (None | str | Unset):
        cod_fiscale (None | str | Unset):
        vat_number (None | str | Unset):
        contact_address (None | str | Unset):
        contact_city (None | str | Unset):
        contact_pcode (None | str | Unset):
        contact_type (None | str | Unset):
        contact_info (None | str | Unset):
    """

    __slots__ = (
        "id_alias",
        "alias",
        "alias_state",
        "notification_time",
        "is_numeric",
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
        "id_alias",
        "alias",
        "alias_state",
        "notification_time",
        "is_numeric",
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

    id_alias: int
    alias: str
    alias_state: AliasState
    notification_time: str | Unset
    is_numeric: bool | Unset
    company_name: None | str | Unset
    contact_name: None | str | Unset
    contact_surname: None | str | Unset
    cod_fiscale: None | str | Unset
    vat_number: None | str | Unset
    contact_address: None | str | Unset
    contact_city: None | str | Unset
    contact_pcode: None | str | Unset
    contact_type: None | str | Unset
    contact_info: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id_alias: int,
        alias: str,
        alias_state: AliasState,
        notification_time: str | Unset = UNSET,
        is_numeric: bool | Unset = UNSET,
        company_name: None | str | Unset = UNSET,
        contact_name: None | str | Unset = UNSET,
        contact_surname: None | str | Unset = UNSET,
        cod_fiscale: None | str | Unset = UNSET,
        vat_number: None | str | Unset = UNSET,
        contact_address: None | str | Unset = UNSET,
        contact_city: None | str | Unset = UNSET,
        contact_pcode: None | str | Unset = UNSET,
        contact_type: None | str | Unset = UNSET,
        contact_info: None | str | Unset = UNSET,
    ) -> None:
        self.id_alias = id_alias
        self.alias = alias
        self.alias_state = alias_state
        self.notification_time = notification_time
        self.is_numeric = is_numeric
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
            f"id_alias={self.id_alias!r}, "
            f"alias={self.alias!r}, "
            f"alias_state={self.alias_state!r}, "
            f"notification_time={self.notification_time!r}, "
            f"is_numeric={self.is_numeric!r}, "
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
        if other.__class__ is not self.__class__ or not isinstance(other, Alias):
            return NotImplemented
        return (
            self.id_alias,
            self.alias,
            self.alias_state,
            self.notification_time,
            self.is_numeric,
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
            other.id_alias,
            other.alias,
            other.alias_state,
            other.notification_time,
            other.is_numeric,
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
        id_alias = self.id_alias

        alias = self.alias

        alias_state = self.alias_state.value

        notification_time = self.notification_time

        is_numeric = self.is_numeric

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        contact_name: None | str | Unset
        if isinstance(self.contact_name, Unset):
            contact_name = UNSET
        else:
            contact_name = self.contact_name

        contact_surname: None | str | Unset
        if isinstance(self.contact_surname, Unset):
            contact_surname = UNSET
        else:
            contact_surname = self.contact_surname

        cod_fiscale: None | str | Unset
        if isinstance(self.cod_fiscale, Unset):
            cod_fiscale = UNSET
        else:
            cod_fiscale = self.cod_fiscale

        vat_number: None | str | Unset
        if isinstance(self.vat_number, Unset):
            vat_number = UNSET
        else:
            vat_number = self.vat_number

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

        contact_pcode: None | str | Unset
        if isinstance(self.contact_pcode, Unset):
            contact_pcode = UNSET
        else:
            contact_pcode = self.contact_pcode

        contact_type: None | str | Unset
        if isinstance(self.contact_type, Unset):
            contact_type = UNSET
        else:
            contact_type = self.contact_type

        contact_info: None | str | Unset
        if isinstance(self.contact_info, Unset):
            contact_info = UNSET
        else:
            contact_info = self.contact_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id-alias"] = id_alias
        field_dict["alias"] = alias
        field_dict["alias-state"] = alias_state
        if notification_time is not UNSET:
            field_dict["notification-time"] = notification_time
        if is_numeric is not UNSET:
            field_dict["is-numeric"] = is_numeric
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
        id_alias = d.pop("id-alias")
        alias = d.pop("alias")
        alias_state = AliasState(d.pop("alias-state"))

        notification_time = d.pop("notification-time", UNSET)
        is_numeric = d.pop("is-numeric", UNSET)

        def _parse_company_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_name = _parse_company_name(d.pop("company-name", UNSET))

        def _parse_contact_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_name = _parse_contact_name(d.pop("contact-name", UNSET))

        def _parse_contact_surname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_surname = _parse_contact_surname(d.pop("contact-surname", UNSET))

        def _parse_cod_fiscale(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cod_fiscale = _parse_cod_fiscale(d.pop("cod-fiscale", UNSET))

        def _parse_vat_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vat_number = _parse_vat_number(d.pop("vat-number", UNSET))

        def _parse_contact_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_address = _parse_contact_address(d.pop("contact-address", UNSET))

        def _parse_contact_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_city = _parse_contact_city(d.pop("contact-city", UNSET))

        def _parse_contact_pcode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_pcode = _parse_contact_pcode(d.pop("contact-pcode", UNSET))

        def _parse_contact_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_type = _parse_contact_type(d.pop("contact-type", UNSET))

        def _parse_contact_info(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_info = _parse_contact_info(d.pop("contact-info", UNSET))

        alias = cls(
            id_alias=id_alias,
            alias=alias,
            alias_state=alias_state,
            notification_time=notification_time,
            is_numeric=is_numeric,
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
