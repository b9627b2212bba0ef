# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ..._runtime.call import CALL, Call, result
from ...client import AuthenticatedClient, Client
from ...models.alias import Alias
from ...models.alias_create import AliasCreate
from ...types import Response


def _get_kwargs(
    *,
    body: AliasCreate,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/alias",
        "extensions": {CALL: _CALL},
    }

    _kwargs["data"] = body.to_dict()

    return _kwargs


def _parse_success(response: httpx.Response) -> Alias:
    if response.status_code == 200:
        response_200 = Alias.from_dict(response.json())

        return response_200

    raise ValueError(f"HTTP {response.status_code} is not a documented success")


#: This operation as the runtime sees it: its name, its success parser and documented statuses.
_CALL: Call[Alias] = Call("create_alias", _parse_success, (200,))


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Alias:
    return result(_CALL, response)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Alias]:
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
) -> Response[Alias]:
    """Register an alphanumeric sender

     Italian AGCOM rules require registering alphanumeric senders;
    for country IT, vatnumber, taxcode and pec are required too (vendor client validation). Error
    literals: BAD_ALIAS, BAD_BUSINESSNAME, BAD_VATNUMBER, BAD_ADDRESS, BAD_CITY, BAD_POSTCODE,
    BAD_PROVINCE, BAD_COUNTRY, BAD_EMAIL, BAD_PHONE, BAD_TAXCODE, BAD_PEC, DUPLICATE_ALIAS.

    Args:
        body (AliasCreate): All fields are required by the vendor client; for country IT also
            vatnumber, taxcode and pec.

    Raises:
        AuthenticationError: 401 or 403, or a login that failed (``LoginError``).
        NotFoundError: 404.
        ValidationError: another 4xx, or a request refused before sending.
        RateLimitedError: 429 after the retries (``retry_after`` says how long to wait).
        ServerError: 5xx after the retries.
        TransportError: no usable answer (``RequestTimeoutError`` when it timed out).
        DecodingError: a 2xx the spec does not document, or a body that does not match it.

    Returns:
        Response[Alias]: the raw status, headers and content, and ``parsed``.
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
    body: AliasCreate,
) -> Alias:
    """Register an alphanumeric sender

     Italian AGCOM rules require registering alphanumeric senders;
    for country IT, vatnumber, taxcode and pec are required too (vendor client validation). Error
    literals: BAD_ALIAS, BAD_BUSINESSNAME, BAD_VATNUMBER, BAD_ADDRESS, BAD_CITY, BAD_POSTCODE,
    BAD_PROVINCE, BAD_COUNTRY, BAD_EMAIL, BAD_PHONE, BAD_TAXCODE, BAD_PEC, DUPLICATE_ALIAS.

    Args:
        body (AliasCreate): All fields are required by the vendor client; for country IT also
            vatnumber, taxcode and pec.

    Raises:
        AuthenticationError: 401 or 403, or a login that failed (``LoginError``).
        NotFoundError: 404.
        ValidationError: another 4xx, or a request refused before sending.
        RateLimitedError: 429 after the retries (``retry_after`` says how long to wait).
        ServerError: 5xx after the retries.
        TransportError: no usable answer (``RequestTimeoutError`` when it timed out).
        DecodingError: a 2xx the spec does not document, or a body that does not match it.

    Returns:
        Alias
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AliasCreate,
) -> Response[Alias]:
    """Register an alphanumeric sender

     Italian AGCOM rules require registering alphanumeric senders;
    for country IT, vatnumber, taxcode and pec are required too (vendor client validation). Error
    literals: BAD_ALIAS, BAD_BUSINESSNAME, BAD_VATNUMBER, BAD_ADDRESS, BAD_CITY, BAD_POSTCODE,
    BAD_PROVINCE, BAD_COUNTRY, BAD_EMAIL, BAD_PHONE, BAD_TAXCODE, BAD_PEC, DUPLICATE_ALIAS.

    Args:
        body (AliasCreate): All fields are required by the vendor client; for country IT also
            vatnumber, taxcode and pec.

    Raises:
        AuthenticationError: 401 or 403, or a login that failed (``LoginError``).
        NotFoundError: 404.
        ValidationError: another 4xx, or a request refused before sending.
        RateLimitedError: 429 after the retries (``retry_after`` says how long to wait).
        ServerError: 5xx after the retries.
        TransportError: no usable answer (``RequestTimeoutError`` when it timed out).
        DecodingError: a 2xx the spec does not document, or a body that does not match it.

    Returns:
        Response[Alias]: the raw status, headers and content, and ``parsed``.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AliasCreate,
) -> Alias:
    """Register an alphanumeric sender

     Italian AGCOM rules require registering alphanumeric senders;
    for country IT, vatnumber, taxcode and pec are required too (vendor client validation). Error
    literals: BAD_ALIAS, BAD_BUSINESSNAME, BAD_VATNUMBER, BAD_ADDRESS, BAD_CITY, BAD_POSTCODE,
    BAD_PROVINCE, BAD_COUNTRY, BAD_EMAIL, BAD_PHONE, BAD_TAXCODE, BAD_PEC, DUPLICATE_ALIAS.

    Args:
        body (AliasCreate): All fields are required by the vendor client; for country IT also
            vatnumber, taxcode and pec.

    Raises:
        AuthenticationError: 401 or 403, or a login that failed (``LoginError``).
        NotFoundError: 404.
        ValidationError: another 4xx, or a request refused before sending.
        RateLimitedError: 429 after the retries (``retry_after`` says how long to wait).
        ServerError: 5xx after the retries.
        TransportError: no usable answer (``RequestTimeoutError`` when it timed out).
        DecodingError: a 2xx the spec does not document, or a body that does not match it.

    Returns:
        Alias
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
