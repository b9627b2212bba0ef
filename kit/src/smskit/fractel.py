"""FracTEL behind the :class:`smskit.Sender` interface (``pip install 'sms-kit[fractel]'``).

FracTEL takes 10-digit NANP numbers, no send key, no scheduling, and has no lookup: its delivery
state arrives only as a callback, which :meth:`FracTelSender.record` feeds in.
"""

from __future__ import annotations

import threading
from datetime import datetime
from typing import Any

import fractel_client
from fractel_client.api.sms import post_sms
from fractel_client.models import DeliveryConfirmation, SendResult, SmsRequest

from ._adapter import BaseAdapter, Call, UnexpectedAnswerError, without_none
from .numbers import fractel_number
from .schedule import SchedulingNotSupportedError
from .segments import check_length
from .sender import DeliveryStatus, Receipt, map_status

__all__ = ["FracTelSender"]


class FracTelSender(BaseAdapter):
    """Sends through a FracTEL client from ``fractel_client.connect`` (or :meth:`connect`).

    ``from_number``: one of the account's FracTEL numbers (``sender=`` on a send overrides it).
    ``confirmation_url``: where FracTEL posts delivery confirmations; feed them to :meth:`record`.
    """

    name = "fractel"

    def __init__(self, client: Any, from_number: str, *, confirmation_url: str | None = None) -> None:
        super().__init__(client)
        self.from_number = fractel_number(from_number)
        self.confirmation_url = confirmation_url
        self._states: dict[str, DeliveryStatus] = {}
        self._lock = threading.Lock()

    @classmethod
    def connect(cls, base_url: str, username: str, password: str, from_number: str, **options: Any) -> FracTelSender:
        """A sender over a new client; ``options`` other than ``confirmation_url`` go to the client factory."""
        confirmation_url = options.pop("confirmation_url", None)
        client = fractel_client.connect(base_url, username, password, **options)
        return cls(client, from_number, confirmation_url=confirmation_url)

    def _send_call(self, to: str, text: str, sender: str | None, key: str | None, at: datetime | None) -> Call:
        if at is not None:
            raise SchedulingNotSupportedError("FracTEL has no scheduled sending: send at the time instead")
        check_length(self.name, text)
        wire_to = fractel_number(to)
        body = SmsRequest(
            **without_none(
                to=wire_to,
                from_=fractel_number(sender) if sender else self.from_number,
                message=text,
                confirmation_url=self.confirmation_url,
            )
        )

        def read(answer: object) -> Receipt:
            if not isinstance(answer, SendResult):
                raise UnexpectedAnswerError(f"fractel: postSms answered {type(answer).__name__}")
            # The 2.0 page's first answer carried no `uid` (it was added later): such a send was
            # accepted, but no callback can be matched to it, so its id is empty.
            uid = answer.uid if isinstance(answer.uid, str) else ""
            return Receipt(self.name, uid, None, wire_to, answer)

        return Call(post_sms, read, kwargs={"body": body})

    def _status_call(self, receipt: Receipt) -> Call | DeliveryStatus:
        with self._lock:
            return self._states.get(receipt.message_id, DeliveryStatus.ACCEPTED)

    def record(self, confirmation: DeliveryConfirmation) -> DeliveryStatus:
        """Take in a delivery confirmation (from :func:`smskit.parse_callback`); :meth:`status`
        reports it from then on. Returns the state it maps to."""
        uid = confirmation.uid if isinstance(confirmation.uid, str) else confirmation.id
        state = confirmation.deliverystate if confirmation.deliverystate else confirmation.ds
        status = map_status(self.name, str(getattr(state, "value", state)))
        if isinstance(uid, str):
            with self._lock:
                self._states[uid] = status
        return status
