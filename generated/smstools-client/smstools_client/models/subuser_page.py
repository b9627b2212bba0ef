# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

T = TypeVar("T", bound="SubuserPage")


class SubuserPage:
    """
    Attributes:
        metadata (Metadata):
        subuser_list (list[Subuser]): The list's property name is an inference
    """

    __slots__ = ("metadata", "subuser_list", "additional_properties", "__weakref__")
    __match_args__ = (
        "metadata",
        "subuser_list",
    )

    metadata: Metadata
    subuser_list: list[Subuser]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        metadata: Metadata,
        subuser_list: list[Subuser],
    ) -> None:
        self.metadata = metadata
        self.subuser_list = subuser_list
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"metadata={self.metadata!r}, "
            f"subuser_list={self.subuser_list!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, SubuserPage):
            return NotImplemented
        return (
            self.metadata,
            self.subuser_list,
            self.additional_properties,
        ) == (
            other.metadata,
            other.subuser_list,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        metadata = self.metadata.to_dict()

        subuser_list = []
        for subuser_list_item_data in self.subuser_list:
            subuser_list_item = subuser_list_item_data.to_dict()
            subuser_list.append(subuser_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["metadata"] = metadata
        field_dict["subuserList"] = subuser_list
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        metadata = Metadata.from_dict(d.pop("metadata"))

        subuser_list = []
        _subuser_list = d.pop("subuserList")
        for subuser_list_item_data in _subuser_list:
            subuser_list_item = Subuser.from_dict(subuser_list_item_data)

            subuser_list.append(subuser_list_item)

        subuser_page = cls(
            metadata=metadata,
            subuser_list=subuser_list,
        )
        subuser_page.additional_properties = d
        return subuser_page

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
from ..models.metadata import Metadata  # noqa: E402
from ..models.subuser import Subuser  # noqa: E402
