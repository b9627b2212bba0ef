# generated from specs/fractel.yaml + overlays/fractel.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..models.delivery_state import DeliveryState
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeliveryConfirmation")


class DeliveryConfirmation:
    """Delivery confirmation webhook body, as FracTEL's 2017 docs list it. Current docs name the
    fields `msg`, `ds`, `dc` and `id`; nothing public shows which names the live JSON uses, so both
    are listed and none is required.

    Attributes:
        to (str | Unset): Recipient number.
        from_ (str | Unset): Sending FracTEL number.
        message (str | Unset): Message text.
        deliverystate (DeliveryState | Unset):
        deliverycode (int | str | Unset): Delivery code: 000 delivered to carrier, 100 not delivered to
            carrier, 187 statistical spam,
            188 keyword spam, 189 spam, 482 loop detected, 600 destination carrier could not accept, 610
            submission failed, 620 destination application error, 630 not acknowledged, 720 invalid
            destination number, 740 invalid source number, 999 unknown. The docs type it `int`; `000`
            suggests it may arrive as a three-digit string, so both are accepted (an inference).
        uid (str | Unset): Matches `uid` from the send response.
        msg (str | Unset): Message text (current docs' name for `message`).
        ds (DeliveryState | Unset):
        dc (int | str | Unset): Delivery code: 000 delivered to carrier, 100 not delivered to carrier,
            187 statistical spam,
            188 keyword spam, 189 spam, 482 loop detected, 600 destination carrier could not accept, 610
            submission failed, 620 destination application error, 630 not acknowledged, 720 invalid
            destination number, 740 invalid source number, 999 unknown. The docs type it `int`; `000`
            suggests it may arrive as a three-digit string, so both are accepted (an inference).
        id (str | Unset): Message id (current docs' name for `uid`).
    """

    __slots__ = (
        "to",
        "from_",
        "message",
        "deliverystate",
        "deliverycode",
        "uid",
        "msg",
        "ds",
        "dc",
        "id",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "to",
        "from_",
        "message",
        "deliverystate",
        "deliverycode",
        "uid",
        "msg",
        "ds",
        "dc",
        "id",
    )

    to: str | Unset
    from_: str | Unset
    message: str | Unset
    deliverystate: DeliveryState | Unset
    deliverycode: int | str | Unset
    uid: str | Unset
    msg: str | Unset
    ds: DeliveryState | Unset
    dc: int | str | Unset
    id: str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        to: str | Unset = UNSET,
        from_: str | Unset = UNSET,
        message: str | Unset = UNSET,
        deliverystate: DeliveryState | Unset = UNSET,
        deliverycode: int | str | Unset = UNSET,
        uid: str | Unset = UNSET,
        msg: str | Unset = UNSET,
        ds: DeliveryState | Unset = UNSET,
        dc: int | str | Unset = UNSET,
        id: str | Unset = UNSET,
    ) -> None:
        self.to = to
        self.from_ = from_
        self.message = message
        self.deliverystate = deliverystate
        self.deliverycode = deliverycode
        self.uid = uid
        self.msg = msg
        self.ds = ds
        self.dc = dc
        self.id = id
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"to={self.to!r}, "
            f"from_={self.from_!r}, "
            f"message={self.message!r}, "
            f"deliverystate={self.deliverystate!r}, "
            f"deliverycode={self.deliverycode!r}, "
            f"uid={self.uid!r}, "
            f"msg={self.msg!r}, "
            f"ds={self.ds!r}, "
            f"dc={self.dc!r}, "
            f"id={self.id!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, DeliveryConfirmation):
            return NotImplemented
        return (
            self.to,
            self.from_,
            self.message,
            self.deliverystate,
            self.deliverycode,
            self.uid,
            self.msg,
            self.ds,
            self.dc,
            self.id,
            self.additional_properties,
        ) == (
            other.to,
            other.from_,
            other.message,
            other.deliverystate,
            other.deliverycode,
            other.uid,
            other.msg,
            other.ds,
            other.dc,
            other.id,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        to = self.to

        from_ = self.from_

        message = self.message

        deliverystate: str | Unset = UNSET
        if not isinstance(self.deliverystate, Unset):
            deliverystate = self.deliverystate.value

        deliverycode: int | str | Unset
        if isinstance(self.deliverycode, Unset):
            deliverycode = UNSET
        else:
            deliverycode = self.deliverycode

        uid = self.uid

        msg = self.msg

        ds: str | Unset = UNSET
        if not isinstance(self.ds, Unset):
            ds = self.ds.value

        dc: int | str | Unset
        if isinstance(self.dc, Unset):
            dc = UNSET
        else:
            dc = self.dc

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if to is not UNSET:
            field_dict["to"] = to
        if from_ is not UNSET:
            field_dict["from"] = from_
        if message is not UNSET:
            field_dict["message"] = message
        if deliverystate is not UNSET:
            field_dict["deliverystate"] = deliverystate
        if deliverycode is not UNSET:
            field_dict["deliverycode"] = deliverycode
        if uid is not UNSET:
            field_dict["uid"] = uid
        if msg is not UNSET:
            field_dict["msg"] = msg
        if ds is not UNSET:
            field_dict["ds"] = ds
        if dc is not UNSET:
            field_dict["dc"] = dc
        if id is not UNSET:
            field_dict["id"] = id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        to = d.pop("to", UNSET)
        from_ = d.pop("from", UNSET)
        message = d.pop("message", UNSET)
        _deliverystate = d.pop("deliverystate", UNSET)
        deliverystate: DeliveryState | Unset
        if isinstance(_deliverystate, Unset):
            deliverystate = UNSET
        else:
            deliverystate = DeliveryState(_deliverystate)

        def _parse_deliverycode(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        deliverycode = _parse_deliverycode(d.pop("deliverycode", UNSET))

        uid = d.pop("uid", UNSET)
        msg = d.pop("msg", UNSET)
        _ds = d.pop("ds", UNSET)
        ds: DeliveryState | Unset
        if isinstance(_ds, Unset):
            ds = UNSET
        else:
            ds = DeliveryState(_ds)

        def _parse_dc(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        dc = _parse_dc(d.pop("dc", UNSET))

        id = d.pop("id", UNSET)
        delivery_confirmation = cls(
            to=to,
            from_=from_,
            message=message,
            deliverystate=deliverystate,
            deliverycode=deliverycode,
            uid=uid,
            msg=msg,
            ds=ds,
            dc=dc,
            id=id,
        )
        delivery_confirmation.additional_properties = d
        return delivery_confirmation

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
