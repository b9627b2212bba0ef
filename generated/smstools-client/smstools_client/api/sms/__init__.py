# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
"""The ``sms`` operations, one module each (``sync``, ``sync_detailed``, ``asyncio``, ``asyncio_detailed``)."""

__all__ = [
    "send_sms",
    "send_sms_bulk",
    "estimate_sms",
    "cancel_sms",
    "search_sms",
]
