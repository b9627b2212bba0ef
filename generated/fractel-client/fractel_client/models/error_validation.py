# generated from specs/fractel.yaml + overlays/fractel.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_validation_source import ErrorValidationSource

T = TypeVar("T", bound="ErrorValidation")


@_attrs_define
class ErrorValidation:
    """Which fields failed validation (an inference; no FracTEL document shows it).

    Attributes:
        source (ErrorValidationSource):
        keys (list[str]):
    """

    source: ErrorValidationSource
    keys: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source.value

        keys = self.keys

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "keys": keys,
            }
        )

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
