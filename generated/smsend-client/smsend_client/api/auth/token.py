# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    username: str | Unset = UNSET,
    password: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["username"] = username

    params["password"] = password

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/token",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | str | None:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    username: str | Unset = UNSET,
    password: str | Unset = UNSET,
) -> Response[Error | str]:
    """Authenticate using a user token

     Returns `{USER_KEY};{ACCESS_TOKEN}`. The following HTTP headers should be provided after the
    login: `user_key:{USER_KEY}` and `Access_token:{ACCESS_TOKEN}`.

    Args:
        username (str | Unset):
        password (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | str]
    """

    kwargs = _get_kwargs(
        username=username,
        password=password,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    username: str | Unset = UNSET,
    password: str | Unset = UNSET,
) -> Error | str | None:
    """Authenticate using a user token

     Returns `{USER_KEY};{ACCESS_TOKEN}`. The following HTTP headers should be provided after the
    login: `user_key:{USER_KEY}` and `Access_token:{ACCESS_TOKEN}`.

    Args:
        username (str | Unset):
        password (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | str
    """

    return sync_detailed(
        client=client,
        username=username,
        password=password,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    username: str | Unset = UNSET,
    password: str | Unset = UNSET,
) -> Response[Error | str]:
    """Authenticate using a user token

     Returns `{USER_KEY};{ACCESS_TOKEN}`. The following HTTP headers should be provided after the
    login: `user_key:{USER_KEY}` and `Access_token:{ACCESS_TOKEN}`.

    Args:
        username (str | Unset):
        password (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | str]
    """

    kwargs = _get_kwargs(
        username=username,
        password=password,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    username: str | Unset = UNSET,
    password: str | Unset = UNSET,
) -> Error | str | None:
    """Authenticate using a user token

     Returns `{USER_KEY};{ACCESS_TOKEN}`. The following HTTP headers should be provided after the
    login: `user_key:{USER_KEY}` and `Access_token:{ACCESS_TOKEN}`.

    Args:
        username (str | Unset):
        password (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | str
    """

    return (
        await asyncio_detailed(
            client=client,
            username=username,
            password=password,
        )
    ).parsed
