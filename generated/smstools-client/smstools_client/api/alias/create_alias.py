# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.alias import Alias
from ...models.alias_create import AliasCreate
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    *,
    body: AliasCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/alias",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Alias | Error | None:
    if response.status_code == 200:
        response_200 = Alias.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Alias | Error]:
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
) -> Response[Alias | Error]:
    """Register an alphanumeric sender

     Italian AGCOM rules require registering alphanumeric senders;
    for country IT, vatnumber, taxcode and pec are required too (vendor client validation). Error
    literals: BAD_ALIAS, BAD_BUSINESSNAME, BAD_VATNUMBER, BAD_ADDRESS, BAD_CITY, BAD_POSTCODE,
    BAD_PROVINCE, BAD_COUNTRY, BAD_EMAIL, BAD_PHONE, BAD_TAXCODE, BAD_PEC, DUPLICATE_ALIAS.

    Args:
        body (AliasCreate): All fields are required by the vendor client; for country IT also
            vatnumber, taxcode and pec.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Alias | Error]
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
) -> Alias | Error | None:
    """Register an alphanumeric sender

     Italian AGCOM rules require registering alphanumeric senders;
    for country IT, vatnumber, taxcode and pec are required too (vendor client validation). Error
    literals: BAD_ALIAS, BAD_BUSINESSNAME, BAD_VATNUMBER, BAD_ADDRESS, BAD_CITY, BAD_POSTCODE,
    BAD_PROVINCE, BAD_COUNTRY, BAD_EMAIL, BAD_PHONE, BAD_TAXCODE, BAD_PEC, DUPLICATE_ALIAS.

    Args:
        body (AliasCreate): All fields are required by the vendor client; for country IT also
            vatnumber, taxcode and pec.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Alias | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AliasCreate,
) -> Response[Alias | Error]:
    """Register an alphanumeric sender

     Italian AGCOM rules require registering alphanumeric senders;
    for country IT, vatnumber, taxcode and pec are required too (vendor client validation). Error
    literals: BAD_ALIAS, BAD_BUSINESSNAME, BAD_VATNUMBER, BAD_ADDRESS, BAD_CITY, BAD_POSTCODE,
    BAD_PROVINCE, BAD_COUNTRY, BAD_EMAIL, BAD_PHONE, BAD_TAXCODE, BAD_PEC, DUPLICATE_ALIAS.

    Args:
        body (AliasCreate): All fields are required by the vendor client; for country IT also
            vatnumber, taxcode and pec.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Alias | Error]
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
) -> Alias | Error | None:
    """Register an alphanumeric sender

     Italian AGCOM rules require registering alphanumeric senders;
    for country IT, vatnumber, taxcode and pec are required too (vendor client validation). Error
    literals: BAD_ALIAS, BAD_BUSINESSNAME, BAD_VATNUMBER, BAD_ADDRESS, BAD_CITY, BAD_POSTCODE,
    BAD_PROVINCE, BAD_COUNTRY, BAD_EMAIL, BAD_PHONE, BAD_TAXCODE, BAD_PEC, DUPLICATE_ALIAS.

    Args:
        body (AliasCreate): All fields are required by the vendor client; for country IT also
            vatnumber, taxcode and pec.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Alias | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
