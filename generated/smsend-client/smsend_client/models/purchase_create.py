# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

T = TypeVar("T", bound="PurchaseCreate")


class PurchaseCreate:
    """
    Attributes:
        purchases (list[PurchaseCreatePurchasesItem]): The purchases. At least one: an inference, the
            document does not say.
    """

    __slots__ = ("purchases", "additional_properties", "__weakref__")
    __match_args__ = ("purchases",)

    purchases: list[PurchaseCreatePurchasesItem]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        purchases: list[PurchaseCreatePurchasesItem],
    ) -> None:
        self.purchases = purchases
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"purchases={self.purchases!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, PurchaseCreate):
            return NotImplemented
        return (
            self.purchases,
            self.additional_properties,
        ) == (
            other.purchases,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        purchases = []
        for purchases_item_data in self.purchases:
            purchases_item = purchases_item_data.to_dict()
            purchases.append(purchases_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["purchases"] = purchases
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        purchases = []
        _purchases = d.pop("purchases")
        for purchases_item_data in _purchases:
            purchases_item = PurchaseCreatePurchasesItem.from_dict(purchases_item_data)

            purchases.append(purchases_item)

        purchase_create = cls(
            purchases=purchases,
        )
        purchase_create.additional_properties = d
        return purchase_create

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
from ..models.purchase_create_purchases_item import PurchaseCreatePurchasesItem  # noqa: E402
