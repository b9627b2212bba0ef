"""The smSend mock: :mod:`.domain` (state and rules) and :mod:`.http` (the handlers).

``sms_mocks.smsend:SmSend`` is the ``sms_mocks.providers`` entry point; the demo account's
constants are here too.
"""

from sms_mocks.smsend.domain import (
    DEMO_CREDENTIALS,
    DEMO_LOGIN,
    DEMO_PASSWORD,
    DEMO_SIMS,
    DEMO_USERNAME,
    Account,
    Order,
    Received,
)
from sms_mocks.smsend.http import SmSend

__all__ = [
    "DEMO_CREDENTIALS",
    "DEMO_LOGIN",
    "DEMO_PASSWORD",
    "DEMO_SIMS",
    "DEMO_USERNAME",
    "Account",
    "Order",
    "Received",
    "SmSend",
]
