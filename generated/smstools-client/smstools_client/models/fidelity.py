# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="Fidelity")


class Fidelity:
    """
    Attributes:
        id (int):
        name (str):
        point_value (float | Unset):
    """

    __slots__ = ("id", "name", "point_value", "additional_properties", "__weakref__")
    __match_args__ = (
        "id",
        "name",
        "point_value",
    )

    id: int
    name: str
    point_value: float | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: int,
        name: str,
        point_value: float | Unset = UNSET,
    ) -> None:
        self.id = id
        self.name = name
        self.point_value = point_value
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"id={self.id!r}, "
            f"name={self.name!r}, "
            f"point_value={self.point_value!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, Fidelity):
            return NotImplemented
        return (
            self.id,
            self.name,
            self.point_value,
            self.additional_properties,
        ) == (
            other.id,
            other.name,
            other.point_value,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        point_value = self.point_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["name"] = name
        if point_value is not UNSET:
            field_dict["pointValue"] = point_value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        name = d.pop("name")
        point_value = d.pop("pointValue", UNSET)
        fidelity = cls(
            id=id,
            name=name,
            point_value=point_value,
        )
        fidelity.additional_properties = d
        return fidelity

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
