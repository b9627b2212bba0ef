# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.user_status import UserStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    get_money: bool | Unset = False,
    type_aliases: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["getMoney"] = get_money

    params["typeAliases"] = type_aliases

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/status",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | UserStatus | None:
    if response.status_code == 200:
        response_200 = UserStatus.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | UserStatus]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    get_money: bool | Unset = False,
    type_aliases: bool | Unset = False,
) -> Response[Error | UserStatus]:
    """User status

     Used to retrieve the services status of the user identified by the id.

    Args:
        get_money (bool | Unset):  Default: False.
        type_aliases (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UserStatus]
    """

    kwargs = _get_kwargs(
        get_money=get_money,
        type_aliases=type_aliases,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    get_money: bool | Unset = False,
    type_aliases: bool | Unset = False,
) -> Error | UserStatus | None:
    """User status

     Used to retrieve the services status of the user identified by the id.

    Args:
        get_money (bool | Unset):  Default: False.
        type_aliases (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UserStatus
    """

    return sync_detailed(
        client=client,
        get_money=get_money,
        type_aliases=type_aliases,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    get_money: bool | Unset = False,
    type_aliases: bool | Unset = False,
) -> Response[Error | UserStatus]:
    """User status

     Used to retrieve the services status of the user identified by the id.

    Args:
        get_money (bool | Unset):  Default: False.
        type_aliases (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UserStatus]
    """

    kwargs = _get_kwargs(
        get_money=get_money,
        type_aliases=type_aliases,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    get_money: bool | Unset = False,
    type_aliases: bool | Unset = False,
) -> Error | UserStatus | None:
    """User status

     Used to retrieve the services status of the user identified by the id.

    Args:
        get_money (bool | Unset):  Default: False.
        type_aliases (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UserStatus
    """

    return (
        await asyncio_detailed(
            client=client,
            get_money=get_money,
            type_aliases=type_aliases,
        )
    ).parsed
