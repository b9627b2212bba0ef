# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkResult")


class BulkResult:
    """
    Attributes:
        from_ (str | Unset):
        text (str | Unset):
        transaction_id (None | str | Unset):
    """

    __slots__ = ("from_", "text", "transaction_id", "additional_properties", "__weakref__")
    __match_args__ = (
        "from_",
        "text",
        "transaction_id",
    )

    from_: str | Unset
    text: str | Unset
    transaction_id: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        from_: str | Unset = UNSET,
        text: str | Unset = UNSET,
        transaction_id: None | str | Unset = UNSET,
    ) -> None:
        self.from_ = from_
        self.text = text
        self.transaction_id = transaction_id
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"from_={self.from_!r}, "
            f"text={self.text!r}, "
            f"transaction_id={self.transaction_id!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, BulkResult):
            return NotImplemented
        return (
            self.from_,
            self.text,
            self.transaction_id,
            self.additional_properties,
        ) == (
            other.from_,
            other.text,
            other.transaction_id,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        text = self.text

        transaction_id: None | str | Unset
        if isinstance(self.transaction_id, Unset):
            transaction_id = UNSET
        else:
            transaction_id = self.transaction_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if from_ is not UNSET:
            field_dict["from"] = from_
        if text is not UNSET:
            field_dict["text"] = text
        if transaction_id is not UNSET:
            field_dict["transactionId"] = transaction_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_ = d.pop("from", UNSET)
        text = d.pop("text", UNSET)

        def _parse_transaction_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transaction_id = _parse_transaction_id(d.pop("transactionId", UNSET))

        bulk_result = cls(
            from_=from_,
            text=text,
            transaction_id=transaction_id,
        )
        bulk_result.additional_properties = d
        return bulk_result

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
