# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransactionNotification")


@_attrs_define
class TransactionNotification:
    """Inference: the documentation does not describe this notification.

    Attributes:
        transaction_id (str | Unset):
        sms_inserted (int | Unset):
        sms_not_inserted (int | Unset):
    """

    transaction_id: str | Unset = UNSET
    sms_inserted: int | Unset = UNSET
    sms_not_inserted: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction_id = self.transaction_id

        sms_inserted = self.sms_inserted

        sms_not_inserted = self.sms_not_inserted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
