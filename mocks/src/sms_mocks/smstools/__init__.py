"""The Smstools mock: :mod:`.domain` (state and rules) and :mod:`.http` (the handlers).

``sms_mocks.smstools:Smstools`` is the ``sms_mocks.providers`` entry point; the demo account's
constants are here too.
"""

from sms_mocks.smstools.domain import (
    DEMO_AUTH_KEY,
    DEMO_AUTH_SECRET,
    DEMO_CREDENTIALS,
    DEMO_LOGIN,
    PRICE,
    Account,
    Sms,
)
from sms_mocks.smstools.http import Smstools

__all__ = ["DEMO_AUTH_KEY", "DEMO_AUTH_SECRET", "DEMO_CREDENTIALS", "DEMO_LOGIN", "PRICE", "Account", "Sms", "Smstools"]
