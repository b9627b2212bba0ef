# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
"""The ``groups`` operations, one module each (``sync``, ``sync_detailed``, ``asyncio``, ``asyncio_detailed``)."""

__all__ = [
    "create_group",
    "modify_group",
    "delete_group",
    "list_groups",
    "add_contact_to_group",
    "remove_contact_from_group",
]
