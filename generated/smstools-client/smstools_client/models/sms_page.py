# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.metadata import Metadata
    from ..models.sms_info import SmsInfo


T = TypeVar("T", bound="SmsPage")


@_attrs_define
class SmsPage:
    """
    Attributes:
        metadata (Metadata):
        sms_list (list[SmsInfo]):
    """

    metadata: Metadata
    sms_list: list[SmsInfo]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata = self.metadata.to_dict()

        sms_list = []
        for sms_list_item_data in self.sms_list:
            sms_list_item = sms_list_item_data.to_dict()
            sms_list.append(sms_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metadata": metadata,
                "smsList": sms_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.sms_info import SmsInfo  # noqa: PLC0415

        d = dict(src_dict)
        metadata = Metadata.from_dict(d.pop("metadata"))

        sms_list = []
        _sms_list = d.pop("smsList")
        for sms_list_item_data in _sms_list:
            sms_list_item = SmsInfo.from_dict(sms_list_item_data)

            sms_list.append(sms_list_item)

        sms_page = cls(
            metadata=metadata,
            sms_list=sms_list,
        )

        sms_page.additional_properties = d
        return sms_page

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
