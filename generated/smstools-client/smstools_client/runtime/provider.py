# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
"""How this client authenticates, derived from the resolved spec's ``x-sms-auth`` extension.

Each flow gives a function of its name returning an authenticated ``Client`` and a ``*_auth``
function returning the ``httpx.Auth`` alone; login flows also give ``*_credentials``, which logs in
once and returns the parsed answer as a typed object.
"""

from typing import Any

import httpx

from ..client import Client
from .static import SchemeUse, StaticAuth, StaticSpec, check_https

__all__ = [
    "FLOWS",
    "CONNECT",
    "connect",
    "connect_auth",
]

#: The login flows, first the one tools use by default.
FLOWS = ["connect"]

CONNECT = StaticSpec(
    credentials=("auth_key", "auth_secret"),
    schemes={
        "basicAuth": SchemeUse(
            kind="basic",
            value="{auth_key}",
            password="{auth_secret}",
        ),
        "smartKey": SchemeUse(
            kind="query",
            name="authKey",
            value="{auth_key}",
        ),
        "smartSecret": SchemeUse(
            kind="query",
            name="authSecret",
            value="{auth_secret}",
        ),
    },
    default=("basicAuth",),
    operations=(
        ("GET", "/smart/sms/send", ("smartKey", "smartSecret")),
        ("GET", "/smart/user", ("smartKey", "smartSecret")),
    ),
    headers={"Accept": "application/json"},
    https_only=True,
)


def connect_auth(
    base_url: str,
    auth_key: str,
    auth_secret: str,
) -> StaticAuth:
    """The ``httpx.Auth`` adding the credentials each operation's security requirement names."""
    return StaticAuth(
        CONNECT,
        base_url,
        {
            "auth_key": auth_key,
            "auth_secret": auth_secret,
        },
    )


def connect(
    base_url: str,
    auth_key: str,
    auth_secret: str,
    *,
    allow_insecure_http: bool = False,
    timeout: float = 30.0,
    **client_options: Any,
) -> Client:
    """Return a client sending the credentials as each operation requires and Accept on every request.

    The provider accepts HTTPS only: a plain-http ``base_url`` is refused unless
    ``allow_insecure_http`` is true (a local mock). ``timeout`` applies to every request.
    """
    check_https(base_url, allow_insecure_http)
    auth = connect_auth(
        base_url,
        auth_key,
        auth_secret,
    )
    httpx_args = {**client_options.pop("httpx_args", {}), "auth": auth}
    return Client(base_url=base_url, timeout=httpx.Timeout(timeout), httpx_args=httpx_args, **client_options)
