# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

T = TypeVar("T", bound="SubaccountList")


class SubaccountList:
    """
    Attributes:
        result (str):
        page_number (int):
        page_size (int):
        total (int):
        subaccount (list[Subaccount]):
    """

    __slots__ = ("result", "page_number", "page_size", "total", "subaccount", "additional_properties", "__weakref__")
    __match_args__ = (
        "result",
        "page_number",
        "page_size",
        "total",
        "subaccount",
    )

    result: str
    page_number: int
    page_size: int
    total: int
    subaccount: list[Subaccount]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        result: str,
        page_number: int,
        page_size: int,
        total: int,
        subaccount: list[Subaccount],
    ) -> None:
        self.result = result
        self.page_number = page_number
        self.page_size = page_size
        self.total = total
        self.subaccount = subaccount
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"result={self.result!r}, "
            f"page_number={self.page_number!r}, "
            f"page_size={self.page_size!r}, "
            f"total={self.total!r}, "
            f"subaccount={self.subaccount!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, SubaccountList):
            return NotImplemented
        return (
            self.result,
            self.page_number,
            self.page_size,
            self.total,
            self.subaccount,
            self.additional_properties,
        ) == (
            other.result,
            other.page_number,
            other.page_size,
            other.total,
            other.subaccount,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        result = self.result

        page_number = self.page_number

        page_size = self.page_size

        total = self.total

        subaccount = []
        for subaccount_item_data in self.subaccount:
            subaccount_item = subaccount_item_data.to_dict()
            subaccount.append(subaccount_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["result"] = result
        field_dict["pageNumber"] = page_number
        field_dict["pageSize"] = page_size
        field_dict["total"] = total
        field_dict["subaccount"] = subaccount
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        result = d.pop("result")
        page_number = d.pop("pageNumber")
        page_size = d.pop("pageSize")
        total = d.pop("total")
        subaccount = []
        _subaccount = d.pop("subaccount")
        for subaccount_item_data in _subaccount:
            subaccount_item = Subaccount.from_dict(subaccount_item_data)

            subaccount.append(subaccount_item)

        subaccount_list = cls(
            result=result,
            page_number=page_number,
            page_size=page_size,
            total=total,
            subaccount=subaccount,
        )
        subaccount_list.additional_properties = d
        return subaccount_list

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
from ..models.subaccount import Subaccount  # noqa: E402
