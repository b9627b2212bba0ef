# generated from specs/fractel.yaml + overlays/fractel.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

T = TypeVar("T", bound="AuthResult")


class AuthResult:
    """`POST /auth` success body of FracTEL's 2.0 docs.

    Attributes:
        status_code (int): Echoes the HTTP status.
        result (str):
        token (str): 32 lowercase hex characters in the docs' examples; treat as opaque.
        expires (datetime.datetime): UTC expiry of the token, ISO 8601 with milliseconds.
    """

    __slots__ = ("status_code", "result", "token", "expires", "additional_properties", "__weakref__")
    __match_args__ = (
        "status_code",
        "result",
        "token",
        "expires",
    )

    status_code: int
    result: str
    token: str
    expires: datetime.datetime
    additional_properties: dict[str, Any]

    def __init__(
        self,
        status_code: int,
        result: str,
        token: str,
        expires: datetime.datetime,
    ) -> None:
        self.status_code = status_code
        self.result = result
        self.token = token
        self.expires = expires
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"status_code={self.status_code!r}, "
            f"result={self.result!r}, "
            f"token={self.token!r}, "
            f"expires={self.expires!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, AuthResult):
            return NotImplemented
        return (
            self.status_code,
            self.result,
            self.token,
            self.expires,
            self.additional_properties,
        ) == (
            other.status_code,
            other.result,
            other.token,
            other.expires,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        status_code = self.status_code

        result = self.result

        token = self.token

        expires = self.expires.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["statusCode"] = status_code
        field_dict["result"] = result
        field_dict["token"] = token
        field_dict["expires"] = expires
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status_code = d.pop("statusCode")
        result = d.pop("result")
        token = d.pop("token")
        expires = datetime.datetime.fromisoformat(d.pop("expires"))

        auth_result = cls(
            status_code=status_code,
            result=result,
            token=token,
            expires=expires,
        )
        auth_result.additional_properties = d
        return auth_result

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
