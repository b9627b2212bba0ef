"""FracTEL API 2.0 mock, the HTTP side: tokens in the ``token`` header, hapi-style errors, callbacks.

What the answers look like, as FracTEL documents them (research file sections cited in the spec);
the rules themselves are in :mod:`sms_mocks.fractel.domain`:

- ``POST /auth`` answers the token and its expiry; wrong credentials are a 401.
- every other call needs the ``token`` header; a missing, unknown or expired token is a 401.
- bad input is a 400 in hapi's error shape whose ``message`` and ``validation.keys`` name the field.
- ``POST /sms`` from a number not the account's is a 403 (an inference, the docs give no code); when
  ``confirmation_url`` is given, the delivery confirmation is posted there (loopback URLs only; see
  sms_mocks.callbacks).
- ``PUT /sms/{to}/callback/{type}`` on a number not the account's is a 404;
  :meth:`FracTEL.simulate_inbound` then delivers an inbound message to the callbacks set.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, ClassVar

from sms_mocks.callbacks import CallbackDispatcher, CallbackRecord
from sms_mocks.domain import DomainError, DomainProvider
from sms_mocks.engine import Call, Problem, Reply, issue_secret, reason
from sms_mocks.fractel.domain import (
    DEFAULT_TOKEN_LIFETIME,
    DEMO_CREDENTIALS,
    DEMO_LOGIN,
    DEMO_NUMBERS,
    DEMO_PASSWORD,
    DEMO_USERNAME,
    Account,
    BadCredentials,
    CallbackSetting,
    CannotReceive,
    ConfirmationUnavailable,
    FracTELDomain,
    InvalidToken,
    NotOwnNumber,
    SenderNotOwned,
    SentMessage,
    Token,
    TokenExpired,
)
from sms_mocks.specs import load_spec

__all__ = [
    "DEMO_CREDENTIALS",
    "DEMO_LOGIN",
    "DEMO_NUMBERS",
    "DEMO_PASSWORD",
    "DEMO_USERNAME",
    "ERRORS",
    "FracTEL",
]

#: every FracTEL domain error -> the status of its hapi error answer (the message is the error's).
ERRORS: dict[type[DomainError], int] = {
    BadCredentials: 401,
    InvalidToken: 401,
    TokenExpired: 401,
    SenderNotOwned: 403,
    ConfirmationUnavailable: 400,
    CannotReceive: 400,
    NotOwnNumber: 404,
}


def _boom(status: int, message: str, validation: Mapping[str, Any] | None = None) -> Reply:
    """hapi's error body (the shape FracTEL's 2.0 backend would produce; research 7)."""
    body: dict[str, Any] = {"statusCode": status, "error": reason(status), "message": message}
    if validation is not None:
        body["validation"] = dict(validation)
    return Reply(status, body)


def _iso(timestamp: float) -> str:
    moment = datetime.fromtimestamp(timestamp, UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


class FracTEL(DomainProvider):
    """The FracTEL mock: its handlers over a :class:`FracTELDomain` that only they reach (held in
    ``_domain``; every public method runs under the provider's lock, see sms_mocks.domain)."""

    provider_name = "fractel"
    ERRORS: ClassVar[Mapping[type[DomainError], Any]] = ERRORS

    def __init__(
        self, *, accounts: Mapping[str, Account] | None = None, dispatcher: CallbackDispatcher | None = None
    ) -> None:
        self.spec = load_spec("fractel")
        self._domain = FracTELDomain(lambda: self.clock(), accounts)
        if dispatcher is not None:
            self.callbacks = dispatcher
        #: requests refused with 401 for a missing, unknown or expired token.
        self.auth_failures = 0

    def answer_error(self, entry: Any, error: DomainError) -> Reply:
        return _boom(entry, str(error))

    # -- the domain's state, for tests that inspect a quiet mock -------------------------------------

    @property
    def accounts(self) -> dict[str, Account]:
        return self._domain.accounts

    @property
    def tokens(self) -> dict[str, Token]:
        return self._domain.tokens

    @property
    def messages(self) -> list[SentMessage]:
        return self._domain.messages

    @property
    def callback_settings(self) -> dict[tuple[str, str], CallbackSetting]:
        return self._domain.callback_settings

    @property
    def unconfirmable(self) -> set[str]:
        """Destinations for which delivery confirmation is not available (require_confirmation fails)."""
        return self._domain.unconfirmable

    @property
    def undeliverable(self) -> set[str]:
        """Destinations whose delivery fails (confirmation says not-delivered, code 720)."""
        return self._domain.undeliverable

    @property
    def logins(self) -> int:
        return self._domain.logins

    # -- engine hooks ---------------------------------------------------------------------------

    def expire_credentials(self) -> None:
        self._domain.revoke_tokens()

    def revoke_tokens(self) -> None:
        """Invalidate every issued token, as a server restart or a password change would."""
        self._domain.revoke_tokens()

    def authenticate(self, call: Call, schemes: list[str]) -> Reply | None:
        try:
            call.principal = self._domain.holder(call.headers.get("token", ""))
        except (InvalidToken, TokenExpired) as error:
            self.auth_failures += 1
            return self.refuse(error)
        return None

    def invalid(self, call: Call, problems: list[Problem]) -> Reply:
        keys = list(dict.fromkeys(p.field for p in problems if p.field))
        message = "; ".join(f'"{p.field}" {p.message}' if p.field else p.message for p in problems)
        return _boom(400, message, {"source": problems[0].source, "keys": keys})

    def error(self, status: int, message: str) -> Reply:
        return _boom(status, message)

    # -- operations -----------------------------------------------------------------------------

    def op_postAuth(self, call: Call) -> Reply:
        body = call.body
        token, issued = self._domain.login(
            body["username"], body["password"], body.get("expires", DEFAULT_TOKEN_LIFETIME)
        )
        issue_secret(token)
        return Reply(
            200, {"statusCode": 200, "result": "REGISTERED", "token": token, "expires": _iso(issued.expires_at)}
        )

    def op_postSms(self, call: Call) -> Reply:
        body = call.body
        outcome = self._outcome(body["to"])
        try:
            message = self._domain.send(
                call.principal,
                to=body["to"],
                from_=body["from"],
                message=body["message"],
                media_url=body.get("media_url", []),
                confirmation_url=body.get("confirmation_url"),
                require_confirmation=bool(body.get("require_confirmation")),
                outcome=outcome,
            )
        except CannotReceive as refused:
            refusal = self.refuse(refused)
            self._record_send(
                call, refusal, message_id=None, recipient=body["to"], sender=body["from"], text=body["message"]
            )
            return refusal
        self._confirm(message)
        if outcome == "slow":
            self._slow_answer(call)
        reply = Reply(200, {"statusCode": 200, "result": "SUCCESS", "uid": message.uid})
        self._record_send(
            call,
            reply,
            message_id=message.uid,
            recipient=message.to,
            sender=message.from_,
            text=message.message,
            ref=message,
        )
        return reply

    def _confirm(self, message: SentMessage) -> None:
        """Post the delivery confirmation to the message's ``confirmation_url``, if it has one."""
        if not message.confirmation_url:
            return
        delivered = message.state == "delivered"
        message.confirmation = self.callbacks.submit(
            CallbackRecord(
                url=message.confirmation_url,
                method="POST",
                json={
                    "to": message.to,
                    "from": message.from_,
                    "message": message.message,
                    "deliverystate": "delivered" if delivered else "not-delivered",
                    "deliverycode": "000" if delivered else "720",
                    "uid": message.uid,
                },
                event="delivery",
            )
        )

    def op_putSmsToCallbackType(self, call: Call) -> Reply:
        body = call.body
        setting = CallbackSetting(body["method"], body["url"], body.get("url_username"), body.get("url_password"))
        self._domain.set_callback(call.principal, call.path["to"], call.path["type"], setting)
        return Reply(200, {"statusCode": 200, "result": "SUCCESS"})

    # -- test controls --------------------------------------------------------------------------

    def simulate_inbound(self, to: str, from_: str, message: str) -> list[CallbackRecord]:
        """Deliver an inbound SMS for ``to`` to every callback set on that number."""
        return self._inbound(to, from_, message, secrets.token_hex(16))

    def _inbound(self, to: str, from_: str, message: str, uid: str) -> list[CallbackRecord]:
        payload = {"to": to, "from": from_, "message": message, "uid": uid}
        records = []
        for setting in self._domain.inbound_callbacks(to):
            auth = (setting.url_username, setting.url_password or "") if setting.url_username else None
            record = CallbackRecord(
                url=setting.url, method="GET" if setting.method == "GET" else "POST", event="inbound"
            )
            record.basic_auth = auth
            if setting.method == "GET":
                record.params = payload
            elif setting.method == "POST":
                record.form = payload
            else:
                record.json = payload
            records.append(self.callbacks.submit(record))
        return records

    # -- control plane hooks (sms_mocks.plane) ----------------------------------------------------

    def provider_status(self, ref: Any) -> str:
        message: SentMessage = ref
        return message.state

    def apply_delivery(self, ref: Any, delivered: bool) -> None:
        message: SentMessage = ref
        self._domain.report(message, delivered)
        self._confirm(message)

    def receive_inbound(self, sender: str, recipient: str | None, text: str) -> str:
        to = recipient or DEMO_NUMBERS[0]
        if not self._domain.owns(to):
            raise ValueError(
                f"recipient: {to} is not a FracTEL number of any account (demo: {', '.join(DEMO_NUMBERS)})"
            )
        uid = secrets.token_hex(16)
        self._inbound(to, sender, text, uid)
        return uid
