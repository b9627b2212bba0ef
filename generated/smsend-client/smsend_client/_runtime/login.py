# generated from runtime/login.py by tools/generate.py (openapi-python-client 0.29.1); do not edit
"""Log in once with a username and password, then authenticate every request with what login returned.

Why an ``httpx.Auth``: httpx runs the login request, the header injection and the retry after a 401
inside one auth flow, for the sync and the async client alike, so the generated operation functions
need no change. Everything provider-specific (which operation logs in, where the credentials go, how
the answer is parsed, which headers carry the result) is data: a :class:`LoginSpec` built by the
generator from the ``x-sms-auth`` extension that the provider's overlay declares.

Secrets (the password and whatever login returns) never appear in logs, reprs or error messages.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator, Iterable, Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, NamedTuple

import httpx

if TYPE_CHECKING:  # asyncio is imported when first needed: it doubles a sync user's import time
    import asyncio

from .errors import AuthenticationError, public_url

__all__ = ["LoginAuth", "LoginError", "LoginSpec", "register_query_secrets"]

logger = logging.getLogger(__name__)

#: Renew this long before the token expires (capped at a tenth of the token's lifetime).
RENEW_MARGIN_SECONDS = 60.0
#: A server clock further than this from ours is mentioned (once) in the log.
CLOCK_SKEW_NOTE_SECONDS = 5.0


class LoginError(AuthenticationError):
    """Logging in failed: wrong credentials, or an answer the login spec cannot read.

    The message names the login URL (without its query string, which may hold the password) and the
    HTTP status, never a credential. ``status_code`` is ``None`` when the answer was unreadable.
    """

    def __init__(self, message: str, *, status_code: int | None = None) -> None:
        super().__init__(message, operation="login", status_code=status_code)


class LoginSpec(NamedTuple):
    """How a provider logs in; generated from the resolved spec's ``x-sms-auth`` extension."""

    method: str
    path: str
    #: "form" (x-www-form-urlencoded body) or "query".
    credentials_in: str
    #: credential name the user passes -> field name on the wire.
    credentials: Mapping[str, str]
    #: "json" (``result_fields`` maps names to top-level keys) or "text" (split on ``text_separator``).
    result_format: str
    result_fields: Mapping[str, str] = {}
    text_separator: str = ";"
    text_names: tuple[str, ...] = ()
    #: request field asking for a token lifetime in seconds, if the provider has one.
    lifetime_field: str | None = None
    #: result field holding the ISO 8601 expiry time, if the provider returns one.
    expires_at_field: str | None = None
    #: header name -> template over the parsed result, e.g. ``{"token": "{token}"}``.
    headers: Mapping[str, str] = {}


class _RedactQueryCredentials(logging.Filter):
    """Hide credential query parameters in httpx's own "HTTP Request: GET <url>" log lines.

    Needed where a provider's login takes the password in the query string: httpx logs every URL
    at INFO level, and a user's logging configuration must not turn that into a password leak.
    """

    names: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and self.names:
            record.args = tuple(self._redact(arg) for arg in record.args)
        return True

    def _redact(self, value: object) -> object:
        if not isinstance(value, httpx.URL) or not value.query:
            return value
        params = value.params
        if not any(name in params for name in self.names):
            return value
        return value.copy_with(params={k: ("<redacted>" if k in self.names else v) for k, v in params.multi_items()})


_REDACTOR = _RedactQueryCredentials()
logging.getLogger("httpx").addFilter(_REDACTOR)


def register_query_secrets(names: Iterable[str]) -> None:
    """Redact these query parameters from httpx's request log lines from now on."""
    _REDACTOR.names.update(names)


def _check_header_value(name: str, value: str) -> str:
    if "\r" in value or "\n" in value:
        raise LoginError(f"login returned a value for header {name!r} containing CR or LF; refusing to send it")
    return value


