# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..types import UNSET, Unset

T = TypeVar("T", bound="Sim")


class Sim:
    """
    Attributes:
        id (int):
        sim (str): The receiving number
        key (None | str | Unset): The keyword on a shared number (inference: the field is not
            documented)
        expiration_date (None | str | Unset):
    """

    __slots__ = ("id", "sim", "key", "expiration_date", "additional_properties", "__weakref__")
    __match_args__ = (
        "id",
        "sim",
        "key",
        "expiration_date",
    )

    id: int
    sim: str
    key: None | str | Unset
    expiration_date: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: int,
        sim: str,
        key: None | str | Unset = UNSET,
        expiration_date: None | str | Unset = UNSET,
    ) -> None:
        self.id = id
        self.sim = sim
        self.key = key
        self.expiration_date = expiration_date
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"id={self.id!r}, "
            f"sim={self.sim!r}, "
            f"key={self.key!r}, "
            f"expiration_date={self.expiration_date!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, Sim):
            return NotImplemented
        return (
            self.id,
            self.sim,
            self.key,
            self.expiration_date,
            self.additional_properties,
        ) == (
            other.id,
            other.sim,
            other.key,
            other.expiration_date,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        sim = self.sim

        key: None | str | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        else:
            key = self.key

        expiration_date: None | str | Unset
        if isinstance(self.expiration_date, Unset):
            expiration_date = UNSET
        else:
            expiration_date = self.expiration_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["sim"] = sim
        if key is not UNSET:
            field_dict["key"] = key
        if expiration_date is not UNSET:
            field_dict["expirationDate"] = expiration_date
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        sim = d.pop("sim")

        def _parse_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        key = _parse_key(d.pop("key", UNSET))

        def _parse_expiration_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expiration_date = _parse_expiration_date(d.pop("expirationDate", UNSET))

        sim = cls(
            id=id,
            sim=sim,
            key=key,
            expiration_date=expiration_date,
        )
        sim.additional_properties = d
        return sim

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
