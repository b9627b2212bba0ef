# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
"""The ``received`` operations, one module each (``sync``, ``sync_detailed``, ``asyncio``, ``asyncio_detailed``)."""

__all__ = [
    "get_new_received_messages",
    "get_new_received_messages_by_sim",
    "get_received_messages",
    "get_received_messages_by_sim",
    "get_received_messages_after",
]
