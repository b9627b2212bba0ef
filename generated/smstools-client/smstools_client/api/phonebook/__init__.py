# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
"""The ``phonebook`` operations, one module each (``sync``, ``sync_detailed``, ``asyncio``, ``asyncio_detailed``)."""

__all__ = [
    "list_groups",
    "create_group",
    "get_group",
    "rename_group",
    "delete_group",
    "list_group_contacts",
    "search_contacts",
    "create_contact",
    "get_contact",
    "update_contact",
    "delete_contact",
]
