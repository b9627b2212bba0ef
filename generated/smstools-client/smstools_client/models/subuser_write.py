# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubuserWrite")


class SubuserWrite:
    """The fields of the vendor client's example; which are required and their lengths are not documented.

    Attributes:
        username (str | Unset):
        password (str | Unset):
        name (str | Unset):
        lastname (str | Unset):
        email (str | Unset):
    """

    __slots__ = ("username", "password", "name", "lastname", "email", "additional_properties", "__weakref__")
    __match_args__ = (
        "username",
        "password",
        "name",
        "lastname",
        "email",
    )

    username: str | Unset
    password: str | Unset
    name: str | Unset
    lastname: str | Unset
    email: str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        username: str | Unset = UNSET,
        password: str | Unset = UNSET,
        name: str | Unset = UNSET,
        lastname: str | Unset = UNSET,
        email: str | Unset = UNSET,
    ) -> None:
        self.username = username
        self.password = password
        self.name = name
        self.lastname = lastname
        self.email = email
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"username={self.username!r}, "
            f"password={self.password!r}, "
            f"name={self.name!r}, "
            f"lastname={self.lastname!r}, "
            f"email={self.email!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, SubuserWrite):
            return NotImplemented
        return (
            self.username,
            self.password,
            self.name,
            self.lastname,
            self.email,
            self.additional_properties,
        ) == (
            other.username,
            other.password,
            other.name,
            other.lastname,
            other.email,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        password = self.password

        name = self.name

        lastname = self.lastname

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        if name is not UNSET:
            field_dict["name"] = name
        if lastname is not UNSET:
            field_dict["lastname"] = lastname
        if email is not UNSET:
            field_dict["email"] = email
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username", UNSET)
        password = d.pop("password", UNSET)
        name = d.pop("name", UNSET)
        lastname = d.pop("lastname", UNSET)
        email = d.pop("email", UNSET)
        subuser_write = cls(
            username=username,
            password=password,
            name=name,
            lastname=lastname,
            email=email,
        )
        subuser_write.additional_properties = d
        return subuser_write

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
