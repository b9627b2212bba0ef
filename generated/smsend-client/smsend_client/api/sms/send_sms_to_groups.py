# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ..._runtime.call import CALL, Call, result
from ...client import AuthenticatedClient, Client
from ...models.send_result import SendResult
from ...models.send_sms_to_groups import SendSmsToGroups
from ...types import Response


def _get_kwargs(
    *,
    body: SendSmsToGroups,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/smstogroups",
        "extensions": {CALL: _CALL},
    }

    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse_success(response: httpx.Response) -> SendResult:
    if response.status_code == 200:
        response_200 = SendResult.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = SendResult.from_dict(response.json())

        return response_201

    raise ValueError(f"HTTP {response.status_code} is not a documented success")


#: This operation as the runtime sees it: its name, its success parser and documented statuses.
_CALL: Call[SendResult] = Call(
    "send_sms_to_groups",
    _parse_success,
    (
        200,
        201,
    ),
)


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SendResult:
    return result(_CALL, response)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[SendResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendSmsToGroups,
) -> Response[SendResult]:
    """Send an SMS message to a group

     Send an SMS message to a set of contacts groups.

    Args:
        body (SendSmsToGroups): No table documents this body; fields and requiredness follow the
            samples and `SendSms` (inference).

    Raises:
        AuthenticationError: 401 or 403, or a login that failed (``LoginError``).
        NotFoundError: 404.
        ValidationError: another 4xx, or a request refused before sending.
        RateLimitedError: 429 after the retries (``retry_after`` says how long to wait).
        ServerError: 5xx after the retries.
        TransportError: no usable answer (``RequestTimeoutError`` when it timed out).
        DecodingError: a 2xx the spec does not document, or a body that does not match it.

    Returns:
        Response[SendResult]: the raw status, headers and content, and ``parsed``.
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
    body: SendSmsToGroups,
) -> SendResult:
    """Send an SMS message to a group

     Send an SMS message to a set of contacts groups.

    Args:
        body (SendSmsToGroups): No table documents this body; fields and requiredness follow the
            samples and `SendSms` (inference).

    Raises:
        AuthenticationError: 401 or 403, or a login that failed (``LoginError``).
        NotFoundError: 404.
        ValidationError: another 4xx, or a request refused before sending.
        RateLimitedError: 429 after the retries (``retry_after`` says how long to wait).
        ServerError: 5xx after the retries.
        TransportError: no usable answer (``RequestTimeoutError`` when it timed out).
        DecodingError: a 2xx the spec does not document, or a body that does not match it.

    Returns:
        SendResult
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
    body: SendSmsToGroups,
) -> Response[SendResult]:
    """Send an SMS message to a group

     Send an SMS message to a set of contacts groups.

    Args:
        body (SendSmsToGroups): No table documents this body; fields and requiredness follow the
            samples and `SendSms` (inference).

    Raises:
        AuthenticationError: 401 or 403, or a login that failed (``LoginError``).
        NotFoundError: 404.
        ValidationError: another 4xx, or a request refused before sending.
        RateLimitedError: 429 after the retries (``retry_after`` says how long to wait).
        ServerError: 5xx after the retries.
        TransportError: no usable answer (``RequestTimeoutError`` when it timed out).
        DecodingError: a 2xx the spec does not document, or a body that does not match it.

    Returns:
        Response[SendResult]: the raw status, headers and content, and ``parsed``.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SendSmsToGroups,
) -> SendResult:
    """Send an SMS message to a group

     Send an SMS message to a set of contacts groups.

    Args:
        body (SendSmsToGroups): No table documents this body; fields and requiredness follow the
            samples and `SendSms` (inference).

    Raises:
        AuthenticationError: 401 or 403, or a login that failed (``LoginError``).
        NotFoundError: 404.
        ValidationError: another 4xx, or a request refused before sending.
        RateLimitedError: 429 after the retries (``retry_after`` says how long to wait).
        ServerError: 5xx after the retries.
        TransportError: no usable answer (``RequestTimeoutError`` when it timed out).
        DecodingError: a 2xx the spec does not document, or a body that does not match it.

    Returns:
        SendResult
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