class LoginAuth(httpx.Auth):
    """Logs in on first use, renews shortly before expiry and once after a 401, never logs secrets."""

    def __init__(
        self,
        spec: LoginSpec,
        base_url: str,
        credentials: Mapping[str, str],
        *,
        lifetime: int | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        missing = sorted(set(spec.credentials) - set(credentials))
        if missing:
            raise TypeError(f"missing credentials: {', '.join(missing)}")
        self._spec = spec
        self._login_url = httpx.URL(base_url.rstrip("/") + spec.path)
        self._credentials = {name: credentials[name] for name in spec.credentials}
        if spec.credentials_in == "query":
            register_query_secrets(spec.credentials.values())
        self._lifetime = lifetime
        self._clock = clock
        self._headers: dict[str, str] | None = None
        self._values: dict[str, str] = {}
        self._deadline: float | None = None
        self._generation = 0
        self._noted: set[str] = set()
        self._sync_lock = threading.Lock()
        self._async_lock: asyncio.Lock | None = None

    def __repr__(self) -> str:
        names = ", ".join(sorted(self._credentials))
        state = "logged in" if self._headers else "not logged in"
        return f"LoginAuth(login_url={public_url(self._login_url)!r}, credentials=<{names}: redacted>, {state})"

    @property
    def logins(self) -> int:
        """How many times this auth has logged in (for tests and diagnostics)."""
        return self._generation

    def login_headers(self, client: httpx.Client) -> dict[str, str]:
        """Log in through ``client`` if needed and return the headers to send (for tools that
        authenticate requests themselves, such as a schemathesis auth hook)."""
        with self._sync_lock:
            if self._needs_login():
                self._accept(client.send(self._login_request()))
            assert self._headers is not None
            return dict(self._headers)

    def authorise(self, client: httpx.Client, request: httpx.Request) -> None:
        """Log in through ``client`` if needed and add the login's headers to ``request``."""
        request.headers.update(self.login_headers(client))

    def login_values(self, client: httpx.Client) -> dict[str, str]:
        """Log in through ``client`` if needed and return what login answered, parsed by name."""
        self.login_headers(client)
        return dict(self._values)

    def invalidate(self) -> None:
        """Forget the current login; the next request logs in again."""
        self._headers = None
        self._deadline = None

    # -- the steps shared by the sync and async flows -------------------------------------------

    def _needs_login(self) -> bool:
        return self._headers is None or (self._deadline is not None and self._clock() >= self._deadline)

    def _login_request(self) -> httpx.Request:
        fields = {wire: self._credentials[name] for name, wire in self._spec.credentials.items()}
        if self._lifetime is not None and self._spec.lifetime_field:
            fields[self._spec.lifetime_field] = str(self._lifetime)
        if self._spec.credentials_in == "form":
            return httpx.Request(self._spec.method, self._login_url, data=fields)
        return httpx.Request(self._spec.method, self._login_url, params=fields)

    def _parse(self, response: httpx.Response) -> dict[str, str]:
        where = f"login at {public_url(self._login_url)}"
        if self._spec.result_format == "text":
            parts = response.text.strip().split(self._spec.text_separator)
            if len(parts) != len(self._spec.text_names) or not all(parts):
                expected = self._spec.text_separator.join(self._spec.text_names)
                raise LoginError(f"{where} answered {len(parts)} field(s); expected {expected!r}")
            return dict(zip(self._spec.text_names, parts, strict=True))
        try:
            body = response.json()
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise LoginError(f"{where} answered a body that is not JSON") from exc
        if not isinstance(body, dict):
            raise LoginError(f"{where} answered JSON that is not an object")
        values = {}
        for name, key in self._spec.result_fields.items():
            value = body.get(key)
            if not isinstance(value, str) or not value:
                raise LoginError(f"{where} answered no string field {key!r}")
            values[name] = value
        if self._spec.expires_at_field and isinstance(body.get(self._spec.expires_at_field), str):
            values["expires_at"] = body[self._spec.expires_at_field]
        return values

    def _server_now(self, response: httpx.Response) -> datetime:
        """The time the login answer was sent, by the server's clock (its ``Date`` header), or by ours.

        Why: an expiry time is written by the server's clock. Judged by a local clock that is behind
        or ahead of it, a token looks expired at once (and every request would log in again) or
        valid after it died. The difference is said once in the log.
        """
        local = datetime.now(UTC)
        try:
            server = parsedate_to_datetime(response.headers.get("date", ""))
        except (TypeError, ValueError):
            return local
        if server.tzinfo is None:
            server = server.replace(tzinfo=UTC)
        skew = (server - local).total_seconds()
        if abs(skew) > CLOCK_SKEW_NOTE_SECONDS:
            self._note_once(
                "skew",
                f"the clock of {public_url(self._login_url)} is {abs(skew):.0f}s "
                f"{'ahead of' if skew > 0 else 'behind'} this machine's; login expiry is judged by the server's clock",
            )
        return server

    def _note_once(self, kind: str, message: str) -> None:
        if kind not in self._noted:
            self._noted.add(kind)
            logger.warning("%s", message)

    def _seconds_left(self, values: Mapping[str, str], response: httpx.Response) -> float | None:
        candidates: list[float] = []
        if self._lifetime is not None and self._spec.lifetime_field:
            candidates.append(float(self._lifetime))
        if "expires_at" in values:
            try:
                expires_at = datetime.fromisoformat(values["expires_at"])
            except ValueError:
                logger.warning("login answered an unreadable expiry time; renewing only after a 401")
            else:
                if expires_at.tzinfo is None:
                    expires_at = expires_at.replace(tzinfo=UTC)
                left = (expires_at - self._server_now(response)).total_seconds()
                if left > 0:
                    candidates.append(left)
                else:  # an example token, or a server that does not mean it: a login per request would not help
                    self._note_once(
                        "expired",
                        f"login at {public_url(self._login_url)} answered an expiry {-left:.0f}s in the past by the "
                        "server's clock; the login is renewed only after a 401",
                    )
        return min(candidates) if candidates else None

    def _accept(self, response: httpx.Response) -> None:
        if not response.is_success:
            raise LoginError(
                f"login at {public_url(self._login_url)} failed with HTTP {response.status_code}",
                status_code=response.status_code,
            )
        values = self._parse(response)
        headers = {
            name: _check_header_value(name, template.format_map(values))
            for name, template in self._spec.headers.items()
        }
        left = self._seconds_left(values, response)
        self._headers = headers
        self._values = values
        self._deadline = None if left is None else self._clock() + left - min(RENEW_MARGIN_SECONDS, left / 10)
        self._generation += 1
        validity = "until a 401" if left is None else f"for {left:.0f}s"
        logger.debug("logged in at %s; credentials valid %s", public_url(self._login_url), validity)

    def _authorise(self, request: httpx.Request) -> int:
        assert self._headers is not None
        headers = request.headers
        for name, value in self._headers.items():  # one scan each; Headers.update costs about twice as much
            headers[name] = value
        return self._generation

    # -- httpx entry points ---------------------------------------------------------------------

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        with self._sync_lock:
            if self._needs_login():
                response = yield self._login_request()
                response.read()
                self._accept(response)
            generation = self._authorise(request)
        response = yield request
        if response.status_code != 401:
            return
        with self._sync_lock:
            if self._generation == generation:  # nobody has renewed since this request was sent
                logger.debug("HTTP 401 from %s; logging in again once", public_url(request.url))
                response = yield self._login_request()
                response.read()
                self._accept(response)
            self._authorise(request)
        yield request

    def _lock_for_async(self) -> asyncio.Lock:
        if self._async_lock is None:
            import asyncio

            self._async_lock = asyncio.Lock()
        return self._async_lock

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        async with self._lock_for_async():
            if self._needs_login():
                response = yield self._login_request()
                await response.aread()
                self._accept(response)
            generation = self._authorise(request)
        response = yield request
        if response.status_code != 401:
            return
        async with self._lock_for_async():
            if self._generation == generation:
                logger.debug("HTTP 401 from %s; logging in again once", public_url(request.url))
                response = yield self._login_request()
                await response.aread()
                self._accept(response)
            self._authorise(request)
        yield request
