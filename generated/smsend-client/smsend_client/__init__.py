# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
"""A client library for accessing smSend REST API.

Each name below is imported on first use (PEP 562 ``__getattr__``): ``import smsend_client`` does
not load httpx, attrs or the runtime, so a program that imports the package but sends nothing on
a given run pays almost nothing, and one that sends pays only for what it touches. Type checkers
read the imports under ``TYPE_CHECKING``.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client
    from .runtime.created import created_id
    from .runtime.errors import (
        ApiError,
        AuthenticationError,
        DecodingError,
        NotFoundError,
        RateLimitedError,
        ServerError,
        TimeoutError,
        TransportError,
        ValidationError,
    )
    from .runtime.login import LoginError
    from .runtime.policy import RetryPolicy, call_options
    from .runtime.provider import (
        ERRORS,
        FLOWS,
        LOGIN,
        OPERATIONS,
        TOKEN,
        LoginCredentials,
        TokenCredentials,
        apaginate,
        login,
        login_auth,
        login_credentials,
        paginate,
        token,
        token_auth,
        token_credentials,
    )

__all__ = (
    "ApiError",
    "AuthenticatedClient",
    "AuthenticationError",
    "Client",
    "DecodingError",
    "ERRORS",
    "FLOWS",
    "LOGIN",
    "LoginCredentials",
    "LoginError",
    "NotFoundError",
    "OPERATIONS",
    "RateLimitedError",
    "RetryPolicy",
    "ServerError",
    "TOKEN",
    "TimeoutError",
    "TokenCredentials",
    "TransportError",
    "ValidationError",
    "apaginate",
    "call_options",
    "created_id",
    "login",
    "login_auth",
    "login_credentials",
    "paginate",
    "token",
    "token_auth",
    "token_credentials",
)

_HOMES = {
    "AuthenticatedClient": ".client",
    "Client": ".client",
    "created_id": ".runtime.created",
    "ApiError": ".runtime.errors",
    "AuthenticationError": ".runtime.errors",
    "DecodingError": ".runtime.errors",
    "NotFoundError": ".runtime.errors",
    "RateLimitedError": ".runtime.errors",
    "ServerError": ".runtime.errors",
    "TimeoutError": ".runtime.errors",
    "TransportError": ".runtime.errors",
    "ValidationError": ".runtime.errors",
    "LoginError": ".runtime.login",
    "RetryPolicy": ".runtime.policy",
    "call_options": ".runtime.policy",
    "ERRORS": ".runtime.provider",
    "FLOWS": ".runtime.provider",
    "OPERATIONS": ".runtime.provider",
    "apaginate": ".runtime.provider",
    "paginate": ".runtime.provider",
    "LOGIN": ".runtime.provider",
    "login": ".runtime.provider",
    "login_auth": ".runtime.provider",
    "LoginCredentials": ".runtime.provider",
    "login_credentials": ".runtime.provider",
    "TOKEN": ".runtime.provider",
    "token": ".runtime.provider",
    "token_auth": ".runtime.provider",
    "TokenCredentials": ".runtime.provider",
    "token_credentials": ".runtime.provider",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(home, __name__), name)
    globals()[name] = value  # the next lookup finds it without coming here
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
