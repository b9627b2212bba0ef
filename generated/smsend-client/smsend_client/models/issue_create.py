# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="IssueCreate")


class IssueCreate:
    """
    Attributes:
        title (str): The issue title. Not empty: an inference, the document gives no length.
        subject (str):
        share_social (bool): Adds the social share buttons
        text_content (str):
        html_content (str):
        attachments (list[IssueCreateAttachmentsItem]):
        web_analytics (str | Unset): The WebAnalytics tracing code
    """

    __slots__ = (
        "title",
        "subject",
        "share_social",
        "text_content",
        "html_content",
        "attachments",
        "web_analytics",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "title",
        "subject",
        "share_social",
        "text_content",
        "html_content",
        "attachments",
        "web_analytics",
    )

    title: str
    subject: str
    share_social: bool
    text_content: str
    html_content: str
    attachments: list[IssueCreateAttachmentsItem]
    web_analytics: str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        title: str,
        subject: str,
        share_social: bool,
        text_content: str,
        html_content: str,
        attachments: list[IssueCreateAttachmentsItem],
        web_analytics: str | Unset = UNSET,
    ) -> None:
        self.title = title
        self.subject = subject
        self.share_social = share_social
        self.text_content = text_content
        self.html_content = html_content
        self.attachments = attachments
        self.web_analytics = web_analytics
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"title={self.title!r}, "
            f"subject={self.subject!r}, "
            f"share_social={self.share_social!r}, "
            f"text_content={self.text_content!r}, "
            f"html_content={self.html_content!r}, "
            f"attachments={self.attachments!r}, "
            f"web_analytics={self.web_analytics!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, IssueCreate):
            return NotImplemented
        return (
            self.title,
            self.subject,
            self.share_social,
            self.text_content,
            self.html_content,
            self.attachments,
            self.web_analytics,
            self.additional_properties,
        ) == (
            other.title,
            other.subject,
            other.share_social,
            other.text_content,
            other.html_content,
            other.attachments,
            other.web_analytics,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        subject = self.subject

        share_social = self.share_social

        text_content = self.text_content

        html_content = self.html_content

        attachments = []
        for attachments_item_data in self.attachments:
            attachments_item = attachments_item_data.to_dict()
            attachments.append(attachments_item)

        web_analytics = self.web_analytics

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["title"] = title
        field_dict["subject"] = subject
        field_dict["share_social"] = share_social
        field_dict["text_content"] = text_content
        field_dict["html_content"] = html_content
        field_dict["attachments"] = attachments
        if web_analytics is not UNSET:
            field_dict["web_analytics"] = web_analytics
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")
        subject = d.pop("subject")
        share_social = d.pop("share_social")
        text_content = d.pop("text_content")
        html_content = d.pop("html_content")
        attachments = []
        _attachments = d.pop("attachments")
        for attachments_item_data in _attachments:
            attachments_item = IssueCreateAttachmentsItem.from_dict(attachments_item_data)

            attachments.append(attachments_item)

        web_analytics = d.pop("web_analytics", UNSET)
        issue_create = cls(
            title=title,
            subject=subject,
            share_social=share_social,
            text_content=text_content,
            html_content=html_content,
            attachments=attachments,
            web_analytics=web_analytics,
        )
        issue_create.additional_properties = d
        return issue_create

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
from ..models.issue_create_attachments_item import IssueCreateAttachmentsItem  # noqa: E402
