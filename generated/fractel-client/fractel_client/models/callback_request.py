# generated from specs/fractel.yaml + overlays/fractel.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..models.callback_method import CallbackMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallbackRequest")


class CallbackRequest:
    """
    Attributes:
        method (CallbackMethod): How FracTEL calls the URL: `GET` (query string) or `POST` (form body).
            `POSTJSON` is most
            likely POST with a JSON body (an inference: later API versions name that method `JSON`).
        url (str): An http or https URL (that only these two schemes are accepted is an inference from
            later versions' validators).
        url_username (str | Unset): Callback auth username (HTTP Basic, used by FracTEL when calling the
            URL).
        url_password (str | Unset): Callback auth password (HTTP Basic, used by FracTEL when calling the
            URL).
    """

    __slots__ = ("method", "url", "url_username", "url_password", "additional_properties", "__weakref__")
    __match_args__ = (
        "method",
        "url",
        "url_username",
        "url_password",
    )

    method: CallbackMethod
    url: str
    url_username: str | Unset
    url_password: str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        method: CallbackMethod,
        url: str,
        url_username: str | Unset = UNSET,
        url_password: str | Unset = UNSET,
    ) -> None:
        self.method = method
        self.url = url
        self.url_username = url_username
        self.url_password = url_password
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"method={self.method!r}, "
            f"url={self.url!r}, "
            f"url_username={self.url_username!r}, "
            f"url_password={self.url_password!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, CallbackRequest):
            return NotImplemented
        return (
            self.method,
            self.url,
            self.url_username,
            self.url_password,
            self.additional_properties,
        ) == (
            other.method,
            other.url,
            other.url_username,
            other.url_password,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        method = self.method.value

        url = self.url

        url_username = self.url_username

        url_password = self.url_password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["method"] = method
        field_dict["url"] = url
        if url_username is not UNSET:
            field_dict["url_username"] = url_username
        if url_password is not UNSET:
            field_dict["url_password"] = url_password
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        method = CallbackMethod(d.pop("method"))

        url = d.pop("url")
        url_username = d.pop("url_username", UNSET)
        url_password = d.pop("url_password", UNSET)
        callback_request = cls(
            method=method,
            url=url,
            url_username=url_username,
            url_password=url_password,
        )
        callback_request.additional_properties = d
        return callback_request

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
