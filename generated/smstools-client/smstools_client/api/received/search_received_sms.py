# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.received_page import ReceivedPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    from_: str | Unset = UNSET,
    sim_id_ref: str | Unset = UNSET,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["from"] = from_

    params["simIdRef"] = sim_id_ref

    params["fromDate"] = from_date

    params["toDate"] = to_date

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sms/received/search",
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
) -> Response[Error | ReceivedPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    from_: str | Unset = UNSET,
    sim_id_ref: str | Unset = UNSET,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
) -> Response[Error | ReceivedPage]:
    """Search received SMS

     At least one of from, simIdRef, fromDate, toDate is required.
    400 errors: NO_PARAMS (missing parameter), BAD_DATE (wrong date format).

    Args:
        from_ (str | Unset): Comma-separated phone numbers in international format without + or 00
            (7 to 15 digits each: an inference)
        sim_id_ref (str | Unset):
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
        Response[Error | ReceivedPage]
    """

    kwargs = _get_kwargs(
        from_=from_,
        sim_id_ref=sim_id_ref,
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
    *,
    client: AuthenticatedClient | Client,
    from_: str | Unset = UNSET,
    sim_id_ref: str | Unset = UNSET,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
) -> Error | ReceivedPage | None:
    """Search received SMS

     At least one of from, simIdRef, fromDate, toDate is required.
    400 errors: NO_PARAMS (missing parameter), BAD_DATE (wrong date format).

    Args:
        from_ (str | Unset): Comma-separated phone numbers in international format without + or 00
            (7 to 15 digits each: an inference)
        sim_id_ref (str | Unset):
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
        Error | ReceivedPage
    """

    return sync_detailed(
        client=client,
        from_=from_,
        sim_id_ref=sim_id_ref,
        from_date=from_date,
        to_date=to_date,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    from_: str | Unset = UNSET,
    sim_id_ref: str | Unset = UNSET,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
) -> Response[Error | ReceivedPage]:
    """Search received SMS

     At least one of from, simIdRef, fromDate, toDate is required.
    400 errors: NO_PARAMS (missing parameter), BAD_DATE (wrong date format).

    Args:
        from_ (str | Unset): Comma-separated phone numbers in international format without + or 00
            (7 to 15 digits each: an inference)
        sim_id_ref (str | Unset):
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
        Response[Error | ReceivedPage]
    """

    kwargs = _get_kwargs(
        from_=from_,
        sim_id_ref=sim_id_ref,
        from_date=from_date,
        to_date=to_date,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    from_: str | Unset = UNSET,
    sim_id_ref: str | Unset = UNSET,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
) -> Error | ReceivedPage | None:
    """Search received SMS

     At least one of from, simIdRef, fromDate, toDate is required.
    400 errors: NO_PARAMS (missing parameter), BAD_DATE (wrong date format).

    Args:
        from_ (str | Unset): Comma-separated phone numbers in international format without + or 00
            (7 to 15 digits each: an inference)
        sim_id_ref (str | Unset):
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
        Error | ReceivedPage
    """

    return (
        await asyncio_detailed(
            client=client,
            from_=from_,
            sim_id_ref=sim_id_ref,
            from_date=from_date,
            to_date=to_date,
            offset=offset,
            limit=limit,
        )
    ).parsed
