# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_sms_history_dir import GetSmsHistoryDir
from ...models.sms_history import SmsHistory
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    from_: str,
    to: str | Unset = UNSET,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
    sort: str | Unset = UNSET,
    dir_: GetSmsHistoryDir | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["from"] = from_

    params["to"] = to

    params["pageNumber"] = page_number

    params["pageSize"] = page_size

    params["sort"] = sort

    json_dir_: str | Unset = UNSET
    if not isinstance(dir_, Unset):
        json_dir_ = dir_.value

    params["dir"] = json_dir_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/smshistory",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | SmsHistory | None:
    if response.status_code == 200:
        response_200 = SmsHistory.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | SmsHistory]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    from_: str,
    to: str | Unset = UNSET,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
    sort: str | Unset = UNSET,
    dir_: GetSmsHistoryDir | Unset = UNSET,
) -> Response[Error | SmsHistory]:
    """Get sent SMS messages history

     Returns the user's SMS messages history

    Args:
        from_ (str): A date and time as yyyyMMddHHmmss. Out-of-range days roll over (20230231 is 3
            March), as a
            lenient Java date parser does (inference: smSend does not say).
        to (str | Unset): A date and time as yyyyMMddHHmmss. Out-of-range days roll over (20230231
            is 3 March), as a
            lenient Java date parser does (inference: smSend does not say).
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        sort (str | Unset):
        dir_ (GetSmsHistoryDir | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SmsHistory]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        page_number=page_number,
        page_size=page_size,
        sort=sort,
        dir_=dir_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    from_: str,
    to: str | Unset = UNSET,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
    sort: str | Unset = UNSET,
    dir_: GetSmsHistoryDir | Unset = UNSET,
) -> Error | SmsHistory | None:
    """Get sent SMS messages history

     Returns the user's SMS messages history

    Args:
        from_ (str): A date and time as yyyyMMddHHmmss. Out-of-range days roll over (20230231 is 3
            March), as a
            lenient Java date parser does (inference: smSend does not say).
        to (str | Unset): A date and time as yyyyMMddHHmmss. Out-of-range days roll over (20230231
            is 3 March), as a
            lenient Java date parser does (inference: smSend does not say).
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        sort (str | Unset):
        dir_ (GetSmsHistoryDir | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SmsHistory
    """

    return sync_detailed(
        client=client,
        from_=from_,
        to=to,
        page_number=page_number,
        page_size=page_size,
        sort=sort,
        dir_=dir_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    from_: str,
    to: str | Unset = UNSET,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
    sort: str | Unset = UNSET,
    dir_: GetSmsHistoryDir | Unset = UNSET,
) -> Response[Error | SmsHistory]:
    """Get sent SMS messages history

     Returns the user's SMS messages history

    Args:
        from_ (str): A date and time as yyyyMMddHHmmss. Out-of-range days roll over (20230231 is 3
            March), as a
            lenient Java date parser does (inference: smSend does not say).
        to (str | Unset): A date and time as yyyyMMddHHmmss. Out-of-range days roll over (20230231
            is 3 March), as a
            lenient Java date parser does (inference: smSend does not say).
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        sort (str | Unset):
        dir_ (GetSmsHistoryDir | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SmsHistory]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        page_number=page_number,
        page_size=page_size,
        sort=sort,
        dir_=dir_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    from_: str,
    to: str | Unset = UNSET,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
    sort: str | Unset = UNSET,
    dir_: GetSmsHistoryDir | Unset = UNSET,
) -> Error | SmsHistory | None:
    """Get sent SMS messages history

     Returns the user's SMS messages history

    Args:
        from_ (str): A date and time as yyyyMMddHHmmss. Out-of-range days roll over (20230231 is 3
            March), as a
            lenient Java date parser does (inference: smSend does not say).
        to (str | Unset): A date and time as yyyyMMddHHmmss. Out-of-range days roll over (20230231
            is 3 March), as a
            lenient Java date parser does (inference: smSend does not say).
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        sort (str | Unset):
        dir_ (GetSmsHistoryDir | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SmsHistory
    """

    return (
        await asyncio_detailed(
            client=client,
            from_=from_,
            to=to,
            page_number=page_number,
            page_size=page_size,
            sort=sort,
            dir_=dir_,
        )
    ).parsed
