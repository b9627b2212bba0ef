# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

T = TypeVar("T", bound="IssueCreateAttachmentsItem")


class IssueCreateAttachmentsItem:
    """
    Attributes:
        file_name (str):
        file_content_base64 (str):
    """

    __slots__ = ("file_name", "file_content_base64", "additional_properties", "__weakref__")
    __match_args__ = (
        "file_name",
        "file_content_base64",
    )

    file_name: str
    file_content_base64: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        file_name: str,
        file_content_base64: str,
    ) -> None:
        self.file_name = file_name
        self.file_content_base64 = file_content_base64
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"file_name={self.file_name!r}, "
            f"file_content_base64={self.file_content_base64!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, IssueCreateAttachmentsItem):
            return NotImplemented
        return (
            self.file_name,
            self.file_content_base64,
            self.additional_properties,
        ) == (
            other.file_name,
            other.file_content_base64,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        file_name = self.file_name

        file_content_base64 = self.file_content_base64

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["file_name"] = file_name
        field_dict["file_content_base64"] = file_content_base64
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_name = d.pop("file_name")
        file_content_base64 = d.pop("file_content_base64")
        issue_create_attachments_item = cls(
            file_name=file_name,
            file_content_base64=file_content_base64,
        )
        issue_create_attachments_item.additional_properties = d
        return issue_create_attachments_item

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
