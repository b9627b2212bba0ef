# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ..._runtime.call import CALL, Call, result
from ...client import AuthenticatedClient, Client
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
        "extensions": {CALL: _CALL},
    }

    return _kwargs


def _parse_success(response: httpx.Response) -> SmsPage:
    if response.status_code == 200:
        response_200 = SmsPage.from_dict(response.json())

        return response_200

    raise ValueError(f"HTTP {response.status_code} is not a documented success")


#: This operation as the runtime sees it: its name, its success parser and documented statuses.
_CALL: Call[SmsPage] = Call("search_sms", _parse_success, (200,))


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SmsPage:
    return result(_CALL, response)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[SmsPage]:
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
) -> Response[SmsPage]:
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
        AuthenticationError: 401 or 403, or a login that failed (``LoginError``).
        NotFoundError: 404.
        ValidationError: another 4xx, or a request refused before sending.
        RateLimitedError: 429 after the retries (``retry_after`` says how long to wait).
        ServerError: 5xx after the retries.
        TransportError: no usable answer (``RequestTimeoutError`` when it timed out).
        DecodingError: a 2xx the spec does not document, or a body that does not match it.

    Returns:
        Response[SmsPage]: the raw status, headers and content, and ``parsed``.
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
) -> SmsPage:
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
        AuthenticationError: 401 or 403, or a login that failed (``LoginError``).
        NotFoundError: 404.
        ValidationError: another 4xx, or a request refused before sending.
        RateLimitedError: 429 after the retries (``retry_after`` says how long to wait).
        ServerError: 5xx after the retries.
        TransportError: no usable answer (``RequestTimeoutError`` when it timed out).
        DecodingError: a 2xx the spec does not document, or a body that does not match it.

    Returns:
        SmsPage
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

    return _parse_response(client=client, response=response)


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
) -> Response[SmsPage]:
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
        AuthenticationError: 401 or 403, or a login that failed (``LoginError``).
        NotFoundError: 404.
        ValidationError: another 4xx, or a request refused before sending.
        RateLimitedError: 429 after the retries (``retry_after`` says how long to wait).
        ServerError: 5xx after the retries.
        TransportError: no usable answer (``RequestTimeoutError`` when it timed out).
        DecodingError: a 2xx the spec does not document, or a body that does not match it.

    Returns:
        Response[SmsPage]: the raw status, headers and content, and ``parsed``.
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
) -> SmsPage:
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
        AuthenticationError: 401 or 403, or a login that failed (``LoginError``).
        NotFoundError: 404.
        ValidationError: another 4xx, or a request refused before sending.
        RateLimitedError: 429 after the retries (``retry_after`` says how long to wait).
        ServerError: 5xx after the retries.
        TransportError: no usable answer (``RequestTimeoutError`` when it timed out).
        DecodingError: a 2xx the spec does not document, or a body that does not match it.

    Returns:
        SmsPage
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

    return _parse_response(client=client, response=response)
