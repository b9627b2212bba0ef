# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..types import UNSET, Unset

T = TypeVar("T", bound="Subuser")


class Subuser:
    """Not shown by any source; a User-like object with its id and keys (inference).

    Attributes:
        id (int | Unset):
        username (str | Unset):
        name (None | str | Unset):
        lastname (None | str | Unset):
        email (None | str | Unset):
        auth_key (None | str | Unset):
        auth_secret (None | str | Unset):
        credit (float | Unset):
    """

    __slots__ = (
        "id",
        "username",
        "name",
        "lastname",
        "email",
        "auth_key",
        "auth_secret",
        "credit",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "id",
        "username",
        "name",
        "lastname",
        "email",
        "auth_key",
        "auth_secret",
        "credit",
    )

    id: int | Unset
    username: str | Unset
    name: None | str | Unset
    lastname: None | str | Unset
    email: None | str | Unset
    auth_key: None | str | Unset
    auth_secret: None | str | Unset
    credit: float | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: int | Unset = UNSET,
        username: str | Unset = UNSET,
        name: None | str | Unset = UNSET,
        lastname: None | str | Unset = UNSET,
        email: None | str | Unset = UNSET,
        auth_key: None | str | Unset = UNSET,
        auth_secret: None | str | Unset = UNSET,
        credit: float | Unset = UNSET,
    ) -> None:
        self.id = id
        self.username = username
        self.name = name
        self.lastname = lastname
        self.email = email
        self.auth_key = auth_key
        self.auth_secret = auth_secret
        self.credit = credit
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"id={self.id!r}, "
            f"username={self.username!r}, "
            f"name={self.name!r}, "
            f"lastname={self.lastname!r}, "
            f"email={self.email!r}, "
            f"auth_key={self.auth_key!r}, "
            f"auth_secret={self.auth_secret!r}, "
            f"credit={self.credit!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, Subuser):
            return NotImplemented
        return (
            self.id,
            self.username,
            self.name,
            self.lastname,
            self.email,
            self.auth_key,
            self.auth_secret,
            self.credit,
            self.additional_properties,
        ) == (
            other.id,
            other.username,
            other.name,
            other.lastname,
            other.email,
            other.auth_key,
            other.auth_secret,
            other.credit,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        username = self.username

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

        auth_key: None | str | Unset
        if isinstance(self.auth_key, Unset):
            auth_key = UNSET
        else:
            auth_key = self.auth_key

        auth_secret: None | str | Unset
        if isinstance(self.auth_secret, Unset):
            auth_secret = UNSET
        else:
            auth_secret = self.auth_secret

        credit = self.credit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if username is not UNSET:
            field_dict["username"] = username
        if name is not UNSET:
            field_dict["name"] = name
        if lastname is not UNSET:
            field_dict["lastname"] = lastname
        if email is not UNSET:
            field_dict["email"] = email
        if auth_key is not UNSET:
            field_dict["authKey"] = auth_key
        if auth_secret is not UNSET:
            field_dict["authSecret"] = auth_secret
        if credit is not UNSET:
            field_dict["credit"] = credit
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        username = d.pop("username", UNSET)

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

        def _parse_auth_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        auth_key = _parse_auth_key(d.pop("authKey", UNSET))

        def _parse_auth_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        auth_secret = _parse_auth_secret(d.pop("authSecret", UNSET))

        credit = d.pop("credit", UNSET)
        subuser = cls(
            id=id,
            username=username,
            name=name,
            lastname=lastname,
            email=email,
            auth_key=auth_key,
            auth_secret=auth_secret,
            credit=credit,
        )
        subuser.additional_properties = d
        return subuser

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
