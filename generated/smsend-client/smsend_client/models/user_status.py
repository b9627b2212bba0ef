# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserStatus")


class UserStatus:
    """The document shows one example and no types: the types here, and that `email` and `landing` may be
    null or an object, are inferences from it.

    Attributes:
        money (float | None | Unset): The user's money; null unless getMoney=true (a number: an
            inference)
        sms (list[UserStatusSmsItem] | Unset):
        email (None | Unset | UserStatusEmailType0):
        landing (None | Unset | UserStatusLandingType0):
    """

    __slots__ = ("money", "sms", "email", "landing", "additional_properties", "__weakref__")
    __match_args__ = (
        "money",
        "sms",
        "email",
        "landing",
    )

    money: float | None | Unset
    sms: list[UserStatusSmsItem] | Unset
    email: None | Unset | UserStatusEmailType0
    landing: None | Unset | UserStatusLandingType0
    additional_properties: dict[str, Any]

    def __init__(
        self,
        money: float | None | Unset = UNSET,
        sms: list[UserStatusSmsItem] | Unset = UNSET,
        email: None | Unset | UserStatusEmailType0 = UNSET,
        landing: None | Unset | UserStatusLandingType0 = UNSET,
    ) -> None:
        self.money = money
        self.sms = sms
        self.email = email
        self.landing = landing
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"money={self.money!r}, "
            f"sms={self.sms!r}, "
            f"email={self.email!r}, "
            f"landing={self.landing!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, UserStatus):
            return NotImplemented
        return (
            self.money,
            self.sms,
            self.email,
            self.landing,
            self.additional_properties,
        ) == (
            other.money,
            other.sms,
            other.email,
            other.landing,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        money: float | None | Unset
        if isinstance(self.money, Unset):
            money = UNSET
        else:
            money = self.money

        sms: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sms, Unset):
            sms = []
            for sms_item_data in self.sms:
                sms_item = sms_item_data.to_dict()
                sms.append(sms_item)

        email: dict[str, Any] | None | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        elif isinstance(self.email, UserStatusEmailType0):
            email = self.email.to_dict()
        else:
            email = self.email

        landing: dict[str, Any] | None | Unset
        if isinstance(self.landing, Unset):
            landing = UNSET
        elif isinstance(self.landing, UserStatusLandingType0):
            landing = self.landing.to_dict()
        else:
            landing = self.landing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if money is not UNSET:
            field_dict["money"] = money
        if sms is not UNSET:
            field_dict["sms"] = sms
        if email is not UNSET:
            field_dict["email"] = email
        if landing is not UNSET:
            field_dict["landing"] = landing
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_money(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        money = _parse_money(d.pop("money", UNSET))

        _sms = d.pop("sms", UNSET)
        sms: list[UserStatusSmsItem] | Unset = UNSET
        if _sms is not UNSET:
            sms = []
            for sms_item_data in _sms:
                sms_item = UserStatusSmsItem.from_dict(sms_item_data)

                sms.append(sms_item)

        def _parse_email(data: object) -> None | Unset | UserStatusEmailType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                email_type_0 = UserStatusEmailType0.from_dict(data)

                return email_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserStatusEmailType0, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_landing(data: object) -> None | Unset | UserStatusLandingType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                landing_type_0 = UserStatusLandingType0.from_dict(data)

                return landing_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserStatusLandingType0, data)

        landing = _parse_landing(d.pop("landing", UNSET))

        user_status = cls(
            money=money,
            sms=sms,
            email=email,
            landing=landing,
        )
        user_status.additional_properties = d
        return user_status

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
from ..models.user_status_email_type_0 import UserStatusEmailType0  # noqa: E402
from ..models.user_status_landing_type_0 import UserStatusLandingType0  # noqa: E402
from ..models.user_status_sms_item import UserStatusSmsItem  # noqa: E402
