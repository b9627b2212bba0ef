# generated from specs/fractel.yaml + overlays/fractel.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_validation import ErrorValidation


T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """Error body. Inference (research 7): never shown for 2.0; this is the hapi default error shape
    the 2.0 backend would produce, with the camelCase `statusCode` of the 2.0 success bodies. A
    Joi validation failure adds `validation` naming the offending fields.

        Attributes:
            status_code (int):
            error (str): The HTTP reason phrase.
            message (str): What is wrong, naming the field.
            validation (ErrorValidation | Unset):
    """

    status_code: int
    error: str
    message: str
    validation: ErrorValidation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status_code = self.status_code

        error = self.error

        message = self.message

        validation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.validation, Unset):
            validation = self.validation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "statusCode": status_code,
                "error": error,
                "message": message,
            }
        )
        if validation is not UNSET:
            field_dict["validation"] = validation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_validation import ErrorValidation  # noqa: PLC0415

        d = dict(src_dict)
        status_code = d.pop("statusCode")

        error = d.pop("error")

        message = d.pop("message")

        _validation = d.pop("validation", UNSET)
        validation: ErrorValidation | Unset
        if isinstance(_validation, Unset):
            validation = UNSET
        else:
            validation = ErrorValidation.from_dict(_validation)

        error = cls(
            status_code=status_code,
            error=error,
            message=message,
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
