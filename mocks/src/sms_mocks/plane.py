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
from sms_mocks.credentials import credentials_of
from sms_mocks.engine import Call, MockProvider, Reply, unlocked
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


#: Suffixes of six digits, valid at the end of every provider's number format (FracTEL's ten-digit
#: numbers, smSend's and Smstools' international ones, with or without + or 00). Why six, and
#: 99999x: test data numbered from 0 (``312555{i:04d}``, ``+39 348 {2000000 + i}``) must not
#: stumble on them; a four-digit suffix such as 0002 is hit by the third number of such a list.
MAGIC_NUMBERS = (
    MagicNumber("999990", "delivered", "always delivered, at once (the delivery report comes with the send)"),
    MagicNumber("999991", "failed", "never delivered: the delivery report says failed at once"),
    MagicNumber("999992", "refused", "refused by the provider when sending, as it refuses an unreachable number"),
    MagicNumber("999993", "slow", "accepted and delivered, but the send's answer comes after the slow delay"),
)
_MAGIC = {magic.number_suffix: magic.outcome for magic in MAGIC_NUMBERS}
_SUFFIXES = tuple(_MAGIC)


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


@dataclass(slots=True)
class _Entry:
    """A message in the outbox as recorded on the send's path: the raw facts only. Its
    :class:`Message` (part count, timestamps, the redacted request and answer records) is built
    when it is first read, so a send pays for none of that."""

    id: str
    recipient: str
    sender: str | None
    text: str
    encoding: str
    #: the provider's own record (an order, an SMS) and the recipient's place in it.
    ref: Any
    #: when it was recorded and last changed, as the provider's clock read them.
    created: float
    updated: float
    version: int
    #: "" until first looked at (then the provider's status); "refused" for a refused send.
    status: str
    call: Call
    answer_status: int
    answer_body: Any
    scheduled_at: float | None
    message: Message | None = None


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

    # Private (no lock wrapper of their own): the provider's handlers call these on every send,
    # already under the lock.

    def _outcome(self, recipient: str) -> str | None:
        """What a send to ``recipient`` must become: the number's outcome set through the control
        API, else the magic number's, else None (the provider's usual course)."""
        if recipient in self._outcomes:
            return self._outcomes[recipient]
        if recipient.endswith(_SUFFIXES):
            return next(outcome for suffix, outcome in _MAGIC.items() if recipient.endswith(suffix))
        return None

    def _slow_answer(self, call: Call) -> None:
        """Delay this call's answer by :attr:`slow_delay` (outside the lock, as a ``slow`` fault)."""
        if call.request.fault is None:
            call.request.fault = Fault("slow", delay=self.slow_delay)

    def _record_send(
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
    ) -> None:
        """Put one recipient of a send into the outbox (``message_id`` None for a refused send)."""
        now = self.clock()
        self._version += 1
        refused = message_id is None
        entry_id = message_id if message_id is not None else f"refused-{next(self._refused_ids)}"
        self._outbox[entry_id] = _Entry(
            entry_id,
            recipient,
            sender,
            text,
            encoding,
            ref,
            now,
            now,
            self._version,
            "refused" if refused else "",
            call,
            reply.status,
            reply.body,
            scheduled_at,
        )

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
            if entry.version <= since:
                continue
            if recipient is not None and recipient not in entry.recipient:
                continue
            if text is not None and text.casefold() not in entry.text.casefold():
                continue
            found.append(self._json(entry))
            if limit is not None and len(found) >= limit:
                break
        return found, self._version

    def outbox_message(self, message_id: str) -> dict[str, Any] | None:
        self._refresh()
        entry = self._outbox.get(message_id)
        return None if entry is None else self._json(entry)

    def deliver(self, message_id: str, status: str) -> dict[str, Any] | None:
        """A delivery report for one message (``delivered`` or ``failed``); None if unknown.
        ValueError when the message cannot get one (refused, cancelled, still scheduled)."""
        self._refresh()
        entry = self._outbox.get(message_id)
        if entry is None:
            return None
        if entry.status in ("refused", "cancelled"):
            raise ValueError(f"message {message_id} is {entry.status}: it gets no delivery report")
        self.apply_delivery(entry.ref, status == "delivered")
        self._refresh()
        return self._json(entry)

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
        out, a delivery delay ends); a change gives the message a new version. A message not
        looked at since it was sent takes its status without a new version."""
        now = self.clock()
        for entry in self._outbox.values():
            if entry.status == "refused":
                continue
            status = self.provider_status(entry.ref)
            if not entry.status:
                entry.status = status
            elif status != entry.status:
                self._version += 1
                entry.status, entry.version, entry.updated = status, self._version, now

    def _json(self, entry: _Entry) -> dict[str, Any]:
        message = entry.message
        if message is None:
            counted = segments(entry.text, entry.encoding)
            message = entry.message = Message(
                id=entry.id,
                provider=self.provider_name,
                recipient=entry.recipient,
                sender=entry.sender,
                text=entry.text,
                encoding=counted.encoding,
                parts=counted.parts,
                key=self._send_key(entry.call),
                status=entry.status,
                scheduled_at=iso(entry.scheduled_at) if entry.scheduled_at is not None else None,
                created_at=iso(entry.created),
                updated_at=iso(entry.updated),
                version=entry.version,
                request=self._request_record(entry.call),
                answer={"status": entry.answer_status, "body": _plain(entry.answer_body)},
            )
        elif message.version != entry.version or message.status != entry.status:
            message.status, message.version, message.updated_at = entry.status, entry.version, iso(entry.updated)
        return message.to_json()

    def _send_key(self, call: Call) -> str | None:
        """The client's send key (the spec's ``x-sms-send`` key), if the call carried one."""
        declared = _spec_facts(self.spec).send_keys.get(call.operation_id)
        if not declared:
            return None
        source = call.body if declared.get("in") == "body" else call.query
        value = source.get(declared["name"]) if hasattr(source, "get") else None
        return str(value) if value not in (None, "") else None

    def _request_record(self, call: Call) -> dict[str, Any]:
        """The request as received, credentials replaced by ``***`` (the request log's names: both
        come from :func:`sms_mocks.credentials.credentials_of`)."""
        secret = credentials_of(self)
        request = call.request
        query = secret.fields(request.args.items())
        headers = secret.header_fields(call.headers.items())
        body = call.body
        if isinstance(body, Mapping):
            body = secret.fields(body.items())
        return {
            "method": request.method,
            "path": request.path,
            "query": query,
            "headers": headers,
            "body": _plain(body),
        }


@dataclass(frozen=True)
class _SpecFacts:
    """What the outbox needs from a provider's spec, read once per spec (not on every send)."""

    #: operationId -> the ``x-sms-send`` key declaration (``{"in", "name"}``).
    send_keys: Mapping[str, Mapping[str, Any]]


_FACTS: dict[int, tuple[Mapping[str, Any], _SpecFacts]] = {}


def _spec_facts(spec: Mapping[str, Any]) -> _SpecFacts:
    cached = _FACTS.get(id(spec))
    if cached is not None and cached[0] is spec:
        return cached[1]
    send_keys = {
        operation["operationId"]: operation["x-sms-send"]["key"]
        for item in spec.get("paths", {}).values()
        for operation in item.values()
        if isinstance(operation, Mapping) and "operationId" in operation and "key" in operation.get("x-sms-send", {})
    }
    facts = _SpecFacts(send_keys)
    _FACTS[id(spec)] = (spec, facts)  # the spec is kept alive with its facts, so its id stays its own
    return facts


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
