# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ..._runtime.call import CALL, Call, result
from ...client import AuthenticatedClient, Client
from ...models.received_page import ReceivedPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
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
        "url": "/srsmshistory",
        "params": params,
        "extensions": {CALL: _CALL},
    }

    return _kwargs


def _parse_success(response: httpx.Response) -> ReceivedPage:
    if response.status_code == 200:
        response_200 = ReceivedPage.from_dict(response.json())

        return response_200

    raise ValueError(f"HTTP {response.status_code} is not a documented success")


#: This operation as the runtime sees it: its name, its success parser and documented statuses.
_CALL: Call[ReceivedPage] = Call("get_received_messages", _parse_success, (200,))


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ReceivedPage:
    return result(_CALL, response)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ReceivedPage]:
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
) -> Response[ReceivedPage]:
    """Get the received SMS messages (all SIMs)

     Get the paginated list of received SMS messages.

    Args:
        from_ (str): A date and time as yyyyMMddHHmmss. Out-of-range days roll over (20230231 is 3
            March), as a
            lenient Java date parser does (inference: smSend does not say).
        to (str | Unset): A date and time as yyyyMMddHHmmss. Out-of-range days roll over (20230231
            is 3 March), as a
            lenient Java date parser does (inference: smSend does not say).
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.

    Raises:
        AuthenticationError: 401 or 403, or a login that failed (``LoginError``).
        NotFoundError: 404.
        ValidationError: another 4xx, or a request refused before sending.
        RateLimitedError: 429 after the retries (``retry_after`` says how long to wait).
        ServerError: 5xx after the retries.
        TransportError: no usable answer (``RequestTimeoutError`` when it timed out).
        DecodingError: a 2xx the spec does not document, or a body that does not match it.

    Returns:
        Response[ReceivedPage]: the raw status, headers and content, and ``parsed``.
    """

    kwargs = _get_kwargs(
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
    *,
    client: AuthenticatedClient | Client,
    from_: str,
    to: str | Unset = UNSET,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
) -> ReceivedPage:
    """Get the received SMS messages (all SIMs)

     Get the paginated list of received SMS messages.

    Args:
        from_ (str): A date and time as yyyyMMddHHmmss. Out-of-range days roll over (20230231 is 3
            March), as a
            lenient Java date parser does (inference: smSend does not say).
        to (str | Unset): A date and time as yyyyMMddHHmmss. Out-of-range days roll over (20230231
            is 3 March), as a
            lenient Java date parser does (inference: smSend does not say).
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.

    Raises:
        AuthenticationError: 401 or 403, or a login that failed (``LoginError``).
        NotFoundError: 404.
        ValidationError: another 4xx, or a request refused before sending.
        RateLimitedError: 429 after the retries (``retry_after`` says how long to wait).
        ServerError: 5xx after the retries.
        TransportError: no usable answer (``RequestTimeoutError`` when it timed out).
        DecodingError: a 2xx the spec does not document, or a body that does not match it.

    Returns:
        ReceivedPage
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        page_number=page_number,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    from_: str,
    to: str | Unset = UNSET,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
) -> Response[ReceivedPage]:
    """Get the received SMS messages (all SIMs)

     Get the paginated list of received SMS messages.

    Args:
        from_ (str): A date and time as yyyyMMddHHmmss. Out-of-range days roll over (20230231 is 3
            March), as a
            lenient Java date parser does (inference: smSend does not say).
        to (str | Unset): A date and time as yyyyMMddHHmmss. Out-of-range days roll over (20230231
            is 3 March), as a
            lenient Java date parser does (inference: smSend does not say).
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.

    Raises:
        AuthenticationError: 401 or 403, or a login that failed (``LoginError``).
        NotFoundError: 404.
        ValidationError: another 4xx, or a request refused before sending.
        RateLimitedError: 429 after the retries (``retry_after`` says how long to wait).
        ServerError: 5xx after the retries.
        TransportError: no usable answer (``RequestTimeoutError`` when it timed out).
        DecodingError: a 2xx the spec does not document, or a body that does not match it.

    Returns:
        Response[ReceivedPage]: the raw status, headers and content, and ``parsed``.
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        page_number=page_number,
        page_size=page_size,
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
) -> ReceivedPage:
    """Get the received SMS messages (all SIMs)

     Get the paginated list of received SMS messages.

    Args:
        from_ (str): A date and time as yyyyMMddHHmmss. Out-of-range days roll over (20230231 is 3
            March), as a
            lenient Java date parser does (inference: smSend does not say).
        to (str | Unset): A date and time as yyyyMMddHHmmss. Out-of-range days roll over (20230231
            is 3 March), as a
            lenient Java date parser does (inference: smSend does not say).
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.

    Raises:
        AuthenticationError: 401 or 403, or a login that failed (``LoginError``).
        NotFoundError: 404.
        ValidationError: another 4xx, or a request refused before sending.
        RateLimitedError: 429 after the retries (``retry_after`` says how long to wait).
        ServerError: 5xx after the retries.
        TransportError: no usable answer (``RequestTimeoutError`` when it timed out).
        DecodingError: a 2xx the spec does not document, or a body that does not match it.

    Returns:
        ReceivedPage
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        page_number=page_number,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
