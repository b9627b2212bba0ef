# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    group_id: str,
    *,
    deletecontacts: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["deletecontacts"] = deletecontacts

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/group/{group_id}".format(
            group_id=quote(str(group_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    deletecontacts: bool | Unset = False,
) -> Response[Any | Error]:
    """Delete a contacts group

     Deletes the contacts group identified by the given ID. (The prose documents this as
    `GET /group/{group_id}?deletecontacts={del}`; every code sample sends DELETE.)

    Args:
        group_id (str):
        deletecontacts (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        deletecontacts=deletecontacts,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    deletecontacts: bool | Unset = False,
) -> Any | Error | None:
    """Delete a contacts group

     Deletes the contacts group identified by the given ID. (The prose documents this as
    `GET /group/{group_id}?deletecontacts={del}`; every code sample sends DELETE.)

    Args:
        group_id (str):
        deletecontacts (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        group_id=group_id,
        client=client,
        deletecontacts=deletecontacts,
    ).parsed


async def asyncio_detailed(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    deletecontacts: bool | Unset = False,
) -> Response[Any | Error]:
    """Delete a contacts group

     Deletes the contacts group identified by the given ID. (The prose documents this as
    `GET /group/{group_id}?deletecontacts={del}`; every code sample sends DELETE.)

    Args:
        group_id (str):
        deletecontacts (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        deletecontacts=deletecontacts,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    deletecontacts: bool | Unset = False,
) -> Any | Error | None:
    """Delete a contacts group

     Deletes the contacts group identified by the given ID. (The prose documents this as
    `GET /group/{group_id}?deletecontacts={del}`; every code sample sends DELETE.)

    Args:
        group_id (str):
        deletecontacts (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            group_id=group_id,
            client=client,
            deletecontacts=deletecontacts,
        )
    ).parsed
