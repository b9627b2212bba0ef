# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ..._runtime.call import CALL, Call, result
from ...client import AuthenticatedClient, Client
from ...models.alias_create import AliasCreate
from ...models.alias_created import AliasCreated
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: AliasCreate,
    get_alias: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["getAlias"] = get_alias

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/alias",
        "params": params,
        "extensions": {CALL: _CALL},
    }

    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse_success(response: httpx.Response) -> AliasCreated:
    if response.status_code == 200:
        response_200 = AliasCreated.from_dict(response.json())

        return response_200

    raise ValueError(f"HTTP {response.status_code} is not a documented success")


#: This operation as the runtime sees it: its name, its success parser and documented statuses.
_CALL: Call[AliasCreated] = Call("create_alias", _parse_success, (200,))


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AliasCreated:
    return result(_CALL, response)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AliasCreated]:
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
) -> Response[AliasCreated]:
    """Create a new alias

     Creates a new TPOA Alias. The HTTP Location header points to the created alias.

    Args:
        get_alias (bool | Unset):  Default: False.
        body (AliasCreate):

    Raises:
        AuthenticationError: 401 or 403, or a login that failed (``LoginError``).
        NotFoundError: 404.
        ValidationError: another 4xx, or a request refused before sending.
        RateLimitedError: 429 after the retries (``retry_after`` says how long to wait).
        ServerError: 5xx after the retries.
        TransportError: no usable answer (``RequestTimeoutError`` when it timed out).
        DecodingError: a 2xx the spec does not document, or a body that does not match it.

    Returns:
        Response[AliasCreated]: the raw status, headers and content, and ``parsed``.
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
) -> AliasCreated:
    """Create a new alias

     Creates a new TPOA Alias. The HTTP Location header points to the created alias.

    Args:
        get_alias (bool | Unset):  Default: False.
        body (AliasCreate):

    Raises:
        AuthenticationError: 401 or 403, or a login that failed (``LoginError``).
        NotFoundError: 404.
        ValidationError: another 4xx, or a request refused before sending.
        RateLimitedError: 429 after the retries (``retry_after`` says how long to wait).
        ServerError: 5xx after the retries.
        TransportError: no usable answer (``RequestTimeoutError`` when it timed out).
        DecodingError: a 2xx the spec does not document, or a body that does not match it.

    Returns:
        AliasCreated
    """

    kwargs = _get_kwargs(
        body=body,
        get_alias=get_alias,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AliasCreate,
    get_alias: bool | Unset = False,
) -> Response[AliasCreated]:
    """Create a new alias

     Creates a new TPOA Alias. The HTTP Location header points to the created alias.

    Args:
        get_alias (bool | Unset):  Default: False.
        body (AliasCreate):

    Raises:
        AuthenticationError: 401 or 403, or a login that failed (``LoginError``).
        NotFoundError: 404.
        ValidationError: another 4xx, or a request refused before sending.
        RateLimitedError: 429 after the retries (``retry_after`` says how long to wait).
        ServerError: 5xx after the retries.
        TransportError: no usable answer (``RequestTimeoutError`` when it timed out).
        DecodingError: a 2xx the spec does not document, or a body that does not match it.

    Returns:
        Response[AliasCreated]: the raw status, headers and content, and ``parsed``.
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
) -> AliasCreated:
    """Create a new alias

     Creates a new TPOA Alias. The HTTP Location header points to the created alias.

    Args:
        get_alias (bool | Unset):  Default: False.
        body (AliasCreate):

    Raises:
        AuthenticationError: 401 or 403, or a login that failed (``LoginError``).
        NotFoundError: 404.
        ValidationError: another 4xx, or a request refused before sending.
        RateLimitedError: 429 after the retries (``retry_after`` says how long to wait).
        ServerError: 5xx after the retries.
        TransportError: no usable answer (``RequestTimeoutError`` when it timed out).
        DecodingError: a 2xx the spec does not document, or a body that does not match it.

    Returns:
        AliasCreated
    """

    kwargs = _get_kwargs(
        body=body,
        get_alias=get_alias,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
