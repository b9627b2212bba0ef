# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.alias_create import AliasCreate
from ...models.alias_created import AliasCreated
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: AliasCreate,
    get_alias: bool | Unset = False,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["getAlias"] = get_alias

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/alias",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AliasCreated | Error | None:
    if response.status_code == 200:
        response_200 = AliasCreated.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AliasCreated | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AliasCreate,
    get_alias: bool | Unset = False,
) -> Response[AliasCreated | Error]:
    """Create a new alias

     Creates a new TPOA Alias. The HTTP Location header points to the created alias.

    Args:
        get_alias (bool | Unset):  Default: False.
        body (AliasCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AliasCreated | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        get_alias=get_alias,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AliasCreate,
    get_alias: bool | Unset = False,
) -> AliasCreated | Error | None:
    """Create a new alias

     Creates a new TPOA Alias. The HTTP Location header points to the created alias.

    Args:
        get_alias (bool | Unset):  Default: False.
        body (AliasCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AliasCreated | Error
    """

    return sync_detailed(
        client=client,
        body=body,
        get_alias=get_alias,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AliasCreate,
    get_alias: bool | Unset = False,
) -> Response[AliasCreated | Error]:
    """Create a new alias

     Creates a new TPOA Alias. The HTTP Location header points to the created alias.

    Args:
        get_alias (bool | Unset):  Default: False.
        body (AliasCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AliasCreated | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        get_alias=get_alias,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AliasCreate,
    get_alias: bool | Unset = False,
) -> AliasCreated | Error | None:
    """Create a new alias

     Creates a new TPOA Alias. The HTTP Location header points to the created alias.

    Args:
        get_alias (bool | Unset):  Default: False.
        body (AliasCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AliasCreated | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            get_alias=get_alias,
        )
    ).parsed
