# generated from specs/fractel.yaml + overlays/fractel.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
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
    "CONNECT",
    "connect",
    "connect_auth",
    "ConnectCredentials",
    "connect_credentials",
]

#: The login flows, first the one tools use by default.
FLOWS = ["connect"]

CONNECT = LoginSpec(
    method="POST",
    path="/auth",
    credentials_in="form",
    credentials={"username": "username", "password": "password"},
    result_format="json",
    result_fields={"token": "token"},
    text_separator=";",
    text_names=(),
    lifetime_field="expires",
    expires_at_field="expires",
    headers={"token": "{token}"},
)


@dataclass(frozen=True)
class ConnectCredentials:
    """What the ``POST /auth`` login returns, parsed; sent as token."""

    token: str

    def __repr__(self) -> str:
        return "ConnectCredentials(token=<redacted>)"


def connect_auth(base_url: str, username: str, password: str, *, lifetime: int | None = None) -> LoginAuth:
    """The ``httpx.Auth`` that logs in with ``POST /auth`` on first use."""
    return LoginAuth(
        CONNECT,
        base_url,
        {
            "username": username,
            "password": password,
        },
        lifetime=lifetime,
    )


def connect(
    base_url: str,
    username: str,
    password: str,
    *,
    lifetime: int | None = None,
    timeout: float = 30.0,
    **client_options: Any,
) -> Client:
    """Return a client that logs in with ``POST /auth`` on first use.

    The login answer is sent on every request as token; it is
    renewed shortly before it expires (where the provider says when) and once after a 401.
    ``timeout`` applies to every request.
    """
    auth = connect_auth(base_url, username, password, lifetime=lifetime)
    httpx_args = {**client_options.pop("httpx_args", {}), "auth": auth}
    return Client(base_url=base_url, timeout=httpx.Timeout(timeout), httpx_args=httpx_args, **client_options)


def connect_credentials(
    base_url: str,
    username: str,
    password: str,
    *,
    timeout: float = 30.0,
) -> ConnectCredentials:
    """Log in once with ``POST /auth`` and return the typed credentials."""
    auth = connect_auth(
        base_url,
        username,
        password,
    )
    with httpx.Client(timeout=timeout) as client:
        values = auth.login_values(client)
    return ConnectCredentials(**{name: values[name] for name in ["token"]})
