# generated from specs/fractel.yaml + overlays/fractel.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="Error")


class Error:
    """Error body. An inference: never shown for 2.0; this is the default error shape of the
    framework the 2.0 backend used, with the camelCase `statusCode` of the 2.0 success bodies.
    From 2.1 FracTEL names it `status_code`, so either is accepted and neither is required. A
    validation failure may add `validation` naming the offending fields (also an inference).

    Attributes:
        error (str): The HTTP reason phrase.
        message (str): What is wrong, naming the field.
        statusCode (int | Unset): The HTTP status (2.0 docs' name).
        status_code (int | Unset): The HTTP status (name used from 2.1).
        validation (ErrorValidation | Unset): Which fields failed validation (an inference; no FracTEL
            document shows it).
    """

    __slots__ = ("error", "message", "statusCode", "status_code", "validation", "additional_properties", "__weakref__")
    __match_args__ = (
        "error",
        "message",
        "statusCode",
        "status_code",
        "validation",
    )

    error: str
    message: str
    statusCode: int | Unset
    status_code: int | Unset
    validation: ErrorValidation | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        error: str,
        message: str,
        statusCode: int | Unset = UNSET,
        status_code: int | Unset = UNSET,
        validation: ErrorValidation | Unset = UNSET,
    ) -> None:
        self.error = error
        self.message = message
        self.statusCode = statusCode
        self.status_code = status_code
        self.validation = validation
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"error={self.error!r}, "
            f"message={self.message!r}, "
            f"statusCode={self.statusCode!r}, "
            f"status_code={self.status_code!r}, "
            f"validation={self.validation!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, Error):
            return NotImplemented
        return (
            self.error,
            self.message,
            self.statusCode,
            self.status_code,
            self.validation,
            self.additional_properties,
        ) == (
            other.error,
            other.message,
            other.statusCode,
            other.status_code,
            other.validation,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        message = self.message

        statusCode = self.statusCode

        status_code = self.status_code

        validation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.validation, Unset):
            validation = self.validation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["error"] = error
        field_dict["message"] = message
        if statusCode is not UNSET:
            field_dict["statusCode"] = statusCode
        if status_code is not UNSET:
            field_dict["status_code"] = status_code
        if validation is not UNSET:
            field_dict["validation"] = validation
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error = d.pop("error")
        message = d.pop("message")
        statusCode = d.pop("statusCode", UNSET)
        status_code = d.pop("status_code", UNSET)
        _validation = d.pop("validation", UNSET)
        validation: ErrorValidation | Unset
        if isinstance(_validation, Unset):
            validation = UNSET
        else:
            validation = ErrorValidation.from_dict(_validation)

        error = cls(
            error=error,
            message=message,
            statusCode=statusCode,
            status_code=status_code,
            validation=validation,
        )
        error.additional_properties = d
        return error

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
from ..models.error_validation import ErrorValidation  # noqa: E402
