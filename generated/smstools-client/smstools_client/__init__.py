# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
"""A client library for accessing Smstools REST API"""

from .client import AuthenticatedClient, Client
from .runtime import created_id
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
from .runtime.provider import *  # noqa: F403  (the login flows this provider's spec declares)
from .runtime.provider import __all__ as _flows

__all__ = (
    "ApiError",
    "AuthenticatedClient",
    "AuthenticationError",
    "Client",
    "DecodingError",
    "LoginError",
    "NotFoundError",
    "RateLimitedError",
    "RetryPolicy",
    "ServerError",
    "TimeoutError",
    "TransportError",
    "ValidationError",
    "call_options",
    "created_id",
    *_flows,
)
