# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsCancel")


class SmsCancel:
    """
    Attributes:
        id (str | Unset): One id or comma-separated ids. Digits only, at most 18 (an inference: ids are
            numbers in every answer seen)
        transaction_id (str | Unset):
    """

    __slots__ = ("id", "transaction_id", "additional_properties", "__weakref__")
    __match_args__ = (
        "id",
        "transaction_id",
    )

    id: str | Unset
    transaction_id: str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
    ) -> None:
        self.id = id
        self.transaction_id = transaction_id
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"id={self.id!r}, "
            f"transaction_id={self.transaction_id!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, SmsCancel):
            return NotImplemented
        return (
            self.id,
            self.transaction_id,
            self.additional_properties,
        ) == (
            other.id,
            other.transaction_id,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        transaction_id = self.transaction_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if transaction_id is not UNSET:
            field_dict["transactionId"] = transaction_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        transaction_id = d.pop("transactionId", UNSET)
        sms_cancel = cls(
            id=id,
            transaction_id=transaction_id,
        )
        sms_cancel.additional_properties = d
        return sms_cancel

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
