# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
"""The ``subaccounts`` operations, one module each (``sync``, ``sync_detailed``, ``asyncio``, ``asyncio_detailed``)."""

__all__ = [
    "list_subaccounts",
    "create_subaccount",
    "get_subaccount",
    "edit_subaccount",
    "change_subaccount_password",
    "get_subaccount_credits",
    "move_subaccount_credits",
    "list_subaccount_purchases",
    "create_subaccount_purchase",
    "delete_subaccount_purchase",
]
