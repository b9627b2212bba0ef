# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.fidelity import Fidelity


T = TypeVar("T", bound="FidelityProgrammes")


@_attrs_define
class FidelityProgrammes:
    """
    Attributes:
        fidelity_list (list[Fidelity]):
    """

    fidelity_list: list[Fidelity]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fidelity_list = []
        for fidelity_list_item_data in self.fidelity_list:
            fidelity_list_item = fidelity_list_item_data.to_dict()
            fidelity_list.append(fidelity_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fidelityList": fidelity_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fidelity import Fidelity  # noqa: PLC0415

        d = dict(src_dict)
        fidelity_list = []
        _fidelity_list = d.pop("fidelityList")
        for fidelity_list_item_data in _fidelity_list:
            fidelity_list_item = Fidelity.from_dict(fidelity_list_item_data)

            fidelity_list.append(fidelity_list_item)

        fidelity_programmes = cls(
            fidelity_list=fidelity_list,
        )

        fidelity_programmes.additional_properties = d
        return fidelity_programmes

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
