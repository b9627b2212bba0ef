# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.received_page import ReceivedPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id_sim: str,
    *,
    from_: str,
    to: str | Unset = UNSET,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["from"] = from_

    params["to"] = to

    params["pageNumber"] = page_number

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/srsmshistory/{id_sim}".format(
            id_sim=quote(str(id_sim), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | ReceivedPage | None:
    if response.status_code == 200:
        response_200 = ReceivedPage.from_dict(response.json())

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
) -> Response[Error | ReceivedPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id_sim: str,
    *,
    client: AuthenticatedClient | Client,
    from_: str,
    to: str | Unset = UNSET,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
) -> Response[Error | ReceivedPage]:
    """Get the received SMS messages (given SIMs)

     Get the paginated list of received SMS messages on the given SIMs.

    Args:
        id_sim (str):
        from_ (str): A date and time as yyyyMMddHHmmss. Out-of-range days roll over (20230231 is 3
            March), as a
            lenient Java date parser does (inference: smSend does not say).
        to (str | Unset): A date and time as yyyyMMddHHmmss. Out-of-range days roll over (20230231
            is 3 March), as a
            lenient Java date parser does (inference: smSend does not say).
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReceivedPage]
    """

    kwargs = _get_kwargs(
        id_sim=id_sim,
        from_=from_,
        to=to,
        page_number=page_number,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id_sim: str,
    *,
    client: AuthenticatedClient | Client,
    from_: str,
    to: str | Unset = UNSET,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
) -> Error | ReceivedPage | None:
    """Get the received SMS messages (given SIMs)

     Get the paginated list of received SMS messages on the given SIMs.

    Args:
        id_sim (str):
        from_ (str): A date and time as yyyyMMddHHmmss. Out-of-range days roll over (20230231 is 3
            March), as a
            lenient Java date parser does (inference: smSend does not say).
        to (str | Unset): A date and time as yyyyMMddHHmmss. Out-of-range days roll over (20230231
            is 3 March), as a
            lenient Java date parser does (inference: smSend does not say).
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ReceivedPage
    """

    return sync_detailed(
        id_sim=id_sim,
        client=client,
        from_=from_,
        to=to,
        page_number=page_number,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    id_sim: str,
    *,
    client: AuthenticatedClient | Client,
    from_: str,
    to: str | Unset = UNSET,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
) -> Response[Error | ReceivedPage]:
    """Get the received SMS messages (given SIMs)

     Get the paginated list of received SMS messages on the given SIMs.

    Args:
        id_sim (str):
        from_ (str): A date and time as yyyyMMddHHmmss. Out-of-range days roll over (20230231 is 3
            March), as a
            lenient Java date parser does (inference: smSend does not say).
        to (str | Unset): A date and time as yyyyMMddHHmmss. Out-of-range days roll over (20230231
            is 3 March), as a
            lenient Java date parser does (inference: smSend does not say).
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReceivedPage]
    """

    kwargs = _get_kwargs(
        id_sim=id_sim,
        from_=from_,
        to=to,
        page_number=page_number,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id_sim: str,
    *,
    client: AuthenticatedClient | Client,
    from_: str,
    to: str | Unset = UNSET,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
) -> Error | ReceivedPage | None:
    """Get the received SMS messages (given SIMs)

     Get the paginated list of received SMS messages on the given SIMs.

    Args:
        id_sim (str):
        from_ (str): A date and time as yyyyMMddHHmmss. Out-of-range days roll over (20230231 is 3
            March), as a
            lenient Java date parser does (inference: smSend does not say).
        to (str | Unset): A date and time as yyyyMMddHHmmss. Out-of-range days roll over (20230231
            is 3 March), as a
            lenient Java date parser does (inference: smSend does not say).
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ReceivedPage
    """

    return (
        await asyncio_detailed(
            id_sim=id_sim,
            client=client,
            from_=from_,
            to=to,
            page_number=page_number,
            page_size=page_size,
        )
    ).parsed
