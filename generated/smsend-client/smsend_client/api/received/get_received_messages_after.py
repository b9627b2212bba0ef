# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.received_list import ReceivedList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id_sim: str,
    id_message: int,
    *,
    limit: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/srsmshistory/{id_sim}/{id_message}".format(
            id_sim=quote(str(id_sim), safe=""),
            id_message=quote(str(id_message), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | ReceivedList | None:
    if response.status_code == 200:
        response_200 = ReceivedList.from_dict(response.json())

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
) -> Response[Error | ReceivedList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id_sim: str,
    id_message: int,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
) -> Response[Error | ReceivedList]:
    """Get the received SMS messages after a specified message.

     Returns a list (limited to max. 100 entries) of SMS messages received after the given SMS
    message ID id_message, for the given SIM id_sim.

    Args:
        id_sim (str): A SIM phone number in international format (+393471234567 or
            00393471234567). 6 to 15 digits after the prefix: an inference, the document shows only
            examples.
        id_message (int):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReceivedList]
    """

    kwargs = _get_kwargs(
        id_sim=id_sim,
        id_message=id_message,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id_sim: str,
    id_message: int,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
) -> Error | ReceivedList | None:
    """Get the received SMS messages after a specified message.

     Returns a list (limited to max. 100 entries) of SMS messages received after the given SMS
    message ID id_message, for the given SIM id_sim.

    Args:
        id_sim (str): A SIM phone number in international format (+393471234567 or
            00393471234567). 6 to 15 digits after the prefix: an inference, the document shows only
            examples.
        id_message (int):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ReceivedList
    """

    return sync_detailed(
        id_sim=id_sim,
        id_message=id_message,
        client=client,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    id_sim: str,
    id_message: int,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
) -> Response[Error | ReceivedList]:
    """Get the received SMS messages after a specified message.

     Returns a list (limited to max. 100 entries) of SMS messages received after the given SMS
    message ID id_message, for the given SIM id_sim.

    Args:
        id_sim (str): A SIM phone number in international format (+393471234567 or
            00393471234567). 6 to 15 digits after the prefix: an inference, the document shows only
            examples.
        id_message (int):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReceivedList]
    """

    kwargs = _get_kwargs(
        id_sim=id_sim,
        id_message=id_message,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id_sim: str,
    id_message: int,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
) -> Error | ReceivedList | None:
    """Get the received SMS messages after a specified message.

     Returns a list (limited to max. 100 entries) of SMS messages received after the given SMS
    message ID id_message, for the given SIM id_sim.

    Args:
        id_sim (str): A SIM phone number in international format (+393471234567 or
            00393471234567). 6 to 15 digits after the prefix: an inference, the document shows only
            examples.
        id_message (int):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ReceivedList
    """

    return (
        await asyncio_detailed(
            id_sim=id_sim,
            id_message=id_message,
            client=client,
            limit=limit,
        )
    ).parsed
