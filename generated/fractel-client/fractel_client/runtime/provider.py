# generated from specs/fractel.yaml + overlays/fractel.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
"""This provider's runtime data, derived from the resolved spec and its ``x-sms-*`` extensions.

``OPERATIONS`` tells the runtime which operation a request belongs to, which sends carry a key and
how to look it up, and how lists page; ``ERRORS`` where error bodies hold the provider's code.

Each auth flow (``x-sms-auth``) gives a function of its name returning a ``Client`` that
authenticates, raises typed errors and retries safely, and a ``*_auth`` function returning the
``httpx.Auth`` alone; login flows also give ``*_credentials``, which logs in once and returns the
parsed answer as a typed object.
"""

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx

from ..client import Client
from .errors import ErrorShape
from .login import LoginAuth, LoginSpec
from .operation import Catalogue, Operation
from .paging import apaginate as _apaginate
from .paging import paginate as _paginate
from .policy import RetryPolicy
from .resilient import build_client

__all__ = [
    "ERRORS",
    "FLOWS",
    "OPERATIONS",
    "apaginate",
    "paginate",
    "CONNECT",
    "connect",
    "connect_auth",
    "ConnectCredentials",
    "connect_credentials",
]

#: The login flows, first the one tools use by default.
FLOWS = ["connect"]

#: Where this provider's error bodies hold its code and message (``x-sms-errors``).
ERRORS = ErrorShape(code="/error", message="/message")

#: Every operation of the spec, as the runtime needs it.
OPERATIONS = Catalogue(
    (
        Operation(
            id="postAuth",
            method="POST",
            path="/auth",
            module="api.auth.post_auth",
            success=(200,),
            media=("application/json",),
        ),
        Operation(
            id="postSms",
            method="POST",
            path="/sms",
            module="api.sms.post_sms",
            success=(200,),
            media=("application/json",),
        ),
        Operation(
            id="putSmsToCallbackType",
            method="PUT",
            path="/sms/{to}/callback/{type}",
            module="api.sms.put_sms_to_callback_type",
            success=(200,),
            media=("application/json",),
        ),
    )
)


def paginate(
    function: Callable[..., Any], *, limit: int | None = None, page_size: int | None = None, **arguments: Any
) -> Iterator[Any]:
    """Iterate lazily over every item of a paginated list; ``function`` is its ``sync``, ``arguments``
    its keyword arguments (``client`` included). ``limit`` caps the items, ``page_size`` each request."""
    return _paginate(OPERATIONS, function, limit=limit, page_size=page_size, **arguments)


def apaginate(
    function: Callable[..., Awaitable[Any]], *, limit: int | None = None, page_size: int | None = None, **arguments: Any
) -> AsyncIterator[Any]:
    """The async twin of :func:`paginate`; ``function`` is the list operation's ``asyncio``."""
    return _apaginate(OPERATIONS, function, limit=limit, page_size=page_size, **arguments)


def _client(
    base_url: str, auth: httpx.Auth, timeout: float, retries: int, policy: RetryPolicy | None, options: dict[str, Any]
) -> Client:
    client: Client = build_client(
        Client,
        base_url,
        auth=auth,
        catalogue=OPERATIONS,
        errors=ERRORS,
        package=__name__.split(".")[0],
        policy=policy or RetryPolicy(retries=retries, timeout=timeout),
        **options,
    )
    return client


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
    retries: int = 2,
    policy: RetryPolicy | None = None,
    **client_options: Any,
) -> Client:
    """Return a client that logs in with ``POST /auth`` on first use.

    The login answer is sent on every request as token; it is
    renewed shortly before it expires (where the provider says when) and once after a 401.
    ``timeout`` (seconds) applies to every request and ``retries`` to every safe retry; ``policy``
    replaces both with a full :class:`RetryPolicy`. Other options go to the generated ``Client``.
    """
    auth = connect_auth(base_url, username, password, lifetime=lifetime)
    return _client(base_url, auth, timeout, retries, policy, client_options)


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
