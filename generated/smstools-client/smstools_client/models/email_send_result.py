# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailSendResult")


class EmailSendResult:
    """
    Attributes:
        email_inserted (int):
        email_not_inserted (int):
        email (list[EmailSendResultEmailItem]):
        campaign_id (int | None | Unset):
    """

    __slots__ = ("email_inserted", "email_not_inserted", "email", "campaign_id", "additional_properties", "__weakref__")
    __match_args__ = (
        "email_inserted",
        "email_not_inserted",
        "email",
        "campaign_id",
    )

    email_inserted: int
    email_not_inserted: int
    email: list[EmailSendResultEmailItem]
    campaign_id: int | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        email_inserted: int,
        email_not_inserted: int,
        email: list[EmailSendResultEmailItem],
        campaign_id: int | None | Unset = UNSET,
    ) -> None:
        self.email_inserted = email_inserted
        self.email_not_inserted = email_not_inserted
        self.email = email
        self.campaign_id = campaign_id
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"email_inserted={self.email_inserted!r}, "
            f"email_not_inserted={self.email_not_inserted!r}, "
            f"email={self.email!r}, "
            f"campaign_id={self.campaign_id!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, EmailSendResult):
            return NotImplemented
        return (
            self.email_inserted,
            self.email_not_inserted,
            self.email,
            self.campaign_id,
            self.additional_properties,
        ) == (
            other.email_inserted,
            other.email_not_inserted,
            other.email,
            other.campaign_id,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        email_inserted = self.email_inserted

        email_not_inserted = self.email_not_inserted

        email = []
        for email_item_data in self.email:
            email_item = email_item_data.to_dict()
            email.append(email_item)

        campaign_id: int | None | Unset
        if isinstance(self.campaign_id, Unset):
            campaign_id = UNSET
        else:
            campaign_id = self.campaign_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["emailInserted"] = email_inserted
        field_dict["emailNotInserted"] = email_not_inserted
        field_dict["email"] = email
        if campaign_id is not UNSET:
            field_dict["campaignId"] = campaign_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email_inserted = d.pop("emailInserted")
        email_not_inserted = d.pop("emailNotInserted")
        email = []
        _email = d.pop("email")
        for email_item_data in _email:
            email_item = EmailSendResultEmailItem.from_dict(email_item_data)

            email.append(email_item)

        def _parse_campaign_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        campaign_id = _parse_campaign_id(d.pop("campaignId", UNSET))

        email_send_result = cls(
            email_inserted=email_inserted,
            email_not_inserted=email_not_inserted,
            email=email,
            campaign_id=campaign_id,
        )
        email_send_result.additional_properties = d
        return email_send_result

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
from ..models.email_send_result_email_item import EmailSendResultEmailItem  # noqa: E402
