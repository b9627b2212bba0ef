# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="Group")


class Group:
    """
    Attributes:
        id (int): The group id (digits, as groupsId and group take it)
        name (str):
        contact_count (int | Unset):
    """

    __slots__ = ("id", "name", "contact_count", "additional_properties", "__weakref__")
    __match_args__ = (
        "id",
        "name",
        "contact_count",
    )

    id: int
    name: str
    contact_count: int | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: int,
        name: str,
        contact_count: int | Unset = UNSET,
    ) -> None:
        self.id = id
        self.name = name
        self.contact_count = contact_count
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"id={self.id!r}, "
            f"name={self.name!r}, "
            f"contact_count={self.contact_count!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, Group):
            return NotImplemented
        return (
            self.id,
            self.name,
            self.contact_count,
            self.additional_properties,
        ) == (
            other.id,
            other.name,
            other.contact_count,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        contact_count = self.contact_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["name"] = name
        if contact_count is not UNSET:
            field_dict["contactCount"] = contact_count
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        name = d.pop("name")
        contact_count = d.pop("contactCount", UNSET)
        group = cls(
            id=id,
            name=name,
            contact_count=contact_count,
        )
        group.additional_properties = d
        return group

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
