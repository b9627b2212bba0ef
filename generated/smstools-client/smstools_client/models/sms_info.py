# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..models.sms_status import SmsStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsInfo")


class SmsInfo:
    """
    Attributes:
        id (int | str):
        to (str):
        status (SmsStatus | str):
        text (str | Unset):
        from_ (str | Unset):
        insert_date (None | str | Unset): A date as the documented example prints it, e.g.
            2014-01-13T15:01:35+0100 (no colon in the
            offset). Kept as text without a pattern: that every date of every answer has this format is an
            inference.
        sent_date (None | str | Unset): A date as the documented example prints it, e.g.
            2014-01-13T15:01:35+0100 (no colon in the
            offset). Kept as text without a pattern: that every date of every answer has this format is an
            inference.
        delivery_date (None | str | Unset): A date as the documented example prints it, e.g.
            2014-01-13T15:01:35+0100 (no colon in the
            offset). Kept as text without a pattern: that every date of every answer has this format is an
            inference.
        transaction_id (None | str | Unset):
        price (float | Unset):
    """

    __slots__ = (
        "id",
        "to",
        "status",
        "text",
        "from_",
        "insert_date",
        "sent_date",
        "delivery_date",
        "transaction_id",
        "price",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "id",
        "to",
        "status",
        "text",
        "from_",
        "insert_date",
        "sent_date",
        "delivery_date",
        "transaction_id",
        "price",
    )

    id: int | str
    to: str
    status: SmsStatus | str
    text: str | Unset
    from_: str | Unset
    insert_date: None | str | Unset
    sent_date: None | str | Unset
    delivery_date: None | str | Unset
    transaction_id: None | str | Unset
    price: float | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: int | str,
        to: str,
        status: SmsStatus | str,
        text: str | Unset = UNSET,
        from_: str | Unset = UNSET,
        insert_date: None | str | Unset = UNSET,
        sent_date: None | str | Unset = UNSET,
        delivery_date: None | str | Unset = UNSET,
        transaction_id: None | str | Unset = UNSET,
        price: float | Unset = UNSET,
    ) -> None:
        self.id = id
        self.to = to
        self.status = status
        self.text = text
        self.from_ = from_
        self.insert_date = insert_date
        self.sent_date = sent_date
        self.delivery_date = delivery_date
        self.transaction_id = transaction_id
        self.price = price
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"id={self.id!r}, "
            f"to={self.to!r}, "
            f"status={self.status!r}, "
            f"text={self.text!r}, "
            f"from_={self.from_!r}, "
            f"insert_date={self.insert_date!r}, "
            f"sent_date={self.sent_date!r}, "
            f"delivery_date={self.delivery_date!r}, "
            f"transaction_id={self.transaction_id!r}, "
            f"price={self.price!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, SmsInfo):
            return NotImplemented
        return (
            self.id,
            self.to,
            self.status,
            self.text,
            self.from_,
            self.insert_date,
            self.sent_date,
            self.delivery_date,
            self.transaction_id,
            self.price,
            self.additional_properties,
        ) == (
            other.id,
            other.to,
            other.status,
            other.text,
            other.from_,
            other.insert_date,
            other.sent_date,
            other.delivery_date,
            other.transaction_id,
            other.price,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        to = self.to

        status: str
        if isinstance(self.status, SmsStatus):
            status = self.status.value
        else:
            status = self.status

        text = self.text

        from_ = self.from_

        insert_date: None | str | Unset
        if isinstance(self.insert_date, Unset):
            insert_date = UNSET
        else:
            insert_date = self.insert_date

        sent_date: None | str | Unset
        if isinstance(self.sent_date, Unset):
            sent_date = UNSET
        else:
            sent_date = self.sent_date

        delivery_date: None | str | Unset
        if isinstance(self.delivery_date, Unset):
            delivery_date = UNSET
        else:
            delivery_date = self.delivery_date

        transaction_id: None | str | Unset
        if isinstance(self.transaction_id, Unset):
            transaction_id = UNSET
        else:
            transaction_id = self.transaction_id

        price = self.price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["to"] = to
        field_dict["status"] = status
        if text is not UNSET:
            field_dict["text"] = text
        if from_ is not UNSET:
            field_dict["from"] = from_
        if insert_date is not UNSET:
            field_dict["insertDate"] = insert_date
        if sent_date is not UNSET:
            field_dict["sentDate"] = sent_date
        if delivery_date is not UNSET:
            field_dict["deliveryDate"] = delivery_date
        if transaction_id is not UNSET:
            field_dict["transactionId"] = transaction_id
        if price is not UNSET:
            field_dict["price"] = price
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> int | str:
            return cast(int | str, data)

        id = _parse_id(d.pop("id"))

        to = d.pop("to")

        def _parse_status(data: object) -> SmsStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = SmsStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(SmsStatus | str, data)

        status = _parse_status(d.pop("status"))

        text = d.pop("text", UNSET)
        from_ = d.pop("from", UNSET)

        def _parse_insert_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        insert_date = _parse_insert_date(d.pop("insertDate", UNSET))

        def _parse_sent_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sent_date = _parse_sent_date(d.pop("sentDate", UNSET))

        def _parse_delivery_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        delivery_date = _parse_delivery_date(d.pop("deliveryDate", UNSET))

        def _parse_transaction_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transaction_id = _parse_transaction_id(d.pop("transactionId", UNSET))

        price = d.pop("price", UNSET)
        sms_info = cls(
            id=id,
            to=to,
            status=status,
            text=text,
            from_=from_,
            insert_date=insert_date,
            sent_date=sent_date,
            delivery_date=delivery_date,
            transaction_id=transaction_id,
            price=price,
        )
        sms_info.additional_properties = d
        return sms_info

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
