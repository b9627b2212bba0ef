# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransactionNotification")


class TransactionNotification:
    """Inference: the documentation does not describe this notification.

    Attributes:
        transaction_id (str | Unset):
        sms_inserted (int | Unset):
        sms_not_inserted (int | Unset):
    """

    __slots__ = ("transaction_id", "sms_inserted", "sms_not_inserted", "additional_properties", "__weakref__")
    __match_args__ = (
        "transaction_id",
        "sms_inserted",
        "sms_not_inserted",
    )

    transaction_id: str | Unset
    sms_inserted: int | Unset
    sms_not_inserted: int | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        transaction_id: str | Unset = UNSET,
        sms_inserted: int | Unset = UNSET,
        sms_not_inserted: int | Unset = UNSET,
    ) -> None:
        self.transaction_id = transaction_id
        self.sms_inserted = sms_inserted
        self.sms_not_inserted = sms_not_inserted
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"transaction_id={self.transaction_id!r}, "
            f"sms_inserted={self.sms_inserted!r}, "
            f"sms_not_inserted={self.sms_not_inserted!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, TransactionNotification):
            return NotImplemented
        return (
            self.transaction_id,
            self.sms_inserted,
            self.sms_not_inserted,
            self.additional_properties,
        ) == (
            other.transaction_id,
            other.sms_inserted,
            other.sms_not_inserted,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        transaction_id = self.transaction_id

        sms_inserted = self.sms_inserted

        sms_not_inserted = self.sms_not_inserted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if transaction_id is not UNSET:
            field_dict["transactionId"] = transaction_id
        if sms_inserted is not UNSET:
            field_dict["smsInserted"] = sms_inserted
        if sms_not_inserted is not UNSET:
            field_dict["smsNotInserted"] = sms_not_inserted
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        transaction_id = d.pop("transactionId", UNSET)
        sms_inserted = d.pop("smsInserted", UNSET)
        sms_not_inserted = d.pop("smsNotInserted", UNSET)
        transaction_notification = cls(
            transaction_id=transaction_id,
            sms_inserted=sms_inserted,
            sms_not_inserted=sms_not_inserted,
        )
        transaction_notification.additional_properties = d
        return transaction_notification

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
