# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..models.insert_status import InsertStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="PushResultSmsItem")


class PushResultSmsItem:
    """
    Attributes:
        to (str):
        status (InsertStatus | str):
        id (int | None | str | Unset): The SMS id; null when not inserted
        status_detail (None | str | Unset): Why it was not inserted. Values seen only in a third-party
            client: BADNUMBERFORMAT, DUPLICATESMS, BLACKLIST; treat it as open text
        type_ (str | Unset): SMS or PUSH (push sends; known only from an older vendor client)
    """

    __slots__ = ("to", "status", "id", "status_detail", "type_", "additional_properties", "__weakref__")
    __match_args__ = (
        "to",
        "status",
        "id",
        "status_detail",
        "type_",
    )

    to: str
    status: InsertStatus | str
    id: int | None | str | Unset
    status_detail: None | str | Unset
    type_: str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        to: str,
        status: InsertStatus | str,
        id: int | None | str | Unset = UNSET,
        status_detail: None | str | Unset = UNSET,
        type_: str | Unset = UNSET,
    ) -> None:
        self.to = to
        self.status = status
        self.id = id
        self.status_detail = status_detail
        self.type_ = type_
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"to={self.to!r}, "
            f"status={self.status!r}, "
            f"id={self.id!r}, "
            f"status_detail={self.status_detail!r}, "
            f"type_={self.type_!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, PushResultSmsItem):
            return NotImplemented
        return (
            self.to,
            self.status,
            self.id,
            self.status_detail,
            self.type_,
            self.additional_properties,
        ) == (
            other.to,
            other.status,
            other.id,
            other.status_detail,
            other.type_,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        to = self.to

        status: str
        if isinstance(self.status, InsertStatus):
            status = self.status.value
        else:
            status = self.status

        id: int | None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        status_detail: None | str | Unset
        if isinstance(self.status_detail, Unset):
            status_detail = UNSET
        else:
            status_detail = self.status_detail

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["to"] = to
        field_dict["status"] = status
        if id is not UNSET:
            field_dict["id"] = id
        if status_detail is not UNSET:
            field_dict["statusDetail"] = status_detail
        if type_ is not UNSET:
            field_dict["type"] = type_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        to = d.pop("to")

        def _parse_status(data: object) -> InsertStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = InsertStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InsertStatus | str, data)

        status = _parse_status(d.pop("status"))

        def _parse_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_status_detail(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status_detail = _parse_status_detail(d.pop("statusDetail", UNSET))

        type_ = d.pop("type", UNSET)
        push_result_sms_item = cls(
            to=to,
            status=status,
            id=id,
            status_detail=status_detail,
            type_=type_,
        )
        push_result_sms_item.additional_properties = d
        return push_result_sms_item

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
