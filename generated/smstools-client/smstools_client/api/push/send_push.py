# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.push_result import PushResult
from ...models.push_send import PushSend
from ...types import Response


def _get_kwargs(
    *,
    body: PushSend,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/push/send",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | PushResult | None:
    if response.status_code == 200:
        response_200 = PushResult.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | PushResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PushSend,
) -> Response[Error | PushResult]:
    """Send a push message to app users, optionally falling back to SMS (beta)

     At least one of `to`/`group` and one of `text`/`file`. Without `onlyPush`, recipients without
    the app get an SMS. An image is uploaded as `file`, which needs a `multipart/form-data` body.
    The documentation is cut off: other fields it names (`sandbox`, `from`, a file expiry) are not
    described, so they are not listed here.

    Args:
        body (PushSend): At least one of `text` and `file`, and of `to` and `group`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PushResult]
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
    body: PushSend,
) -> Error | PushResult | None:
    """Send a push message to app users, optionally falling back to SMS (beta)

     At least one of `to`/`group` and one of `text`/`file`. Without `onlyPush`, recipients without
    the app get an SMS. An image is uploaded as `file`, which needs a `multipart/form-data` body.
    The documentation is cut off: other fields it names (`sandbox`, `from`, a file expiry) are not
    described, so they are not listed here.

    Args:
        body (PushSend): At least one of `text` and `file`, and of `to` and `group`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PushResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PushSend,
) -> Response[Error | PushResult]:
    """Send a push message to app users, optionally falling back to SMS (beta)

     At least one of `to`/`group` and one of `text`/`file`. Without `onlyPush`, recipients without
    the app get an SMS. An image is uploaded as `file`, which needs a `multipart/form-data` body.
    The documentation is cut off: other fields it names (`sandbox`, `from`, a file expiry) are not
    described, so they are not listed here.

    Args:
        body (PushSend): At least one of `text` and `file`, and of `to` and `group`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PushResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PushSend,
) -> Error | PushResult | None:
    """Send a push message to app users, optionally falling back to SMS (beta)

     At least one of `to`/`group` and one of `text`/`file`. Without `onlyPush`, recipients without
    the app get an SMS. An image is uploaded as `file`, which needs a `multipart/form-data` body.
    The documentation is cut off: other fields it names (`sandbox`, `from`, a file expiry) are not
    described, so they are not listed here.

    Args:
        body (PushSend): At least one of `text` and `file`, and of `to` and `group`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PushResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
