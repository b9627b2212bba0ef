# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
"""The ``email`` operations, one module each (``sync``, ``sync_detailed``, ``asyncio``, ``asyncio_detailed``)."""

__all__ = [
    "list_email_senders",
    "list_email_templates",
    "get_email_template",
    "list_email_campaigns",
    "get_email_campaign",
    "send_email_campaign",
    "send_email",
    "get_email",
]
