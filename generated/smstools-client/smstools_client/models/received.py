# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="Received")


class Received:
    """
    Attributes:
        from_ (str):
        text (str):
        receive_date (str): Like the documented dates, e.g. 2014-01-13T15:01:35+0100 (the format of this
            field is an inference)
        sim_id (int | Unset):
    """

    __slots__ = ("from_", "text", "receive_date", "sim_id", "additional_properties", "__weakref__")
    __match_args__ = (
        "from_",
        "text",
        "receive_date",
        "sim_id",
    )

    from_: str
    text: str
    receive_date: str
    sim_id: int | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        from_: str,
        text: str,
        receive_date: str,
        sim_id: int | Unset = UNSET,
    ) -> None:
        self.from_ = from_
        self.text = text
        self.receive_date = receive_date
        self.sim_id = sim_id
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"from_={self.from_!r}, "
            f"text={self.text!r}, "
            f"receive_date={self.receive_date!r}, "
            f"sim_id={self.sim_id!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, Received):
            return NotImplemented
        return (
            self.from_,
            self.text,
            self.receive_date,
            self.sim_id,
            self.additional_properties,
        ) == (
            other.from_,
            other.text,
            other.receive_date,
            other.sim_id,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        text = self.text

        receive_date = self.receive_date

        sim_id = self.sim_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["from"] = from_
        field_dict["text"] = text
        field_dict["receiveDate"] = receive_date
        if sim_id is not UNSET:
            field_dict["simId"] = sim_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_ = d.pop("from")
        text = d.pop("text")
        receive_date = d.pop("receiveDate")
        sim_id = d.pop("simId", UNSET)
        received = cls(
            from_=from_,
            text=text,
            receive_date=receive_date,
            sim_id=sim_id,
        )
        received.additional_properties = d
        return received

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
