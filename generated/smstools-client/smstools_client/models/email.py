# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..types import UNSET, Unset

T = TypeVar("T", bound="Email")


class Email:
    """
    Attributes:
        id (int):
        campaign_id (int | None | Unset):
        template_id (int | None | Unset):
        to (None | str | Unset):
        status (None | str | Unset):
        status_date (None | str | Unset):
        insert_date (None | str | Unset):
        deferred_date (None | str | Unset):
        sent_date (None | str | Unset):
    """

    __slots__ = (
        "id",
        "campaign_id",
        "template_id",
        "to",
        "status",
        "status_date",
        "insert_date",
        "deferred_date",
        "sent_date",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "id",
        "campaign_id",
        "template_id",
        "to",
        "status",
        "status_date",
        "insert_date",
        "deferred_date",
        "sent_date",
    )

    id: int
    campaign_id: int | None | Unset
    template_id: int | None | Unset
    to: None | str | Unset
    status: None | str | Unset
    status_date: None | str | Unset
    insert_date: None | str | Unset
    deferred_date: None | str | Unset
    sent_date: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: int,
        campaign_id: int | None | Unset = UNSET,
        template_id: int | None | Unset = UNSET,
        to: None | str | Unset = UNSET,
        status: None | str | Unset = UNSET,
        status_date: None | str | Unset = UNSET,
        insert_date: None | str | Unset = UNSET,
        deferred_date: None | str | Unset = UNSET,
        sent_date: None | str | Unset = UNSET,
    ) -> None:
        self.id = id
        self.campaign_id = campaign_id
        self.template_id = template_id
        self.to = to
        self.status = status
        self.status_date = status_date
        self.insert_date = insert_date
        self.deferred_date = deferred_date
        self.sent_date = sent_date
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"id={self.id!r}, "
            f"campaign_id={self.campaign_id!r}, "
            f"template_id={self.template_id!r}, "
            f"to={self.to!r}, "
            f"status={self.status!r}, "
            f"status_date={self.status_date!r}, "
            f"insert_date={self.insert_date!r}, "
            f"deferred_date={self.deferred_date!r}, "
            f"sent_date={self.sent_date!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, Email):
            return NotImplemented
        return (
            self.id,
            self.campaign_id,
            self.template_id,
            self.to,
            self.status,
            self.status_date,
            self.insert_date,
            self.deferred_date,
            self.sent_date,
            self.additional_properties,
        ) == (
            other.id,
            other.campaign_id,
            other.template_id,
            other.to,
            other.status,
            other.status_date,
            other.insert_date,
            other.deferred_date,
            other.sent_date,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        campaign_id: int | None | Unset
        if isinstance(self.campaign_id, Unset):
            campaign_id = UNSET
        else:
            campaign_id = self.campaign_id

        template_id: int | None | Unset
        if isinstance(self.template_id, Unset):
            template_id = UNSET
        else:
            template_id = self.template_id

        to: None | str | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        else:
            to = self.to

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        status_date: None | str | Unset
        if isinstance(self.status_date, Unset):
            status_date = UNSET
        else:
            status_date = self.status_date

        insert_date: None | str | Unset
        if isinstance(self.insert_date, Unset):
            insert_date = UNSET
        else:
            insert_date = self.insert_date

        deferred_date: None | str | Unset
        if isinstance(self.deferred_date, Unset):
            deferred_date = UNSET
        else:
            deferred_date = self.deferred_date

        sent_date: None | str | Unset
        if isinstance(self.sent_date, Unset):
            sent_date = UNSET
        else:
            sent_date = self.sent_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        if campaign_id is not UNSET:
            field_dict["campaignId"] = campaign_id
        if template_id is not UNSET:
            field_dict["templateId"] = template_id
        if to is not UNSET:
            field_dict["to"] = to
        if status is not UNSET:
            field_dict["status"] = status
        if status_date is not UNSET:
            field_dict["statusDate"] = status_date
        if insert_date is not UNSET:
            field_dict["insertDate"] = insert_date
        if deferred_date is not UNSET:
            field_dict["deferredDate"] = deferred_date
        if sent_date is not UNSET:
            field_dict["sentDate"] = sent_date
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_campaign_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        campaign_id = _parse_campaign_id(d.pop("campaignId", UNSET))

        def _parse_template_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        template_id = _parse_template_id(d.pop("templateId", UNSET))

        def _parse_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        to = _parse_to(d.pop("to", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_status_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status_date = _parse_status_date(d.pop("statusDate", UNSET))

        def _parse_insert_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        insert_date = _parse_insert_date(d.pop("insertDate", UNSET))

        def _parse_deferred_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deferred_date = _parse_deferred_date(d.pop("deferredDate", UNSET))

        def _parse_sent_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sent_date = _parse_sent_date(d.pop("sentDate", UNSET))

        email = cls(
            id=id,
            campaign_id=campaign_id,
            template_id=template_id,
            to=to,
            status=status,
            status_date=status_date,
            insert_date=insert_date,
            deferred_date=deferred_date,
            sent_date=sent_date,
        )
        email.additional_properties = d
        return email

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
