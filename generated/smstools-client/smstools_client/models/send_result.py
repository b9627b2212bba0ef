# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendResult")


class SendResult:
    """
    Attributes:
        sms_inserted (int):
        sms_not_inserted (int):
        sms (list[SendResultSmsItem]):
        from_ (str | Unset):
        text (str | Unset):
        transaction_id (None | str | Unset):
        push_inserted (int | Unset): Push messages accepted (push sends; known only from an older vendor
            client)
    """

    __slots__ = (
        "sms_inserted",
        "sms_not_inserted",
        "sms",
        "from_",
        "text",
        "transaction_id",
        "push_inserted",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "sms_inserted",
        "sms_not_inserted",
        "sms",
        "from_",
        "text",
        "transaction_id",
        "push_inserted",
    )

    sms_inserted: int
    sms_not_inserted: int
    sms: list[SendResultSmsItem]
    from_: str | Unset
    text: str | Unset
    transaction_id: None | str | Unset
    push_inserted: int | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        sms_inserted: int,
        sms_not_inserted: int,
        sms: list[SendResultSmsItem],
        from_: str | Unset = UNSET,
        text: str | Unset = UNSET,
        transaction_id: None | str | Unset = UNSET,
        push_inserted: int | Unset = UNSET,
    ) -> None:
        self.sms_inserted = sms_inserted
        self.sms_not_inserted = sms_not_inserted
        self.sms = sms
        self.from_ = from_
        self.text = text
        self.transaction_id = transaction_id
        self.push_inserted = push_inserted
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"sms_inserted={self.sms_inserted!r}, "
            f"sms_not_inserted={self.sms_not_inserted!r}, "
            f"sms={self.sms!r}, "
            f"from_={self.from_!r}, "
            f"text={self.text!r}, "
            f"transaction_id={self.transaction_id!r}, "
            f"push_inserted={self.push_inserted!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, SendResult):
            return NotImplemented
        return (
            self.sms_inserted,
            self.sms_not_inserted,
            self.sms,
            self.from_,
            self.text,
            self.transaction_id,
            self.push_inserted,
            self.additional_properties,
        ) == (
            other.sms_inserted,
            other.sms_not_inserted,
            other.sms,
            other.from_,
            other.text,
            other.transaction_id,
            other.push_inserted,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        sms_inserted = self.sms_inserted

        sms_not_inserted = self.sms_not_inserted

        sms = []
        for sms_item_data in self.sms:
            sms_item = sms_item_data.to_dict()
            sms.append(sms_item)

        from_ = self.from_

        text = self.text

        transaction_id: None | str | Unset
        if isinstance(self.transaction_id, Unset):
            transaction_id = UNSET
        else:
            transaction_id = self.transaction_id

        push_inserted = self.push_inserted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["smsInserted"] = sms_inserted
        field_dict["smsNotInserted"] = sms_not_inserted
        field_dict["sms"] = sms
        if from_ is not UNSET:
            field_dict["from"] = from_
        if text is not UNSET:
            field_dict["text"] = text
        if transaction_id is not UNSET:
            field_dict["transactionId"] = transaction_id
        if push_inserted is not UNSET:
            field_dict["pushInserted"] = push_inserted
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sms_inserted = d.pop("smsInserted")
        sms_not_inserted = d.pop("smsNotInserted")
        sms = []
        _sms = d.pop("sms")
        for sms_item_data in _sms:
            sms_item = SendResultSmsItem.from_dict(sms_item_data)

            sms.append(sms_item)

        from_ = d.pop("from", UNSET)
        text = d.pop("text", UNSET)

        def _parse_transaction_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transaction_id = _parse_transaction_id(d.pop("transactionId", UNSET))

        push_inserted = d.pop("pushInserted", UNSET)
        send_result = cls(
            sms_inserted=sms_inserted,
            sms_not_inserted=sms_not_inserted,
            sms=sms,
            from_=from_,
            text=text,
            transaction_id=transaction_id,
            push_inserted=push_inserted,
        )
        send_result.additional_properties = d
        return send_result

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
from ..models.send_result_sms_item import SendResultSmsItem  # noqa: E402
