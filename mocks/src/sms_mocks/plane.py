"""The control plane every provider mock shares: its clock, its outbox, delivery outcomes per number,
the magic numbers, inbound messages, recorded callbacks and the log of ignored query parameters.

Why a base class between :class:`sms_mocks.engine.MockProvider` and the provider mocks: the control
state belongs to one provider instance (a reset is a new instance, so it clears everything at once),
and every public method defined here runs under the provider's one lock like the provider's own
handlers (``MockProvider.__init_subclass__`` wraps them), so the control API cannot race a send. A
provider adds only what differs: how a delivery report, an inbound SMS and a refusal look in its
own state (:meth:`ControlledProvider.apply_delivery`, :meth:`ControlledProvider.receive_inbound`,
:meth:`ControlledProvider.refusal`, :meth:`ControlledProvider.provider_status`).
"""

from __future__ import annotations

import functools
import itertools
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, ClassVar, Self

from smskit import segments

from sms_mocks.callbacks import CallbackDispatcher, CallbackRecord, loopback_url
from sms_mocks.engine import Call, MockProvider, Reply, credential_names, unlocked
from sms_mocks.faults import Fault

__all__ = [
    "MAGIC_NUMBERS",
    "OUTCOMES",
    "STATUSES",
    "Clock",
    "ControlledProvider",
    "MagicNumber",
    "Message",
    "iso",
    "parse_iso",
]

#: what a number's sends can be told to become (``PUT /__mock/numbers/{number}``).
OUTCOMES = ("delivered", "failed", "refused", "slow")
#: a message's status in the outbox, the same words for every provider.
STATUSES = ("scheduled", "accepted", "delivered", "failed", "refused", "cancelled")


@dataclass(frozen=True)
class MagicNumber:
    """Recipients ending in ``number_suffix`` behave as ``outcome`` with no control call."""

    number_suffix: str
    outcome: str
    description: str

    def to_json(self) -> dict[str, str]:
        return {"number_suffix": self.number_suffix, "outcome": self.outcome, "description": self.description}


#: Suffixes of four digits: valid at the end of every provider's number format (FracTEL's ten-digit
#: numbers, smSend's and Smstools' international ones, with or without + or 00).
MAGIC_NUMBERS = (
    MagicNumber("0000", "delivered", "always delivered, at once (the delivery report comes with the send)"),
    MagicNumber("0001", "failed", "never delivered: the delivery report says failed at once"),
    MagicNumber("0002", "refused", "refused by the provider when sending, as it refuses an unreachable number"),
    MagicNumber("0003", "slow", "accepted and delivered, but the send's answer comes after the slow delay"),
)


def iso(moment: float) -> str:
    """ISO 8601 UTC with milliseconds and a Z."""
    stamp = datetime.fromtimestamp(moment, UTC)
    return stamp.strftime("%Y-%m-%dT%H:%M:%S.") + f"{stamp.microsecond // 1000:03d}Z"


