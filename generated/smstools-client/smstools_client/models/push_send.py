# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="PushSend")


@_attrs_define
class PushSend:
    """At least one of `text` and `file`, and of `to` and `group`.

    Attributes:
        to (str | Unset): Comma-separated phone numbers (393481234567,393481234568), or a JSON array of recipient
            objects each with `msisdn`, whose other properties personalise the text.
        group (str | Unset): One id or comma-separated ids. Digits only, at most 18 (an inference: ids are numbers in
            every answer seen)
        text (str | Unset): The push text (no length limit is documented).
        file (File | Unset): The image to push
        only_push (bool | Unset): Only push; recipients without the app are left out Default: False.
    """

    to: str | Unset = UNSET
    group: str | Unset = UNSET
    text: str | Unset = UNSET
    file: File | Unset = UNSET
    only_push: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        to = self.to

        group = self.group

        text = self.text

        file: FileTypes | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_tuple()

        only_push = self.only_push

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if to is not UNSET:
            field_dict["to"] = to
        if group is not UNSET:
            field_dict["group"] = group
        if text is not UNSET:
            field_dict["text"] = text
        if file is not UNSET:
            field_dict["file"] = file
        if only_push is not UNSET:
            field_dict["onlyPush"] = only_push

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.to, Unset):
            files.append(("to", (None, str(self.to).encode(), "text/plain")))

        if not isinstance(self.group, Unset):
            files.append(("group", (None, str(self.group).encode(), "text/plain")))

        if not isinstance(self.text, Unset):
            files.append(("text", (None, str(self.text).encode(), "text/plain")))

        if not isinstance(self.file, Unset):
            files.append(("file", self.file.to_tuple()))

        if not isinstance(self.only_push, Unset):
            files.append(("onlyPush", (None, str(self.only_push).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        to = d.pop("to", UNSET)

        group = d.pop("group", UNSET)

        text = d.pop("text", UNSET)

        _file = d.pop("file", UNSET)
        file: File | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = File(payload=BytesIO(_file))

        only_push = d.pop("onlyPush", UNSET)

        push_send = cls(
            to=to,
            group=group,
            text=text,
            file=file,
            only_push=only_push,
        )

        push_send.additional_properties = d
        return push_send

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
