# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

T = TypeVar("T", bound="TemplatePage")


class TemplatePage:
    """
    Attributes:
        metadata (Metadata):
        templates (list[Template]):
    """

    __slots__ = ("metadata", "templates", "additional_properties", "__weakref__")
    __match_args__ = (
        "metadata",
        "templates",
    )

    metadata: Metadata
    templates: list[Template]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        metadata: Metadata,
        templates: list[Template],
    ) -> None:
        self.metadata = metadata
        self.templates = templates
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"metadata={self.metadata!r}, "
            f"templates={self.templates!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, TemplatePage):
            return NotImplemented
        return (
            self.metadata,
            self.templates,
            self.additional_properties,
        ) == (
            other.metadata,
            other.templates,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        metadata = self.metadata.to_dict()

        templates = []
        for templates_item_data in self.templates:
            templates_item = templates_item_data.to_dict()
            templates.append(templates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["metadata"] = metadata
        field_dict["templates"] = templates
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        metadata = Metadata.from_dict(d.pop("metadata"))

        templates = []
        _templates = d.pop("templates")
        for templates_item_data in _templates:
            templates_item = Template.from_dict(templates_item_data)

            templates.append(templates_item)

        template_page = cls(
            metadata=metadata,
            templates=templates,
        )
        template_page.additional_properties = d
        return template_page

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
from ..models.metadata import Metadata  # noqa: E402
from ..models.template import Template  # noqa: E402
