# generated from specs/fractel.yaml + overlays/fractel.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="InboundMessage")


class InboundMessage:
    """Inbound message callback body. FracTEL's 2017 docs name the fields `to`,
    `from`, `message`, `uid`; current docs `to`, `from`, `msg`, `id`. None is required.

    Attributes:
        to (str | Unset): Your FracTEL number.
        from_ (str | Unset): The sender.
        message (str | Unset):
        uid (str | Unset):
        msg (str | Unset):
        id (str | Unset):
    """

    __slots__ = ("to", "from_", "message", "uid", "msg", "id", "additional_properties", "__weakref__")
    __match_args__ = (
        "to",
        "from_",
        "message",
        "uid",
        "msg",
        "id",
    )

    to: str | Unset
    from_: str | Unset
    message: str | Unset
    uid: str | Unset
    msg: str | Unset
    id: str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        to: str | Unset = UNSET,
        from_: str | Unset = UNSET,
        message: str | Unset = UNSET,
        uid: str | Unset = UNSET,
        msg: str | Unset = UNSET,
        id: str | Unset = UNSET,
    ) -> None:
        self.to = to
        self.from_ = from_
        self.message = message
        self.uid = uid
        self.msg = msg
        self.id = id
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"to={self.to!r}, "
            f"from_={self.from_!r}, "
            f"message={self.message!r}, "
            f"uid={self.uid!r}, "
            f"msg={self.msg!r}, "
            f"id={self.id!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, InboundMessage):
            return NotImplemented
        return (
            self.to,
            self.from_,
            self.message,
            self.uid,
            self.msg,
            self.id,
            self.additional_properties,
        ) == (
            other.to,
            other.from_,
            other.message,
            other.uid,
            other.msg,
            other.id,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        to = self.to

        from_ = self.from_

        message = self.message

        uid = self.uid

        msg = self.msg

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if to is not UNSET:
            field_dict["to"] = to
        if from_ is not UNSET:
            field_dict["from"] = from_
        if message is not UNSET:
            field_dict["message"] = message
        if uid is not UNSET:
            field_dict["uid"] = uid
        if msg is not UNSET:
            field_dict["msg"] = msg
        if id is not UNSET:
            field_dict["id"] = id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        to = d.pop("to", UNSET)
        from_ = d.pop("from", UNSET)
        message = d.pop("message", UNSET)
        uid = d.pop("uid", UNSET)
        msg = d.pop("msg", UNSET)
        id = d.pop("id", UNSET)
        inbound_message = cls(
            to=to,
            from_=from_,
            message=message,
            uid=uid,
            msg=msg,
            id=id,
        )
        inbound_message.additional_properties = d
        return inbound_message

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
