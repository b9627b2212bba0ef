# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_result import BulkResult
from ...models.error import Error
from ...models.sms_send_bulk import SmsSendBulk
from ...types import Response


def _get_kwargs(
    *,
    body: SmsSendBulk,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sms/sendbulk",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BulkResult | Error | None:
    if response.status_code == 200:
        response_200 = BulkResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 405:
        response_405 = Error.from_dict(response.json())

        return response_405

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[BulkResult | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SmsSendBulk,
) -> Response[BulkResult | Error]:
    """Send a large campaign asynchronously

     "Use this function to send SMS to 1000 or more recipients".
    Same fields as /sms/send plus `transactionCallback`. The answer carries no per-SMS list
    (inference): follow the job with /sms/search?transactionId=.

    Args:
        body (SmsSendBulk): The fields of /sms/send plus `transactionCallback`; at least one of
            `to` and `group`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkResult | Error]
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
    body: SmsSendBulk,
) -> BulkResult | Error | None:
    """Send a large campaign asynchronously

     "Use this function to send SMS to 1000 or more recipients".
    Same fields as /sms/send plus `transactionCallback`. The answer carries no per-SMS list
    (inference): follow the job with /sms/search?transactionId=.

    Args:
        body (SmsSendBulk): The fields of /sms/send plus `transactionCallback`; at least one of
            `to` and `group`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkResult | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SmsSendBulk,
) -> Response[BulkResult | Error]:
    """Send a large campaign asynchronously

     "Use this function to send SMS to 1000 or more recipients".
    Same fields as /sms/send plus `transactionCallback`. The answer carries no per-SMS list
    (inference): follow the job with /sms/search?transactionId=.

    Args:
        body (SmsSendBulk): The fields of /sms/send plus `transactionCallback`; at least one of
            `to` and `group`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkResult | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SmsSendBulk,
) -> BulkResult | Error | None:
    """Send a large campaign asynchronously

     "Use this function to send SMS to 1000 or more recipients".
    Same fields as /sms/send plus `transactionCallback`. The answer carries no per-SMS list
    (inference): follow the job with /sms/search?transactionId=.

    Args:
        body (SmsSendBulk): The fields of /sms/send plus `transactionCallback`; at least one of
            `to` and `group`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkResult | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
