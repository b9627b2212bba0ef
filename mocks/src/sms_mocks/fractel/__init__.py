"""The FracTEL API 2.0 mock: :mod:`.domain` (state and rules) and :mod:`.http` (the handlers).

``sms_mocks.fractel:FracTEL`` is the ``sms_mocks.providers`` entry point; the demo account's
constants are here too.
"""

from sms_mocks.fractel.domain import (
    DEMO_CREDENTIALS,
    DEMO_LOGIN,
    DEMO_NUMBERS,
    DEMO_PASSWORD,
    DEMO_USERNAME,
    Account,
    SentMessage,
)
from sms_mocks.fractel.http import FracTEL

__all__ = [
    "DEMO_CREDENTIALS",
    "DEMO_LOGIN",
    "DEMO_NUMBERS",
    "DEMO_PASSWORD",
    "DEMO_USERNAME",
    "Account",
    "FracTEL",
    "SentMessage",
]
