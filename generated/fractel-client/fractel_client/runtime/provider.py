# generated from specs/fractel.yaml + overlays/fractel.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
"""How this client authenticates, derived from the resolved spec's ``x-sms-auth`` extension."""

from typing import Any

import httpx

from ..client import Client
from .login import LoginAuth, LoginSpec

__all__ = ["LOGIN", "connect"]

LOGIN = LoginSpec(
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


def connect(
    base_url: str,
    username: str,
    password: str,
    *,
    lifetime: int | None = None,
    timeout: float = 30.0,
    **client_options: Any,
) -> Client:
    """Return a client that logs in on first use with the given credentials.

    The login answer is sent as the spec declares (token), renewed
    shortly before it expires and once after a 401. ``lifetime`` asks for a token lifetime in
    seconds where the provider supports it; ``timeout`` applies to every request.
    """
    auth = LoginAuth(
        LOGIN,
        base_url,
        {
            "username": username,
            "password": password,
        },
        lifetime=lifetime,
    )
    httpx_args = {**client_options.pop("httpx_args", {}), "auth": auth}
    return Client(base_url=base_url, timeout=httpx.Timeout(timeout), httpx_args=httpx_args, **client_options)
