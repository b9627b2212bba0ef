# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..types import UNSET, Unset

T = TypeVar("T", bound="Template")


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

    __slots__ = (
        "id",
        "title",
        "editor_type",
        "content_type",
        "insert_date",
        "update_date",
        "custom_fields_key",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "id",
        "title",
        "editor_type",
        "content_type",
        "insert_date",
        "update_date",
        "custom_fields_key",
    )

    id: int
    title: str
    editor_type: None | str | Unset
    content_type: None | str | Unset
    insert_date: None | str | Unset
    update_date: None | str | Unset
    custom_fields_key: list[str] | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: int,
        title: str,
        editor_type: None | str | Unset = UNSET,
        content_type: None | str | Unset = UNSET,
        insert_date: None | str | Unset = UNSET,
        update_date: None | str | Unset = UNSET,
        custom_fields_key: list[str] | Unset = UNSET,
    ) -> None:
        self.id = id
        self.title = title
        self.editor_type = editor_type
        self.content_type = content_type
        self.insert_date = insert_date
        self.update_date = update_date
        self.custom_fields_key = custom_fields_key
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"id={self.id!r}, "
            f"title={self.title!r}, "
            f"editor_type={self.editor_type!r}, "
            f"content_type={self.content_type!r}, "
            f"insert_date={self.insert_date!r}, "
            f"update_date={self.update_date!r}, "
            f"custom_fields_key={self.custom_fields_key!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, Template):
            return NotImplemented
        return (
            self.id,
            self.title,
            self.editor_type,
            self.content_type,
            self.insert_date,
            self.update_date,
            self.custom_fields_key,
            self.additional_properties,
        ) == (
            other.id,
            other.title,
            other.editor_type,
            other.content_type,
            other.insert_date,
            other.update_date,
            other.custom_fields_key,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

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
        field_dict["id"] = id
        field_dict["title"] = title
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
