# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..models.subaccount_credit_eat_mode import SubaccountCreditEatMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="Subaccount")


class Subaccount:
    """
    Attributes:
        id_user (int):
        login (str):
        activation_time (None | str | Unset):
        active (bool | Unset):
        address (None | str | Unset):
        allowtpoavalidation (bool | Unset):
        cell (None | str | Unset):
        city (None | str | Unset):
        fiscal_code (None | str | Unset):
        pa_code (None | str | Unset):
        company (bool | Unset):
        company_name (None | str | Unset):
        create_time (None | str | Unset):
        credit_eat_mode (SubaccountCreditEatMode | Unset): 0 = own credits, 1 = superaccount credits, 2
            = own credits and superaccount ones
        credits_sum (None | str | Unset):
        default_message_type (None | str | Unset):
        default_nation (None | str | Unset):
        dfeu (bool | Unset):
        email (None | str | Unset):
        fax (None | str | Unset):
        foreign (bool | Unset):
        invoicing_email (None | str | Unset):
        language (None | str | Unset):
        legal_agreement_time (None | str | Unset):
        legal_agreement_version (int | Unset):
        max_subaccounts (int | Unset):
        name (None | str | Unset):
        num_cell_for_test_sms (None | str | Unset):
        partner (bool | Unset):
        partner_code (None | str | Unset):
        phone (None | str | Unset):
        piva (None | str | Unset):
        preferred_tpoa (None | str | Unset):
        private (bool | Unset):
        province (None | str | Unset):
        referral (bool | Unset):
        shop_cart_check (bool | Unset):
        split_payment (bool | Unset):
        subaccount (bool | Unset):
        subaccount_types (int | Unset):
        super_account_name (None | str | Unset):
        superaccount (bool | Unset):
        surname (None | str | Unset):
        use24 (bool | Unset):
        user_nation (None | str | Unset):
        zip_code (None | str | Unset):
        credits_ (list[Credit] | Unset):
    """

    __slots__ = (
        "id_user",
        "login",
        "activation_time",
        "active",
        "address",
        "allowtpoavalidation",
        "cell",
        "city",
        "fiscal_code",
        "pa_code",
        "company",
        "company_name",
        "create_time",
        "credit_eat_mode",
        "credits_sum",
        "default_message_type",
        "default_nation",
        "dfeu",
        "email",
        "fax",
        "foreign",
        "invoicing_email",
        "language",
        "legal_agreement_time",
        "legal_agreement_version",
        "max_subaccounts",
        "name",
        "num_cell_for_test_sms",
        "partner",
        "partner_code",
        "phone",
        "piva",
        "preferred_tpoa",
        "private",
        "province",
        "referral",
        "shop_cart_check",
        "split_payment",
        "subaccount",
        "subaccount_types",
        "super_account_name",
        "superaccount",
        "surname",
        "use24",
        "user_nation",
        "zip_code",
        "credits_",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "id_user",
        "login",
        "activation_time",
        "active",
        "address",
        "allowtpoavalidation",
        "cell",
        "city",
        "fiscal_code",
        "pa_code",
        "company",
        "company_name",
        "create_time",
        "credit_eat_mode",
        "credits_sum",
        "default_message_type",
        "default_nation",
        "dfeu",
        "email",
        "fax",
        "foreign",
        "invoicing_email",
        "language",
        "legal_agreement_time",
        "legal_agreement_version",
        "max_subaccounts",
        "name",
        "num_cell_for_test_sms",
        "partner",
        "partner_code",
        "phone",
        "piva",
        "preferred_tpoa",
        "private",
        "province",
        "referral",
        "shop_cart_check",
        "split_payment",
        "subaccount",
        "subaccount_types",
        "super_account_name",
        "superaccount",
        "surname",
        "use24",
        "user_nation",
        "zip_code",
        "credits_",
    )

    id_user: int
    login: str
    activation_time: None | str | Unset
    active: bool | Unset
    address: None | str | Unset
    allowtpoavalidation: bool | Unset
    cell: None | str | Unset
    city: None | str | Unset
    fiscal_code: None | str | Unset
    pa_code: None | str | Unset
    company: bool | Unset
    company_name: None | str | Unset
    create_time: None | str | Unset
    credit_eat_mode: SubaccountCreditEatMode | Unset
    credits_sum: None | str | Unset
    default_message_type: None | str | Unset
    default_nation: None | str | Unset
    dfeu: bool | Unset
    email: None | str | Unset
    fax: None | str | Unset
    foreign: bool | Unset
    invoicing_email: None | str | Unset
    language: None | str | Unset
    legal_agreement_time: None | str | Unset
    legal_agreement_version: int | Unset
    max_subaccounts: int | Unset
    name: None | str | Unset
    num_cell_for_test_sms: None | str | Unset
    partner: bool | Unset
    partner_code: None | str | Unset
    phone: None | str | Unset
    piva: None | str | Unset
    preferred_tpoa: None | str | Unset
    private: bool | Unset
    province: None | str | Unset
    referral: bool | Unset
    shop_cart_check: bool | Unset
    split_payment: bool | Unset
    subaccount: bool | Unset
    subaccount_types: int | Unset
    super_account_name: None | str | Unset
    superaccount: bool | Unset
    surname: None | str | Unset
    use24: bool | Unset
    user_nation: None | str | Unset
    zip_code: None | str | Unset
    credits_: list[Credit] | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id_user: int,
        login: str,
        activation_time: None | str | Unset = UNSET,
        active: bool | Unset = UNSET,
        address: None | str | Unset = UNSET,
        allowtpoavalidation: bool | Unset = UNSET,
        cell: None | str | Unset = UNSET,
        city: None | str | Unset = UNSET,
        fiscal_code: None | str | Unset = UNSET,
        pa_code: None | str | Unset = UNSET,
        company: bool | Unset = UNSET,
        company_name: None | str | Unset = UNSET,
        create_time: None | str | Unset = UNSET,
        credit_eat_mode: SubaccountCreditEatMode | Unset = UNSET,
        credits_sum: None | str | Unset = UNSET,
        default_message_type: None | str | Unset = UNSET,
        default_nation: None | str | Unset = UNSET,
        dfeu: bool | Unset = UNSET,
        email: None | str | Unset = UNSET,
        fax: None | str | Unset = UNSET,
        foreign: bool | Unset = UNSET,
        invoicing_email: None | str | Unset = UNSET,
        language: None | str | Unset = UNSET,
        legal_agreement_time: None | str | Unset = UNSET,
        legal_agreement_version: int | Unset = UNSET,
        max_subaccounts: int | Unset = UNSET,
        name: None | str | Unset = UNSET,
        num_cell_for_test_sms: None | str | Unset = UNSET,
        partner: bool | Unset = UNSET,
        partner_code: None | str | Unset = UNSET,
        phone: None | str | Unset = UNSET,
        piva: None | str | Unset = UNSET,
        preferred_tpoa: None | str | Unset = UNSET,
        private: bool | Unset = UNSET,
        province: None | str | Unset = UNSET,
        referral: bool | Unset = UNSET,
        shop_cart_check: bool | Unset = UNSET,
        split_payment: bool | Unset = UNSET,
        subaccount: bool | Unset = UNSET,
        subaccount_types: int | Unset = UNSET,
        super_account_name: None | str | Unset = UNSET,
        superaccount: bool | Unset = UNSET,
        surname: None | str | Unset = UNSET,
        use24: bool | Unset = UNSET,
        user_nation: None | str | Unset = UNSET,
        zip_code: None | str | Unset = UNSET,
        credits_: list[Credit] | Unset = UNSET,
    ) -> None:
        self.id_user = id_user
        self.login = login
        self.activation_time = activation_time
        self.active = active
        self.address = address
        self.allowtpoavalidation = allowtpoavalidation
        self.cell = cell
        self.city = city
        self.fiscal_code = fiscal_code
        self.pa_code = pa_code
        self.company = company
        self.company_name = company_name
        self.create_time = create_time
        self.credit_eat_mode = credit_eat_mode
        self.credits_sum = credits_sum
        self.default_message_type = default_message_type
        self.default_nation = default_nation
        self.dfeu = dfeu
        self.email = email
        self.fax = fax
        self.foreign = foreign
        self.invoicing_email = invoicing_email
        self.language = language
        self.legal_agreement_time = legal_agreement_time
        self.legal_agreement_version = legal_agreement_version
        self.max_subaccounts = max_subaccounts
        self.name = name
        self.num_cell_for_test_sms = num_cell_for_test_sms
        self.partner = partner
        self.partner_code = partner_code
        self.phone = phone
        self.piva = piva
        self.preferred_tpoa = preferred_tpoa
        self.private = private
        self.province = province
        self.referral = referral
        self.shop_cart_check = shop_cart_check
        self.split_payment = split_payment
        self.subaccount = subaccount
        self.subaccount_types = subaccount_types
        self.super_account_name = super_account_name
        self.superaccount = superaccount
        self.surname = surname
        self.use24 = use24
        self.user_nation = user_nation
        self.zip_code = zip_code
        self.credits_ = credits_
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"id_user={self.id_user!r}, "
            f"login={self.login!r}, "
            f"activation_time={self.activation_time!r}, "
            f"active={self.active!r}, "
            f"address={self.address!r}, "
            f"allowtpoavalidation={self.allowtpoavalidation!r}, "
            f"cell={self.cell!r}, "
            f"city={self.city!r}, "
            f"fiscal_code={self.fiscal_code!r}, "
            f"pa_code={self.pa_code!r}, "
            f"company={self.company!r}, "
            f"company_name={self.company_name!r}, "
            f"create_time={self.create_time!r}, "
            f"credit_eat_mode={self.credit_eat_mode!r}, "
            f"credits_sum={self.credits_sum!r}, "
            f"default_message_type={self.default_message_type!r}, "
            f"default_nation={self.default_nation!r}, "
            f"dfeu={self.dfeu!r}, "
            f"email={self.email!r}, "
            f"fax={self.fax!r}, "
            f"foreign={self.foreign!r}, "
            f"invoicing_email={self.invoicing_email!r}, "
            f"language={self.language!r}, "
            f"legal_agreement_time={self.legal_agreement_time!r}, "
            f"legal_agreement_version={self.legal_agreement_version!r}, "
            f"max_subaccounts={self.max_subaccounts!r}, "
            f"name={self.name!r}, "
            f"num_cell_for_test_sms={self.num_cell_for_test_sms!r}, "
            f"partner={self.partner!r}, "
            f"partner_code={self.partner_code!r}, "
            f"phone={self.phone!r}, "
            f"piva={self.piva!r}, "
            f"preferred_tpoa={self.preferred_tpoa!r}, "
            f"private={self.private!r}, "
            f"province={self.province!r}, "
            f"referral={self.referral!r}, "
            f"shop_cart_check={self.shop_cart_check!r}, "
            f"split_payment={self.split_payment!r}, "
            f"subaccount={self.subaccount!r}, "
            f"subaccount_types={self.subaccount_types!r}, "
            f"super_account_name={self.super_account_name!r}, "
            f"superaccount={self.superaccount!r}, "
            f"surname={self.surname!r}, "
            f"use24={self.use24!r}, "
            f"user_nation={self.user_nation!r}, "
            f"zip_code={self.zip_code!r}, "
            f"credits_={self.credits_!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, Subaccount):
            return NotImplemented
        return (
            self.id_user,
            self.login,
            self.activation_time,
            self.active,
            self.address,
            self.allowtpoavalidation,
            self.cell,
            self.city,
            self.fiscal_code,
            self.pa_code,
            self.company,
            self.company_name,
            self.create_time,
            self.credit_eat_mode,
            self.credits_sum,
            self.default_message_type,
            self.default_nation,
            self.dfeu,
            self.email,
            self.fax,
            self.foreign,
            self.invoicing_email,
            self.language,
            self.legal_agreement_time,
            self.legal_agreement_version,
            self.max_subaccounts,
            self.name,
            self.num_cell_for_test_sms,
            self.partner,
            self.partner_code,
            self.phone,
            self.piva,
            self.preferred_tpoa,
            self.private,
            self.province,
            self.referral,
            self.shop_cart_check,
            self.split_payment,
            self.subaccount,
            self.subaccount_types,
            self.super_account_name,
            self.superaccount,
            self.surname,
            self.use24,
            self.user_nation,
            self.zip_code,
            self.credits_,
            self.additional_properties,
        ) == (
            other.id_user,
            other.login,
            other.activation_time,
            other.active,
            other.address,
            other.allowtpoavalidation,
            other.cell,
            other.city,
            other.fiscal_code,
            other.pa_code,
            other.company,
            other.company_name,
            other.create_time,
            other.credit_eat_mode,
            other.credits_sum,
            other.default_message_type,
            other.default_nation,
            other.dfeu,
            other.email,
            other.fax,
            other.foreign,
            other.invoicing_email,
            other.language,
            other.legal_agreement_time,
            other.legal_agreement_version,
            other.max_subaccounts,
            other.name,
            other.num_cell_for_test_sms,
            other.partner,
            other.partner_code,
            other.phone,
            other.piva,
            other.preferred_tpoa,
            other.private,
            other.province,
            other.referral,
            other.shop_cart_check,
            other.split_payment,
            other.subaccount,
            other.subaccount_types,
            other.super_account_name,
            other.superaccount,
            other.surname,
            other.use24,
            other.user_nation,
            other.zip_code,
            other.credits_,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        id_user = self.id_user

        login = self.login

        activation_time: None | str | Unset
        if isinstance(self.activation_time, Unset):
            activation_time = UNSET
        else:
            activation_time = self.activation_time

        active = self.active

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        allowtpoavalidation = self.allowtpoavalidation

        cell: None | str | Unset
        if isinstance(self.cell, Unset):
            cell = UNSET
        else:
            cell = self.cell

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        fiscal_code: None | str | Unset
        if isinstance(self.fiscal_code, Unset):
            fiscal_code = UNSET
        else:
            fiscal_code = self.fiscal_code

        pa_code: None | str | Unset
        if isinstance(self.pa_code, Unset):
            pa_code = UNSET
        else:
            pa_code = self.pa_code

        company = self.company

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        create_time: None | str | Unset
        if isinstance(self.create_time, Unset):
            create_time = UNSET
        else:
            create_time = self.create_time

        credit_eat_mode: int | Unset = UNSET
        if not isinstance(self.credit_eat_mode, Unset):
            credit_eat_mode = self.credit_eat_mode.value

        credits_sum: None | str | Unset
        if isinstance(self.credits_sum, Unset):
            credits_sum = UNSET
        else:
            credits_sum = self.credits_sum

        default_message_type: None | str | Unset
        if isinstance(self.default_message_type, Unset):
            default_message_type = UNSET
        else:
            default_message_type = self.default_message_type

        default_nation: None | str | Unset
        if isinstance(self.default_nation, Unset):
            default_nation = UNSET
        else:
            default_nation = self.default_nation

        dfeu = self.dfeu

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        fax: None | str | Unset
        if isinstance(self.fax, Unset):
            fax = UNSET
        else:
            fax = self.fax

        foreign = self.foreign

        invoicing_email: None | str | Unset
        if isinstance(self.invoicing_email, Unset):
            invoicing_email = UNSET
        else:
            invoicing_email = self.invoicing_email

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        legal_agreement_time: None | str | Unset
        if isinstance(self.legal_agreement_time, Unset):
            legal_agreement_time = UNSET
        else:
            legal_agreement_time = self.legal_agreement_time

        legal_agreement_version = self.legal_agreement_version

        max_subaccounts = self.max_subaccounts

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        num_cell_for_test_sms: None | str | Unset
        if isinstance(self.num_cell_for_test_sms, Unset):
            num_cell_for_test_sms = UNSET
        else:
            num_cell_for_test_sms = self.num_cell_for_test_sms

        partner = self.partner

        partner_code: None | str | Unset
        if isinstance(self.partner_code, Unset):
            partner_code = UNSET
        else:
            partner_code = self.partner_code

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        piva: None | str | Unset
        if isinstance(self.piva, Unset):
            piva = UNSET
        else:
            piva = self.piva

        preferred_tpoa: None | str | Unset
        if isinstance(self.preferred_tpoa, Unset):
            preferred_tpoa = UNSET
        else:
            preferred_tpoa = self.preferred_tpoa

        private = self.private

        province: None | str | Unset
        if isinstance(self.province, Unset):
            province = UNSET
        else:
            province = self.province

        referral = self.referral

        shop_cart_check = self.shop_cart_check

        split_payment = self.split_payment

        subaccount = self.subaccount

        subaccount_types = self.subaccount_types

        super_account_name: None | str | Unset
        if isinstance(self.super_account_name, Unset):
            super_account_name = UNSET
        else:
            super_account_name = self.super_account_name

        superaccount = self.superaccount

        surname: None | str | Unset
        if isinstance(self.surname, Unset):
            surname = UNSET
        else:
            surname = self.surname

        use24 = self.use24

        user_nation: None | str | Unset
        if isinstance(self.user_nation, Unset):
            user_nation = UNSET
        else:
            user_nation = self.user_nation

        zip_code: None | str | Unset
        if isinstance(self.zip_code, Unset):
            zip_code = UNSET
        else:
            zip_code = self.zip_code

        credits_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.credits_, Unset):
            credits_ = []
            for credits_item_data in self.credits_:
                credits_item = credits_item_data.to_dict()
                credits_.append(credits_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id-user"] = id_user
        field_dict["login"] = login
        if activation_time is not UNSET:
            field_dict["activation-time"] = activation_time
        if active is not UNSET:
            field_dict["active"] = active
        if address is not UNSET:
            field_dict["address"] = address
        if allowtpoavalidation is not UNSET:
            field_dict["allowtpoavalidation"] = allowtpoavalidation
        if cell is not UNSET:
            field_dict["cell"] = cell
        if city is not UNSET:
            field_dict["city"] = city
        if fiscal_code is not UNSET:
            field_dict["fiscal-code"] = fiscal_code
        if pa_code is not UNSET:
            field_dict["pa-code"] = pa_code
        if company is not UNSET:
            field_dict["company"] = company
        if company_name is not UNSET:
            field_dict["company-name"] = company_name
        if create_time is not UNSET:
            field_dict["create-time"] = create_time
        if credit_eat_mode is not UNSET:
            field_dict["credit-eat-mode"] = credit_eat_mode
        if credits_sum is not UNSET:
            field_dict["credits-sum"] = credits_sum
        if default_message_type is not UNSET:
            field_dict["default-message-type"] = default_message_type
        if default_nation is not UNSET:
            field_dict["default-nation"] = default_nation
        if dfeu is not UNSET:
            field_dict["dfeu"] = dfeu
        if email is not UNSET:
            field_dict["email"] = email
        if fax is not UNSET:
            field_dict["fax"] = fax
        if foreign is not UNSET:
            field_dict["foreign"] = foreign
        if invoicing_email is not UNSET:
            field_dict["invoicing-email"] = invoicing_email
        if language is not UNSET:
            field_dict["language"] = language
        if legal_agreement_time is not UNSET:
            field_dict["legal-agreement-time"] = legal_agreement_time
        if legal_agreement_version is not UNSET:
            field_dict["legalAgreementVersion"] = legal_agreement_version
        if max_subaccounts is not UNSET:
            field_dict["max-subaccounts"] = max_subaccounts
        if name is not UNSET:
            field_dict["name"] = name
        if num_cell_for_test_sms is not UNSET:
            field_dict["num-cell-for-test-sms"] = num_cell_for_test_sms
        if partner is not UNSET:
            field_dict["partner"] = partner
        if partner_code is not UNSET:
            field_dict["partner-code"] = partner_code
        if phone is not UNSET:
            field_dict["phone"] = phone
        if piva is not UNSET:
            field_dict["piva"] = piva
        if preferred_tpoa is not UNSET:
            field_dict["preferred-tpoa"] = preferred_tpoa
        if private is not UNSET:
            field_dict["private"] = private
        if province is not UNSET:
            field_dict["province"] = province
        if referral is not UNSET:
            field_dict["referral"] = referral
        if shop_cart_check is not UNSET:
            field_dict["shop_cart_check"] = shop_cart_check
        if split_payment is not UNSET:
            field_dict["split-payment"] = split_payment
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        if subaccount_types is not UNSET:
            field_dict["subaccount-types"] = subaccount_types
        if super_account_name is not UNSET:
            field_dict["super-account-name"] = super_account_name
        if superaccount is not UNSET:
            field_dict["superaccount"] = superaccount
        if surname is not UNSET:
            field_dict["surname"] = surname
        if use24 is not UNSET:
            field_dict["use24"] = use24
        if user_nation is not UNSET:
            field_dict["user-nation"] = user_nation
        if zip_code is not UNSET:
            field_dict["zip-code"] = zip_code
        if credits_ is not UNSET:
            field_dict["credits"] = credits_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id_user = d.pop("id-user")
        login = d.pop("login")

        def _parse_activation_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        activation_time = _parse_activation_time(d.pop("activation-time", UNSET))

        active = d.pop("active", UNSET)

        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        allowtpoavalidation = d.pop("allowtpoavalidation", UNSET)

        def _parse_cell(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cell = _parse_cell(d.pop("cell", UNSET))

        def _parse_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        city = _parse_city(d.pop("city", UNSET))

        def _parse_fiscal_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fiscal_code = _parse_fiscal_code(d.pop("fiscal-code", UNSET))

        def _parse_pa_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pa_code = _parse_pa_code(d.pop("pa-code", UNSET))

        company = d.pop("company", UNSET)

        def _parse_company_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_name = _parse_company_name(d.pop("company-name", UNSET))

        def _parse_create_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        create_time = _parse_create_time(d.pop("create-time", UNSET))

        _credit_eat_mode = d.pop("credit-eat-mode", UNSET)
        credit_eat_mode: SubaccountCreditEatMode | Unset
        if isinstance(_credit_eat_mode, Unset):
            credit_eat_mode = UNSET
        else:
            credit_eat_mode = SubaccountCreditEatMode(_credit_eat_mode)

        def _parse_credits_sum(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        credits_sum = _parse_credits_sum(d.pop("credits-sum", UNSET))

        def _parse_default_message_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_message_type = _parse_default_message_type(d.pop("default-message-type", UNSET))

        def _parse_default_nation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_nation = _parse_default_nation(d.pop("default-nation", UNSET))

        dfeu = d.pop("dfeu", UNSET)

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_fax(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fax = _parse_fax(d.pop("fax", UNSET))

        foreign = d.pop("foreign", UNSET)

        def _parse_invoicing_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invoicing_email = _parse_invoicing_email(d.pop("invoicing-email", UNSET))

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        def _parse_legal_agreement_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        legal_agreement_time = _parse_legal_agreement_time(d.pop("legal-agreement-time", UNSET))

        legal_agreement_version = d.pop("legalAgreementVersion", UNSET)
        max_subaccounts = d.pop("max-subaccounts", UNSET)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_num_cell_for_test_sms(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        num_cell_for_test_sms = _parse_num_cell_for_test_sms(d.pop("num-cell-for-test-sms", UNSET))

        partner = d.pop("partner", UNSET)

        def _parse_partner_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        partner_code = _parse_partner_code(d.pop("partner-code", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_piva(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        piva = _parse_piva(d.pop("piva", UNSET))

        def _parse_preferred_tpoa(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preferred_tpoa = _parse_preferred_tpoa(d.pop("preferred-tpoa", UNSET))

        private = d.pop("private", UNSET)

        def _parse_province(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        province = _parse_province(d.pop("province", UNSET))

        referral = d.pop("referral", UNSET)
        shop_cart_check = d.pop("shop_cart_check", UNSET)
        split_payment = d.pop("split-payment", UNSET)
        subaccount = d.pop("subaccount", UNSET)
        subaccount_types = d.pop("subaccount-types", UNSET)

        def _parse_super_account_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        super_account_name = _parse_super_account_name(d.pop("super-account-name", UNSET))

        superaccount = d.pop("superaccount", UNSET)

        def _parse_surname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        surname = _parse_surname(d.pop("surname", UNSET))

        use24 = d.pop("use24", UNSET)

        def _parse_user_nation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_nation = _parse_user_nation(d.pop("user-nation", UNSET))

        def _parse_zip_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        zip_code = _parse_zip_code(d.pop("zip-code", UNSET))

        _credits_ = d.pop("credits", UNSET)
        credits_: list[Credit] | Unset = UNSET
        if _credits_ is not UNSET:
            credits_ = []
            for credits_item_data in _credits_:
                credits_item = Credit.from_dict(credits_item_data)

                credits_.append(credits_item)

        subaccount = cls(
            id_user=id_user,
            login=login,
            activation_time=activation_time,
            active=active,
            address=address,
            allowtpoavalidation=allowtpoavalidation,
            cell=cell,
            city=city,
            fiscal_code=fiscal_code,
            pa_code=pa_code,
            company=company,
            company_name=company_name,
            create_time=create_time,
            credit_eat_mode=credit_eat_mode,
            credits_sum=credits_sum,
            default_message_type=default_message_type,
            default_nation=default_nation,
            dfeu=dfeu,
            email=email,
            fax=fax,
            foreign=foreign,
            invoicing_email=invoicing_email,
            language=language,
            legal_agreement_time=legal_agreement_time,
            legal_agreement_version=legal_agreement_version,
            max_subaccounts=max_subaccounts,
            name=name,
            num_cell_for_test_sms=num_cell_for_test_sms,
            partner=partner,
            partner_code=partner_code,
            phone=phone,
            piva=piva,
            preferred_tpoa=preferred_tpoa,
            private=private,
            province=province,
            referral=referral,
            shop_cart_check=shop_cart_check,
            split_payment=split_payment,
            subaccount=subaccount,
            subaccount_types=subaccount_types,
            super_account_name=super_account_name,
            superaccount=superaccount,
            surname=surname,
            use24=use24,
            user_nation=user_nation,
            zip_code=zip_code,
            credits_=credits_,
        )
        subaccount.additional_properties = d
        return subaccount

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


# The models this one refers to, imported after the class so that models referring to each other
# import in any order (the class exists before the other module asks for it), and once per process
# rather than on every from_dict/to_dict call.
from ..models.credit import Credit  # noqa: E402
