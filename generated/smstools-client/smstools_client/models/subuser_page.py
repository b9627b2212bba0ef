# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.metadata import Metadata
    from ..models.subuser import Subuser


T = TypeVar("T", bound="SubuserPage")


@_attrs_define
class SubuserPage:
    """
    Attributes:
        metadata (Metadata):
        subuser_list (list[Subuser]): The list's property name is an inference
    """

    metadata: Metadata
    subuser_list: list[Subuser]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata = self.metadata.to_dict()

        subuser_list = []
        for subuser_list_item_data in self.subuser_list:
            subuser_list_item = subuser_list_item_data.to_dict()
            subuser_list.append(subuser_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metadata": metadata,
                "subuserList": subuser_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.subuser import Subuser  # noqa: PLC0415

        d = dict(src_dict)
        metadata = Metadata.from_dict(d.pop("metadata"))

        subuser_list = []
        _subuser_list = d.pop("subuserList")
        for subuser_list_item_data in _subuser_list:
            subuser_list_item = Subuser.from_dict(subuser_list_item_data)

            subuser_list.append(subuser_list_item)

        subuser_page = cls(
            metadata=metadata,
            subuser_list=subuser_list,
        )

        subuser_page.additional_properties = d
        return subuser_page

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
