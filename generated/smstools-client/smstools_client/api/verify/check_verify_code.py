# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.verify_checked import VerifyChecked
from ...types import UNSET, Response


def _get_kwargs(
    *,
    verify_id: str,
    verify_code: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["verify_id"] = verify_id

    params["verify_code"] = verify_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/verify/check",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | VerifyChecked | None:
    if response.status_code == 200:
        response_200 = VerifyChecked.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | VerifyChecked]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    verify_id: str,
    verify_code: str,
) -> Response[Error | VerifyChecked]:
    """Check an OTP code

     `verify_status` is VERIFIED on success; any other value is
    a failure (the other literals are not documented).

    Args:
        verify_id (str):
        verify_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VerifyChecked]
    """

    kwargs = _get_kwargs(
        verify_id=verify_id,
        verify_code=verify_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    verify_id: str,
    verify_code: str,
) -> Error | VerifyChecked | None:
    """Check an OTP code

     `verify_status` is VERIFIED on success; any other value is
    a failure (the other literals are not documented).

    Args:
        verify_id (str):
        verify_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VerifyChecked
    """

    return sync_detailed(
        client=client,
        verify_id=verify_id,
        verify_code=verify_code,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    verify_id: str,
    verify_code: str,
) -> Response[Error | VerifyChecked]:
    """Check an OTP code

     `verify_status` is VERIFIED on success; any other value is
    a failure (the other literals are not documented).

    Args:
        verify_id (str):
        verify_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VerifyChecked]
    """

    kwargs = _get_kwargs(
        verify_id=verify_id,
        verify_code=verify_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    verify_id: str,
    verify_code: str,
) -> Error | VerifyChecked | None:
    """Check an OTP code

     `verify_status` is VERIFIED on success; any other value is
    a failure (the other literals are not documented).

    Args:
        verify_id (str):
        verify_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VerifyChecked
    """

    return (
        await asyncio_detailed(
            client=client,
            verify_id=verify_id,
            verify_code=verify_code,
        )
    ).parsed
