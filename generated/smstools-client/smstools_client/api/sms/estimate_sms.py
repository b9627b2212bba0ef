# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ..._runtime.call import CALL, Call, result
from ...client import AuthenticatedClient, Client
from ...models.estimate import Estimate
from ...models.sms_estimate import SmsEstimate
from ...types import Response


def _get_kwargs(
    *,
    body: SmsEstimate,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sms/estimate",
        "extensions": {CALL: _CALL},
    }

    _kwargs["data"] = body.to_dict()

    return _kwargs


def _parse_success(response: httpx.Response) -> Estimate:
    if response.status_code == 200:
        response_200 = Estimate.from_dict(response.json())

        return response_200

    raise ValueError(f"HTTP {response.status_code} is not a documented success")


#: This operation as the runtime sees it: its name, its success parser and documented statuses.
_CALL: Call[Estimate] = Call("estimate_sms", _parse_success, (200,))


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Estimate:
    return result(_CALL, response)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Estimate]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SmsEstimate,
) -> Response[Estimate]:
    """Estimate the cost of a send

     Same recipients and text as a send; answers the cost, the
    current credit and the number of SMS (recipients x parts, inference). Which error literals
    it answers is not documented; those of /sms/send are likely (inference).

    Args:
        body (SmsEstimate):

    Raises:
        AuthenticationError: 401 or 403, or a login that failed (``LoginError``).
        NotFoundError: 404.
        ValidationError: another 4xx, or a request refused before sending.
        RateLimitedError: 429 after the retries (``retry_after`` says how long to wait).
        ServerError: 5xx after the retries.
        TransportError: no usable answer (``RequestTimeoutError`` when it timed out).
        DecodingError: a 2xx the spec does not document, or a body that does not match it.

    Returns:
        Response[Estimate]: the raw status, headers and content, and ``parsed``.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SmsEstimate,
) -> Estimate:
    """Estimate the cost of a send

     Same recipients and text as a send; answers the cost, the
    current credit and the number of SMS (recipients x parts, inference). Which error literals
    it answers is not documented; those of /sms/send are likely (inference).

    Args:
        body (SmsEstimate):

    Raises:
        AuthenticationError: 401 or 403, or a login that failed (``LoginError``).
        NotFoundError: 404.
        ValidationError: another 4xx, or a request refused before sending.
        RateLimitedError: 429 after the retries (``retry_after`` says how long to wait).
        ServerError: 5xx after the retries.
        TransportError: no usable answer (``RequestTimeoutError`` when it timed out).
        DecodingError: a 2xx the spec does not document, or a body that does not match it.

    Returns:
        Estimate
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SmsEstimate,
) -> Response[Estimate]:
    """Estimate the cost of a send

     Same recipients and text as a send; answers the cost, the
    current credit and the number of SMS (recipients x parts, inference). Which error literals
    it answers is not documented; those of /sms/send are likely (inference).

    Args:
        body (SmsEstimate):

    Raises:
        AuthenticationError: 401 or 403, or a login that failed (``LoginError``).
        NotFoundError: 404.
        ValidationError: another 4xx, or a request refused before sending.
        RateLimitedError: 429 after the retries (``retry_after`` says how long to wait).
        ServerError: 5xx after the retries.
        TransportError: no usable answer (``RequestTimeoutError`` when it timed out).
        DecodingError: a 2xx the spec does not document, or a body that does not match it.

    Returns:
        Response[Estimate]: the raw status, headers and content, and ``parsed``.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SmsEstimate,
) -> Estimate:
    """Estimate the cost of a send

     Same recipients and text as a send; answers the cost, the
    current credit and the number of SMS (recipients x parts, inference). Which error literals
    it answers is not documented; those of /sms/send are likely (inference).

    Args:
        body (SmsEstimate):

    Raises:
        AuthenticationError: 401 or 403, or a login that failed (``LoginError``).
        NotFoundError: 404.
        ValidationError: another 4xx, or a request refused before sending.
        RateLimitedError: 429 after the retries (``retry_after`` says how long to wait).
        ServerError: 5xx after the retries.
        TransportError: no usable answer (``RequestTimeoutError`` when it timed out).
        DecodingError: a 2xx the spec does not document, or a body that does not match it.

    Returns:
        Estimate
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
