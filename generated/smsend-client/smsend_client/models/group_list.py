# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

T = TypeVar("T", bound="GroupList")


class GroupList:
    """
    Attributes:
        groups (list[GroupListGroupsItem]):
        page_number (int): Paging: The page number
        page_size (int): Paging: The page size
        total (int): Paging: The total number of groups
    """

    __slots__ = ("groups", "page_number", "page_size", "total", "additional_properties", "__weakref__")
    __match_args__ = (
        "groups",
        "page_number",
        "page_size",
        "total",
    )

    groups: list[GroupListGroupsItem]
    page_number: int
    page_size: int
    total: int
    additional_properties: dict[str, Any]

    def __init__(
        self,
        groups: list[GroupListGroupsItem],
        page_number: int,
        page_size: int,
        total: int,
    ) -> None:
        self.groups = groups
        self.page_number = page_number
        self.page_size = page_size
        self.total = total
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"groups={self.groups!r}, "
            f"page_number={self.page_number!r}, "
            f"page_size={self.page_size!r}, "
            f"total={self.total!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, GroupList):
            return NotImplemented
        return (
            self.groups,
            self.page_number,
            self.page_size,
            self.total,
            self.additional_properties,
        ) == (
            other.groups,
            other.page_number,
            other.page_size,
            other.total,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        groups = []
        for groups_item_data in self.groups:
            groups_item = groups_item_data.to_dict()
            groups.append(groups_item)

        page_number = self.page_number

        page_size = self.page_size

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["groups"] = groups
        field_dict["pageNumber"] = page_number
        field_dict["pageSize"] = page_size
        field_dict["Total"] = total
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        groups = []
        _groups = d.pop("groups")
        for groups_item_data in _groups:
            groups_item = GroupListGroupsItem.from_dict(groups_item_data)

            groups.append(groups_item)

        page_number = d.pop("pageNumber")
        page_size = d.pop("pageSize")
        total = d.pop("Total")
        group_list = cls(
            groups=groups,
            page_number=page_number,
            page_size=page_size,
            total=total,
        )
        group_list.additional_properties = d
        return group_list

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


# The models this one refers to, imported after the class so that models referring to each other
# import in any order (the class exists before the other module asks for it), and once per process
# rather than on every from_dict/to_dict call.
from ..models.group_list_groups_item import GroupListGroupsItem  # noqa: E402
