# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ..._runtime.call import CALL, Call, result
from ...client import AuthenticatedClient, Client
from ...models.push_result import PushResult
from ...models.push_send import PushSend
from ...types import Response


def _get_kwargs(
    *,
    body: PushSend,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/push/send",
        "extensions": {CALL: _CALL},
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(response: httpx.Response) -> PushResult:
    if response.status_code == 200:
        response_200 = PushResult.from_dict(response.json())

        return response_200

    raise ValueError(f"HTTP {response.status_code} is not a documented success")


#: This operation as the runtime sees it: its name, its success parser and documented statuses.
_CALL: Call[PushResult] = Call("send_push", _parse_success, (200,))


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PushResult:
    return result(_CALL, response)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PushResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PushSend,
) -> Response[PushResult]:
    """Send a push message to app users, optionally falling back to SMS (beta)

     At least one of `to`/`group` and one of `text`/`file`. Without `onlyPush`, recipients without
    the app get an SMS. An image is uploaded as `file`, which needs a `multipart/form-data` body.
    The documentation is cut off: other fields it names (`sandbox`, `from`, a file expiry) are not
    described, so they are not listed here.

    Args:
        body (PushSend): At least one of `text` and `file`, and of `to` and `group`.

    Raises:
        AuthenticationError: 401 or 403, or a login that failed (``LoginError``).
        NotFoundError: 404.
        ValidationError: another 4xx, or a request refused before sending.
        RateLimitedError: 429 after the retries (``retry_after`` says how long to wait).
        ServerError: 5xx after the retries.
        TransportError: no usable answer (``RequestTimeoutError`` when it timed out).
        DecodingError: a 2xx the spec does not document, or a body that does not match it.

    Returns:
        Response[PushResult]: the raw status, headers and content, and ``parsed``.
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
    body: PushSend,
) -> PushResult:
    """Send a push message to app users, optionally falling back to SMS (beta)

     At least one of `to`/`group` and one of `text`/`file`. Without `onlyPush`, recipients without
    the app get an SMS. An image is uploaded as `file`, which needs a `multipart/form-data` body.
    The documentation is cut off: other fields it names (`sandbox`, `from`, a file expiry) are not
    described, so they are not listed here.

    Args:
        body (PushSend): At least one of `text` and `file`, and of `to` and `group`.

    Raises:
        AuthenticationError: 401 or 403, or a login that failed (``LoginError``).
        NotFoundError: 404.
        ValidationError: another 4xx, or a request refused before sending.
        RateLimitedError: 429 after the retries (``retry_after`` says how long to wait).
        ServerError: 5xx after the retries.
        TransportError: no usable answer (``RequestTimeoutError`` when it timed out).
        DecodingError: a 2xx the spec does not document, or a body that does not match it.

    Returns:
        PushResult
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
    body: PushSend,
) -> Response[PushResult]:
    """Send a push message to app users, optionally falling back to SMS (beta)

     At least one of `to`/`group` and one of `text`/`file`. Without `onlyPush`, recipients without
    the app get an SMS. An image is uploaded as `file`, which needs a `multipart/form-data` body.
    The documentation is cut off: other fields it names (`sandbox`, `from`, a file expiry) are not
    described, so they are not listed here.

    Args:
        body (PushSend): At least one of `text` and `file`, and of `to` and `group`.

    Raises:
        AuthenticationError: 401 or 403, or a login that failed (``LoginError``).
        NotFoundError: 404.
        ValidationError: another 4xx, or a request refused before sending.
        RateLimitedError: 429 after the retries (``retry_after`` says how long to wait).
        ServerError: 5xx after the retries.
        TransportError: no usable answer (``RequestTimeoutError`` when it timed out).
        DecodingError: a 2xx the spec does not document, or a body that does not match it.

    Returns:
        Response[PushResult]: the raw status, headers and content, and ``parsed``.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PushSend,
) -> PushResult:
    """Send a push message to app users, optionally falling back to SMS (beta)

     At least one of `to`/`group` and one of `text`/`file`. Without `onlyPush`, recipients without
    the app get an SMS. An image is uploaded as `file`, which needs a `multipart/form-data` body.
    The documentation is cut off: other fields it names (`sandbox`, `from`, a file expiry) are not
    described, so they are not listed here.

    Args:
        body (PushSend): At least one of `text` and `file`, and of `to` and `group`.

    Raises:
        AuthenticationError: 401 or 403, or a login that failed (``LoginError``).
        NotFoundError: 404.
        ValidationError: another 4xx, or a request refused before sending.
        RateLimitedError: 429 after the retries (``retry_after`` says how long to wait).
        ServerError: 5xx after the retries.
        TransportError: no usable answer (``RequestTimeoutError`` when it timed out).
        DecodingError: a 2xx the spec does not document, or a body that does not match it.

    Returns:
        PushResult
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
