# generated from specs/fractel.yaml + overlays/fractel.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
"""Contains all the data models used in inputs/outputs"""

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
