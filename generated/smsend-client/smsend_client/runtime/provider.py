# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
"""How this client authenticates, derived from the resolved spec's ``x-sms-auth`` extension.

Each flow gives a function of its name returning an authenticated ``Client`` and a ``*_auth``
function returning the ``httpx.Auth`` alone; login flows also give ``*_credentials``, which logs in
once and returns the parsed answer as a typed object.
"""

from dataclasses import dataclass
from typing import Any

import httpx

from ..client import Client
from .login import LoginAuth, LoginSpec

__all__ = [
    "FLOWS",
    "LOGIN",
    "login",
    "login_auth",
    "LoginCredentials",
    "login_credentials",
    "TOKEN",
    "token",
    "token_auth",
    "TokenCredentials",
    "token_credentials",
]

#: The login flows, first the one tools use by default.
FLOWS = ["login", "token"]

LOGIN = LoginSpec(
    method="GET",
    path="/login",
    credentials_in="query",
    credentials={"username": "username", "password": "password"},
    result_format="text",
    result_fields={},
    text_separator=";",
    text_names=("user_key", "session_key"),
    lifetime_field=None,
    expires_at_field=None,
    headers={"user_key": "{user_key}", "Session_key": "{session_key}"},
)


@dataclass(frozen=True)
class LoginCredentials:
    """What the ``GET /login`` login returns, parsed; sent as user_key, Session_key."""

    user_key: str
    session_key: str

    def __repr__(self) -> str:
        return "LoginCredentials(user_key=<redacted>, session_key=<redacted>)"


def login_auth(base_url: str, username: str, password: str, *, lifetime: int | None = None) -> LoginAuth:
    """The ``httpx.Auth`` that logs in with ``GET /login`` on first use."""
    return LoginAuth(
        LOGIN,
        base_url,
        {
            "username": username,
            "password": password,
        },
        lifetime=lifetime,
    )


def login(
    base_url: str,
    username: str,
    password: str,
    *,
    lifetime: int | None = None,
    timeout: float = 30.0,
    **client_options: Any,
) -> Client:
    """Return a client that logs in with ``GET /login`` on first use.

    The login answer is sent on every request as user_key and Session_key; it is
    renewed shortly before it expires (where the provider says when) and once after a 401.
    ``timeout`` applies to every request.
    """
    auth = login_auth(base_url, username, password, lifetime=lifetime)
    httpx_args = {**client_options.pop("httpx_args", {}), "auth": auth}
    return Client(base_url=base_url, timeout=httpx.Timeout(timeout), httpx_args=httpx_args, **client_options)


def login_credentials(
    base_url: str,
    username: str,
    password: str,
    *,
    timeout: float = 30.0,
) -> LoginCredentials:
    """Log in once with ``GET /login`` and return the typed credentials."""
    auth = login_auth(
        base_url,
        username,
        password,
    )
    with httpx.Client(timeout=timeout) as client:
        values = auth.login_values(client)
    return LoginCredentials(**{name: values[name] for name in ["user_key", "session_key"]})


TOKEN = LoginSpec(
    method="GET",
    path="/token",
    credentials_in="query",
    credentials={"username": "username", "password": "password"},
    result_format="text",
    result_fields={},
    text_separator=";",
    text_names=("user_key", "access_token"),
    lifetime_field=None,
    expires_at_field=None,
    headers={"user_key": "{user_key}", "Access_token": "{access_token}"},
)


@dataclass(frozen=True)
class TokenCredentials:
    """What the ``GET /token`` login returns, parsed; sent as user_key, Access_token."""

    user_key: str
    access_token: str

    def __repr__(self) -> str:
        return "TokenCredentials(user_key=<redacted>, access_token=<redacted>)"


def token_auth(base_url: str, username: str, password: str, *, lifetime: int | None = None) -> LoginAuth:
    """The ``httpx.Auth`` that logs in with ``GET /token`` on first use."""
    return LoginAuth(
        TOKEN,
        base_url,
        {
            "username": username,
            "password": password,
        },
        lifetime=lifetime,
    )


def token(
    base_url: str,
    username: str,
    password: str,
    *,
    lifetime: int | None = None,
    timeout: float = 30.0,
    **client_options: Any,
) -> Client:
    """Return a client that logs in with ``GET /token`` on first use.

    The login answer is sent on every request as user_key and Access_token; it is
    renewed shortly before it expires (where the provider says when) and once after a 401.
    ``timeout`` applies to every request.
    """
    auth = token_auth(base_url, username, password, lifetime=lifetime)
    httpx_args = {**client_options.pop("httpx_args", {}), "auth": auth}
    return Client(base_url=base_url, timeout=httpx.Timeout(timeout), httpx_args=httpx_args, **client_options)


def token_credentials(
    base_url: str,
    username: str,
    password: str,
    *,
    timeout: float = 30.0,
) -> TokenCredentials:
    """Log in once with ``GET /token`` and return the typed credentials."""
    auth = token_auth(
        base_url,
        username,
        password,
    )
    with httpx.Client(timeout=timeout) as client:
        values = auth.login_values(client)
    return TokenCredentials(**{name: values[name] for name in ["user_key", "access_token"]})
