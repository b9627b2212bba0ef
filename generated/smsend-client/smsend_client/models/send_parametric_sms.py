# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..models.encoding import Encoding
from ..models.message_type import MessageType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SendParametricSms")


class SendParametricSms:
    """
    Attributes:
        message_type (MessageType): The type of SMS. The tables document "N" for High quality with
            reception notification, "L"
            for Medium Quality, "LL" For Low Cost; the samples and the user status use "GP", "SI", "GS"
            and "EE", which the tables do not explain.
        message (str): The body of the message, with placeholders (max 1000 characters). Message max
            length could be 160 chars when using low-quality SMSs. Not empty: an inference, the document
            gives no lower bound.
        recipients (SendParametricSmsRecipients): A map of recipents and relative parameters; each entry
            has `recipient` and the placeholder values. At least one entry: an inference, the document does
            not say.
        sender (None | str | Unset): The Sender name. If the message type allows a custom TPOA and the
            field is left empty, the
            user's preferred TPOA is used. Must be empty if the message type does not allow a custom TPOA.
            null is read as empty: the document's quick starts send `"sender": null`.
        scheduled_delivery_time (str | Unset): The messages will be sent at the given scheduled time
            (default: now). The document lists
            ddMMyy, yyyyMMdd, ddMMyyHHmm, yyyyMMddHHmmss, yyyy-MM-dd HH:mm and yyyy-MM-dd HH:mm.0; its
            quick starts also send ISO 8601 date-times (`2017-08-18T13:31:00`, with optional seconds
            fraction and offset, as Python's `isoformat()` and JSON.NET write them) and Java Gson's US
            default (`Aug 18, 2017 1:31:00 PM`), so both are accepted too (an inference: the document does
            not say how the server reads them; without an offset the time is the server's local time).
        order_id (str | Unset): Specifies a custom order ID. Default a UUID the server generates.
        return_credits (bool | Unset): Returns the number of credits used instead of the number of
            messages, i.e. when the message is
            more than 160 chars long more than one credit is used. (The quick starts' comments call it
            "Should the API return the remaining credits?"; the table is followed here.)
        return_remaining (bool | Unset): Returns the number of remaining SMSs Default: False.
        allow_invalid_recipients (bool | Unset): Sending to an invalid recipient does not block the
            operation Default: False.
        encoding (Encoding | Unset): The SMS encoding. Use UCS2 for non standard character sets
    """

    __slots__ = (
        "message_type",
        "message",
        "recipients",
        "sender",
        "scheduled_delivery_time",
        "order_id",
        "return_credits",
        "return_remaining",
        "allow_invalid_recipients",
        "encoding",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "message_type",
        "message",
        "recipients",
        "sender",
        "scheduled_delivery_time",
        "order_id",
        "return_credits",
        "return_remaining",
        "allow_invalid_recipients",
        "encoding",
    )

    message_type: MessageType
    message: str
    recipients: SendParametricSmsRecipients
    sender: None | str | Unset
    scheduled_delivery_time: str | Unset
    order_id: str | Unset
    return_credits: bool | Unset
    return_remaining: bool | Unset
    allow_invalid_recipients: bool | Unset
    encoding: Encoding | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        message_type: MessageType,
        message: str,
        recipients: SendParametricSmsRecipients,
        sender: None | str | Unset = UNSET,
        scheduled_delivery_time: str | Unset = UNSET,
        order_id: str | Unset = UNSET,
        return_credits: bool | Unset = UNSET,
        return_remaining: bool | Unset = False,
        allow_invalid_recipients: bool | Unset = False,
        encoding: Encoding | Unset = UNSET,
    ) -> None:
        self.message_type = message_type
        self.message = message
        self.recipients = recipients
        self.sender = sender
        self.scheduled_delivery_time = scheduled_delivery_time
        self.order_id = order_id
        self.return_credits = return_credits
        self.return_remaining = return_remaining
        self.allow_invalid_recipients = allow_invalid_recipients
        self.encoding = encoding
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}("
            f"message_type={self.message_type!r}, "
            f"message={self.message!r}, "
            f"recipients={self.recipients!r}, "
            f"sender={self.sender!r}, "
            f"scheduled_delivery_time={self.scheduled_delivery_time!r}, "
            f"order_id={self.order_id!r}, "
            f"return_credits={self.return_credits!r}, "
            f"return_remaining={self.return_remaining!r}, "
            f"allow_invalid_recipients={self.allow_invalid_recipients!r}, "
            f"encoding={self.encoding!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, SendParametricSms):
            return NotImplemented
        return (
            self.message_type,
            self.message,
            self.recipients,
            self.sender,
            self.scheduled_delivery_time,
            self.order_id,
            self.return_credits,
            self.return_remaining,
            self.allow_invalid_recipients,
            self.encoding,
            self.additional_properties,
        ) == (
            other.message_type,
            other.message,
            other.recipients,
            other.sender,
            other.scheduled_delivery_time,
            other.order_id,
            other.return_credits,
            other.return_remaining,
            other.allow_invalid_recipients,
            other.encoding,
            other.additional_properties,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not hashable

    def to_dict(self) -> dict[str, Any]:
        message_type = self.message_type.value

        message = self.message

        recipients = self.recipients.to_dict()

        sender: None | str | Unset
        if isinstance(self.sender, Unset):
            sender = UNSET
        else:
            sender = self.sender

        scheduled_delivery_time: str | Unset
        if isinstance(self.scheduled_delivery_time, Unset):
            scheduled_delivery_time = UNSET
        else:
            scheduled_delivery_time = self.scheduled_delivery_time

        order_id = self.order_id

        return_credits = self.return_credits

        return_remaining = self.return_remaining

        allow_invalid_recipients = self.allow_invalid_recipients

        encoding: str | Unset = UNSET
        if not isinstance(self.encoding, Unset):
            encoding = self.encoding.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["message_type"] = message_type
        field_dict["message"] = message
        field_dict["recipients"] = recipients
        if sender is not UNSET:
            field_dict["sender"] = sender
        if scheduled_delivery_time is not UNSET:
            field_dict["scheduled_delivery_time"] = scheduled_delivery_time
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if return_credits is not UNSET:
            field_dict["returnCredits"] = return_credits
        if return_remaining is not UNSET:
            field_dict["returnRemaining"] = return_remaining
        if allow_invalid_recipients is not UNSET:
            field_dict["allowInvalidRecipients"] = allow_invalid_recipients
        if encoding is not UNSET:
            field_dict["encoding"] = encoding
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_type = MessageType(d.pop("message_type"))

        message = d.pop("message")
        recipients = SendParametricSmsRecipients.from_dict(d.pop("recipients"))

        def _parse_sender(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sender = _parse_sender(d.pop("sender", UNSET))

        def _parse_scheduled_delivery_time(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        scheduled_delivery_time = _parse_scheduled_delivery_time(d.pop("scheduled_delivery_time", UNSET))

        order_id = d.pop("order_id", UNSET)
        return_credits = d.pop("returnCredits", UNSET)
        return_remaining = d.pop("returnRemaining", UNSET)
        allow_invalid_recipients = d.pop("allowInvalidRecipients", UNSET)
        _encoding = d.pop("encoding", UNSET)
        encoding: Encoding | Unset
        if isinstance(_encoding, Unset):
            encoding = UNSET
        else:
            encoding = Encoding(_encoding)

        send_parametric_sms = cls(
            message_type=message_type,
            message=message,
            recipients=recipients,
            sender=sender,
            scheduled_delivery_time=scheduled_delivery_time,
            order_id=order_id,
            return_credits=return_credits,
            return_remaining=return_remaining,
            allow_invalid_recipients=allow_invalid_recipients,
            encoding=encoding,
        )
        send_parametric_sms.additional_properties = d
        return send_parametric_sms

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
from ..models.send_parametric_sms_recipients import SendParametricSmsRecipients  # noqa: E402
