# generated from specs/fractel.yaml + overlays/fractel.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
"""A client library for accessing FracTEL API 2.0.

Each name below is imported on first use (PEP 562 ``__getattr__``): ``import fractel_client`` does
not load httpx or the runtime, so a program that imports the package but sends nothing on
a given run pays almost nothing, and one that sends pays only for what it touches. Type checkers
read the imports under ``TYPE_CHECKING``.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._runtime.created import created_id
    from ._runtime.errors import (
        ApiError,
        AuthenticationError,
        DecodingError,
        NotFoundError,
        RateLimitedError,
        RequestTimeoutError,
        ServerError,
        TransportError,
        ValidationError,
    )
    from ._runtime.login import LoginError
    from ._runtime.policy import RetryPolicy, call_options
    from ._runtime.provider import apaginate, connect, paginate
    from .api import AsyncSmsClient, SmsClient

#: This package's version (semver; independent of the API's).
__version__ = "0.2.0"
#: The version of the provider's API this package was generated for (``info.version`` of its spec).
__api_version__ = "2.0.0"

__all__ = (
    "ApiError",
    "AsyncSmsClient",
    "AuthenticationError",
    "DecodingError",
    "LoginError",
    "NotFoundError",
    "RateLimitedError",
    "RequestTimeoutError",
    "RetryPolicy",
    "ServerError",
    "SmsClient",
    "TransportError",
    "ValidationError",
    "apaginate",
    "call_options",
    "connect",
    "created_id",
    "paginate",
    "__api_version__",
    "__version__",
)

_HOMES = {
    "created_id": "._runtime.created",
    "ApiError": "._runtime.errors",
    "AuthenticationError": "._runtime.errors",
    "DecodingError": "._runtime.errors",
    "NotFoundError": "._runtime.errors",
    "RateLimitedError": "._runtime.errors",
    "RequestTimeoutError": "._runtime.errors",
    "ServerError": "._runtime.errors",
    "TransportError": "._runtime.errors",
    "ValidationError": "._runtime.errors",
    "LoginError": "._runtime.login",
    "RetryPolicy": "._runtime.policy",
    "call_options": "._runtime.policy",
    "apaginate": "._runtime.provider",
    "connect": "._runtime.provider",
    "paginate": "._runtime.provider",
    "AsyncSmsClient": ".api",
    "SmsClient": ".api",
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
