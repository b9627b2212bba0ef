# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

T = TypeVar("T", bound="VerifySent")


class VerifySent:
    """
    Attributes:
        verify_id (str):
    """

    __slots__ = ("verify_id", "additional_properties", "__weakref__")
    __match_args__ = ("verify_id",)

    verify_id: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        verify_id: str,
    ) -> None:
        self.verify_id = verify_id
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"verify_id={self.verify_id!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, VerifySent):
            return NotImplemented
        return (
            self.verify_id,
            self.additional_properties,
        ) == (
            other.verify_id,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        verify_id = self.verify_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["verify_id"] = verify_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        verify_id = d.pop("verify_id")
        verify_sent = cls(
            verify_id=verify_id,
        )
        verify_sent.additional_properties = d
        return verify_sent

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