def parse_iso(text: str) -> float:
    """An ISO 8601 moment as a timestamp; one without a zone is read as UTC. ValueError if not one."""
    moment = datetime.fromisoformat(text.upper().replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp()


class Clock:
    """The mock's time: the real clock plus an offset that the control API moves.

    The mocks read it wherever time matters (scheduled sends, delivery delays, token and session
    expiry, OTP lifetime), so moving it forward releases what is due without waiting. Call it for
    the current time as a POSIX timestamp, like :func:`time.time`.
    """

    def __init__(self, offset: float = 0.0) -> None:
        self.offset = offset

    def __call__(self) -> float:
        return time.time() + self.offset

    def advance(self, seconds: float) -> None:
        self.offset += seconds

    def set(self, moment: float) -> None:
        """Make the clock read ``moment`` (a timestamp) now; it runs on from there."""
        self.offset = moment - time.time()

    def to_json(self) -> dict[str, Any]:
        return {"now": iso(self()), "offset_seconds": self.offset}


@dataclass
class Message:
    """One SMS the mock was asked to send, in one shape for every provider (the outbox)."""

    id: str
    provider: str
    recipient: str
    sender: str | None
    text: str
    encoding: str
    parts: int
    key: str | None
    status: str
    scheduled_at: str | None
    created_at: str
    updated_at: str
    version: int
    request: dict[str, Any]
    answer: dict[str, Any]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "provider": self.provider,
            "recipient": self.recipient,
            "sender": self.sender,
            "text": self.text,
            "encoding": self.encoding,
            "parts": self.parts,
            "key": self.key,
            "status": self.status,
            "scheduled_at": self.scheduled_at,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "version": self.version,
            "request": self.request,
            "answer": self.answer,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Self:
        """A Message from the control API's JSON (what the pytest plugin's ``outbox`` returns)."""
        return cls(**{name: data[name] for name in cls.__dataclass_fields__})


@dataclass
class _Entry:
    """A message in the outbox and what the provider knows it by."""

    message: Message
    #: the provider's own record (an order, an SMS) and the recipient's place in it.
    ref: Any = None
    #: last change of status, as the provider's clock read it.
    changed: float = 0.0


@dataclass
class _Ignored:
    operation: str
    parameters: list[str]
    at: str


def _plain(value: Any) -> Any:
    """A JSON-able copy of a parsed request body (bytes become text)."""
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


class ControlledProvider(MockProvider):
    """A provider mock with the control plane (see the module's docstring).

    The constructor's arguments are remembered, so :meth:`fresh` builds the same mock anew (what
    ``POST /__mock/reset`` swaps in).
    """

    #: the provider's name, as in the outbox's ``provider`` field and ``sms-mock <name>``.
    provider_name: ClassVar[str] = ""
    clock: Clock
    callbacks: CallbackDispatcher
    #: seconds a ``slow`` number's answers wait (``sms-mock --slow``).
    slow_delay: float
    _factory: Callable[[], ControlledProvider]
    _outbox: dict[str, _Entry]
    _version: int
    _outcomes: dict[str, str]
    _ignored: list[_Ignored]
    _refused_ids: Iterator[int]

    def __new__(cls, *args: Any, **kwargs: Any) -> Self:
        self = super().__new__(cls)
        self._factory = functools.partial(cls, *args, **kwargs)
        self.clock = Clock()
        self.callbacks = CallbackDispatcher(clock=self.clock)
        self.slow_delay = 2.0
        self._outbox = {}
        self._version = 0
        self._outcomes = {}
        self._ignored = []
        self._refused_ids = itertools.count(1)
        return self

    @unlocked
    def close(self) -> None:
        """Stop the background threads (the callback dispatcher): the mock is done."""
        self.callbacks.close()

    # -- for the provider's handlers (called under the lock) ---------------------------------------

    def outcome_of(self, recipient: str) -> str | None:
        """What a send to ``recipient`` must become: the number's outcome set through the control
        API, else the magic number's, else None (the provider's usual course)."""
        if recipient in self._outcomes:
            return self._outcomes[recipient]
        digits = recipient.strip()
        for magic in MAGIC_NUMBERS:
            if digits.endswith(magic.number_suffix):
                return magic.outcome
        return None

    def slow_answer(self, call: Call) -> None:
        """Delay this call's answer by :attr:`slow_delay` (outside the lock, as a ``slow`` fault)."""
        call.request.environ.setdefault("mock.fault", Fault("slow", delay=self.slow_delay))

    def record_send(
        self,
        call: Call,
        reply: Reply,
        *,
        message_id: str | None,
        recipient: str,
        sender: str | None,
        text: str,
        encoding: str = "auto",
        scheduled_at: float | None = None,
        ref: Any = None,
    ) -> Message:
        """Put one recipient of a send into the outbox (``message_id`` None for a refused send)."""
        now = self.clock()
        counted = segments(text, encoding)
        self._version += 1
        refused = message_id is None
        message = Message(
            id=message_id if message_id is not None else f"refused-{next(self._refused_ids)}",
            provider=self.provider_name,
            recipient=recipient,
            sender=sender,
            text=text,
            encoding=counted.encoding,
            parts=counted.parts,
            key=self._send_key(call),
            status="refused" if refused else "accepted",
            scheduled_at=iso(scheduled_at) if scheduled_at is not None else None,
            created_at=iso(now),
            updated_at=iso(now),
            version=self._version,
            request=self._request_record(call),
            answer={"status": reply.status, "body": _plain(reply.body)},
        )
        entry = _Entry(message, ref, now)
        self._outbox[message.id] = entry
        if not refused:
            message.status = self.provider_status(ref)
        return message

    def note_ignored(self, operation: str, parameters: Iterable[str]) -> None:
        """Log query parameters a lenient mock ignored (``GET /__mock/ignored``)."""
        self._ignored.append(_Ignored(operation, list(parameters), iso(self.clock())))

    # -- hooks a provider implements ----------------------------------------------------------------

    def provider_status(self, ref: Any) -> str:
        """The outbox status (one of STATUSES) of a message the provider knows as ``ref``, now."""
        raise NotImplementedError

    def apply_delivery(self, ref: Any, delivered: bool) -> None:
        """What the provider does on a delivery report for ``ref``: its status lookups and delivery
        callbacks follow. Raise ValueError when the message cannot get one (still scheduled)."""
        raise NotImplementedError

    def receive_inbound(self, sender: str, recipient: str | None, text: str) -> str:
        """An SMS from ``sender`` arrives for ``recipient`` (default: the demo account's first
        receiving number): list it where the provider lists inbound SMS, fire its callbacks; return
        its id. ValueError if ``recipient`` cannot receive."""
        raise NotImplementedError

    # -- the control API's side (``sms_mocks.control``) ---------------------------------------------

    def fresh(self) -> ControlledProvider:
        """A new mock built as this one was (the state at start: demo accounts, nothing sent)."""
        return self._factory()

    def describe(self) -> dict[str, Any]:
        return {
            "provider": self.provider_name,
            "spec_version": str(self.spec.get("info", {}).get("version", "")),
            "magic_numbers": [m.to_json() for m in MAGIC_NUMBERS],
        }

    def outbox(
        self, *, recipient: str | None = None, text: str | None = None, since: int = 0, limit: int | None = None
    ) -> tuple[list[dict[str, Any]], int]:
        """Messages newest first, filtered, and the outbox's version (for ``since``)."""
        self._refresh()
        found = []
        for entry in reversed(self._outbox.values()):
            message = entry.message
            if message.version <= since:
                continue
            if recipient is not None and recipient not in message.recipient:
                continue
            if text is not None and text.casefold() not in message.text.casefold():
                continue
            found.append(message.to_json())
            if limit is not None and len(found) >= limit:
                break
        return found, self._version

    def outbox_message(self, message_id: str) -> dict[str, Any] | None:
        self._refresh()
        entry = self._outbox.get(message_id)
        return None if entry is None else entry.message.to_json()

    def deliver(self, message_id: str, status: str) -> dict[str, Any] | None:
        """A delivery report for one message (``delivered`` or ``failed``); None if unknown.
        ValueError when the message cannot get one (refused, cancelled, still scheduled)."""
        self._refresh()
        entry = self._outbox.get(message_id)
        if entry is None:
            return None
        if entry.message.status in ("refused", "cancelled"):
            raise ValueError(f"message {message_id} is {entry.message.status}: it gets no delivery report")
        self.apply_delivery(entry.ref, status == "delivered")
        self._refresh()
        return entry.message.to_json()

    def inbound(self, sender: str, recipient: str | None, text: str) -> str:
        return self.receive_inbound(sender, recipient, text)

    def outcomes(self) -> dict[str, str]:
        return dict(self._outcomes)

    def set_outcome(self, number: str, outcome: str) -> None:
        self._outcomes[number] = outcome

    def clear_outcome(self, number: str) -> None:
        self._outcomes.pop(number, None)

    def clock_state(self) -> dict[str, Any]:
        return self.clock.to_json()

    def advance_clock(self, seconds: float) -> dict[str, Any]:
        self.clock.advance(seconds)
        self._refresh()
        return self.clock.to_json()

    def set_clock(self, moment: float) -> dict[str, Any]:
        self.clock.set(moment)
        self._refresh()
        return self.clock.to_json()

    def callback_log(self) -> list[dict[str, Any]]:
        return [_callback_json(record) for record in self.callbacks.snapshot()]

    def ignored(self) -> list[dict[str, Any]]:
        return [{"operation": i.operation, "parameters": list(i.parameters), "at": i.at} for i in self._ignored]

    # -- private --------------------------------------------------------------------------------

    def _refresh(self) -> None:
        """Bring each message's status up to the provider's (time moves it: a scheduled send goes
        out, a delivery delay ends); a change gives the message a new version."""
        now = self.clock()
        for entry in self._outbox.values():
            message = entry.message
            if message.status in ("refused",):
                continue
            status = self.provider_status(entry.ref)
            if status != message.status:
                self._version += 1
                message.status = status
                message.version = self._version
                message.updated_at = iso(now)
                entry.changed = now

    def _send_key(self, call: Call) -> str | None:
        """The client's send key (the spec's ``x-sms-send`` key), if the call carried one."""
        operation = self._operation(call.operation_id)
        declared = operation.get("x-sms-send", {}).get("key") if operation else None
        if not declared:
            return None
        source = call.body if declared.get("in") == "body" else call.query
        value = source.get(declared["name"]) if isinstance(source, Mapping) else None
        return str(value) if value not in (None, "") else None

    def _operation(self, operation_id: str) -> Mapping[str, Any] | None:
        for item in self.spec.get("paths", {}).values():
            for operation in item.values():
                if isinstance(operation, Mapping) and operation.get("operationId") == operation_id:
                    return operation
        return None

    def _request_record(self, call: Call) -> dict[str, Any]:
        """The request as received, credentials replaced by ``***``."""
        secret_query = credential_names(self.spec)
        secret_headers = {"authorization", "proxy-authorization", "cookie"} | {
            scheme["name"].lower()
            for scheme in self.spec.get("components", {}).get("securitySchemes", {}).values()
            if scheme.get("type") == "apiKey" and scheme.get("in") == "header"
        }
        request = call.request
        query = {name: ("***" if name in secret_query else value) for name, value in request.args.items()}
        headers = {name: ("***" if name.lower() in secret_headers else value) for name, value in call.headers.items()}
        body = call.body
        if isinstance(body, Mapping):
            body = {name: ("***" if name in secret_query else value) for name, value in body.items()}
        return {
            "method": request.method,
            "path": request.path,
            "query": query,
            "headers": headers,
            "body": _plain(body),
        }


def _callback_json(record: CallbackRecord) -> dict[str, Any]:
    payload = record.json if record.json is not None else record.form if record.form is not None else record.params
    if record.outcome.startswith("not sent"):
        error: str | None = record.outcome
    elif record.outcome == "failed":
        error = record.error or f"answered HTTP {record.status_code}"
    else:
        error = None
    return {
        "url": record.url,
        "event": record.event,
        "payload": _plain(payload),
        "status": record.status_code,
        "error": error,
        "refused": loopback_url(record.url) is None,
        "at": iso(record.at),
    }
