# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ..._runtime.call import CALL, Call, result
from ...client import AuthenticatedClient, Client
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
        "extensions": {CALL: _CALL},
    }

    return _kwargs


def _parse_success(response: httpx.Response) -> UserStatus:
    if response.status_code == 200:
        response_200 = UserStatus.from_dict(response.json())

        return response_200

    raise ValueError(f"HTTP {response.status_code} is not a documented success")


#: This operation as the runtime sees it: its name, its success parser and documented statuses.
_CALL: Call[UserStatus] = Call("get_user_status", _parse_success, (200,))


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> UserStatus:
    return result(_CALL, response)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[UserStatus]:
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
) -> Response[UserStatus]:
    """User status

     Used to retrieve the services status of the user identified by the id.

    Args:
        get_money (bool | Unset):  Default: False.
        type_aliases (bool | Unset):  Default: False.

    Raises:
        AuthenticationError: 401 or 403, or a login that failed (``LoginError``).
        NotFoundError: 404.
        ValidationError: another 4xx, or a request refused before sending.
        RateLimitedError: 429 after the retries (``retry_after`` says how long to wait).
        ServerError: 5xx after the retries.
        TransportError: no usable answer (``RequestTimeoutError`` when it timed out).
        DecodingError: a 2xx the spec does not document, or a body that does not match it.

    Returns:
        Response[UserStatus]: the raw status, headers and content, and ``parsed``.
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
) -> UserStatus:
    """User status

     Used to retrieve the services status of the user identified by the id.

    Args:
        get_money (bool | Unset):  Default: False.
        type_aliases (bool | Unset):  Default: False.

    Raises:
        AuthenticationError: 401 or 403, or a login that failed (``LoginError``).
        NotFoundError: 404.
        ValidationError: another 4xx, or a request refused before sending.
        RateLimitedError: 429 after the retries (``retry_after`` says how long to wait).
        ServerError: 5xx after the retries.
        TransportError: no usable answer (``RequestTimeoutError`` when it timed out).
        DecodingError: a 2xx the spec does not document, or a body that does not match it.

    Returns:
        UserStatus
    """

    kwargs = _get_kwargs(
        get_money=get_money,
        type_aliases=type_aliases,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    get_money: bool | Unset = False,
    type_aliases: bool | Unset = False,
) -> Response[UserStatus]:
    """User status

     Used to retrieve the services status of the user identified by the id.

    Args:
        get_money (bool | Unset):  Default: False.
        type_aliases (bool | Unset):  Default: False.

    Raises:
        AuthenticationError: 401 or 403, or a login that failed (``LoginError``).
        NotFoundError: 404.
        ValidationError: another 4xx, or a request refused before sending.
        RateLimitedError: 429 after the retries (``retry_after`` says how long to wait).
        ServerError: 5xx after the retries.
        TransportError: no usable answer (``RequestTimeoutError`` when it timed out).
        DecodingError: a 2xx the spec does not document, or a body that does not match it.

    Returns:
        Response[UserStatus]: the raw status, headers and content, and ``parsed``.
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
) -> UserStatus:
    """User status

     Used to retrieve the services status of the user identified by the id.

    Args:
        get_money (bool | Unset):  Default: False.
        type_aliases (bool | Unset):  Default: False.

    Raises:
        AuthenticationError: 401 or 403, or a login that failed (``LoginError``).
        NotFoundError: 404.
        ValidationError: another 4xx, or a request refused before sending.
        RateLimitedError: 429 after the retries (``retry_after`` says how long to wait).
        ServerError: 5xx after the retries.
        TransportError: no usable answer (``RequestTimeoutError`` when it timed out).
        DecodingError: a 2xx the spec does not document, or a body that does not match it.

    Returns:
        UserStatus
    """

    kwargs = _get_kwargs(
        get_money=get_money,
        type_aliases=type_aliases,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
