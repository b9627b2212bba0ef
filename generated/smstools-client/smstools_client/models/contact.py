# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..types import UNSET, Unset

T = TypeVar("T", bound="Contact")


class Contact:
    """
    Attributes:
        id (int | Unset): The contact id (the vendor clients ignore it; that the server sends it is an
            inference)
        msisdn (None | str | Unset):
        name (None | str | Unset):
        lastname (None | str | Unset):
        email (None | str | Unset):
        groups (list[Group] | Unset):
        custom_fields (list[CustomField] | Unset):
    """

    __slots__ = (
        "id",
        "msisdn",
        "name",
        "lastname",
        "email",
        "groups",
        "custom_fields",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "id",
        "msisdn",
        "name",
        "lastname",
        "email",
        "groups",
        "custom_fields",
    )

    id: int | Unset
    msisdn: None | str | Unset
    name: None | str | Unset
    lastname: None | str | Unset
    email: None | str | Unset
    groups: list[Group] | Unset
    custom_fields: list[CustomField] | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: int | Unset = UNSET,
        msisdn: None | str | Unset = UNSET,
        name: None | str | Unset = UNSET,
        lastname: None | str | Unset = UNSET,
        email: None | str | Unset = UNSET,
        groups: list[Group] | Unset = UNSET,
        custom_fields: list[CustomField] | Unset = UNSET,
    ) -> None:
        self.id = id
        self.msisdn = msisdn
        self.name = name
        self.lastname = lastname
        self.email = email
        self.groups = groups
        self.custom_fields = custom_fields
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"id={self.id!r}, "
            f"msisdn={self.msisdn!r}, "
            f"name={self.name!r}, "
            f"lastname={self.lastname!r}, "
            f"email={self.email!r}, "
            f"groups={self.groups!r}, "
            f"custom_fields={self.custom_fields!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, Contact):
            return NotImplemented
        return (
            self.id,
            self.msisdn,
            self.name,
            self.lastname,
            self.email,
            self.groups,
            self.custom_fields,
            self.additional_properties,
        ) == (
            other.id,
            other.msisdn,
            other.name,
            other.lastname,
            other.email,
            other.groups,
            other.custom_fields,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        msisdn: None | str | Unset
        if isinstance(self.msisdn, Unset):
            msisdn = UNSET
        else:
            msisdn = self.msisdn

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

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = []
            for groups_item_data in self.groups:
                groups_item = groups_item_data.to_dict()
                groups.append(groups_item)

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if msisdn is not UNSET:
            field_dict["msisdn"] = msisdn
        if name is not UNSET:
            field_dict["name"] = name
        if lastname is not UNSET:
            field_dict["lastname"] = lastname
        if email is not UNSET:
            field_dict["email"] = email
        if groups is not UNSET:
            field_dict["groups"] = groups
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_msisdn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        msisdn = _parse_msisdn(d.pop("msisdn", UNSET))

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

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        _groups = d.pop("groups", UNSET)
        groups: list[Group] | Unset = UNSET
        if _groups is not UNSET:
            groups = []
            for groups_item_data in _groups:
                groups_item = Group.from_dict(groups_item_data)

                groups.append(groups_item)

        _custom_fields = d.pop("customFields", UNSET)
        custom_fields: list[CustomField] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = CustomField.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        contact = cls(
            id=id,
            msisdn=msisdn,
            name=name,
            lastname=lastname,
            email=email,
            groups=groups,
            custom_fields=custom_fields,
        )
        contact.additional_properties = d
        return contact

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
from ..models.custom_field import CustomField  # noqa: E402
from ..models.group import Group  # noqa: E402
