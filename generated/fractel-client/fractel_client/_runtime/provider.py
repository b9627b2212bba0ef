# generated from specs/fractel.yaml + overlays/fractel.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
"""This provider's runtime data, derived from the resolved spec and its ``x-sms-*`` extensions.

``OPERATIONS`` tells the runtime what each operation needs (which sends carry a key and how to
look it up, how lists page); ``ERRORS`` where error bodies hold the provider's code.

:func:`connect` is the one factory: it returns a :class:`SmsClient` that authenticates with one
of the flows ``x-sms-auth`` declares, raises typed errors and retries safely. Each flow also gives
a ``*_auth`` function returning the ``httpx.Auth`` alone; login flows also give ``*_credentials``,
which logs in once and returns the parsed answer as a typed object.
"""

import os
import sys
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, Literal, NamedTuple

import httpx

from ..api import SmsClient
from .errors import ErrorShape
from .login import LoginAuth, LoginSpec
from .operation import Catalogue, Operation
from .paging import apaginate as _apaginate
from .paging import paginate as _paginate
from .policy import RetryPolicy
from .resilient import build_client

__all__ = [
    "DEFAULT_BASE_URL",
    "ENVIRONMENT",
    "ERRORS",
    "FLOWS",
    "OPERATIONS",
    "USER_AGENT",
    "apaginate",
    "connect",
    "paginate",
    "CONNECT",
    "connect_auth",
    "ConnectCredentials",
    "connect_credentials",
]

#: The login flows, first the one :func:`connect` uses by default.
FLOWS = ["connect"]

#: The spec's production server, the default ``base_url``.
DEFAULT_BASE_URL = "http://api.fractel.net/v2"

#: The environment variables :func:`connect` reads for arguments left out.
ENVIRONMENT = {"base_url": "FRACTEL_BASE_URL", "username": "FRACTEL_USERNAME", "password": "FRACTEL_PASSWORD"}

#: Sent on every request: this package, its version, httpx and Python (the version as
#: ``platform.python_version()`` gives it, read from ``sys.version``: importing ``platform`` costs
#: about 5% of ``import httpx``).
USER_AGENT = f"fractel-client/0.2.0 httpx/{httpx.__version__} Python/{sys.version.split()[0]}"

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
            send=None,
            paging=None,
            media=("application/json",),
        ),
        Operation(
            id="postSms",
            method="POST",
            path="/sms",
            module="api.sms.post_sms",
            success=(200,),
            send=None,
            paging=None,
            media=("application/json",),
        ),
        Operation(
            id="putSmsToCallbackType",
            method="PUT",
            path="/sms/{to}/callback/{type}",
            module="api.sms.put_sms_to_callback_type",
            success=(200,),
            send=None,
            paging=None,
            media=("application/json",),
        ),
    ),
    package=__name__.rsplit(".", 2)[0],
)


def paginate(
    function: Callable[..., Any], *, limit: int | None = None, page_size: int | None = None, **arguments: Any
) -> Iterator[Any]:
    """Iterate lazily over every item of a paginated list.

    ``function`` is the list operation as a client method (``client.sms.search_sms``) or its module's
    ``sync`` (then ``client=`` goes into ``arguments``); ``arguments`` are its other keyword
    arguments. ``limit`` caps the items, ``page_size`` each request."""
    return _paginate(OPERATIONS, function, limit=limit, page_size=page_size, **arguments)


def apaginate(
    function: Callable[..., Awaitable[Any]], *, limit: int | None = None, page_size: int | None = None, **arguments: Any
) -> AsyncIterator[Any]:
    """The async twin of :func:`paginate`: ``client.aio.<tag>.<operation>`` or the module's ``asyncio``."""
    return _apaginate(OPERATIONS, function, limit=limit, page_size=page_size, **arguments)


def _client(
    base_url: str, auth: httpx.Auth, timeout: float, retries: int, policy: RetryPolicy | None, options: dict[str, Any]
) -> SmsClient:
    headers = {"User-Agent": USER_AGENT, **(options.pop("headers", None) or {})}
    client: SmsClient = build_client(
        SmsClient,
        base_url,
        auth=auth,
        catalogue=OPERATIONS,
        errors=ERRORS,
        policy=policy or RetryPolicy(retries=retries, timeout=timeout),
        headers=headers,
        **options,
    )
    return client


def _argument(value: str | None, name: str) -> str:
    if value is not None:
        return value
    variable = ENVIRONMENT[name]
    found = os.environ.get(variable)
    if not found:
        raise TypeError(f"connect() needs {name}: pass it, or set the environment variable {variable}")
    return found


def connect(
    base_url: str | None = None,
    username: str | None = None,
    password: str | None = None,
    *,
    flow: Literal["connect"] = "connect",
    lifetime: int | None = None,
    allow_insecure_http: bool = False,
    timeout: float = 30.0,
    retries: int = 2,
    policy: RetryPolicy | None = None,
    **client_options: Any,
) -> SmsClient:
    """Return a client for FracTEL API 2.0 that authenticates, raises typed errors and retries safely.

    ``base_url`` defaults to ``$FRACTEL_BASE_URL``, else the production server
    http://api.fractel.net/v2; ``username`` to ``$FRACTEL_USERNAME``, ``password`` to ``$FRACTEL_PASSWORD``.

    ``flow`` picks how to authenticate:
    - ``'connect'``: log in with ``POST /auth`` on first use and send the answer as
      token; renewed shortly before it expires (where the provider
      says when) and once after a 401. ``lifetime`` asks for a token lifetime in seconds.
    ``timeout`` (seconds) applies to every request and ``retries`` to every safe retry; ``policy``
    replaces both with a full :class:`RetryPolicy`. Other options (``headers``, ``httpx_args``,
    ``verify_ssl``...) go to the generated ``Client``.
    """
    base_url = base_url or os.environ.get(ENVIRONMENT["base_url"]) or DEFAULT_BASE_URL
    username = _argument(username, "username")
    password = _argument(password, "password")
    auth: httpx.Auth
    if flow == "connect":
        auth = connect_auth(base_url, username, password, lifetime=lifetime)
    else:
        raise ValueError(f"unknown flow {flow!r}; this provider has {FLOWS}")
    return _client(base_url, auth, timeout, retries, policy, client_options)


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


class ConnectCredentials(NamedTuple):
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
    with httpx.Client(timeout=timeout, headers={"User-Agent": USER_AGENT}) as client:
        values = auth.login_values(client)
    return ConnectCredentials(**{name: values[name] for name in ("token",)})
