# generated from specs/fractel.yaml + overlays/fractel.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
"""Contains all the data models used in inputs/outputs.

Each model is imported on first use (PEP 562 ``__getattr__``): ``from .models import SmsSend``
loads that model's module and what it refers to, not every model of the API. Type checkers read
the imports under ``TYPE_CHECKING``.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .auth_request import AuthRequest
    from .auth_result import AuthResult
    from .callback_method import CallbackMethod
    from .callback_request import CallbackRequest
    from .callback_result import CallbackResult
    from .callback_type import CallbackType
    from .delivery_confirmation import DeliveryConfirmation
    from .delivery_state import DeliveryState
    from .error import Error
    from .error_validation import ErrorValidation
    from .error_validation_source import ErrorValidationSource
    from .inbound_message import InboundMessage
    from .send_result import SendResult
    from .sms_request import SmsRequest

__all__ = (
    "AuthRequest",
    "AuthResult",
    "CallbackMethod",
    "CallbackRequest",
    "CallbackResult",
    "CallbackType",
    "DeliveryConfirmation",
    "DeliveryState",
    "Error",
    "ErrorValidation",
    "ErrorValidationSource",
    "InboundMessage",
    "SendResult",
    "SmsRequest",
)

_HOMES = {
    "AuthRequest": ".auth_request",
    "AuthResult": ".auth_result",
    "CallbackMethod": ".callback_method",
    "CallbackRequest": ".callback_request",
    "CallbackResult": ".callback_result",
    "CallbackType": ".callback_type",
    "DeliveryConfirmation": ".delivery_confirmation",
    "DeliveryState": ".delivery_state",
    "Error": ".error",
    "ErrorValidation": ".error_validation",
    "ErrorValidationSource": ".error_validation_source",
    "InboundMessage": ".inbound_message",
    "SendResult": ".send_result",
    "SmsRequest": ".sms_request",
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
