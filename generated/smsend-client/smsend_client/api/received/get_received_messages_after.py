# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ..._runtime.call import CALL, Call, result
from ...client import AuthenticatedClient, Client
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
        "extensions": {CALL: _CALL},
    }

    return _kwargs


def _parse_success(response: httpx.Response) -> ReceivedList:
    if response.status_code == 200:
        response_200 = ReceivedList.from_dict(response.json())

        return response_200

    raise ValueError(f"HTTP {response.status_code} is not a documented success")


#: This operation as the runtime sees it: its name, its success parser and documented statuses.
_CALL: Call[ReceivedList] = Call("get_received_messages_after", _parse_success, (200,))


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ReceivedList:
    return result(_CALL, response)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ReceivedList]:
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
) -> Response[ReceivedList]:
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
        AuthenticationError: 401 or 403, or a login that failed (``LoginError``).
        NotFoundError: 404.
        ValidationError: another 4xx, or a request refused before sending.
        RateLimitedError: 429 after the retries (``retry_after`` says how long to wait).
        ServerError: 5xx after the retries.
        TransportError: no usable answer (``RequestTimeoutError`` when it timed out).
        DecodingError: a 2xx the spec does not document, or a body that does not match it.

    Returns:
        Response[ReceivedList]: the raw status, headers and content, and ``parsed``.
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
) -> ReceivedList:
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
        AuthenticationError: 401 or 403, or a login that failed (``LoginError``).
        NotFoundError: 404.
        ValidationError: another 4xx, or a request refused before sending.
        RateLimitedError: 429 after the retries (``retry_after`` says how long to wait).
        ServerError: 5xx after the retries.
        TransportError: no usable answer (``RequestTimeoutError`` when it timed out).
        DecodingError: a 2xx the spec does not document, or a body that does not match it.

    Returns:
        ReceivedList
    """

    kwargs = _get_kwargs(
        id_sim=id_sim,
        id_message=id_message,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    id_sim: str,
    id_message: int,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
) -> Response[ReceivedList]:
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
        AuthenticationError: 401 or 403, or a login that failed (``LoginError``).
        NotFoundError: 404.
        ValidationError: another 4xx, or a request refused before sending.
        RateLimitedError: 429 after the retries (``retry_after`` says how long to wait).
        ServerError: 5xx after the retries.
        TransportError: no usable answer (``RequestTimeoutError`` when it timed out).
        DecodingError: a 2xx the spec does not document, or a body that does not match it.

    Returns:
        Response[ReceivedList]: the raw status, headers and content, and ``parsed``.
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
) -> ReceivedList:
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
        AuthenticationError: 401 or 403, or a login that failed (``LoginError``).
        NotFoundError: 404.
        ValidationError: another 4xx, or a request refused before sending.
        RateLimitedError: 429 after the retries (``retry_after`` says how long to wait).
        ServerError: 5xx after the retries.
        TransportError: no usable answer (``RequestTimeoutError`` when it timed out).
        DecodingError: a 2xx the spec does not document, or a body that does not match it.

    Returns:
        ReceivedList
    """

    kwargs = _get_kwargs(
        id_sim=id_sim,
        id_message=id_message,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
