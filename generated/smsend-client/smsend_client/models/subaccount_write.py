# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subaccount_write_credit_eat_mode import SubaccountWriteCreditEatMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubaccountWrite")


@_attrs_define
class SubaccountWrite:
    """company-name and piva are "Yes (if company=true)", and company defaults to true.

    Attributes:
        address (str):
        cell (str):
        city (str):
        credit_eat_mode (SubaccountWriteCreditEatMode): 0 = own credits
        email (str):
        login (str): The subaccount login username (must not contain any spaces)
        name (str):
        province (str):
        surname (str):
        zip_code (str):
        company (bool | Unset):  Default: True.
        company_name (str | Unset):
        dfeu (bool | Unset): Use the Date Format in EUropean format Default: True.
        fax (str | Unset):
        invoicing_email (str | Unset):
        language (str | Unset):
        num_cell_for_test_sms (str | Unset):
        password (str | Unset): If omitted
        phone (str | Unset):
        piva (str | Unset):
        superaccount (bool | Unset):  Default: False.
        use24 (bool | Unset):  Default: True.
        id_subaccount_profile (int | Unset):
        fiscal_code (str | Unset): Sent by the samples; not in the table
    """

    address: str
    cell: str
    city: str
    credit_eat_mode: SubaccountWriteCreditEatMode
    email: str
    login: str
    name: str
    province: str
    surname: str
    zip_code: str
    company: bool | Unset = True
    company_name: str | Unset = UNSET
    dfeu: bool | Unset = True
    fax: str | Unset = UNSET
    invoicing_email: str | Unset = UNSET
    language: str | Unset = UNSET
    num_cell_for_test_sms: str | Unset = UNSET
    password: str | Unset = UNSET
    phone: str | Unset = UNSET
    piva: str | Unset = UNSET
    superaccount: bool | Unset = False
    use24: bool | Unset = True
    id_subaccount_profile: int | Unset = UNSET
    fiscal_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        cell = self.cell

        city = self.city

        credit_eat_mode = self.credit_eat_mode.value

        email = self.email

        login = self.login

        name = self.name

        province = self.province

        surname = self.surname

        zip_code = self.zip_code

        company = self.company

        company_name = self.company_name

        dfeu = self.dfeu

        fax = self.fax

        invoicing_email = self.invoicing_email

        language = self.language

        num_cell_for_test_sms = self.num_cell_for_test_sms

        password = self.password

        phone = self.phone

        piva = self.piva

        superaccount = self.superaccount

        use24 = self.use24

        id_subaccount_profile = self.id_subaccount_profile

        fiscal_code = self.fiscal_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "cell": cell,
                "city": city,
                "credit-eat-mode": credit_eat_mode,
                "email": email,
                "login": login,
                "name": name,
                "province": province,
                "surname": surname,
                "zip-code": zip_code,
            }
        )
        if company is not UNSET:
            field_dict["company"] = company
        if company_name is not UNSET:
            field_dict["company-name"] = company_name
        if dfeu is not UNSET:
            field_dict["dfeu"] = dfeu
        if fax is not UNSET:
            field_dict["fax"] = fax
        if invoicing_email is not UNSET:
            field_dict["invoicing-email"] = invoicing_email
        if language is not UNSET:
            field_dict["language"] = language
        if num_cell_for_test_sms is not UNSET:
            field_dict["num-cell-for-test-sms"] = num_cell_for_test_sms
        if password is not UNSET:
            field_dict["password"] = password
        if phone is not UNSET:
            field_dict["phone"] = phone
        if piva is not UNSET:
            field_dict["piva"] = piva
        if superaccount is not UNSET:
            field_dict["superaccount"] = superaccount
        if use24 is not UNSET:
            field_dict["use24"] = use24
        if id_subaccount_profile is not UNSET:
            field_dict["id-subaccount-profile"] = id_subaccount_profile
        if fiscal_code is not UNSET:
            field_dict["fiscal-code"] = fiscal_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address = d.pop("address")

        cell = d.pop("cell")

        city = d.pop("city")

        credit_eat_mode = SubaccountWriteCreditEatMode(d.pop("credit-eat-mode"))

        email = d.pop("email")

        login = d.pop("login")

        name = d.pop("name")

        province = d.pop("province")

        surname = d.pop("surname")

        zip_code = d.pop("zip-code")

        company = d.pop("company", UNSET)

        company_name = d.pop("company-name", UNSET)

        dfeu = d.pop("dfeu", UNSET)

        fax = d.pop("fax", UNSET)

        invoicing_email = d.pop("invoicing-email", UNSET)

        language = d.pop("language", UNSET)

        num_cell_for_test_sms = d.pop("num-cell-for-test-sms", UNSET)

        password = d.pop("password", UNSET)

        phone = d.pop("phone", UNSET)

        piva = d.pop("piva", UNSET)

        superaccount = d.pop("superaccount", UNSET)

        use24 = d.pop("use24", UNSET)

        id_subaccount_profile = d.pop("id-subaccount-profile", UNSET)

        fiscal_code = d.pop("fiscal-code", UNSET)

        subaccount_write = cls(
            address=address,
            cell=cell,
            city=city,
            credit_eat_mode=credit_eat_mode,
            email=email,
            login=login,
            name=name,
            province=province,
            surname=surname,
            zip_code=zip_code,
            company=company,
            company_name=company_name,
            dfeu=dfeu,
            fax=fax,
            invoicing_email=invoicing_email,
            language=language,
            num_cell_for_test_sms=num_cell_for_test_sms,
            password=password,
            phone=phone,
            piva=piva,
            superaccount=superaccount,
            use24=use24,
            id_subaccount_profile=id_subaccount_profile,
            fiscal_code=fiscal_code,
        )

        subaccount_write.additional_properties = d
        return subaccount_write

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
