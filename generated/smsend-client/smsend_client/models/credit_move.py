# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

T = TypeVar("T", bound="CreditMove")


class CreditMove:
    """
    Attributes:
        credits_ (list[CreditMoveCreditsItem]): The credit moves. At least one: an inference, the
            document does not say.
    """

    __slots__ = ("credits_", "additional_properties", "__weakref__")
    __match_args__ = ("credits_",)

    credits_: list[CreditMoveCreditsItem]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        credits_: list[CreditMoveCreditsItem],
    ) -> None:
        self.credits_ = credits_
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"credits_={self.credits_!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, CreditMove):
            return NotImplemented
        return (
            self.credits_,
            self.additional_properties,
        ) == (
            other.credits_,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        credits_ = []
        for credits_item_data in self.credits_:
            credits_item = credits_item_data.to_dict()
            credits_.append(credits_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["credits"] = credits_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        credits_ = []
        _credits_ = d.pop("credits")
        for credits_item_data in _credits_:
            credits_item = CreditMoveCreditsItem.from_dict(credits_item_data)

            credits_.append(credits_item)

        credit_move = cls(
            credits_=credits_,
        )
        credit_move.additional_properties = d
        return credit_move

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
from ..models.credit_move_credits_item import CreditMoveCreditsItem  # noqa: E402
