# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PushSend")


@_attrs_define
class PushSend:
    """A push without an image: `text` is then required. At least one of `to` and `group`.

    Attributes:
        text (str): The push text (no length limit is documented).
        to (str | Unset): Comma-separated phone numbers (393481234567,393481234568), or a JSON array of recipient
            objects each with `msisdn`, whose other properties personalise the text.
        group (str | Unset): One id or comma-separated ids. Digits only, at most 18 (an inference: ids are numbers in
            every answer seen)
        only_push (bool | Unset): Only push; recipients without the app are left out Default: False.
    """

    text: str
    to: str | Unset = UNSET
    group: str | Unset = UNSET
    only_push: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        to = self.to

        group = self.group

        only_push = self.only_push

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
            }
        )
        if to is not UNSET:
            field_dict["to"] = to
        if group is not UNSET:
            field_dict["group"] = group
        if only_push is not UNSET:
            field_dict["onlyPush"] = only_push

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        to = d.pop("to", UNSET)

        group = d.pop("group", UNSET)

        only_push = d.pop("onlyPush", UNSET)

        push_send = cls(
            text=text,
            to=to,
            group=group,
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
