# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomFieldFieldOptionsItem")


class CustomFieldFieldOptionsItem:
    """
    Attributes:
        option_value (int | Unset):
        option_name (str | Unset):
    """

    __slots__ = ("option_value", "option_name", "additional_properties", "__weakref__")
    __match_args__ = (
        "option_value",
        "option_name",
    )

    option_value: int | Unset
    option_name: str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        option_value: int | Unset = UNSET,
        option_name: str | Unset = UNSET,
    ) -> None:
        self.option_value = option_value
        self.option_name = option_name
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"option_value={self.option_value!r}, "
            f"option_name={self.option_name!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, CustomFieldFieldOptionsItem):
            return NotImplemented
        return (
            self.option_value,
            self.option_name,
            self.additional_properties,
        ) == (
            other.option_value,
            other.option_name,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        option_value = self.option_value

        option_name = self.option_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if option_value is not UNSET:
            field_dict["optionValue"] = option_value
        if option_name is not UNSET:
            field_dict["optionName"] = option_name
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        option_value = d.pop("optionValue", UNSET)
        option_name = d.pop("optionName", UNSET)
        custom_field_field_options_item = cls(
            option_value=option_value,
            option_name=option_name,
        )
        custom_field_field_options_item.additional_properties = d
        return custom_field_field_options_item

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
