# generated from specs/fractel.yaml + overlays/fractel.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..models.error_validation_source import ErrorValidationSource

T = TypeVar("T", bound="ErrorValidation")


class ErrorValidation:
    """Which fields failed validation (an inference; no FracTEL document shows it).

    Attributes:
        source (ErrorValidationSource):
        keys (list[str]):
    """

    __slots__ = ("source", "keys", "additional_properties", "__weakref__")
    __match_args__ = (
        "source",
        "keys",
    )

    source: ErrorValidationSource
    keys: list[str]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        source: ErrorValidationSource,
        keys: list[str],
    ) -> None:
        self.source = source
        self.keys = keys
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"source={self.source!r}, "
            f"keys={self.keys!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, ErrorValidation):
            return NotImplemented
        return (
            self.source,
            self.keys,
            self.additional_properties,
        ) == (
            other.source,
            other.keys,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        source = self.source.value

        keys = self.keys

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["source"] = source
        field_dict["keys"] = keys
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source = ErrorValidationSource(d.pop("source"))

        keys = cast(list[str], d.pop("keys"))

        error_validation = cls(
            source=source,
            keys=keys,
        )
        error_validation.additional_properties = d
        return error_validation

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
