# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.sms_page import SmsPage
from ...models.sms_status import SmsStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    id: str | Unset = UNSET,
    transaction_id: str | Unset = UNSET,
    msisdn: str | Unset = UNSET,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    status: SmsStatus | str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params["transactionId"] = transaction_id

    params["msisdn"] = msisdn

    params["fromDate"] = from_date

    params["toDate"] = to_date

    json_status: str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, SmsStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sms/search",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | SmsPage | None:
    if response.status_code == 200:
        response_200 = SmsPage.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | SmsPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: str | Unset = UNSET,
    transaction_id: str | Unset = UNSET,
    msisdn: str | Unset = UNSET,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    status: SmsStatus | str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
) -> Response[Error | SmsPage]:
    """Search sent SMS

     At least one of id, transactionId, msisdn, fromDate, toDate,
    status is required (the vendor's clients check this; that the server answers NO_PARAMS is an
    inference). Error literals: BAD_ID, BAD_MSISDN, BAD_DATE, BAD_STATUS,
    NO_PARAMS.

    Args:
        id (str | Unset): One id or comma-separated ids. Digits only, at most 18 (an inference:
            ids are numbers in every answer seen)
        transaction_id (str | Unset):
        msisdn (str | Unset): A phone number in international format without + or 00, e.g.
            393481234567. The length of 7 to 15 digits is an inference (the E.164 maximum); the
            documents give none.
        from_date (str | Unset): yyyy-MM-dd'T'HH:mm:ssZ, a numeric offset without colon, e.g.
            2014-12-25T08:00:00+0200
        to_date (str | Unset): yyyy-MM-dd'T'HH:mm:ssZ, a numeric offset without colon, e.g.
            2014-12-25T08:00:00+0200
        status (SmsStatus | str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SmsPage]
    """

    kwargs = _get_kwargs(
        id=id,
        transaction_id=transaction_id,
        msisdn=msisdn,
        from_date=from_date,
        to_date=to_date,
        status=status,
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
    id: str | Unset = UNSET,
    transaction_id: str | Unset = UNSET,
    msisdn: str | Unset = UNSET,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    status: SmsStatus | str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
) -> Error | SmsPage | None:
    """Search sent SMS

     At least one of id, transactionId, msisdn, fromDate, toDate,
    status is required (the vendor's clients check this; that the server answers NO_PARAMS is an
    inference). Error literals: BAD_ID, BAD_MSISDN, BAD_DATE, BAD_STATUS,
    NO_PARAMS.

    Args:
        id (str | Unset): One id or comma-separated ids. Digits only, at most 18 (an inference:
            ids are numbers in every answer seen)
        transaction_id (str | Unset):
        msisdn (str | Unset): A phone number in international format without + or 00, e.g.
            393481234567. The length of 7 to 15 digits is an inference (the E.164 maximum); the
            documents give none.
        from_date (str | Unset): yyyy-MM-dd'T'HH:mm:ssZ, a numeric offset without colon, e.g.
            2014-12-25T08:00:00+0200
        to_date (str | Unset): yyyy-MM-dd'T'HH:mm:ssZ, a numeric offset without colon, e.g.
            2014-12-25T08:00:00+0200
        status (SmsStatus | str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SmsPage
    """

    return sync_detailed(
        client=client,
        id=id,
        transaction_id=transaction_id,
        msisdn=msisdn,
        from_date=from_date,
        to_date=to_date,
        status=status,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: str | Unset = UNSET,
    transaction_id: str | Unset = UNSET,
    msisdn: str | Unset = UNSET,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    status: SmsStatus | str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
) -> Response[Error | SmsPage]:
    """Search sent SMS

     At least one of id, transactionId, msisdn, fromDate, toDate,
    status is required (the vendor's clients check this; that the server answers NO_PARAMS is an
    inference). Error literals: BAD_ID, BAD_MSISDN, BAD_DATE, BAD_STATUS,
    NO_PARAMS.

    Args:
        id (str | Unset): One id or comma-separated ids. Digits only, at most 18 (an inference:
            ids are numbers in every answer seen)
        transaction_id (str | Unset):
        msisdn (str | Unset): A phone number in international format without + or 00, e.g.
            393481234567. The length of 7 to 15 digits is an inference (the E.164 maximum); the
            documents give none.
        from_date (str | Unset): yyyy-MM-dd'T'HH:mm:ssZ, a numeric offset without colon, e.g.
            2014-12-25T08:00:00+0200
        to_date (str | Unset): yyyy-MM-dd'T'HH:mm:ssZ, a numeric offset without colon, e.g.
            2014-12-25T08:00:00+0200
        status (SmsStatus | str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SmsPage]
    """

    kwargs = _get_kwargs(
        id=id,
        transaction_id=transaction_id,
        msisdn=msisdn,
        from_date=from_date,
        to_date=to_date,
        status=status,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    id: str | Unset = UNSET,
    transaction_id: str | Unset = UNSET,
    msisdn: str | Unset = UNSET,
    from_date: str | Unset = UNSET,
    to_date: str | Unset = UNSET,
    status: SmsStatus | str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
) -> Error | SmsPage | None:
    """Search sent SMS

     At least one of id, transactionId, msisdn, fromDate, toDate,
    status is required (the vendor's clients check this; that the server answers NO_PARAMS is an
    inference). Error literals: BAD_ID, BAD_MSISDN, BAD_DATE, BAD_STATUS,
    NO_PARAMS.

    Args:
        id (str | Unset): One id or comma-separated ids. Digits only, at most 18 (an inference:
            ids are numbers in every answer seen)
        transaction_id (str | Unset):
        msisdn (str | Unset): A phone number in international format without + or 00, e.g.
            393481234567. The length of 7 to 15 digits is an inference (the E.164 maximum); the
            documents give none.
        from_date (str | Unset): yyyy-MM-dd'T'HH:mm:ssZ, a numeric offset without colon, e.g.
            2014-12-25T08:00:00+0200
        to_date (str | Unset): yyyy-MM-dd'T'HH:mm:ssZ, a numeric offset without colon, e.g.
            2014-12-25T08:00:00+0200
        status (SmsStatus | str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SmsPage
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            transaction_id=transaction_id,
            msisdn=msisdn,
            from_date=from_date,
            to_date=to_date,
            status=status,
            offset=offset,
            limit=limit,
        )
    ).parsed
