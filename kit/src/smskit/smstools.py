"""Smstools behind the :class:`smskit.Sender` interface (``pip install 'sms-kit[smstools]'``).

Each send carries the key as ``transactionId``; status and lookup search by it.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Any

import smstools_client
from smstools_client.api.sms import search_sms, send_sms
from smstools_client.models import Encoding, SendResult, SmsPage, SmsSend

from ._adapter import BaseAdapter, Call, UnexpectedAnswerError, without_none
from .numbers import smstools_number
from .schedule import smstools_date
from .segments import UCS2, check_length
from .sender import DeliveryStatus, Receipt, map_status, new_key

__all__ = ["NotInsertedError", "SmstoolsSender"]


class NotInsertedError(Exception):
    """Smstools answered but inserted no SMS (``smsInserted`` 0): nothing was sent."""

    may_have_been_sent = False


class SmstoolsSender(BaseAdapter):
    """Sends through a Smstools client from ``smstools_client.connect`` (or :meth:`connect`).

    ``country_code``: for numbers given without one. ``zone``: the zone of scheduled dates'
    offsets (default Europe/Rome).
    """

    name = "smstools"

    def __init__(self, client: Any, *, country_code: str | None = None, zone: tzinfo | None = None) -> None:
        super().__init__(client)
        self.country_code = country_code
        self.zone = zone

    @classmethod
    def connect(cls, base_url: str, auth_key: str, auth_secret: str, **options: Any) -> SmstoolsSender:
        """A sender over a new client; ``country_code``/``zone`` are the sender's, the rest the factory's."""
        country_code, zone = options.pop("country_code", None), options.pop("zone", None)
        client = smstools_client.connect(base_url, auth_key, auth_secret, **options)
        return cls(client, country_code=country_code, zone=zone)

    def _send_call(self, to: str, text: str, sender: str | None, key: str | None, at: datetime | None) -> Call:
        # Smstools takes a send without `encoding` as 7-bit, where characters outside GSM 03.38
        # would arrive as '?': a text that needs UCS-2 says so.
        encoding = Encoding.UCS2 if check_length(self.name, text).encoding == UCS2 else None
        wire_to = smstools_number(to, country_code=self.country_code)
        key = key or new_key()
        body = SmsSend(
            **without_none(
                text=text,
                to=wire_to,
                from_=sender,
                encoding=encoding,
                transaction_id=key,
                date=smstools_date(at, self.zone) if at is not None else None,
            )
        )

        def read(answer: object) -> Receipt:
            if not isinstance(answer, SendResult):
                raise UnexpectedAnswerError(f"smstools: sendSms answered {type(answer).__name__}")
            if answer.sms_inserted < 1:
                details = [str(item.status_detail or item.status) for item in answer.sms]
                raise NotInsertedError(f"smstools inserted no SMS for {wire_to}: {', '.join(details) or 'no detail'}")
            return Receipt(self.name, key, key, wire_to, answer)

        return Call(send_sms, read, kwargs={"body": body})

    def _search(self, key: str) -> dict[str, Any]:
        return {"transaction_id": key}

    def _status_call(self, receipt: Receipt) -> Call | DeliveryStatus:
        def read(answer: object) -> DeliveryStatus:
            if not isinstance(answer, SmsPage) or not answer.sms_list:
                return DeliveryStatus.UNKNOWN
            state = answer.sms_list[0].status
            return map_status(self.name, str(getattr(state, "value", state)))

        return Call(search_sms, read, kwargs=self._search(receipt.key or receipt.message_id))

    def _lookup_call(self, key: str, to: str) -> Call:
        def read(answer: object) -> Receipt | None:
            if not isinstance(answer, SmsPage):
                raise UnexpectedAnswerError(f"smstools: searchSms answered {type(answer).__name__}")
            if not answer.sms_list:
                return None
            return Receipt(self.name, key, key, answer.sms_list[0].to, answer)

        return Call(search_sms, read, kwargs=self._search(key))
