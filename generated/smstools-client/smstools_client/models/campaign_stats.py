# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignStats")


class CampaignStats:
    """
    Attributes:
        count_email_inserted (int | Unset):
        count_email_status_pending (int | Unset):
        count_email_status_no_sent (int | Unset):
        count_email_tot_sent (int | Unset):
        count_email_status_bounced (int | Unset):
        count_email_opened_unique (int | Unset):
        count_email_click_unique (int | Unset):
        count_email_status_spam_report (int | Unset):
        count_email_cause_unsubscribed (int | Unset):
    """

    __slots__ = (
        "count_email_inserted",
        "count_email_status_pending",
        "count_email_status_no_sent",
        "count_email_tot_sent",
        "count_email_status_bounced",
        "count_email_opened_unique",
        "count_email_click_unique",
        "count_email_status_spam_report",
        "count_email_cause_unsubscribed",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "count_email_inserted",
        "count_email_status_pending",
        "count_email_status_no_sent",
        "count_email_tot_sent",
        "count_email_status_bounced",
        "count_email_opened_unique",
        "count_email_click_unique",
        "count_email_status_spam_report",
        "count_email_cause_unsubscribed",
    )

    count_email_inserted: int | Unset
    count_email_status_pending: int | Unset
    count_email_status_no_sent: int | Unset
    count_email_tot_sent: int | Unset
    count_email_status_bounced: int | Unset
    count_email_opened_unique: int | Unset
    count_email_click_unique: int | Unset
    count_email_status_spam_report: int | Unset
    count_email_cause_unsubscribed: int | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        count_email_inserted: int | Unset = UNSET,
        count_email_status_pending: int | Unset = UNSET,
        count_email_status_no_sent: int | Unset = UNSET,
        count_email_tot_sent: int | Unset = UNSET,
        count_email_status_bounced: int | Unset = UNSET,
        count_email_opened_unique: int | Unset = UNSET,
        count_email_click_unique: int | Unset = UNSET,
        count_email_status_spam_report: int | Unset = UNSET,
        count_email_cause_unsubscribed: int | Unset = UNSET,
    ) -> None:
        self.count_email_inserted = count_email_inserted
        self.count_email_status_pending = count_email_status_pending
        self.count_email_status_no_sent = count_email_status_no_sent
        self.count_email_tot_sent = count_email_tot_sent
        self.count_email_status_bounced = count_email_status_bounced
        self.count_email_opened_unique = count_email_opened_unique
        self.count_email_click_unique = count_email_click_unique
        self.count_email_status_spam_report = count_email_status_spam_report
        self.count_email_cause_unsubscribed = count_email_cause_unsubscribed
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"count_email_inserted={self.count_email_inserted!r}, "
            f"count_email_status_pending={self.count_email_status_pending!r}, "
            f"count_email_status_no_sent={self.count_email_status_no_sent!r}, "
            f"count_email_tot_sent={self.count_email_tot_sent!r}, "
            f"count_email_status_bounced={self.count_email_status_bounced!r}, "
            f"count_email_opened_unique={self.count_email_opened_unique!r}, "
            f"count_email_click_unique={self.count_email_click_unique!r}, "
            f"count_email_status_spam_report={self.count_email_status_spam_report!r}, "
            f"count_email_cause_unsubscribed={self.count_email_cause_unsubscribed!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, CampaignStats):
            return NotImplemented
        return (
            self.count_email_inserted,
            self.count_email_status_pending,
            self.count_email_status_no_sent,
            self.count_email_tot_sent,
            self.count_email_status_bounced,
            self.count_email_opened_unique,
            self.count_email_click_unique,
            self.count_email_status_spam_report,
            self.count_email_cause_unsubscribed,
            self.additional_properties,
        ) == (
            other.count_email_inserted,
            other.count_email_status_pending,
            other.count_email_status_no_sent,
            other.count_email_tot_sent,
            other.count_email_status_bounced,
            other.count_email_opened_unique,
            other.count_email_click_unique,
            other.count_email_status_spam_report,
            other.count_email_cause_unsubscribed,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        count_email_inserted = self.count_email_inserted

        count_email_status_pending = self.count_email_status_pending

        count_email_status_no_sent = self.count_email_status_no_sent

        count_email_tot_sent = self.count_email_tot_sent

        count_email_status_bounced = self.count_email_status_bounced

        count_email_opened_unique = self.count_email_opened_unique

        count_email_click_unique = self.count_email_click_unique

        count_email_status_spam_report = self.count_email_status_spam_report

        count_email_cause_unsubscribed = self.count_email_cause_unsubscribed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if count_email_inserted is not UNSET:
            field_dict["countEmailInserted"] = count_email_inserted
        if count_email_status_pending is not UNSET:
            field_dict["countEmailStatusPending"] = count_email_status_pending
        if count_email_status_no_sent is not UNSET:
            field_dict["countEmailStatusNoSent"] = count_email_status_no_sent
        if count_email_tot_sent is not UNSET:
            field_dict["countEmailTotSent"] = count_email_tot_sent
        if count_email_status_bounced is not UNSET:
            field_dict["countEmailStatusBounced"] = count_email_status_bounced
        if count_email_opened_unique is not UNSET:
            field_dict["countEmailOpenedUnique"] = count_email_opened_unique
        if count_email_click_unique is not UNSET:
            field_dict["countEmailClickUnique"] = count_email_click_unique
        if count_email_status_spam_report is not UNSET:
            field_dict["countEmailStatusSpamReport"] = count_email_status_spam_report
        if count_email_cause_unsubscribed is not UNSET:
            field_dict["countEmailCauseUnsubscribed"] = count_email_cause_unsubscribed
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count_email_inserted = d.pop("countEmailInserted", UNSET)
        count_email_status_pending = d.pop("countEmailStatusPending", UNSET)
        count_email_status_no_sent = d.pop("countEmailStatusNoSent", UNSET)
        count_email_tot_sent = d.pop("countEmailTotSent", UNSET)
        count_email_status_bounced = d.pop("countEmailStatusBounced", UNSET)
        count_email_opened_unique = d.pop("countEmailOpenedUnique", UNSET)
        count_email_click_unique = d.pop("countEmailClickUnique", UNSET)
        count_email_status_spam_report = d.pop("countEmailStatusSpamReport", UNSET)
        count_email_cause_unsubscribed = d.pop("countEmailCauseUnsubscribed", UNSET)
        campaign_stats = cls(
            count_email_inserted=count_email_inserted,
            count_email_status_pending=count_email_status_pending,
            count_email_status_no_sent=count_email_status_no_sent,
            count_email_tot_sent=count_email_tot_sent,
            count_email_status_bounced=count_email_status_bounced,
            count_email_opened_unique=count_email_opened_unique,
            count_email_click_unique=count_email_click_unique,
            count_email_status_spam_report=count_email_status_spam_report,
            count_email_cause_unsubscribed=count_email_cause_unsubscribed,
        )
        campaign_stats.additional_properties = d
        return campaign_stats

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
