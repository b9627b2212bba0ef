# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactUpdate")


@_attrs_define
class ContactUpdate:
    """
    Attributes:
        msisdn (str | Unset): A phone number in international format without + or 00, e.g. 393481234567. The length of 7
            to 15 digits is an inference (the E.164 maximum); the documents give none.
        name (str | Unset):
        lastname (str | Unset):
        email (str | Unset):
        groups_id (str | Unset): One id or comma-separated ids. Digits only, at most 18 (an inference: ids are numbers
            in every answer seen)
    """

    msisdn: str | Unset = UNSET
    name: str | Unset = UNSET
    lastname: str | Unset = UNSET
    email: str | Unset = UNSET
    groups_id: str | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        msisdn = self.msisdn

        name = self.name

        lastname = self.lastname

        email = self.email

        groups_id = self.groups_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if msisdn is not UNSET:
            field_dict["msisdn"] = msisdn
        if name is not UNSET:
            field_dict["name"] = name
        if lastname is not UNSET:
            field_dict["lastname"] = lastname
        if email is not UNSET:
            field_dict["email"] = email
        if groups_id is not UNSET:
            field_dict["groupsId"] = groups_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        msisdn = d.pop("msisdn", UNSET)

        name = d.pop("name", UNSET)

        lastname = d.pop("lastname", UNSET)

        email = d.pop("email", UNSET)

        groups_id = d.pop("groupsId", UNSET)

        contact_update = cls(
            msisdn=msisdn,
            name=name,
            lastname=lastname,
            email=email,
            groups_id=groups_id,
        )

        contact_update.additional_properties = d
        return contact_update

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
