"""sms-kit: the helpers every user of an SMS API writes, over the three generated clients.

- :func:`segments` / :func:`split`: GSM 03.38 or UCS-2, units, parts, what forced UCS-2;
  :data:`PROVIDER_LIMITS` and :func:`check_length` per provider.
- :func:`e164`, :func:`wire_number` (and one function per provider): numbers in each provider's
  form, checked before sending.
- :func:`smstools_date`, :func:`smsend_date`, :func:`provider_date`: aware datetimes to each
  provider's date string; naive ones refused.
- :func:`parse_callback`: every documented callback into the generated packages' models.
- :class:`Sender` / :class:`AsyncSender`, :class:`Receipt`, :class:`DeliveryStatus`, and
  :class:`FallbackSender`, which never sends a message through two providers. The adapters live in
  ``smskit.fractel``, ``smskit.smsend`` and ``smskit.smstools`` (each needs its extra).
"""

from .numbers import InvalidNumberError, e164, fractel_number, smsend_number, smstools_number, wire_number
from .schedule import (
    PROVIDER_ZONES,
    NaiveDatetimeError,
    SchedulingNotSupportedError,
    provider_date,
    smsend_date,
    smstools_date,
)
from .segments import GSM7, PROVIDER_LIMITS, UCS2, ProviderLimit, Segments, TooLongError, check_length, segments, split
from .sender import (
    STATUS_TABLES,
    AllSendersFailedError,
    AsyncFallbackSender,
    AsyncSender,
    DeliveryStatus,
    FailedSend,
    FallbackSender,
    MaybeSentError,
    Receipt,
    Sender,
    asettle_failure,
    map_status,
    proves_not_sent,
    settle_failure,
)
from .webhooks import KINDS, CallbackAuthError, CallbackError, SmstoolsInbound, parse_callback

__all__ = [
    "GSM7",
    "KINDS",
    "PROVIDER_LIMITS",
    "PROVIDER_ZONES",
    "STATUS_TABLES",
    "UCS2",
    "AllSendersFailedError",
    "AsyncFallbackSender",
    "AsyncSender",
    "CallbackAuthError",
    "CallbackError",
    "DeliveryStatus",
    "FailedSend",
    "FallbackSender",
    "InvalidNumberError",
    "MaybeSentError",
    "NaiveDatetimeError",
    "ProviderLimit",
    "Receipt",
    "SchedulingNotSupportedError",
    "Segments",
    "Sender",
    "SmstoolsInbound",
    "TooLongError",
    "asettle_failure",
    "check_length",
    "e164",
    "fractel_number",
    "map_status",
    "parse_callback",
    "proves_not_sent",
    "provider_date",
    "segments",
    "settle_failure",
    "smsend_date",
    "smsend_number",
    "smstools_date",
    "smstools_number",
    "split",
    "wire_number",
]
