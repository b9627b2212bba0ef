# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomField")


class CustomField:
    """
    Attributes:
        field_key (str | Unset):
        field_name (str | Unset):
        field_type (str | Unset):
        field_value (None | str | Unset):
        field_options (list[CustomFieldFieldOptionsItem] | Unset):
    """

    __slots__ = (
        "field_key",
        "field_name",
        "field_type",
        "field_value",
        "field_options",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "field_key",
        "field_name",
        "field_type",
        "field_value",
        "field_options",
    )

    field_key: str | Unset
    field_name: str | Unset
    field_type: str | Unset
    field_value: None | str | Unset
    field_options: list[CustomFieldFieldOptionsItem] | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        field_key: str | Unset = UNSET,
        field_name: str | Unset = UNSET,
        field_type: str | Unset = UNSET,
        field_value: None | str | Unset = UNSET,
        field_options: list[CustomFieldFieldOptionsItem] | Unset = UNSET,
    ) -> None:
        self.field_key = field_key
        self.field_name = field_name
        self.field_type = field_type
        self.field_value = field_value
        self.field_options = field_options
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"field_key={self.field_key!r}, "
            f"field_name={self.field_name!r}, "
            f"field_type={self.field_type!r}, "
            f"field_value={self.field_value!r}, "
            f"field_options={self.field_options!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, CustomField):
            return NotImplemented
        return (
            self.field_key,
            self.field_name,
            self.field_type,
            self.field_value,
            self.field_options,
            self.additional_properties,
        ) == (
            other.field_key,
            other.field_name,
            other.field_type,
            other.field_value,
            other.field_options,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        field_key = self.field_key

        field_name = self.field_name

        field_type = self.field_type

        field_value: None | str | Unset
        if isinstance(self.field_value, Unset):
            field_value = UNSET
        else:
            field_value = self.field_value

        field_options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.field_options, Unset):
            field_options = []
            for field_options_item_data in self.field_options:
                field_options_item = field_options_item_data.to_dict()
                field_options.append(field_options_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if field_key is not UNSET:
            field_dict["fieldKey"] = field_key
        if field_name is not UNSET:
            field_dict["fieldName"] = field_name
        if field_type is not UNSET:
            field_dict["fieldType"] = field_type
        if field_value is not UNSET:
            field_dict["fieldValue"] = field_value
        if field_options is not UNSET:
            field_dict["fieldOptions"] = field_options
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_key = d.pop("fieldKey", UNSET)
        field_name = d.pop("fieldName", UNSET)
        field_type = d.pop("fieldType", UNSET)

        def _parse_field_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_value = _parse_field_value(d.pop("fieldValue", UNSET))

        _field_options = d.pop("fieldOptions", UNSET)
        field_options: list[CustomFieldFieldOptionsItem] | Unset = UNSET
        if _field_options is not UNSET:
            field_options = []
            for field_options_item_data in _field_options:
                field_options_item = CustomFieldFieldOptionsItem.from_dict(field_options_item_data)

                field_options.append(field_options_item)

        custom_field = cls(
            field_key=field_key,
            field_name=field_name,
            field_type=field_type,
            field_value=field_value,
            field_options=field_options,
        )
        custom_field.additional_properties = d
        return custom_field

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
from ..models.custom_field_field_options_item import CustomFieldFieldOptionsItem  # noqa: E402
