# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from .. import types
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="PushSend")


class PushSend:
    """At least one of `text` and `file`, and of `to` and `group`.

    Attributes:
        to (str | Unset): Comma-separated phone numbers (393481234567,393481234568), or a JSON array of
            recipient
            objects each with `msisdn`, whose other properties personalise the text.
        group (str | Unset): One id or comma-separated ids. Digits only, at most 18 (an inference: ids
            are numbers in every answer seen)
        text (str | Unset): The push text (no length limit is documented).
        file (File | Unset): The image to push
        only_push (bool | Unset): Only push; recipients without the app are left out Default: False.
    """

    __slots__ = ("to", "group", "text", "file", "only_push", "additional_properties", "__weakref__")
    __match_args__ = (
        "to",
        "group",
        "text",
        "file",
        "only_push",
    )

    to: str | Unset
    group: str | Unset
    text: str | Unset
    file: File | Unset
    only_push: bool | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        to: str | Unset = UNSET,
        group: str | Unset = UNSET,
        text: str | Unset = UNSET,
        file: File | Unset = UNSET,
        only_push: bool | Unset = False,
    ) -> None:
        self.to = to
        self.group = group
        self.text = text
        self.file = file
        self.only_push = only_push
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"to={self.to!r}, "
            f"group={self.group!r}, "
            f"text={self.text!r}, "
            f"file={self.file!r}, "
            f"only_push={self.only_push!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, PushSend):
            return NotImplemented
        return (
            self.to,
            self.group,
            self.text,
            self.file,
            self.only_push,
            self.additional_properties,
        ) == (
            other.to,
            other.group,
            other.text,
            other.file,
            other.only_push,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

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
