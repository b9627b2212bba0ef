# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

T = TypeVar("T", bound="SmsHistory")


class SmsHistory:
    """
    Attributes:
        total (int): The total number of results
        page_number (int): The returned page number
        page_size (int): The page size
        result (str): The status of the request
        smshistory (list[SmsHistorySmshistoryItem]):
    """

    __slots__ = ("total", "page_number", "page_size", "result", "smshistory", "additional_properties", "__weakref__")
    __match_args__ = (
        "total",
        "page_number",
        "page_size",
        "result",
        "smshistory",
    )

    total: int
    page_number: int
    page_size: int
    result: str
    smshistory: list[SmsHistorySmshistoryItem]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        total: int,
        page_number: int,
        page_size: int,
        result: str,
        smshistory: list[SmsHistorySmshistoryItem],
    ) -> None:
        self.total = total
        self.page_number = page_number
        self.page_size = page_size
        self.result = result
        self.smshistory = smshistory
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"total={self.total!r}, "
            f"page_number={self.page_number!r}, "
            f"page_size={self.page_size!r}, "
            f"result={self.result!r}, "
            f"smshistory={self.smshistory!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, SmsHistory):
            return NotImplemented
        return (
            self.total,
            self.page_number,
            self.page_size,
            self.result,
            self.smshistory,
            self.additional_properties,
        ) == (
            other.total,
            other.page_number,
            other.page_size,
            other.result,
            other.smshistory,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        page_number = self.page_number

        page_size = self.page_size

        result = self.result

        smshistory = []
        for smshistory_item_data in self.smshistory:
            smshistory_item = smshistory_item_data.to_dict()
            smshistory.append(smshistory_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["total"] = total
        field_dict["pageNumber"] = page_number
        field_dict["pageSize"] = page_size
        field_dict["result"] = result
        field_dict["smshistory"] = smshistory
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total = d.pop("total")
        page_number = d.pop("pageNumber")
        page_size = d.pop("pageSize")
        result = d.pop("result")
        smshistory = []
        _smshistory = d.pop("smshistory")
        for smshistory_item_data in _smshistory:
            smshistory_item = SmsHistorySmshistoryItem.from_dict(smshistory_item_data)

            smshistory.append(smshistory_item)

        sms_history = cls(
            total=total,
            page_number=page_number,
            page_size=page_size,
            result=result,
            smshistory=smshistory,
        )
        sms_history.additional_properties = d
        return sms_history

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
from ..models.sms_history_smshistory_item import SmsHistorySmshistoryItem  # noqa: E402
