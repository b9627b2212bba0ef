# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.received_message import ReceivedMessage


T = TypeVar("T", bound="ReceivedList")


@_attrs_define
class ReceivedList:
    """
    Attributes:
        result (str):
        srsmshistory (list[ReceivedMessage]):
    """

    result: str
    srsmshistory: list[ReceivedMessage]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result = self.result

        srsmshistory = []
        for srsmshistory_item_data in self.srsmshistory:
            srsmshistory_item = srsmshistory_item_data.to_dict()
            srsmshistory.append(srsmshistory_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "result": result,
                "srsmshistory": srsmshistory,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.received_message import ReceivedMessage  # noqa: PLC0415

        d = dict(src_dict)
        result = d.pop("result")

        srsmshistory = []
        _srsmshistory = d.pop("srsmshistory")
        for srsmshistory_item_data in _srsmshistory:
            srsmshistory_item = ReceivedMessage.from_dict(srsmshistory_item_data)

            srsmshistory.append(srsmshistory_item)

        received_list = cls(
            result=result,
            srsmshistory=srsmshistory,
        )

        received_list.additional_properties = d
        return received_list

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
