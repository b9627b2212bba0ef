# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.subaccount import Subaccount


T = TypeVar("T", bound="SubaccountList")


@_attrs_define
class SubaccountList:
    """
    Attributes:
        result (str):
        page_number (int):
        page_size (int):
        total (int):
        subaccount (list[Subaccount]):
    """

    result: str
    page_number: int
    page_size: int
    total: int
    subaccount: list[Subaccount]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict.update(
            {
                "result": result,
                "pageNumber": page_number,
                "pageSize": page_size,
                "total": total,
                "subaccount": subaccount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subaccount import Subaccount  # noqa: PLC0415

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
