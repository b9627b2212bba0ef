# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
"""The ``email`` operations, one module each (``sync``, ``sync_detailed``, ``asyncio``, ``asyncio_detailed``)."""

__all__ = [
    "create_list",
    "modify_list",
    "add_group_to_list",
    "create_email_draft",
    "create_issue_from_template",
    "send_issue",
]
