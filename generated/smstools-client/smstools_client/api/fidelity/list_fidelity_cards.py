# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.card_page import CardPage
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    fidelity_id: int,
    *,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fromDate"] = from_date

    params["toDate"] = to_date

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fidelity/{fidelity_id}/card/list".format(
            fidelity_id=quote(str(fidelity_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CardPage | Error | None:
    if response.status_code == 200:
        response_200 = CardPage.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CardPage | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    fidelity_id: int,
    *,
    client: AuthenticatedClient | Client,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
) -> Response[CardPage | Error]:
    """The cards of a fidelity programme

    Args:
        fidelity_id (int):
        from_date (str | Unset): yyyy-MM-dd'T'HH:mm:ssZ, a numeric offset without colon, e.g.
            2014-12-25T08:00:00+0200
        to_date (str | Unset): yyyy-MM-dd'T'HH:mm:ssZ, a numeric offset without colon, e.g.
            2014-12-25T08:00:00+0200
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CardPage | Error]
    """

    kwargs = _get_kwargs(
        fidelity_id=fidelity_id,
        from_date=from_date,
        to_date=to_date,
        offset=offset,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    fidelity_id: int,
    *,
    client: AuthenticatedClient | Client,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
) -> CardPage | Error | None:
    """The cards of a fidelity programme

    Args:
        fidelity_id (int):
        from_date (str | Unset): yyyy-MM-dd'T'HH:mm:ssZ, a numeric offset without colon, e.g.
            2014-12-25T08:00:00+0200
        to_date (str | Unset): yyyy-MM-dd'T'HH:mm:ssZ, a numeric offset without colon, e.g.
            2014-12-25T08:00:00+0200
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CardPage | Error
    """

    return sync_detailed(
        fidelity_id=fidelity_id,
        client=client,
        from_date=from_date,
        to_date=to_date,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    fidelity_id: int,
    *,
    client: AuthenticatedClient | Client,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
) -> Response[CardPage | Error]:
    """The cards of a fidelity programme

    Args:
        fidelity_id (int):
        from_date (str | Unset): yyyy-MM-dd'T'HH:mm:ssZ, a numeric offset without colon, e.g.
            2014-12-25T08:00:00+0200
        to_date (str | Unset): yyyy-MM-dd'T'HH:mm:ssZ, a numeric offset without colon, e.g.
            2014-12-25T08:00:00+0200
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CardPage | Error]
    """

    kwargs = _get_kwargs(
        fidelity_id=fidelity_id,
        from_date=from_date,
        to_date=to_date,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    fidelity_id: int,
    *,
    client: AuthenticatedClient | Client,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
) -> CardPage | Error | None:
    """The cards of a fidelity programme

    Args:
        fidelity_id (int):
        from_date (str | Unset): yyyy-MM-dd'T'HH:mm:ssZ, a numeric offset without colon, e.g.
            2014-12-25T08:00:00+0200
        to_date (str | Unset): yyyy-MM-dd'T'HH:mm:ssZ, a numeric offset without colon, e.g.
            2014-12-25T08:00:00+0200
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CardPage | Error
    """

    return (
        await asyncio_detailed(
            fidelity_id=fidelity_id,
            client=client,
            from_date=from_date,
            to_date=to_date,
            offset=offset,
            limit=limit,
        )
    ).parsed
