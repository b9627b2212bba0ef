# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupListGroupsItem")


class GroupListGroupsItem:
    """
    Attributes:
        id_group (str): The ID of a group in the list
        group_name (str): The group name
        group_description (str | Unset): The group description
    """

    __slots__ = ("id_group", "group_name", "group_description", "additional_properties", "__weakref__")
    __match_args__ = (
        "id_group",
        "group_name",
        "group_description",
    )

    id_group: str
    group_name: str
    group_description: str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id_group: str,
        group_name: str,
        group_description: str | Unset = UNSET,
    ) -> None:
        self.id_group = id_group
        self.group_name = group_name
        self.group_description = group_description
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"id_group={self.id_group!r}, "
            f"group_name={self.group_name!r}, "
            f"group_description={self.group_description!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, GroupListGroupsItem):
            return NotImplemented
        return (
            self.id_group,
            self.group_name,
            self.group_description,
            self.additional_properties,
        ) == (
            other.id_group,
            other.group_name,
            other.group_description,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        id_group = self.id_group

        group_name = self.group_name

        group_description = self.group_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id_group"] = id_group
        field_dict["group_name"] = group_name
        if group_description is not UNSET:
            field_dict["group_description"] = group_description
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id_group = d.pop("id_group")
        group_name = d.pop("group_name")
        group_description = d.pop("group_description", UNSET)
        group_list_groups_item = cls(
            id_group=id_group,
            group_name=group_name,
            group_description=group_description,
        )
        group_list_groups_item.additional_properties = d
        return group_list_groups_item

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
