"""Mock servers of the providers: a generic spec-driven engine plus one module per provider.

``sms_mocks.InProcessTransport`` (and its alias ``AsyncInProcessTransport``): an httpx transport
reaching a mock in this process with no socket (sms_mocks.transport), imported on first use.
"""
# sms-mocks: stateful mock servers of the FracTEL, smSend and Smstools APIs, served from the same
# resolved OpenAPI documents the clients are generated from (carried as package data).

from typing import Any

__all__ = ["AsyncInProcessTransport", "InProcessTransport"]


def __getattr__(name: str) -> Any:
    # lazily: `sms-mock` and the pytest plugin should not pay for httpx and the engine before use
    if name in __all__:
        from sms_mocks import transport

        return getattr(transport, name)
    raise AttributeError(f"module 'sms_mocks' has no attribute {name!r}")
