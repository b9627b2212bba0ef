# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.alias import Alias


T = TypeVar("T", bound="AliasList")


@_attrs_define
class AliasList:
    """
    Attributes:
        alias (list[Alias]):
        total (int):
        page_number (int):
        page_size (int):
        result (str):
    """

    alias: list[Alias]
    total: int
    page_number: int
    page_size: int
    result: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict.update(
            {
                "alias": alias,
                "total": total,
                "pageNumber": page_number,
                "pageSize": page_size,
                "result": result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alias import Alias  # noqa: PLC0415

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
