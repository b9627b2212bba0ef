# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
"""The ``sms`` operations, one module each (``sync``, ``sync_detailed``, ``asyncio``, ``asyncio_detailed``)."""

__all__ = [
    "send_sms",
    "send_parametric_sms",
    "send_sms_to_groups",
    "get_sms_state",
    "delete_scheduled_sms",
]
