# generated from specs/fractel.yaml + overlays/fractel.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthRequest")


class AuthRequest:
    """
    Attributes:
        username (str): FracTEL username (your 10-digit FracTEL account code)
        password (str): FracTEL password
        expires (int | Unset): FracTEL Token Life Time in Seconds | Default is 3600 seconds | Maximum is
            24 hours. The minimum of 1 is an inference. Default: 3600.
    """

    __slots__ = ("username", "password", "expires", "additional_properties", "__weakref__")
    __match_args__ = (
        "username",
        "password",
        "expires",
    )

    username: str
    password: str
    expires: int | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        username: str,
        password: str,
        expires: int | Unset = 3600,
    ) -> None:
        self.username = username
        self.password = password
        self.expires = expires
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"username={self.username!r}, "
            f"password={self.password!r}, "
            f"expires={self.expires!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, AuthRequest):
            return NotImplemented
        return (
            self.username,
            self.password,
            self.expires,
            self.additional_properties,
        ) == (
            other.username,
            other.password,
            other.expires,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        password = self.password

        expires = self.expires

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["username"] = username
        field_dict["password"] = password
        if expires is not UNSET:
            field_dict["expires"] = expires
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username")
        password = d.pop("password")
        expires = d.pop("expires", UNSET)
        auth_request = cls(
            username=username,
            password=password,
            expires=expires,
        )
        auth_request.additional_properties = d
        return auth_request

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
