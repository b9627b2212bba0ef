# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.ok import Ok
from ...types import Response


def _get_kwargs(
    subaccount_id: str,
    purchase_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/subaccount/{subaccount_id}/purchase/{purchase_id}".format(
            subaccount_id=quote(str(subaccount_id), safe=""),
            purchase_id=quote(str(purchase_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Ok | None:
    if response.status_code == 200:
        response_200 = Ok.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Ok]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    subaccount_id: str,
    purchase_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | Ok]:
    """Delete a subaccount's purchase

     Deletes a purchase of the given subaccount. Caller must be a superaccount, and the
    Subaccount's credit-eat-mode should be 2.

    Args:
        subaccount_id (str):
        purchase_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Ok]
    """

    kwargs = _get_kwargs(
        subaccount_id=subaccount_id,
        purchase_id=purchase_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    subaccount_id: str,
    purchase_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Error | Ok | None:
    """Delete a subaccount's purchase

     Deletes a purchase of the given subaccount. Caller must be a superaccount, and the
    Subaccount's credit-eat-mode should be 2.

    Args:
        subaccount_id (str):
        purchase_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Ok
    """

    return sync_detailed(
        subaccount_id=subaccount_id,
        purchase_id=purchase_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    subaccount_id: str,
    purchase_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | Ok]:
    """Delete a subaccount's purchase

     Deletes a purchase of the given subaccount. Caller must be a superaccount, and the
    Subaccount's credit-eat-mode should be 2.

    Args:
        subaccount_id (str):
        purchase_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Ok]
    """

    kwargs = _get_kwargs(
        subaccount_id=subaccount_id,
        purchase_id=purchase_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    subaccount_id: str,
    purchase_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Error | Ok | None:
    """Delete a subaccount's purchase

     Deletes a purchase of the given subaccount. Caller must be a superaccount, and the
    Subaccount's credit-eat-mode should be 2.

    Args:
        subaccount_id (str):
        purchase_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Ok
    """

    return (
        await asyncio_detailed(
            subaccount_id=subaccount_id,
            purchase_id=purchase_id,
            client=client,
        )
    ).parsed
