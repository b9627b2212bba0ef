# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

T = TypeVar("T", bound="ContactPage")


class ContactPage:
    """
    Attributes:
        metadata (Metadata):
        contacts (list[Contact]):
    """

    __slots__ = ("metadata", "contacts", "additional_properties", "__weakref__")
    __match_args__ = (
        "metadata",
        "contacts",
    )

    metadata: Metadata
    contacts: list[Contact]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        metadata: Metadata,
        contacts: list[Contact],
    ) -> None:
        self.metadata = metadata
        self.contacts = contacts
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"metadata={self.metadata!r}, "
            f"contacts={self.contacts!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, ContactPage):
            return NotImplemented
        return (
            self.metadata,
            self.contacts,
            self.additional_properties,
        ) == (
            other.metadata,
            other.contacts,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        metadata = self.metadata.to_dict()

        contacts = []
        for contacts_item_data in self.contacts:
            contacts_item = contacts_item_data.to_dict()
            contacts.append(contacts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["metadata"] = metadata
        field_dict["contacts"] = contacts
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        metadata = Metadata.from_dict(d.pop("metadata"))

        contacts = []
        _contacts = d.pop("contacts")
        for contacts_item_data in _contacts:
            contacts_item = Contact.from_dict(contacts_item_data)

            contacts.append(contacts_item)

        contact_page = cls(
            metadata=metadata,
            contacts=contacts,
        )
        contact_page.additional_properties = d
        return contact_page

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
from ..models.contact import Contact  # noqa: E402
from ..models.metadata import Metadata  # noqa: E402
