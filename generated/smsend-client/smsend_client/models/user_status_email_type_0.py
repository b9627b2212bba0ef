# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserStatusEmailType0")


class UserStatusEmailType0:
    """
    Attributes:
        bandwidth (float | Unset):
        purchased (str | Unset):
        billing (str | Unset):
        expiry (str | Unset):
    """

    __slots__ = ("bandwidth", "purchased", "billing", "expiry", "additional_properties", "__weakref__")
    __match_args__ = (
        "bandwidth",
        "purchased",
        "billing",
        "expiry",
    )

    bandwidth: float | Unset
    purchased: str | Unset
    billing: str | Unset
    expiry: str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        bandwidth: float | Unset = UNSET,
        purchased: str | Unset = UNSET,
        billing: str | Unset = UNSET,
        expiry: str | Unset = UNSET,
    ) -> None:
        self.bandwidth = bandwidth
        self.purchased = purchased
        self.billing = billing
        self.expiry = expiry
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"bandwidth={self.bandwidth!r}, "
            f"purchased={self.purchased!r}, "
            f"billing={self.billing!r}, "
            f"expiry={self.expiry!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, UserStatusEmailType0):
            return NotImplemented
        return (
            self.bandwidth,
            self.purchased,
            self.billing,
            self.expiry,
            self.additional_properties,
        ) == (
            other.bandwidth,
            other.purchased,
            other.billing,
            other.expiry,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        bandwidth = self.bandwidth

        purchased = self.purchased

        billing = self.billing

        expiry = self.expiry

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if bandwidth is not UNSET:
            field_dict["bandwidth"] = bandwidth
        if purchased is not UNSET:
            field_dict["purchased"] = purchased
        if billing is not UNSET:
            field_dict["billing"] = billing
        if expiry is not UNSET:
            field_dict["expiry"] = expiry
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bandwidth = d.pop("bandwidth", UNSET)
        purchased = d.pop("purchased", UNSET)
        billing = d.pop("billing", UNSET)
        expiry = d.pop("expiry", UNSET)
        user_status_email_type_0 = cls(
            bandwidth=bandwidth,
            purchased=purchased,
            billing=billing,
            expiry=expiry,
        )
        user_status_email_type_0.additional_properties = d
        return user_status_email_type_0

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
