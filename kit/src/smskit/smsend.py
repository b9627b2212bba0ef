"""smSend behind the :class:`smskit.Sender` interface (``pip install 'sms-kit[smsend]'``).

Each send carries the key as ``order_id``; status and lookup read ``GET /sms/{order_id}``.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Any

import smsend_client
from smsend_client.api.sms import get_sms_state, send_sms
from smsend_client.models import MessageType, SendResult, SendSms, SmsState

from ._adapter import BaseAdapter, Call, UnexpectedAnswerError, without_none
from .numbers import smsend_number
from .schedule import smsend_date
from .segments import check_length
from .sender import DeliveryStatus, Receipt, map_status, new_key

__all__ = ["SmsendSender"]


class SmsendSender(BaseAdapter):
    """Sends through an smSend client from ``smsend_client.connect`` (or :meth:`connect`).

    ``message_type``: ``"N"`` (high quality, the default), ``"L"`` or ``"LL"``. ``country_code``:
    for numbers given without one. ``zone``: the zone smSend reads dates in (default Europe/Rome).
    """

    name = "smsend"

    def __init__(
        self, client: Any, *, message_type: str = "N", country_code: str | None = None, zone: tzinfo | None = None
    ) -> None:
        super().__init__(client)
        self.message_type = MessageType(message_type)
        self.country_code = country_code
        self.zone = zone

    @classmethod
    def connect(cls, base_url: str, username: str, password: str, **options: Any) -> SmsendSender:
        """A sender over a new client (``login``); ``message_type``/``country_code``/``zone`` are the
        sender's, the rest go to the client factory."""
        own = {name: options.pop(name) for name in ("message_type", "country_code", "zone") if name in options}
        client = smsend_client.connect(base_url, username, password, **options)
        return cls(client, **own)

    def _send_call(self, to: str, text: str, sender: str | None, key: str | None, at: datetime | None) -> Call:
        check_length(self.name, text)
        wire_to = smsend_number(to, country_code=self.country_code)
        key = key or new_key()
        body = SendSms(
            **without_none(
                message_type=self.message_type,
                message=text,
                recipient=[wire_to],
                sender=sender,
                order_id=key,
                scheduled_delivery_time=smsend_date(at, self.zone) if at is not None else None,
            )
        )

        def read(answer: object) -> Receipt:
            if not isinstance(answer, SendResult):
                raise UnexpectedAnswerError(f"smsend: sendSms answered {type(answer).__name__}")
            return Receipt(self.name, answer.order_id, key, wire_to, answer)

        return Call(send_sms, read, kwargs={"body": body})

    def _status_call(self, receipt: Receipt) -> Call | DeliveryStatus:
        def read(answer: object) -> DeliveryStatus:
            if not isinstance(answer, SmsState) or not answer.recipients:
                return DeliveryStatus.UNKNOWN
            return map_status(self.name, answer.recipients[0].status)

        return Call(get_sms_state, read, args=(receipt.message_id,))

    def _lookup_call(self, key: str, to: str) -> Call:
        def read(answer: object) -> Receipt | None:
            if not isinstance(answer, SmsState):
                raise UnexpectedAnswerError(f"smsend: getSmsState answered {type(answer).__name__}")
            wire_to = answer.recipients[0].destination if answer.recipients else to
            return Receipt(self.name, key, key, wire_to, answer)

        return Call(get_sms_state, read, args=(key,), absent=(smsend_client.NotFoundError,))
