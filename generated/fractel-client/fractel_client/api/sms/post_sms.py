# generated from specs/fractel.yaml + overlays/fractel.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.send_result import SendResult
from ...models.sms_request import SmsRequest
from ...types import Response


def _get_kwargs(
    *,
    body: SmsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sms",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | SendResult:
    if response.status_code == 200:
        response_200 = SendResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 410:
        response_410 = Error.from_dict(response.json())

        return response_410

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | SendResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SmsRequest,
) -> Response[Error | SendResult]:
    """Send an SMS on the FracTEL infrastructure

     Returns a JSON response. The send response carries no delivery state; delivery is reported
    only through the `confirmation_url` callback (webhook `deliveryConfirmation`). Sending may
    incur charges. A sending number may send one message per second; more is refused with "Rate
    Limit Exceeded" (400 in FracTEL's 2017 docs, 410 in its current docs).

    Args:
        body (SmsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SendResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SmsRequest,
) -> Error | SendResult | None:
    """Send an SMS on the FracTEL infrastructure

     Returns a JSON response. The send response carries no delivery state; delivery is reported
    only through the `confirmation_url` callback (webhook `deliveryConfirmation`). Sending may
    incur charges. A sending number may send one message per second; more is refused with "Rate
    Limit Exceeded" (400 in FracTEL's 2017 docs, 410 in its current docs).

    Args:
        body (SmsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SendResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SmsRequest,
) -> Response[Error | SendResult]:
    """Send an SMS on the FracTEL infrastructure

     Returns a JSON response. The send response carries no delivery state; delivery is reported
    only through the `confirmation_url` callback (webhook `deliveryConfirmation`). Sending may
    incur charges. A sending number may send one message per second; more is refused with "Rate
    Limit Exceeded" (400 in FracTEL's 2017 docs, 410 in its current docs).

    Args:
        body (SmsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SendResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SmsRequest,
) -> Error | SendResult | None:
    """Send an SMS on the FracTEL infrastructure

     Returns a JSON response. The send response carries no delivery state; delivery is reported
    only through the `confirmation_url` callback (webhook `deliveryConfirmation`). Sending may
    incur charges. A sending number may send one message per second; more is refused with "Rate
    Limit Exceeded" (400 in FracTEL's 2017 docs, 410 in its current docs).

    Args:
        body (SmsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SendResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
