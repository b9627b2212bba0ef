# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..types import UNSET, Unset

T = TypeVar("T", bound="Campaign")


class Campaign:
    """
    Attributes:
        id (int):
        campaign_title (None | str | Unset):
        template_id (int | None | Unset):
        from_ (None | str | Unset):
        from_name (None | str | Unset):
        group (int | None | str | Unset):
        subject (None | str | Unset):
        subject_preview_text (None | str | Unset):
        enable_open_tracking (bool | Unset):
        enable_link_tracking (bool | Unset):
        deferred_date (None | str | Unset):
        stats (CampaignStats | Unset):
    """

    __slots__ = (
        "id",
        "campaign_title",
        "template_id",
        "from_",
        "from_name",
        "group",
        "subject",
        "subject_preview_text",
        "enable_open_tracking",
        "enable_link_tracking",
        "deferred_date",
        "stats",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "id",
        "campaign_title",
        "template_id",
        "from_",
        "from_name",
        "group",
        "subject",
        "subject_preview_text",
        "enable_open_tracking",
        "enable_link_tracking",
        "deferred_date",
        "stats",
    )

    id: int
    campaign_title: None | str | Unset
    template_id: int | None | Unset
    from_: None | str | Unset
    from_name: None | str | Unset
    group: int | None | str | Unset
    subject: None | str | Unset
    subject_preview_text: None | str | Unset
    enable_open_tracking: bool | Unset
    enable_link_tracking: bool | Unset
    deferred_date: None | str | Unset
    stats: CampaignStats | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: int,
        campaign_title: None | str | Unset = UNSET,
        template_id: int | None | Unset = UNSET,
        from_: None | str | Unset = UNSET,
        from_name: None | str | Unset = UNSET,
        group: int | None | str | Unset = UNSET,
        subject: None | str | Unset = UNSET,
        subject_preview_text: None | str | Unset = UNSET,
        enable_open_tracking: bool | Unset = UNSET,
        enable_link_tracking: bool | Unset = UNSET,
        deferred_date: None | str | Unset = UNSET,
        stats: CampaignStats | Unset = UNSET,
    ) -> None:
        self.id = id
        self.campaign_title = campaign_title
        self.template_id = template_id
        self.from_ = from_
        self.from_name = from_name
        self.group = group
        self.subject = subject
        self.subject_preview_text = subject_preview_text
        self.enable_open_tracking = enable_open_tracking
        self.enable_link_tracking = enable_link_tracking
        self.deferred_date = deferred_date
        self.stats = stats
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"id={self.id!r}, "
            f"campaign_title={self.campaign_title!r}, "
            f"template_id={self.template_id!r}, "
            f"from_={self.from_!r}, "
            f"from_name={self.from_name!r}, "
            f"group={self.group!r}, "
            f"subject={self.subject!r}, "
            f"subject_preview_text={self.subject_preview_text!r}, "
            f"enable_open_tracking={self.enable_open_tracking!r}, "
            f"enable_link_tracking={self.enable_link_tracking!r}, "
            f"deferred_date={self.deferred_date!r}, "
            f"stats={self.stats!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, Campaign):
            return NotImplemented
        return (
            self.id,
            self.campaign_title,
            self.template_id,
            self.from_,
            self.from_name,
            self.group,
            self.subject,
            self.subject_preview_text,
            self.enable_open_tracking,
            self.enable_link_tracking,
            self.deferred_date,
            self.stats,
            self.additional_properties,
        ) == (
            other.id,
            other.campaign_title,
            other.template_id,
            other.from_,
            other.from_name,
            other.group,
            other.subject,
            other.subject_preview_text,
            other.enable_open_tracking,
            other.enable_link_tracking,
            other.deferred_date,
            other.stats,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        campaign_title: None | str | Unset
        if isinstance(self.campaign_title, Unset):
            campaign_title = UNSET
        else:
            campaign_title = self.campaign_title

        template_id: int | None | Unset
        if isinstance(self.template_id, Unset):
            template_id = UNSET
        else:
            template_id = self.template_id

        from_: None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        from_name: None | str | Unset
        if isinstance(self.from_name, Unset):
            from_name = UNSET
        else:
            from_name = self.from_name

        group: int | None | str | Unset
        if isinstance(self.group, Unset):
            group = UNSET
        else:
            group = self.group

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        subject_preview_text: None | str | Unset
        if isinstance(self.subject_preview_text, Unset):
            subject_preview_text = UNSET
        else:
            subject_preview_text = self.subject_preview_text

        enable_open_tracking = self.enable_open_tracking

        enable_link_tracking = self.enable_link_tracking

        deferred_date: None | str | Unset
        if isinstance(self.deferred_date, Unset):
            deferred_date = UNSET
        else:
            deferred_date = self.deferred_date

        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = self.stats.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        if campaign_title is not UNSET:
            field_dict["campaignTitle"] = campaign_title
        if template_id is not UNSET:
            field_dict["templateId"] = template_id
        if from_ is not UNSET:
            field_dict["from"] = from_
        if from_name is not UNSET:
            field_dict["fromName"] = from_name
        if group is not UNSET:
            field_dict["group"] = group
        if subject is not UNSET:
            field_dict["subject"] = subject
        if subject_preview_text is not UNSET:
            field_dict["subjectPreviewText"] = subject_preview_text
        if enable_open_tracking is not UNSET:
            field_dict["enableOpenTracking"] = enable_open_tracking
        if enable_link_tracking is not UNSET:
            field_dict["enableLinkTracking"] = enable_link_tracking
        if deferred_date is not UNSET:
            field_dict["deferredDate"] = deferred_date
        if stats is not UNSET:
            field_dict["stats"] = stats
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_campaign_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        campaign_title = _parse_campaign_title(d.pop("campaignTitle", UNSET))

        def _parse_template_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        template_id = _parse_template_id(d.pop("templateId", UNSET))

        def _parse_from_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        from_ = _parse_from_(d.pop("from", UNSET))

        def _parse_from_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        from_name = _parse_from_name(d.pop("fromName", UNSET))

        def _parse_group(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        group = _parse_group(d.pop("group", UNSET))

        def _parse_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject = _parse_subject(d.pop("subject", UNSET))

        def _parse_subject_preview_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject_preview_text = _parse_subject_preview_text(d.pop("subjectPreviewText", UNSET))

        enable_open_tracking = d.pop("enableOpenTracking", UNSET)
        enable_link_tracking = d.pop("enableLinkTracking", UNSET)

        def _parse_deferred_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deferred_date = _parse_deferred_date(d.pop("deferredDate", UNSET))

        _stats = d.pop("stats", UNSET)
        stats: CampaignStats | Unset
        if isinstance(_stats, Unset):
            stats = UNSET
        else:
            stats = CampaignStats.from_dict(_stats)

        campaign = cls(
            id=id,
            campaign_title=campaign_title,
            template_id=template_id,
            from_=from_,
            from_name=from_name,
            group=group,
            subject=subject,
            subject_preview_text=subject_preview_text,
            enable_open_tracking=enable_open_tracking,
            enable_link_tracking=enable_link_tracking,
            deferred_date=deferred_date,
            stats=stats,
        )
        campaign.additional_properties = d
        return campaign

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
from ..models.campaign_stats import CampaignStats  # noqa: E402
