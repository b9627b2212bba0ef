# generated from specs/fractel.yaml + overlays/fractel.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
"""A client library for accessing FracTEL API 2.0"""

from .client import AuthenticatedClient, Client
from .runtime.provider import connect

__all__ = (
    "AuthenticatedClient",
    "Client",
    "connect",
)
