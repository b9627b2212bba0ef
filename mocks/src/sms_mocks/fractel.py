"""FracTEL API 2.0 mock: tokens that expire, hapi-style errors, sent messages and callbacks.

What it does, as FracTEL documents it (research file sections cited in the spec):

- ``POST /auth`` checks the account's username and password and issues a 32-hex token valid for
  ``expires`` seconds (default 3600, at most 86400); wrong credentials are a 401.
- every other call needs the ``token`` header; a missing, unknown or expired token is a 401.
- bad input is a 400 in hapi's error shape whose ``message`` and ``validation.keys`` name the field.
- ``POST /sms`` must come ``from`` one of the account's numbers (403 otherwise: an inference, the docs
  give no code), records the message and, when ``confirmation_url`` is given, posts the delivery
  confirmation there (loopback URLs only; see sms_mocks.callbacks).
- ``PUT /sms/{to}/callback/{type}`` must name one of the account's numbers (404 otherwise) and
  records the setting; :meth:`FracTEL.simulate_inbound` then delivers an inbound message to it.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sms_mocks.callbacks import CallbackDispatcher, CallbackRecord
from sms_mocks.engine import Call, Problem, Reply, issue_secret, reason
from sms_mocks.plane import ControlledProvider
from sms_mocks.specs import load_spec

__all__ = [
    "DEMO_CREDENTIALS",
    "DEMO_LOGIN",
    "DEMO_NUMBERS",
    "DEMO_PASSWORD",
    "DEMO_USERNAME",
    "Account",
    "FracTEL",
    "SentMessage",
]

DEMO_USERNAME = "1000000001"
DEMO_PASSWORD = "demo-password"
DEMO_NUMBERS = ("3215550000", "3215550001")
DEMO_LOGIN = {"username": DEMO_USERNAME, "password": DEMO_PASSWORD}
DEMO_CREDENTIALS = f"username {DEMO_USERNAME}, password {DEMO_PASSWORD}, numbers {', '.join(DEMO_NUMBERS)}"
MAX_TOKEN_LIFETIME = 86_400
DEFAULT_TOKEN_LIFETIME = 3_600


@dataclass
class Account:
    password: str
    numbers: set[str]


@dataclass
class Token:
    username: str
    expires_at: float


@dataclass
class SentMessage:
    uid: str
    username: str
    to: str
    from_: str
    message: str
    media_url: list[str]
    confirmation_url: str | None
    confirmation: CallbackRecord | None = None
    #: what the delivery confirmation says: "delivered" or "failed".
    state: str = "delivered"


@dataclass
class CallbackSetting:
    method: str
    url: str
    url_username: str | None = None
    url_password: str | None = None


def _boom(status: int, message: str, validation: Mapping[str, Any] | None = None) -> Reply:
    """hapi's error body (the shape FracTEL's 2.0 backend would produce; research 7)."""
    body: dict[str, Any] = {"statusCode": status, "error": reason(status), "message": message}
    if validation is not None:
        body["validation"] = dict(validation)
    return Reply(status, body)


def _iso(timestamp: float) -> str:
    moment = datetime.fromtimestamp(timestamp, UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


class FracTEL(ControlledProvider):
    """The FracTEL mock's state and handlers. Thread-safe: the server is threaded."""

    provider_name = "fractel"

    def __init__(
        self, *, accounts: Mapping[str, Account] | None = None, dispatcher: CallbackDispatcher | None = None
    ) -> None:
        self.spec = load_spec("fractel")
        self.accounts = dict(accounts or {DEMO_USERNAME: Account(DEMO_PASSWORD, set(DEMO_NUMBERS))})
        if dispatcher is not None:
            self.callbacks = dispatcher
        self.tokens: dict[str, Token] = {}
        self.messages: list[SentMessage] = []
        self.callback_settings: dict[tuple[str, str], CallbackSetting] = {}
        #: destinations for which delivery confirmation is not available (require_confirmation fails).
        self.unconfirmable: set[str] = set()
        #: destinations whose delivery fails (confirmation says not-delivered, code 720).
        self.undeliverable: set[str] = set()
        self.logins = 0
        #: requests refused with 401 for a missing, unknown or expired token.
        self.auth_failures = 0

    def expire_credentials(self) -> None:
        self.revoke_tokens()

    def revoke_tokens(self) -> None:
        """Invalidate every issued token, as a server restart or a password change would."""
        self.tokens.clear()

    # -- engine hooks ---------------------------------------------------------------------------

    def authenticate(self, call: Call, schemes: list[str]) -> Reply | None:
        token = call.headers.get("token", "")
        issued = self.tokens.get(token)
        if issued is not None and issued.expires_at <= self.clock():
            del self.tokens[token]
            self.auth_failures += 1
            return _boom(401, "Token expired")
        if issued is None:
            self.auth_failures += 1
            return _boom(401, "Invalid token" if token else "Missing authentication")
        call.principal = issued.username
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
        account = self.accounts.get(body["username"])
        if account is None or not secrets.compare_digest(account.password, body["password"]):
            return _boom(401, "Invalid username or password")
        lifetime = body.get("expires", DEFAULT_TOKEN_LIFETIME)
        token = issue_secret(secrets.token_hex(16))
        expires_at = self.clock() + lifetime
        self.tokens[token] = Token(body["username"], expires_at)
        self.logins += 1
        return Reply(200, {"statusCode": 200, "result": "REGISTERED", "token": token, "expires": _iso(expires_at)})

    def op_postSms(self, call: Call) -> Reply:
        body = call.body
        account = self.accounts[call.principal]
        if body["from"] not in account.numbers:
            return _boom(403, f'"from" {body["from"]} is not a FracTEL number of this account')
        if body.get("require_confirmation") and body["to"] in self.unconfirmable:
            return _boom(400, f'confirmation is not available for "to" {body["to"]}; message not sent')
        outcome = self._outcome(body["to"])
        if outcome == "refused":
            refusal = _boom(400, f'"to" {body["to"]} cannot receive SMS; message not sent')
            self._record_send(
                call, refusal, message_id=None, recipient=body["to"], sender=body["from"], text=body["message"]
            )
            return refusal
        message = SentMessage(
            uid=secrets.token_hex(16),
            username=call.principal,
            to=body["to"],
            from_=body["from"],
            message=body["message"],
            media_url=list(body.get("media_url", [])),
            confirmation_url=body.get("confirmation_url"),
        )
        message.state = "failed" if outcome == "failed" or message.to in self.undeliverable else "delivered"
        self.messages.append(message)
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
        number, kind = call.path["to"], call.path["type"]
        if number not in self.accounts[call.principal].numbers:
            return _boom(404, f"{number} is not a FracTEL number of this account")
        body = call.body
        setting = CallbackSetting(body["method"], body["url"], body.get("url_username"), body.get("url_password"))
        self.callback_settings[(number, kind)] = setting
        return Reply(200, {"statusCode": 200, "result": "SUCCESS"})

    # -- test controls --------------------------------------------------------------------------

    def simulate_inbound(self, to: str, from_: str, message: str) -> list[CallbackRecord]:
        """Deliver an inbound SMS for ``to`` to every callback set on that number."""
        return self._inbound(to, from_, message, secrets.token_hex(16))

    def _inbound(self, to: str, from_: str, message: str, uid: str) -> list[CallbackRecord]:
        payload = {"to": to, "from": from_, "message": message, "uid": uid}
        records = []
        for kind in ("sms-url", "sms-trigger"):
            setting = self.callback_settings.get((to, kind))
            if setting is None:
                continue
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
        message.state = "delivered" if delivered else "failed"
        self._confirm(message)

    def receive_inbound(self, sender: str, recipient: str | None, text: str) -> str:
        to = recipient or DEMO_NUMBERS[0]
        if not any(to in account.numbers for account in self.accounts.values()):
            raise ValueError(
                f"recipient: {to} is not a FracTEL number of any account (demo: {', '.join(DEMO_NUMBERS)})"
            )
        uid = secrets.token_hex(16)
        self._inbound(to, sender, text, uid)
        return uid
