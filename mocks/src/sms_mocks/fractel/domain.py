"""The FracTEL mock's domain: accounts and their numbers, tokens that expire, sent messages and their
delivery state, callback settings. Plain classes: no HTTP, no lock (see sms_mocks.domain).

Rules, as FracTEL documents them (research file sections cited in the spec):

- a login checks the account's username and password and issues a 32-hex token valid for the
  lifetime asked (default 3600 seconds, at most 86400: the spec bounds it);
- a token is refused once it has expired (and then forgotten), or when it was never issued;
- a message must come from one of the account's numbers; a message asking for confirmation to a
  destination that cannot confirm is not sent;
- a message is delivered, or fails (confirmation code 720) for a destination in ``undeliverable``;
- a callback can be set only on one of the account's own numbers.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sms_mocks.domain import DomainError

if TYPE_CHECKING:
    from sms_mocks.callbacks import CallbackRecord

__all__ = [
    "DEFAULT_TOKEN_LIFETIME",
    "DEMO_CREDENTIALS",
    "DEMO_LOGIN",
    "DEMO_NUMBERS",
    "DEMO_PASSWORD",
    "DEMO_USERNAME",
    "MAX_TOKEN_LIFETIME",
    "Account",
    "BadCredentials",
    "CallbackSetting",
    "CannotReceive",
    "ConfirmationUnavailable",
    "FracTELDomain",
    "FracTELError",
    "InvalidToken",
    "NotOwnNumber",
    "SenderNotOwned",
    "SentMessage",
    "Token",
    "TokenExpired",
]

DEMO_USERNAME = "1000000001"
DEMO_PASSWORD = "demo-password"
DEMO_NUMBERS = ("3215550000", "3215550001")
DEMO_LOGIN = {"username": DEMO_USERNAME, "password": DEMO_PASSWORD}
DEMO_CREDENTIALS = f"username {DEMO_USERNAME}, password {DEMO_PASSWORD}, numbers {', '.join(DEMO_NUMBERS)}"
MAX_TOKEN_LIFETIME = 86_400
DEFAULT_TOKEN_LIFETIME = 3_600


class FracTELError(DomainError):
    """A FracTEL rule refused the request."""


class BadCredentials(FracTELError):
    """Wrong username or password at login."""


class InvalidToken(FracTELError):
    """No token, or one that was never issued (or was revoked)."""


class TokenExpired(FracTELError):
    """A token past its lifetime."""


class SenderNotOwned(FracTELError):
    """A message ``from`` a number that is not one of the account's."""


class ConfirmationUnavailable(FracTELError):
    """Confirmation asked for a destination that cannot confirm delivery: nothing is sent."""


class CannotReceive(FracTELError):
    """The destination cannot receive SMS (a refused number): nothing is sent."""

    def __init__(self, message: str, recipient: str) -> None:
        super().__init__(message)
        self.recipient = recipient


class NotOwnNumber(FracTELError):
    """A setting on a number that is not one of the account's."""


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
    #: the delivery confirmation posted for it (set by the HTTP side, which sends callbacks).
    confirmation: CallbackRecord | None = None
    #: what the delivery confirmation says: "delivered" or "failed".
    state: str = "delivered"


@dataclass
class CallbackSetting:
    method: str
    url: str
    url_username: str | None = None
    url_password: str | None = None


class FracTELDomain:
    """FracTEL's state and rules. ``clock`` gives the current time (a POSIX timestamp)."""

    def __init__(self, clock: Callable[[], float], accounts: Mapping[str, Account] | None = None) -> None:
        self.clock = clock
        self.accounts = dict(accounts or {DEMO_USERNAME: Account(DEMO_PASSWORD, set(DEMO_NUMBERS))})
        self.tokens: dict[str, Token] = {}
        self.messages: list[SentMessage] = []
        self.callback_settings: dict[tuple[str, str], CallbackSetting] = {}
        #: destinations for which delivery confirmation is not available (require_confirmation fails).
        self.unconfirmable: set[str] = set()
        #: destinations whose delivery fails (confirmation says not-delivered, code 720).
        self.undeliverable: set[str] = set()
        self.logins = 0

    # -- tokens -------------------------------------------------------------------------------------

    def login(self, username: str, password: str, lifetime: float = DEFAULT_TOKEN_LIFETIME) -> tuple[str, Token]:
        """Issue a token for ``lifetime`` seconds; BadCredentials for a wrong username or password."""
        account = self.accounts.get(username)
        if account is None or not secrets.compare_digest(account.password, password):
            raise BadCredentials("Invalid username or password")
        token = secrets.token_hex(16)
        issued = self.tokens[token] = Token(username, self.clock() + lifetime)
        self.logins += 1
        return token, issued

    def holder(self, token: str) -> str:
        """The username a token was issued to; TokenExpired (and forgotten) past its lifetime,
        InvalidToken if it was never issued."""
        issued = self.tokens.get(token)
        if issued is not None and issued.expires_at <= self.clock():
            del self.tokens[token]
            raise TokenExpired("Token expired")
        if issued is None:
            raise InvalidToken("Invalid token" if token else "Missing authentication")
        return issued.username

    def revoke_tokens(self) -> None:
        """Invalidate every issued token, as a server restart or a password change would."""
        self.tokens.clear()

    # -- messages -----------------------------------------------------------------------------------

    def send(
        self,
        username: str,
        *,
        to: str,
        from_: str,
        message: str,
        media_url: Iterable[str] = (),
        confirmation_url: str | None = None,
        require_confirmation: bool = False,
        outcome: str | None = None,
    ) -> SentMessage:
        """Send one message; ``outcome`` is the control plane's word for ``to`` (magic numbers,
        ``PUT /__mock/numbers``): ``refused`` refuses it, ``failed`` makes its delivery fail."""
        if from_ not in self.accounts[username].numbers:
            raise SenderNotOwned(f'"from" {from_} is not a FracTEL number of this account')
        if require_confirmation and to in self.unconfirmable:
            raise ConfirmationUnavailable(f'confirmation is not available for "to" {to}; message not sent')
        if outcome == "refused":
            raise CannotReceive(f'"to" {to} cannot receive SMS; message not sent', to)
        sent = SentMessage(
            uid=secrets.token_hex(16),
            username=username,
            to=to,
            from_=from_,
            message=message,
            media_url=list(media_url),
            confirmation_url=confirmation_url,
        )
        sent.state = "failed" if outcome == "failed" or to in self.undeliverable else "delivered"
        self.messages.append(sent)
        return sent

    @staticmethod
    def report(message: SentMessage, delivered: bool) -> None:
        """A delivery report for ``message`` (the control API's): its state becomes the report's."""
        message.state = "delivered" if delivered else "failed"

    # -- callbacks ----------------------------------------------------------------------------------

    def set_callback(self, username: str, number: str, kind: str, setting: CallbackSetting) -> None:
        """Set the ``kind`` callback (sms-url, sms-trigger) of one of the account's numbers."""
        if number not in self.accounts[username].numbers:
            raise NotOwnNumber(f"{number} is not a FracTEL number of this account")
        self.callback_settings[(number, kind)] = setting

    def inbound_callbacks(self, to: str) -> list[CallbackSetting]:
        """The callbacks an inbound SMS to ``to`` goes to, sms-url first."""
        found = (self.callback_settings.get((to, kind)) for kind in ("sms-url", "sms-trigger"))
        return [setting for setting in found if setting is not None]

    def owns(self, number: str) -> bool:
        """Whether ``number`` is a number of any account (so it can receive an inbound SMS)."""
        return any(number in account.numbers for account in self.accounts.values())
