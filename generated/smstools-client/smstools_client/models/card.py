# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..types import UNSET, Unset

T = TypeVar("T", bound="Card")


class Card:
    """Fields are an inference (the documentation is cut off after `metadata`).

    Attributes:
        id (int):
        code (str | Unset):
        msisdn (None | str | Unset):
        points (float | Unset):
        insert_date (None | str | Unset):
    """

    __slots__ = ("id", "code", "msisdn", "points", "insert_date", "additional_properties", "__weakref__")
    __match_args__ = (
        "id",
        "code",
        "msisdn",
        "points",
        "insert_date",
    )

    id: int
    code: str | Unset
    msisdn: None | str | Unset
    points: float | Unset
    insert_date: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: int,
        code: str | Unset = UNSET,
        msisdn: None | str | Unset = UNSET,
        points: float | Unset = UNSET,
        insert_date: None | str | Unset = UNSET,
    ) -> None:
        self.id = id
        self.code = code
        self.msisdn = msisdn
        self.points = points
        self.insert_date = insert_date
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"id={self.id!r}, "
            f"code={self.code!r}, "
            f"msisdn={self.msisdn!r}, "
            f"points={self.points!r}, "
            f"insert_date={self.insert_date!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, Card):
            return NotImplemented
        return (
            self.id,
            self.code,
            self.msisdn,
            self.points,
            self.insert_date,
            self.additional_properties,
        ) == (
            other.id,
            other.code,
            other.msisdn,
            other.points,
            other.insert_date,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        code = self.code

        msisdn: None | str | Unset
        if isinstance(self.msisdn, Unset):
            msisdn = UNSET
        else:
            msisdn = self.msisdn

        points = self.points

        insert_date: None | str | Unset
        if isinstance(self.insert_date, Unset):
            insert_date = UNSET
        else:
            insert_date = self.insert_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        if code is not UNSET:
            field_dict["code"] = code
        if msisdn is not UNSET:
            field_dict["msisdn"] = msisdn
        if points is not UNSET:
            field_dict["points"] = points
        if insert_date is not UNSET:
            field_dict["insertDate"] = insert_date
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        code = d.pop("code", UNSET)

        def _parse_msisdn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        msisdn = _parse_msisdn(d.pop("msisdn", UNSET))

        points = d.pop("points", UNSET)

        def _parse_insert_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        insert_date = _parse_insert_date(d.pop("insertDate", UNSET))

        card = cls(
            id=id,
            code=code,
            msisdn=msisdn,
            points=points,
            insert_date=insert_date,
        )
        card.additional_properties = d
        return card

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
