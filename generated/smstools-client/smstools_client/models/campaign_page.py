# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.campaign import Campaign
    from ..models.metadata import Metadata


T = TypeVar("T", bound="CampaignPage")


@_attrs_define
class CampaignPage:
    """
    Attributes:
        metadata (Metadata):
        campaign_list (list[Campaign]):
    """

    metadata: Metadata
    campaign_list: list[Campaign]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata = self.metadata.to_dict()

        campaign_list = []
        for campaign_list_item_data in self.campaign_list:
            campaign_list_item = campaign_list_item_data.to_dict()
            campaign_list.append(campaign_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metadata": metadata,
                "campaignList": campaign_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign import Campaign  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415

        d = dict(src_dict)
        metadata = Metadata.from_dict(d.pop("metadata"))

        campaign_list = []
        _campaign_list = d.pop("campaignList")
        for campaign_list_item_data in _campaign_list:
            campaign_list_item = Campaign.from_dict(campaign_list_item_data)

            campaign_list.append(campaign_list_item)

        campaign_page = cls(
            metadata=metadata,
            campaign_list=campaign_list,
        )

        campaign_page.additional_properties = d
        return campaign_page

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
