# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.subaccount_write import SubaccountWrite
from ...types import Response


def _get_kwargs(
    *,
    body: SubaccountWrite,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/subaccount",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    *,
    client: AuthenticatedClient | Client,
    body: SubaccountWrite,
) -> Response[Any | Error]:
    """Create a subaccount

     Creates a new subaccount for the authenticated user, which has to be a superaccount.

    Args:
        body (SubaccountWrite): company-name and piva are "Yes (if company=true)", and company
            defaults to true. That address,
            cell, city, name, province, surname and zip-code are not empty is an inference: the
            document
            says only that they are required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
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
    body: SubaccountWrite,
) -> Any | Error | None:
    """Create a subaccount

     Creates a new subaccount for the authenticated user, which has to be a superaccount.

    Args:
        body (SubaccountWrite): company-name and piva are "Yes (if company=true)", and company
            defaults to true. That address,
            cell, city, name, province, surname and zip-code are not empty is an inference: the
            document
            says only that they are required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SubaccountWrite,
) -> Response[Any | Error]:
    """Create a subaccount

     Creates a new subaccount for the authenticated user, which has to be a superaccount.

    Args:
        body (SubaccountWrite): company-name and piva are "Yes (if company=true)", and company
            defaults to true. That address,
            cell, city, name, province, surname and zip-code are not empty is an inference: the
            document
            says only that they are required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SubaccountWrite,
) -> Any | Error | None:
    """Create a subaccount

     Creates a new subaccount for the authenticated user, which has to be a superaccount.

    Args:
        body (SubaccountWrite): company-name and piva are "Yes (if company=true)", and company
            defaults to true. That address,
            cell, city, name, province, surname and zip-code are not empty is an inference: the
            document
            says only that they are required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
