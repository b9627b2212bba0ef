# generated from specs/fractel.yaml + overlays/fractel.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ..._runtime.call import CALL, Call, result
from ...client import AuthenticatedClient, Client
from ...models.callback_request import CallbackRequest
from ...models.callback_result import CallbackResult
from ...models.callback_type import CallbackType
from ...types import Response


def _get_kwargs(
    to: str,
    type_: CallbackType,
    *,
    body: CallbackRequest,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/sms/{to}/callback/{type_}".format(
            to=quote(str(to), safe=""),
            type_=quote(str(type_), safe=""),
        ),
        "extensions": {CALL: _CALL},
    }

    _kwargs["data"] = body.to_dict()

    return _kwargs


def _parse_success(response: httpx.Response) -> CallbackResult:
    if response.status_code == 200:
        response_200 = CallbackResult.from_dict(response.json())

        return response_200

    raise ValueError(f"HTTP {response.status_code} is not a documented success")


#: This operation as the runtime sees it: its name, its success parser and documented statuses.
_CALL: Call[CallbackResult] = Call("put_sms_to_callback_type", _parse_success, (200,))


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CallbackResult:
    return result(_CALL, response)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CallbackResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    to: str,
    type_: CallbackType,
    *,
    client: AuthenticatedClient | Client,
    body: CallbackRequest,
) -> Response[CallbackResult]:
    """Set the callback URL for SMS services.

     Returns a JSON response.

    Inference, medium confidence (no public source describes this route): `sms-url` makes FracTEL
    deliver inbound messages to the URL instead of a device; `sms-trigger` notifies the URL when a
    message arrives, alongside normal delivery. Both deliver the `inboundMessage` webhook;
    `url_username` and `url_password` are HTTP Basic credentials FracTEL uses when calling the URL.
    FracTEL's current docs allow one callback per event per number.

    Args:
        to (str): A 10-digit phone number, digits only.
        type_ (CallbackType): Callback type.
        body (CallbackRequest):

    Raises:
        AuthenticationError: 401 or 403, or a login that failed (``LoginError``).
        NotFoundError: 404.
        ValidationError: another 4xx, or a request refused before sending.
        RateLimitedError: 429 after the retries (``retry_after`` says how long to wait).
        ServerError: 5xx after the retries.
        TransportError: no usable answer (``RequestTimeoutError`` when it timed out).
        DecodingError: a 2xx the spec does not document, or a body that does not match it.

    Returns:
        Response[CallbackResult]: the raw status, headers and content, and ``parsed``.
    """

    kwargs = _get_kwargs(
        to=to,
        type_=type_,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    to: str,
    type_: CallbackType,
    *,
    client: AuthenticatedClient | Client,
    body: CallbackRequest,
) -> CallbackResult:
    """Set the callback URL for SMS services.

     Returns a JSON response.

    Inference, medium confidence (no public source describes this route): `sms-url` makes FracTEL
    deliver inbound messages to the URL instead of a device; `sms-trigger` notifies the URL when a
    message arrives, alongside normal delivery. Both deliver the `inboundMessage` webhook;
    `url_username` and `url_password` are HTTP Basic credentials FracTEL uses when calling the URL.
    FracTEL's current docs allow one callback per event per number.

    Args:
        to (str): A 10-digit phone number, digits only.
        type_ (CallbackType): Callback type.
        body (CallbackRequest):

    Raises:
        AuthenticationError: 401 or 403, or a login that failed (``LoginError``).
        NotFoundError: 404.
        ValidationError: another 4xx, or a request refused before sending.
        RateLimitedError: 429 after the retries (``retry_after`` says how long to wait).
        ServerError: 5xx after the retries.
        TransportError: no usable answer (``RequestTimeoutError`` when it timed out).
        DecodingError: a 2xx the spec does not document, or a body that does not match it.

    Returns:
        CallbackResult
    """

    kwargs = _get_kwargs(
        to=to,
        type_=type_,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    to: str,
    type_: CallbackType,
    *,
    client: AuthenticatedClient | Client,
    body: CallbackRequest,
) -> Response[CallbackResult]:
    """Set the callback URL for SMS services.

     Returns a JSON response.

    Inference, medium confidence (no public source describes this route): `sms-url` makes FracTEL
    deliver inbound messages to the URL instead of a device; `sms-trigger` notifies the URL when a
    message arrives, alongside normal delivery. Both deliver the `inboundMessage` webhook;
    `url_username` and `url_password` are HTTP Basic credentials FracTEL uses when calling the URL.
    FracTEL's current docs allow one callback per event per number.

    Args:
        to (str): A 10-digit phone number, digits only.
        type_ (CallbackType): Callback type.
        body (CallbackRequest):

    Raises:
        AuthenticationError: 401 or 403, or a login that failed (``LoginError``).
        NotFoundError: 404.
        ValidationError: another 4xx, or a request refused before sending.
        RateLimitedError: 429 after the retries (``retry_after`` says how long to wait).
        ServerError: 5xx after the retries.
        TransportError: no usable answer (``RequestTimeoutError`` when it timed out).
        DecodingError: a 2xx the spec does not document, or a body that does not match it.

    Returns:
        Response[CallbackResult]: the raw status, headers and content, and ``parsed``.
    """

    kwargs = _get_kwargs(
        to=to,
        type_=type_,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    to: str,
    type_: CallbackType,
    *,
    client: AuthenticatedClient | Client,
    body: CallbackRequest,
) -> CallbackResult:
    """Set the callback URL for SMS services.

     Returns a JSON response.

    Inference, medium confidence (no public source describes this route): `sms-url` makes FracTEL
    deliver inbound messages to the URL instead of a device; `sms-trigger` notifies the URL when a
    message arrives, alongside normal delivery. Both deliver the `inboundMessage` webhook;
    `url_username` and `url_password` are HTTP Basic credentials FracTEL uses when calling the URL.
    FracTEL's current docs allow one callback per event per number.

    Args:
        to (str): A 10-digit phone number, digits only.
        type_ (CallbackType): Callback type.
        body (CallbackRequest):

    Raises:
        AuthenticationError: 401 or 403, or a login that failed (``LoginError``).
        NotFoundError: 404.
        ValidationError: another 4xx, or a request refused before sending.
        RateLimitedError: 429 after the retries (``retry_after`` says how long to wait).
        ServerError: 5xx after the retries.
        TransportError: no usable answer (``RequestTimeoutError`` when it timed out).
        DecodingError: a 2xx the spec does not document, or a body that does not match it.

    Returns:
        CallbackResult
    """

    kwargs = _get_kwargs(
        to=to,
        type_=type_,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
