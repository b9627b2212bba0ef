# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Template")


@_attrs_define
class Template:
    """
    Attributes:
        id (int):
        title (str):
        editor_type (None | str | Unset):
        content_type (None | str | Unset):
        insert_date (None | str | Unset):
        update_date (None | str | Unset):
        custom_fields_key (list[str] | Unset):
    """

    id: int
    title: str
    editor_type: None | str | Unset = UNSET
    content_type: None | str | Unset = UNSET
    insert_date: None | str | Unset = UNSET
    update_date: None | str | Unset = UNSET
    custom_fields_key: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        editor_type: None | str | Unset
        if isinstance(self.editor_type, Unset):
            editor_type = UNSET
        else:
            editor_type = self.editor_type

        content_type: None | str | Unset
        if isinstance(self.content_type, Unset):
            content_type = UNSET
        else:
            content_type = self.content_type

        insert_date: None | str | Unset
        if isinstance(self.insert_date, Unset):
            insert_date = UNSET
        else:
            insert_date = self.insert_date

        update_date: None | str | Unset
        if isinstance(self.update_date, Unset):
            update_date = UNSET
        else:
            update_date = self.update_date

        custom_fields_key: list[str] | Unset = UNSET
        if not isinstance(self.custom_fields_key, Unset):
            custom_fields_key = self.custom_fields_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
            }
        )
        if editor_type is not UNSET:
            field_dict["editorType"] = editor_type
        if content_type is not UNSET:
            field_dict["contentType"] = content_type
        if insert_date is not UNSET:
            field_dict["insertDate"] = insert_date
        if update_date is not UNSET:
            field_dict["updateDate"] = update_date
        if custom_fields_key is not UNSET:
            field_dict["customFieldsKey"] = custom_fields_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        def _parse_editor_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        editor_type = _parse_editor_type(d.pop("editorType", UNSET))

        def _parse_content_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content_type = _parse_content_type(d.pop("contentType", UNSET))

        def _parse_insert_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        insert_date = _parse_insert_date(d.pop("insertDate", UNSET))

        def _parse_update_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        update_date = _parse_update_date(d.pop("updateDate", UNSET))

        custom_fields_key = cast(list[str], d.pop("customFieldsKey", UNSET))

        template = cls(
            id=id,
            title=title,
            editor_type=editor_type,
            content_type=content_type,
            insert_date=insert_date,
            update_date=update_date,
            custom_fields_key=custom_fields_key,
        )

        template.additional_properties = d
        return template

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
