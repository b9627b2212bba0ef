# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

T = TypeVar("T", bound="AliasCreate")


class AliasCreate:
    """
    Attributes:
        alias (AliasCreateAlias): The alias and the data of whoever requests it (field names from the
            samples).
    """

    __slots__ = ("alias", "additional_properties", "__weakref__")
    __match_args__ = ("alias",)

    alias: AliasCreateAlias
    additional_properties: dict[str, Any]

    def __init__(
        self,
        alias: AliasCreateAlias,
    ) -> None:
        self.alias = alias
        self.additional_properties = {}

    def __repr__(self) -> str:
        return f"{type(self).__qualname__}(alias={self.alias!r}, additional_properties={self.additional_properties!r})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, AliasCreate):
            return NotImplemented
        return (
            self.alias,
            self.additional_properties,
        ) == (
            other.alias,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        alias = self.alias.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["alias"] = alias
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        alias = AliasCreateAlias.from_dict(d.pop("alias"))

        alias_create = cls(
            alias=alias,
        )
        alias_create.additional_properties = d
        return alias_create

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
from ..models.alias_create_alias import AliasCreateAlias  # noqa: E402
