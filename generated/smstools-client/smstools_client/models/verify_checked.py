# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..models.verify_checked_verify_status_type_0 import VerifyCheckedVerifyStatusType0

T = TypeVar("T", bound="VerifyChecked")


class VerifyChecked:
    """
    Attributes:
        verify_status (str | VerifyCheckedVerifyStatusType0): VERIFIED on success; anything else is a
            failure.
    """

    __slots__ = ("verify_status", "additional_properties", "__weakref__")
    __match_args__ = ("verify_status",)

    verify_status: str | VerifyCheckedVerifyStatusType0
    additional_properties: dict[str, Any]

    def __init__(
        self,
        verify_status: str | VerifyCheckedVerifyStatusType0,
    ) -> None:
        self.verify_status = verify_status
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"verify_status={self.verify_status!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, VerifyChecked):
            return NotImplemented
        return (
            self.verify_status,
            self.additional_properties,
        ) == (
            other.verify_status,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        verify_status: str
        if isinstance(self.verify_status, VerifyCheckedVerifyStatusType0):
            verify_status = self.verify_status.value
        else:
            verify_status = self.verify_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["verify_status"] = verify_status
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_verify_status(data: object) -> str | VerifyCheckedVerifyStatusType0:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                verify_status_type_0 = VerifyCheckedVerifyStatusType0(data)

                return verify_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | VerifyCheckedVerifyStatusType0, data)

        verify_status = _parse_verify_status(d.pop("verify_status"))

        verify_checked = cls(
            verify_status=verify_status,
        )
        verify_checked.additional_properties = d
        return verify_checked

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
