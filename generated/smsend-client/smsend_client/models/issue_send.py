# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

T = TypeVar("T", bound="IssueSend")


class IssueSend:
    """
    Attributes:
        contact_ids (list[str]): The list of contact Ids of the recipients
        schedule_time (str): When send the mailing in format yyyy-MM-dd hh:mm:ss
    """

    __slots__ = ("contact_ids", "schedule_time", "additional_properties", "__weakref__")
    __match_args__ = (
        "contact_ids",
        "schedule_time",
    )

    contact_ids: list[str]
    schedule_time: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        contact_ids: list[str],
        schedule_time: str,
    ) -> None:
        self.contact_ids = contact_ids
        self.schedule_time = schedule_time
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"contact_ids={self.contact_ids!r}, "
            f"schedule_time={self.schedule_time!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, IssueSend):
            return NotImplemented
        return (
            self.contact_ids,
            self.schedule_time,
            self.additional_properties,
        ) == (
            other.contact_ids,
            other.schedule_time,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        contact_ids = self.contact_ids

        schedule_time = self.schedule_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["contactIds"] = contact_ids
        field_dict["scheduleTime"] = schedule_time
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contact_ids = cast(list[str], d.pop("contactIds"))

        schedule_time = d.pop("scheduleTime")
        issue_send = cls(
            contact_ids=contact_ids,
            schedule_time=schedule_time,
        )
        issue_send.additional_properties = d
        return issue_send

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
