# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsHistorySmshistoryItem")


class SmsHistorySmshistoryItem:
    """
    Attributes:
        order_id (str):
        create_time (str | Unset): When the order was created (yyyyMMddHHmmss)
        schedule_time (str | Unset): When the sending is scheduled (yyyyMMddHHmmss)
        message_type (str | Unset):
        sender (str | Unset):
        num_recipients (int | Unset):
    """

    __slots__ = (
        "order_id",
        "create_time",
        "schedule_time",
        "message_type",
        "sender",
        "num_recipients",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "order_id",
        "create_time",
        "schedule_time",
        "message_type",
        "sender",
        "num_recipients",
    )

    order_id: str
    create_time: str | Unset
    schedule_time: str | Unset
    message_type: str | Unset
    sender: str | Unset
    num_recipients: int | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        order_id: str,
        create_time: str | Unset = UNSET,
        schedule_time: str | Unset = UNSET,
        message_type: str | Unset = UNSET,
        sender: str | Unset = UNSET,
        num_recipients: int | Unset = UNSET,
    ) -> None:
        self.order_id = order_id
        self.create_time = create_time
        self.schedule_time = schedule_time
        self.message_type = message_type
        self.sender = sender
        self.num_recipients = num_recipients
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"order_id={self.order_id!r}, "
            f"create_time={self.create_time!r}, "
            f"schedule_time={self.schedule_time!r}, "
            f"message_type={self.message_type!r}, "
            f"sender={self.sender!r}, "
            f"num_recipients={self.num_recipients!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, SmsHistorySmshistoryItem):
            return NotImplemented
        return (
            self.order_id,
            self.create_time,
            self.schedule_time,
            self.message_type,
            self.sender,
            self.num_recipients,
            self.additional_properties,
        ) == (
            other.order_id,
            other.create_time,
            other.schedule_time,
            other.message_type,
            other.sender,
            other.num_recipients,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        create_time = self.create_time

        schedule_time = self.schedule_time

        message_type = self.message_type

        sender = self.sender

        num_recipients = self.num_recipients

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["order_id"] = order_id
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if schedule_time is not UNSET:
            field_dict["schedule_time"] = schedule_time
        if message_type is not UNSET:
            field_dict["message_type"] = message_type
        if sender is not UNSET:
            field_dict["sender"] = sender
        if num_recipients is not UNSET:
            field_dict["num_recipients"] = num_recipients
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_id = d.pop("order_id")
        create_time = d.pop("create_time", UNSET)
        schedule_time = d.pop("schedule_time", UNSET)
        message_type = d.pop("message_type", UNSET)
        sender = d.pop("sender", UNSET)
        num_recipients = d.pop("num_recipients", UNSET)
        sms_history_smshistory_item = cls(
            order_id=order_id,
            create_time=create_time,
            schedule_time=schedule_time,
            message_type=message_type,
            sender=sender,
            num_recipients=num_recipients,
        )
        sms_history_smshistory_item.additional_properties = d
        return sms_history_smshistory_item

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
