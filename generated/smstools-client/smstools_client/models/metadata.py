# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

T = TypeVar("T", bound="Metadata")


class Metadata:
    """
    Attributes:
        count (int): Total number of results
        offset (int): Index of the first returned result
        limit (int): Number of results asked for
    """

    __slots__ = ("count", "offset", "limit", "additional_properties", "__weakref__")
    __match_args__ = (
        "count",
        "offset",
        "limit",
    )

    count: int
    offset: int
    limit: int
    additional_properties: dict[str, Any]

    def __init__(
        self,
        count: int,
        offset: int,
        limit: int,
    ) -> None:
        self.count = count
        self.offset = offset
        self.limit = limit
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"count={self.count!r}, "
            f"offset={self.offset!r}, "
            f"limit={self.limit!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, Metadata):
            return NotImplemented
        return (
            self.count,
            self.offset,
            self.limit,
            self.additional_properties,
        ) == (
            other.count,
            other.offset,
            other.limit,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        offset = self.offset

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["count"] = count
        field_dict["offset"] = offset
        field_dict["limit"] = limit
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count")
        offset = d.pop("offset")
        limit = d.pop("limit")
        metadata = cls(
            count=count,
            offset=offset,
            limit=limit,
        )
        metadata.additional_properties = d
        return metadata

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
