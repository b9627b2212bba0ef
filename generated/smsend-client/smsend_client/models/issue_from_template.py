# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

T = TypeVar("T", bound="IssueFromTemplate")


class IssueFromTemplate:
    """
    Attributes:
        name (str): The issue name. Not empty: an inference, the document gives no length.
        subject (str):
    """

    __slots__ = ("name", "subject", "additional_properties", "__weakref__")
    __match_args__ = (
        "name",
        "subject",
    )

    name: str
    subject: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: str,
        subject: str,
    ) -> None:
        self.name = name
        self.subject = subject
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"name={self.name!r}, "
            f"subject={self.subject!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, IssueFromTemplate):
            return NotImplemented
        return (
            self.name,
            self.subject,
            self.additional_properties,
        ) == (
            other.name,
            other.subject,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        subject = self.subject

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["name"] = name
        field_dict["subject"] = subject
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")
        subject = d.pop("subject")
        issue_from_template = cls(
            name=name,
            subject=subject,
        )
        issue_from_template.additional_properties = d
        return issue_from_template

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
