# generated from specs/fractel.yaml + overlays/fractel.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.callback_request import CallbackRequest
from ...models.callback_result import CallbackResult
from ...models.callback_type import CallbackType
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    to: str,
    type_: CallbackType,
    *,
    body: CallbackRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/sms/{to}/callback/{type_}".format(
            to=quote(str(to), safe=""),
            type_=quote(str(type_), safe=""),
        ),
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CallbackResult | Error:
    if response.status_code == 200:
        response_200 = CallbackResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CallbackResult | Error]:
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
) -> Response[CallbackResult | Error]:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallbackResult | Error]
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
) -> CallbackResult | Error | None:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallbackResult | Error
    """

    return sync_detailed(
        to=to,
        type_=type_,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    to: str,
    type_: CallbackType,
    *,
    client: AuthenticatedClient | Client,
    body: CallbackRequest,
) -> Response[CallbackResult | Error]:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallbackResult | Error]
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
) -> CallbackResult | Error | None:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallbackResult | Error
    """

    return (
        await asyncio_detailed(
            to=to,
            type_=type_,
            client=client,
            body=body,
        )
    ).parsed
