# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailSend")


class EmailSend:
    """
    Attributes:
        template_id (int):
        from_ (str):
        to (str): One address, or a JSON array of at most 50 objects like [{'to': 'a@x.it', 'f_s_nome':
            'Ms Green'}] (either form holds an @)
        subject (str):
        from_name (str | Unset):
        subject_preview_text (str | Unset):
        enable_open_tracking (bool | Unset):
        enable_link_tracking (bool | Unset):
        date (str | Unset): yyyy-MM-dd'T'HH:mm:ssZ, a numeric offset without colon, e.g.
            2014-12-25T08:00:00+0200
        sandbox (bool | Unset):  Default: False.
    """

    __slots__ = (
        "template_id",
        "from_",
        "to",
        "subject",
        "from_name",
        "subject_preview_text",
        "enable_open_tracking",
        "enable_link_tracking",
        "date",
        "sandbox",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "template_id",
        "from_",
        "to",
        "subject",
        "from_name",
        "subject_preview_text",
        "enable_open_tracking",
        "enable_link_tracking",
        "date",
        "sandbox",
    )

    template_id: int
    from_: str
    to: str
    subject: str
    from_name: str | Unset
    subject_preview_text: str | Unset
    enable_open_tracking: bool | Unset
    enable_link_tracking: bool | Unset
    date: str | Unset
    sandbox: bool | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        template_id: int,
        from_: str,
        to: str,
        subject: str,
        from_name: str | Unset = UNSET,
        subject_preview_text: str | Unset = UNSET,
        enable_open_tracking: bool | Unset = UNSET,
        enable_link_tracking: bool | Unset = UNSET,
        date: str | Unset = UNSET,
        sandbox: bool | Unset = False,
    ) -> None:
        self.template_id = template_id
        self.from_ = from_
        self.to = to
        self.subject = subject
        self.from_name = from_name
        self.subject_preview_text = subject_preview_text
        self.enable_open_tracking = enable_open_tracking
        self.enable_link_tracking = enable_link_tracking
        self.date = date
        self.sandbox = sandbox
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"template_id={self.template_id!r}, "
            f"from_={self.from_!r}, "
            f"to={self.to!r}, "
            f"subject={self.subject!r}, "
            f"from_name={self.from_name!r}, "
            f"subject_preview_text={self.subject_preview_text!r}, "
            f"enable_open_tracking={self.enable_open_tracking!r}, "
            f"enable_link_tracking={self.enable_link_tracking!r}, "
            f"date={self.date!r}, "
            f"sandbox={self.sandbox!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, EmailSend):
            return NotImplemented
        return (
            self.template_id,
            self.from_,
            self.to,
            self.subject,
            self.from_name,
            self.subject_preview_text,
            self.enable_open_tracking,
            self.enable_link_tracking,
            self.date,
            self.sandbox,
            self.additional_properties,
        ) == (
            other.template_id,
            other.from_,
            other.to,
            other.subject,
            other.from_name,
            other.subject_preview_text,
            other.enable_open_tracking,
            other.enable_link_tracking,
            other.date,
            other.sandbox,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        template_id = self.template_id

        from_ = self.from_

        to = self.to

        subject = self.subject

        from_name = self.from_name

        subject_preview_text = self.subject_preview_text

        enable_open_tracking = self.enable_open_tracking

        enable_link_tracking = self.enable_link_tracking

        date = self.date

        sandbox = self.sandbox

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["templateId"] = template_id
        field_dict["from"] = from_
        field_dict["to"] = to
        field_dict["subject"] = subject
        if from_name is not UNSET:
            field_dict["fromName"] = from_name
        if subject_preview_text is not UNSET:
            field_dict["subjectPreviewText"] = subject_preview_text
        if enable_open_tracking is not UNSET:
            field_dict["enableOpenTracking"] = enable_open_tracking
        if enable_link_tracking is not UNSET:
            field_dict["enableLinkTracking"] = enable_link_tracking
        if date is not UNSET:
            field_dict["date"] = date
        if sandbox is not UNSET:
            field_dict["sandbox"] = sandbox
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        template_id = d.pop("templateId")
        from_ = d.pop("from")
        to = d.pop("to")
        subject = d.pop("subject")
        from_name = d.pop("fromName", UNSET)
        subject_preview_text = d.pop("subjectPreviewText", UNSET)
        enable_open_tracking = d.pop("enableOpenTracking", UNSET)
        enable_link_tracking = d.pop("enableLinkTracking", UNSET)
        date = d.pop("date", UNSET)
        sandbox = d.pop("sandbox", UNSET)
        email_send = cls(
            template_id=template_id,
            from_=from_,
            to=to,
            subject=subject,
            from_name=from_name,
            subject_preview_text=subject_preview_text,
            enable_open_tracking=enable_open_tracking,
            enable_link_tracking=enable_link_tracking,
            date=date,
            sandbox=sandbox,
        )
        email_send.additional_properties = d
        return email_send

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
