# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
"""A client library for accessing Smstools REST API"""

from .client import AuthenticatedClient, Client
from .runtime import created_id
from .runtime.provider import *  # noqa: F403  (the login flows this provider's spec declares)
from .runtime.provider import __all__ as _flows

__all__ = ("AuthenticatedClient", "Client", "created_id", *_flows)
