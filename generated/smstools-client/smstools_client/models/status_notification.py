# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..models.status_notification_status import StatusNotificationStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="StatusNotification")


class StatusNotification:
    """Inference; the documentation names only the final status (Delivered / Not delivered).

    Attributes:
        id (str | Unset):
        transaction_id (str | Unset):
        to (str | Unset):
        status (StatusNotificationStatus | Unset):
        status_date (str | Unset):
    """

    __slots__ = ("id", "transaction_id", "to", "status", "status_date", "additional_properties", "__weakref__")
    __match_args__ = (
        "id",
        "transaction_id",
        "to",
        "status",
        "status_date",
    )

    id: str | Unset
    transaction_id: str | Unset
    to: str | Unset
    status: StatusNotificationStatus | Unset
    status_date: str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        to: str | Unset = UNSET,
        status: StatusNotificationStatus | Unset = UNSET,
        status_date: str | Unset = UNSET,
    ) -> None:
        self.id = id
        self.transaction_id = transaction_id
        self.to = to
        self.status = status
        self.status_date = status_date
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"id={self.id!r}, "
            f"transaction_id={self.transaction_id!r}, "
            f"to={self.to!r}, "
            f"status={self.status!r}, "
            f"status_date={self.status_date!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, StatusNotification):
            return NotImplemented
        return (
            self.id,
            self.transaction_id,
            self.to,
            self.status,
            self.status_date,
            self.additional_properties,
        ) == (
            other.id,
            other.transaction_id,
            other.to,
            other.status,
            other.status_date,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        transaction_id = self.transaction_id

        to = self.to

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        status_date = self.status_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if transaction_id is not UNSET:
            field_dict["transactionId"] = transaction_id
        if to is not UNSET:
            field_dict["to"] = to
        if status is not UNSET:
            field_dict["status"] = status
        if status_date is not UNSET:
            field_dict["statusDate"] = status_date
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        transaction_id = d.pop("transactionId", UNSET)
        to = d.pop("to", UNSET)
        _status = d.pop("status", UNSET)
        status: StatusNotificationStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = StatusNotificationStatus(_status)

        status_date = d.pop("statusDate", UNSET)
        status_notification = cls(
            id=id,
            transaction_id=transaction_id,
            to=to,
            status=status,
            status_date=status_date,
        )
        status_notification.additional_properties = d
        return status_notification

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
