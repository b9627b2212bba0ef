# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.alias_result import AliasResult
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    alias_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/alias/{alias_id}".format(
            alias_id=quote(str(alias_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AliasResult | Error | None:
    if response.status_code == 200:
        response_200 = AliasResult.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AliasResult | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    alias_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AliasResult | Error]:
    """Get a specific alias

     Returns the data of the given TPOA Alias ID.

    Args:
        alias_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AliasResult | Error]
    """

    kwargs = _get_kwargs(
        alias_id=alias_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    alias_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> AliasResult | Error | None:
    """Get a specific alias

     Returns the data of the given TPOA Alias ID.

    Args:
        alias_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AliasResult | Error
    """

    return sync_detailed(
        alias_id=alias_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    alias_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AliasResult | Error]:
    """Get a specific alias

     Returns the data of the given TPOA Alias ID.

    Args:
        alias_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AliasResult | Error]
    """

    kwargs = _get_kwargs(
        alias_id=alias_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    alias_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> AliasResult | Error | None:
    """Get a specific alias

     Returns the data of the given TPOA Alias ID.

    Args:
        alias_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AliasResult | Error
    """

    return (
        await asyncio_detailed(
            alias_id=alias_id,
            client=client,
        )
    ).parsed
