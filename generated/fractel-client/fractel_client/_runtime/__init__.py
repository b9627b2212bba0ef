# generated from runtime/__init__.py by tools/generate.py (openapi-python-client 0.29.1); do not edit
"""Hand-written runtime shared by every generated client.

The generator copies this package into each generated client as ``<module>._runtime`` (private,
marked as generated there), so each client installs and imports on its own. Provider specifics reach it only
as data derived from the resolved spec.
"""

from .call import Call, result
from .created import MissingLocationError, created_id
from .errors import (
    ApiError,
    AuthenticationError,
    DecodingError,
    ErrorShape,
    NotFoundError,
    RateLimitedError,
    RequestTimeoutError,
    ServerError,
    TransportError,
    ValidationError,
)
from .login import LoginAuth, LoginError, LoginSpec
from .operation import Catalogue, Lookup, Operation, Paging, SendSpec
from .policy import RetryPolicy, call_options
from .static import SchemeUse, StaticAuth, StaticSpec, check_https

__all__ = [
    "ApiError",
    "AuthenticationError",
    "Call",
    "Catalogue",
    "DecodingError",
    "ErrorShape",
    "LoginAuth",
    "LoginError",
    "LoginSpec",
    "Lookup",
    "MissingLocationError",
    "NotFoundError",
    "Operation",
    "Paging",
    "RateLimitedError",
    "RequestTimeoutError",
    "RetryPolicy",
    "SchemeUse",
    "SendSpec",
    "ServerError",
    "StaticAuth",
    "StaticSpec",
    "TransportError",
    "ValidationError",
    "call_options",
    "check_https",
    "created_id",
    "result",
]
