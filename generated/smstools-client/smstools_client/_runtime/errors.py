# generated from runtime/errors.py by tools/generate.py (openapi-python-client 0.29.1); do not edit
"""The exceptions every generated client raises instead of returning error bodies or ``None``.

Why one small hierarchy: callers of an SMS API need to tell "fix your request" from "log in
again", "slow down", "the provider is down" and "the network failed", and above all whether a send
may have gone out. Each exception carries the HTTP status, the provider's own error code (read
from the body with the JSON pointers the overlay declares in ``x-sms-errors``), the operation name
and the raw response, while its message never contains a credential or a query string.

The hierarchy is copied into every generated package, so ``smsend_client.ApiError`` and
``smstools_client.ApiError`` are distinct classes: one client's errors are never confused with
another's.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import NamedTuple

import httpx

__all__ = [
    "ApiError",
    "AuthenticationError",
    "DecodingError",
    "ErrorShape",
    "NotFoundError",
    "RateLimitedError",
    "RequestTimeoutError",
    "ServerError",
    "TransportError",
    "ValidationError",
    "error_for_response",
    "public_url",
]


def public_url(url: httpx.URL) -> str:
    """The URL without query string or userinfo: safe to print (a login may carry the password)."""
    return str(url.copy_with(query=None, username=None, password=None))


class ApiError(Exception):
    """Base of everything a generated client raises.

    Attributes:
        operation: the spec's ``operationId`` (or ``METHOD /path`` when the request matches none).
        status_code: the HTTP status, ``None`` when no response arrived.
        code: the provider's own error code from the body, when it has one.
        response: the raw ``httpx.Response`` (read), for debugging; ``None`` without a response.
        may_have_been_sent: true when the request may have been carried out by the provider even
            though this call failed (the connection broke after the request was sent and the
            provider offers no way to check). A caller must not blindly send again.
    """

    def __init__(
        self,
        message: str,
        *,
        operation: str = "",
        status_code: int | None = None,
        code: str | None = None,
        response: httpx.Response | None = None,
        may_have_been_sent: bool = False,
    ) -> None:
        super().__init__(message)
        self.operation = operation
        self.status_code = status_code
        self.code = code
        self.response = response
        self.may_have_been_sent = may_have_been_sent

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r}, status_code={self.status_code!r}, code={self.code!r})"


class AuthenticationError(ApiError):
    """401 or 403, or a login that failed: the credentials are wrong, expired or not allowed."""


class NotFoundError(ApiError):
    """404: the resource (or, for some providers, the user key) does not exist."""


class ValidationError(ApiError):
    """Another 4xx: the provider refused the request as it was written; sending it again will not help."""


class RateLimitedError(ApiError):
    """429 after the retries: ``retry_after`` says how many seconds the provider asked to wait."""

    retry_after: float | None = None


class ServerError(ApiError):
    """5xx after the retries: the provider failed."""


class TransportError(ApiError):
    """No usable HTTP response: connection refused or reset, TLS failure, a truncated answer."""


class RequestTimeoutError(TransportError):
    """The provider did not answer within the timeout (named so as not to shadow the builtin ``TimeoutError``)."""


class DecodingError(ApiError):
    """A success response that does not match the operation's schema (missing field, wrong type,
    undocumented status or a body that is not JSON). The provider did carry out the request."""


class ErrorShape(NamedTuple):
    """Where a provider puts its error code and message in an error body (JSON pointers)."""

    code: str = ""
    message: str = ""


def _pointer(document: object, pointer: str) -> object:
    """Resolve an RFC 6901 JSON pointer; ``None`` when any step is missing."""
    if not pointer:
        return None
    current = document
    for token in pointer.lstrip("/").split("/"):
        token = token.replace("~1", "/").replace("~0", "~")
        if isinstance(current, Mapping) and token in current:
            current = current[token]
        elif isinstance(current, list) and token.isdigit() and int(token) < len(current):
            current = current[int(token)]
        else:
            return None
    return current


def provider_detail(response: httpx.Response, shape: ErrorShape) -> tuple[str | None, str | None]:
    """The provider's (code, message) from an error body, or (None, None) when it is not readable JSON."""
    try:
        body = json.loads(response.content)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return None, None
    code, message = _pointer(body, shape.code), _pointer(body, shape.message)
    return (
        None if code is None or isinstance(code, (dict, list)) else str(code),
        None if message is None or isinstance(message, (dict, list)) else str(message),
    )


def _error_class(status: int) -> type[ApiError]:
    if status in (401, 403):
        return AuthenticationError
    if status == 404:
        return NotFoundError
    if status == 429:
        return RateLimitedError
    if status >= 500:
        return ServerError
    return ValidationError


def error_for_response(
    response: httpx.Response,
    *,
    operation: str,
    shape: ErrorShape,
    retry_after: float | None = None,
    may_have_been_sent: bool = False,
    note: str = "",
) -> ApiError:
    """The exception for an error response: class by status, provider code and message from the body."""
    code, message = provider_detail(response, shape)
    text = f"{operation}: HTTP {response.status_code}"
    try:
        request = response.request
    except RuntimeError:  # a response built by hand, as in a parser test: no request to name
        pass
    else:
        text += f" from {request.method} {public_url(request.url)}"
    if code is not None:
        text += f" [{code}]"
    if message is not None and message != code:
        text += f": {message}"
    if note:
        text += f" ({note})"
    error = _error_class(response.status_code)(
        text,
        operation=operation,
        status_code=response.status_code,
        code=code,
        response=response,
        may_have_been_sent=may_have_been_sent,
    )
    if isinstance(error, RateLimitedError):
        error.retry_after = retry_after
    return error
