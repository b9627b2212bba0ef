# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

T = TypeVar("T", bound="FidelityProgrammes")


class FidelityProgrammes:
    """
    Attributes:
        fidelity_list (list[Fidelity]):
    """

    __slots__ = ("fidelity_list", "additional_properties", "__weakref__")
    __match_args__ = ("fidelity_list",)

    fidelity_list: list[Fidelity]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        fidelity_list: list[Fidelity],
    ) -> None:
        self.fidelity_list = fidelity_list
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"fidelity_list={self.fidelity_list!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, FidelityProgrammes):
            return NotImplemented
        return (
            self.fidelity_list,
            self.additional_properties,
        ) == (
            other.fidelity_list,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        fidelity_list = []
        for fidelity_list_item_data in self.fidelity_list:
            fidelity_list_item = fidelity_list_item_data.to_dict()
            fidelity_list.append(fidelity_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["fidelityList"] = fidelity_list
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fidelity_list = []
        _fidelity_list = d.pop("fidelityList")
        for fidelity_list_item_data in _fidelity_list:
            fidelity_list_item = Fidelity.from_dict(fidelity_list_item_data)

            fidelity_list.append(fidelity_list_item)

        fidelity_programmes = cls(
            fidelity_list=fidelity_list,
        )
        fidelity_programmes.additional_properties = d
        return fidelity_programmes

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
from ..models.fidelity import Fidelity  # noqa: E402
