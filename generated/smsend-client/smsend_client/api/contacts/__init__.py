# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
"""The ``contacts`` operations, one module each (``sync``, ``sync_detailed``, ``asyncio``, ``asyncio_detailed``)."""

__all__ = [
    "add_contact",
    "get_contact",
    "add_contact_to_list",
]
