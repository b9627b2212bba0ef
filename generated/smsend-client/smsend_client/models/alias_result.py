# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

T = TypeVar("T", bound="AliasResult")


class AliasResult:
    """
    Attributes:
        result (str):
        alias (Alias):
    """

    __slots__ = ("result", "alias", "additional_properties", "__weakref__")
    __match_args__ = (
        "result",
        "alias",
    )

    result: str
    alias: Alias
    additional_properties: dict[str, Any]

    def __init__(
        self,
        result: str,
        alias: Alias,
    ) -> None:
        self.result = result
        self.alias = alias
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"result={self.result!r}, "
            f"alias={self.alias!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, AliasResult):
            return NotImplemented
        return (
            self.result,
            self.alias,
            self.additional_properties,
        ) == (
            other.result,
            other.alias,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        result = self.result

        alias = self.alias.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["result"] = result
        field_dict["alias"] = alias
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        result = d.pop("result")
        alias = Alias.from_dict(d.pop("alias"))

        alias_result = cls(
            result=result,
            alias=alias,
        )
        alias_result.additional_properties = d
        return alias_result

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
from ..models.alias import Alias  # noqa: E402
