# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

T = TypeVar("T", bound="AliasList")


class AliasList:
    """
    Attributes:
        alias (list[Alias]):
        total (int):
        page_number (int):
        page_size (int):
        result (str):
    """

    __slots__ = ("alias", "total", "page_number", "page_size", "result", "additional_properties", "__weakref__")
    __match_args__ = (
        "alias",
        "total",
        "page_number",
        "page_size",
        "result",
    )

    alias: list[Alias]
    total: int
    page_number: int
    page_size: int
    result: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        alias: list[Alias],
        total: int,
        page_number: int,
        page_size: int,
        result: str,
    ) -> None:
        self.alias = alias
        self.total = total
        self.page_number = page_number
        self.page_size = page_size
        self.result = result
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"alias={self.alias!r}, "
            f"total={self.total!r}, "
            f"page_number={self.page_number!r}, "
            f"page_size={self.page_size!r}, "
            f"result={self.result!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, AliasList):
            return NotImplemented
        return (
            self.alias,
            self.total,
            self.page_number,
            self.page_size,
            self.result,
            self.additional_properties,
        ) == (
            other.alias,
            other.total,
            other.page_number,
            other.page_size,
            other.result,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        alias = []
        for alias_item_data in self.alias:
            alias_item = alias_item_data.to_dict()
            alias.append(alias_item)

        total = self.total

        page_number = self.page_number

        page_size = self.page_size

        result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["alias"] = alias
        field_dict["total"] = total
        field_dict["pageNumber"] = page_number
        field_dict["pageSize"] = page_size
        field_dict["result"] = result
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        alias = []
        _alias = d.pop("alias")
        for alias_item_data in _alias:
            alias_item = Alias.from_dict(alias_item_data)

            alias.append(alias_item)

        total = d.pop("total")
        page_number = d.pop("pageNumber")
        page_size = d.pop("pageSize")
        result = d.pop("result")
        alias_list = cls(
            alias=alias,
            total=total,
            page_number=page_number,
            page_size=page_size,
            result=result,
        )
        alias_list.additional_properties = d
        return alias_list

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
from ..models.alias import Alias  # noqa: E402
