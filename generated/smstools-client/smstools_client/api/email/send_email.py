# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ..._runtime.call import CALL, Call, result
from ...client import AuthenticatedClient, Client
from ...models.email_send import EmailSend
from ...models.email_send_result import EmailSendResult
from ...types import Response


def _get_kwargs(
    *,
    body: EmailSend,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/email/send",
        "extensions": {CALL: _CALL},
    }

    _kwargs["data"] = body.to_dict()

    return _kwargs


def _parse_success(response: httpx.Response) -> EmailSendResult:
    if response.status_code == 200:
        response_200 = EmailSendResult.from_dict(response.json())

        return response_200

    raise ValueError(f"HTTP {response.status_code} is not a documented success")


#: This operation as the runtime sees it: its name, its success parser and documented statuses.
_CALL: Call[EmailSendResult] = Call("send_email", _parse_success, (200,))


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EmailSendResult:
    return result(_CALL, response)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EmailSendResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EmailSend,
) -> Response[EmailSendResult]:
    """Send one email, or one to each of up to 50 recipients

     `to` is one address or a JSON array of at most 50 objects
    whose extra keys fill the template's custom fields (BAD_TO_SIZE beyond). Likely error
    literals (the documents list them for email as a whole, not per call):
    BAD_TEMPLATEID, BAD_FROM, FROM_NOT_VALIDATED, BAD_TO, BAD_TO_SIZE, BAD_SUBJECT,
    TEMPLATE_NOT_EXISTS, BAD_DATE.

    Args:
        body (EmailSend):

    Raises:
        AuthenticationError: 401 or 403, or a login that failed (``LoginError``).
        NotFoundError: 404.
        ValidationError: another 4xx, or a request refused before sending.
        RateLimitedError: 429 after the retries (``retry_after`` says how long to wait).
        ServerError: 5xx after the retries.
        TransportError: no usable answer (``RequestTimeoutError`` when it timed out).
        DecodingError: a 2xx the spec does not document, or a body that does not match it.

    Returns:
        Response[EmailSendResult]: the raw status, headers and content, and ``parsed``.
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
    body: EmailSend,
) -> EmailSendResult:
    """Send one email, or one to each of up to 50 recipients

     `to` is one address or a JSON array of at most 50 objects
    whose extra keys fill the template's custom fields (BAD_TO_SIZE beyond). Likely error
    literals (the documents list them for email as a whole, not per call):
    BAD_TEMPLATEID, BAD_FROM, FROM_NOT_VALIDATED, BAD_TO, BAD_TO_SIZE, BAD_SUBJECT,
    TEMPLATE_NOT_EXISTS, BAD_DATE.

    Args:
        body (EmailSend):

    Raises:
        AuthenticationError: 401 or 403, or a login that failed (``LoginError``).
        NotFoundError: 404.
        ValidationError: another 4xx, or a request refused before sending.
        RateLimitedError: 429 after the retries (``retry_after`` says how long to wait).
        ServerError: 5xx after the retries.
        TransportError: no usable answer (``RequestTimeoutError`` when it timed out).
        DecodingError: a 2xx the spec does not document, or a body that does not match it.

    Returns:
        EmailSendResult
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
    body: EmailSend,
) -> Response[EmailSendResult]:
    """Send one email, or one to each of up to 50 recipients

     `to` is one address or a JSON array of at most 50 objects
    whose extra keys fill the template's custom fields (BAD_TO_SIZE beyond). Likely error
    literals (the documents list them for email as a whole, not per call):
    BAD_TEMPLATEID, BAD_FROM, FROM_NOT_VALIDATED, BAD_TO, BAD_TO_SIZE, BAD_SUBJECT,
    TEMPLATE_NOT_EXISTS, BAD_DATE.

    Args:
        body (EmailSend):

    Raises:
        AuthenticationError: 401 or 403, or a login that failed (``LoginError``).
        NotFoundError: 404.
        ValidationError: another 4xx, or a request refused before sending.
        RateLimitedError: 429 after the retries (``retry_after`` says how long to wait).
        ServerError: 5xx after the retries.
        TransportError: no usable answer (``RequestTimeoutError`` when it timed out).
        DecodingError: a 2xx the spec does not document, or a body that does not match it.

    Returns:
        Response[EmailSendResult]: the raw status, headers and content, and ``parsed``.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: EmailSend,
) -> EmailSendResult:
    """Send one email, or one to each of up to 50 recipients

     `to` is one address or a JSON array of at most 50 objects
    whose extra keys fill the template's custom fields (BAD_TO_SIZE beyond). Likely error
    literals (the documents list them for email as a whole, not per call):
    BAD_TEMPLATEID, BAD_FROM, FROM_NOT_VALIDATED, BAD_TO, BAD_TO_SIZE, BAD_SUBJECT,
    TEMPLATE_NOT_EXISTS, BAD_DATE.

    Args:
        body (EmailSend):

    Raises:
        AuthenticationError: 401 or 403, or a login that failed (``LoginError``).
        NotFoundError: 404.
        ValidationError: another 4xx, or a request refused before sending.
        RateLimitedError: 429 after the retries (``retry_after`` says how long to wait).
        ServerError: 5xx after the retries.
        TransportError: no usable answer (``RequestTimeoutError`` when it timed out).
        DecodingError: a 2xx the spec does not document, or a body that does not match it.

    Returns:
        EmailSendResult
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
