"""Every documented callback, parsed into typed models from one call.

``parse_callback(kind, method=, query=, headers=, body=)`` takes what any web framework hands a
request handler and returns the generated package's model:

=====================  ==========================================  ====================================
kind                   forms                                       model
=====================  ==========================================  ====================================
``fractel.delivery``   POST JSON (documented); GET query, POST     ``fractel_client.models.DeliveryConfirmation``
                       form (the URL's template tokens)
``fractel.inbound``    GET query, POST form, POST JSON (the        ``fractel_client.models.InboundMessage``
                       callback's ``method``: GET, POST, POSTJSON)
``smstools.status``    POST form (inference: the docs name no      ``smstools_client.models.StatusNotification``
                       form), JSON and GET query accepted too
``smstools.inbound``   GET query ``number``, ``text``              :class:`SmstoolsInbound` (no model is
                                                                   generated for a webhook's query)
=====================  ==========================================  ====================================

FracTEL calls back with the HTTP Basic credentials set on the callback (``url_username`` /
``url_password``); pass them as ``credentials=`` and a request without them, or with others, raises
:class:`CallbackAuthError`. They are compared with :func:`hmac.compare_digest`, in time that does
not depend on where they differ.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, overload
from urllib.parse import parse_qsl

if TYPE_CHECKING:
    from fractel_client.models import DeliveryConfirmation, InboundMessage
    from smstools_client.models import StatusNotification

__all__ = ["KINDS", "CallbackAuthError", "CallbackError", "SmstoolsInbound", "parse_callback"]

Kind = Literal["fractel.delivery", "fractel.inbound", "smstools.status", "smstools.inbound"]
KINDS: tuple[str, ...] = ("fractel.delivery", "fractel.inbound", "smstools.status", "smstools.inbound")


class CallbackError(ValueError):
    """A request that is not the callback it claims to be (no fields, a body that is not JSON...)."""


class CallbackAuthError(CallbackError):
    """Missing or wrong callback credentials: answer 401 and ignore the request."""


@dataclass(frozen=True)
class SmstoolsInbound:
    """A received SMS Smstools forwards: the sender's MSISDN and the text (keyword removed on
    shared numbers)."""

    number: str
    text: str


def _header(headers: Mapping[str, str], name: str) -> str:
    wanted = name.lower()
    return next((value for key, value in headers.items() if key.lower() == wanted), "")


def _text(body: bytes | str | None) -> str:
    if body is None:
        return ""
    return body.decode("utf-8") if isinstance(body, bytes) else body


def _fields(
    method: str, query: Mapping[str, str] | str | None, headers: Mapping[str, str], body: bytes | str | None
) -> dict[str, Any]:
    """The callback's fields: a JSON body, a form body, or (GET, or an empty body) the query string."""
    query_fields = dict(parse_qsl(query, keep_blank_values=True)) if isinstance(query, str) else dict(query or {})
    text = _text(body)
    content_type = _header(headers, "content-type").split(";")[0].strip().lower()
    if method.upper() != "GET" and text.strip():
        if content_type == "application/json" or (not content_type and text.lstrip().startswith("{")):
            try:
                data = json.loads(text)
            except ValueError as exc:
                raise CallbackError(f"the body is not JSON: {exc}") from None
            if not isinstance(data, dict):
                raise CallbackError("the JSON body is not an object")
            return {**query_fields, **data}
        return {**query_fields, **dict(parse_qsl(text, keep_blank_values=True))}
    return query_fields


def _check_basic(headers: Mapping[str, str], credentials: tuple[str, str]) -> None:
    scheme, _, encoded = _header(headers, "authorization").partition(" ")
    given = b""
    if scheme.lower() == "basic":
        try:
            given = base64.b64decode(encoded.strip(), validate=True)
        except (binascii.Error, ValueError):
            given = b""
    expected = f"{credentials[0]}:{credentials[1]}".encode()
    if not hmac.compare_digest(given, expected):
        raise CallbackAuthError("the callback's Basic credentials are missing or wrong")


@overload
def parse_callback(
    kind: Literal["fractel.delivery"],
    *,
    method: str,
    query: Mapping[str, str] | str | None = ...,
    headers: Mapping[str, str] | None = ...,
    body: bytes | str | None = ...,
    credentials: tuple[str, str] | None = ...,
) -> DeliveryConfirmation: ...
@overload
def parse_callback(
    kind: Literal["fractel.inbound"],
    *,
    method: str,
    query: Mapping[str, str] | str | None = ...,
    headers: Mapping[str, str] | None = ...,
    body: bytes | str | None = ...,
    credentials: tuple[str, str] | None = ...,
) -> InboundMessage: ...
@overload
def parse_callback(
    kind: Literal["smstools.status"],
    *,
    method: str,
    query: Mapping[str, str] | str | None = ...,
    headers: Mapping[str, str] | None = ...,
    body: bytes | str | None = ...,
    credentials: tuple[str, str] | None = ...,
) -> StatusNotification: ...
@overload
def parse_callback(
    kind: Literal["smstools.inbound"],
    *,
    method: str,
    query: Mapping[str, str] | str | None = ...,
    headers: Mapping[str, str] | None = ...,
    body: bytes | str | None = ...,
    credentials: tuple[str, str] | None = ...,
) -> SmstoolsInbound: ...
@overload
def parse_callback(
    kind: str,
    *,
    method: str,
    query: Mapping[str, str] | str | None = ...,
    headers: Mapping[str, str] | None = ...,
    body: bytes | str | None = ...,
    credentials: tuple[str, str] | None = ...,
) -> Any: ...
def parse_callback(
    kind: str,
    *,
    method: str,
    query: Mapping[str, str] | str | None = None,
    headers: Mapping[str, str] | None = None,
    body: bytes | str | None = None,
    credentials: tuple[str, str] | None = None,
) -> Any:
    """Parse one callback request (see the module's table for ``kind``).

    ``query``: the parsed query (a mapping) or the raw query string; ``headers``: any mapping,
    matched without regard to case; ``body``: the raw body. ``credentials``: the
    (username, password) FracTEL must present, checked before anything is parsed.
    """
    headers = headers or {}
    if credentials is not None:
        _check_basic(headers, credentials)
    fields: dict[str, Any] = _fields(method, query, headers, body)
    if not fields:
        raise CallbackError(f"{kind}: the request carries no fields")
    if kind == "fractel.delivery":
        from fractel_client.models import DeliveryConfirmation

        return DeliveryConfirmation.from_dict(fields)
    if kind == "fractel.inbound":
        from fractel_client.models import InboundMessage

        return InboundMessage.from_dict(fields)
    if kind == "smstools.status":
        from smstools_client.models import StatusNotification

        return StatusNotification.from_dict(fields)
    if kind == "smstools.inbound":
        try:
            return SmstoolsInbound(number=str(fields["number"]), text=str(fields["text"]))
        except KeyError as exc:
            raise CallbackError(f"smstools.inbound: no {exc.args[0]!r} in the query") from None
    raise ValueError(f"unknown callback kind {kind!r}: one of {', '.join(KINDS)}")
