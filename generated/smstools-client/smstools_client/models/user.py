# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..types import UNSET, Unset

T = TypeVar("T", bound="User")


class User:
    """
    Attributes:
        name (None | str | Unset):
        lastname (None | str | Unset):
        username (None | str | Unset):
        email (None | str | Unset):
        businessname (None | str | Unset):
        address (None | str | Unset):
        city (None | str | Unset):
        postcode (None | str | Unset):
        province (None | str | Unset):
        country (None | str | Unset):
        birthdate (None | str | Unset):
        phone (None | str | Unset):
        msisdn (None | str | Unset):
        sender (None | str | Unset): The default sender
        taxcode (None | str | Unset):
        vatnumber (None | str | Unset):
        registration_date (None | str | Unset):
        expiration_date (None | str | Unset):
        account_plan (None | str | Unset):
        credit (float | Unset): Monetary credit
        italysms (int | Unset): SMS to Italy the credit allows
        sender_alias (list[str] | Unset):
    """

    __slots__ = (
        "name",
        "lastname",
        "username",
        "email",
        "businessname",
        "address",
        "city",
        "postcode",
        "province",
        "country",
        "birthdate",
        "phone",
        "msisdn",
        "sender",
        "taxcode",
        "vatnumber",
        "registration_date",
        "expiration_date",
        "account_plan",
        "credit",
        "italysms",
        "sender_alias",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "name",
        "lastname",
        "username",
        "email",
        "businessname",
        "address",
        "city",
        "postcode",
        "province",
        "country",
        "birthdate",
        "phone",
        "msisdn",
        "sender",
        "taxcode",
        "vatnumber",
        "registration_date",
        "expiration_date",
        "account_plan",
        "credit",
        "italysms",
        "sender_alias",
    )

    name: None | str | Unset
    lastname: None | str | Unset
    username: None | str | Unset
    email: None | str | Unset
    businessname: None | str | Unset
    address: None | str | Unset
    city: None | str | Unset
    postcode: None | str | Unset
    province: None | str | Unset
    country: None | str | Unset
    birthdate: None | str | Unset
    phone: None | str | Unset
    msisdn: None | str | Unset
    sender: None | str | Unset
    taxcode: None | str | Unset
    vatnumber: None | str | Unset
    registration_date: None | str | Unset
    expiration_date: None | str | Unset
    account_plan: None | str | Unset
    credit: float | Unset
    italysms: int | Unset
    sender_alias: list[str] | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: None | str | Unset = UNSET,
        lastname: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        email: None | str | Unset = UNSET,
        businessname: None | str | Unset = UNSET,
        address: None | str | Unset = UNSET,
        city: None | str | Unset = UNSET,
        postcode: None | str | Unset = UNSET,
        province: None | str | Unset = UNSET,
        country: None | str | Unset = UNSET,
        birthdate: None | str | Unset = UNSET,
        phone: None | str | Unset = UNSET,
        msisdn: None | str | Unset = UNSET,
        sender: None | str | Unset = UNSET,
        taxcode: None | str | Unset = UNSET,
        vatnumber: None | str | Unset = UNSET,
        registration_date: None | str | Unset = UNSET,
        expiration_date: None | str | Unset = UNSET,
        account_plan: None | str | Unset = UNSET,
        credit: float | Unset = UNSET,
        italysms: int | Unset = UNSET,
        sender_alias: list[str] | Unset = UNSET,
    ) -> None:
        self.name = name
        self.lastname = lastname
        self.username = username
        self.email = email
        self.businessname = businessname
        self.address = address
        self.city = city
        self.postcode = postcode
        self.province = province
        self.country = country
        self.birthdate = birthdate
        self.phone = phone
        self.msisdn = msisdn
        self.sender = sender
        self.taxcode = taxcode
        self.vatnumber = vatnumber
        self.registration_date = registration_date
        self.expiration_date = expiration_date
        self.account_plan = account_plan
        self.credit = credit
        self.italysms = italysms
        self.sender_alias = sender_alias
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"name={self.name!r}, "
            f"lastname={self.lastname!r}, "
            f"username={self.username!r}, "
            f"email={self.email!r}, "
            f"businessname={self.businessname!r}, "
            f"address={self.address!r}, "
            f"city={self.city!r}, "
            f"postcode={self.postcode!r}, "
            f"province={self.province!r}, "
            f"country={self.country!r}, "
            f"birthdate={self.birthdate!r}, "
            f"phone={self.phone!r}, "
            f"msisdn={self.msisdn!r}, "
            f"sender={self.sender!r}, "
            f"taxcode={self.taxcode!r}, "
            f"vatnumber={self.vatnumber!r}, "
            f"registration_date={self.registration_date!r}, "
            f"expiration_date={self.expiration_date!r}, "
            f"account_plan={self.account_plan!r}, "
            f"credit={self.credit!r}, "
            f"italysms={self.italysms!r}, "
            f"sender_alias={self.sender_alias!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, User):
            return NotImplemented
        return (
            self.name,
            self.lastname,
            self.username,
            self.email,
            self.businessname,
            self.address,
            self.city,
            self.postcode,
            self.province,
            self.country,
            self.birthdate,
            self.phone,
            self.msisdn,
            self.sender,
            self.taxcode,
            self.vatnumber,
            self.registration_date,
            self.expiration_date,
            self.account_plan,
            self.credit,
            self.italysms,
            self.sender_alias,
            self.additional_properties,
        ) == (
            other.name,
            other.lastname,
            other.username,
            other.email,
            other.businessname,
            other.address,
            other.city,
            other.postcode,
            other.province,
            other.country,
            other.birthdate,
            other.phone,
            other.msisdn,
            other.sender,
            other.taxcode,
            other.vatnumber,
            other.registration_date,
            other.expiration_date,
            other.account_plan,
            other.credit,
            other.italysms,
            other.sender_alias,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        lastname: None | str | Unset
        if isinstance(self.lastname, Unset):
            lastname = UNSET
        else:
            lastname = self.lastname

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

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

        birthdate: None | str | Unset
        if isinstance(self.birthdate, Unset):
            birthdate = UNSET
        else:
            birthdate = self.birthdate

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        msisdn: None | str | Unset
        if isinstance(self.msisdn, Unset):
            msisdn = UNSET
        else:
            msisdn = self.msisdn

        sender: None | str | Unset
        if isinstance(self.sender, Unset):
            sender = UNSET
        else:
            sender = self.sender

        taxcode: None | str | Unset
        if isinstance(self.taxcode, Unset):
            taxcode = UNSET
        else:
            taxcode = self.taxcode

        vatnumber: None | str | Unset
        if isinstance(self.vatnumber, Unset):
            vatnumber = UNSET
        else:
            vatnumber = self.vatnumber

        registration_date: None | str | Unset
        if isinstance(self.registration_date, Unset):
            registration_date = UNSET
        else:
            registration_date = self.registration_date

        expiration_date: None | str | Unset
        if isinstance(self.expiration_date, Unset):
            expiration_date = UNSET
        else:
            expiration_date = self.expiration_date

        account_plan: None | str | Unset
        if isinstance(self.account_plan, Unset):
            account_plan = UNSET
        else:
            account_plan = self.account_plan

        credit = self.credit

        italysms = self.italysms

        sender_alias: list[str] | Unset = UNSET
        if not isinstance(self.sender_alias, Unset):
            sender_alias = self.sender_alias

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if lastname is not UNSET:
            field_dict["lastname"] = lastname
        if username is not UNSET:
            field_dict["username"] = username
        if email is not UNSET:
            field_dict["email"] = email
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
        if birthdate is not UNSET:
            field_dict["birthdate"] = birthdate
        if phone is not UNSET:
            field_dict["phone"] = phone
        if msisdn is not UNSET:
            field_dict["msisdn"] = msisdn
        if sender is not UNSET:
            field_dict["sender"] = sender
        if taxcode is not UNSET:
            field_dict["taxcode"] = taxcode
        if vatnumber is not UNSET:
            field_dict["vatnumber"] = vatnumber
        if registration_date is not UNSET:
            field_dict["registrationDate"] = registration_date
        if expiration_date is not UNSET:
            field_dict["expirationDate"] = expiration_date
        if account_plan is not UNSET:
            field_dict["accountPlan"] = account_plan
        if credit is not UNSET:
            field_dict["credit"] = credit
        if italysms is not UNSET:
            field_dict["italysms"] = italysms
        if sender_alias is not UNSET:
            field_dict["senderAlias"] = sender_alias
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_lastname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lastname = _parse_lastname(d.pop("lastname", UNSET))

        def _parse_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        username = _parse_username(d.pop("username", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

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

        def _parse_birthdate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        birthdate = _parse_birthdate(d.pop("birthdate", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_msisdn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        msisdn = _parse_msisdn(d.pop("msisdn", UNSET))

        def _parse_sender(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sender = _parse_sender(d.pop("sender", UNSET))

        def _parse_taxcode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        taxcode = _parse_taxcode(d.pop("taxcode", UNSET))

        def _parse_vatnumber(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vatnumber = _parse_vatnumber(d.pop("vatnumber", UNSET))

        def _parse_registration_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        registration_date = _parse_registration_date(d.pop("registrationDate", UNSET))

        def _parse_expiration_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expiration_date = _parse_expiration_date(d.pop("expirationDate", UNSET))

        def _parse_account_plan(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_plan = _parse_account_plan(d.pop("accountPlan", UNSET))

        credit = d.pop("credit", UNSET)
        italysms = d.pop("italysms", UNSET)
        sender_alias = cast(list[str], d.pop("senderAlias", UNSET))

        user = cls(
            name=name,
            lastname=lastname,
            username=username,
            email=email,
            businessname=businessname,
            address=address,
            city=city,
            postcode=postcode,
            province=province,
            country=country,
            birthdate=birthdate,
            phone=phone,
            msisdn=msisdn,
            sender=sender,
            taxcode=taxcode,
            vatnumber=vatnumber,
            registration_date=registration_date,
            expiration_date=expiration_date,
            account_plan=account_plan,
            credit=credit,
            italysms=italysms,
            sender_alias=sender_alias,
        )
        user.additional_properties = d
        return user

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
