# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.email_send import EmailSend
from ...models.email_send_result import EmailSendResult
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    *,
    body: EmailSend,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/email/send",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmailSendResult | Error | None:
    if response.status_code == 200:
        response_200 = EmailSendResult.from_dict(response.json())

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
) -> Response[EmailSendResult | Error]:
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
) -> Response[EmailSendResult | Error]:
    """Send one email, or one to each of up to 50 recipients

     `to` is one address or a JSON array of at most 50 objects
    whose extra keys fill the template's custom fields (BAD_TO_SIZE beyond). Likely error
    literals (the documents list them for email as a whole, not per call):
    BAD_TEMPLATEID, BAD_FROM, FROM_NOT_VALIDATED, BAD_TO, BAD_TO_SIZE, BAD_SUBJECT,
    TEMPLATE_NOT_EXISTS, BAD_DATE.

    Args:
        body (EmailSend):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailSendResult | Error]
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
) -> EmailSendResult | Error | None:
    """Send one email, or one to each of up to 50 recipients

     `to` is one address or a JSON array of at most 50 objects
    whose extra keys fill the template's custom fields (BAD_TO_SIZE beyond). Likely error
    literals (the documents list them for email as a whole, not per call):
    BAD_TEMPLATEID, BAD_FROM, FROM_NOT_VALIDATED, BAD_TO, BAD_TO_SIZE, BAD_SUBJECT,
    TEMPLATE_NOT_EXISTS, BAD_DATE.

    Args:
        body (EmailSend):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailSendResult | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EmailSend,
) -> Response[EmailSendResult | Error]:
    """Send one email, or one to each of up to 50 recipients

     `to` is one address or a JSON array of at most 50 objects
    whose extra keys fill the template's custom fields (BAD_TO_SIZE beyond). Likely error
    literals (the documents list them for email as a whole, not per call):
    BAD_TEMPLATEID, BAD_FROM, FROM_NOT_VALIDATED, BAD_TO, BAD_TO_SIZE, BAD_SUBJECT,
    TEMPLATE_NOT_EXISTS, BAD_DATE.

    Args:
        body (EmailSend):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailSendResult | Error]
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
) -> EmailSendResult | Error | None:
    """Send one email, or one to each of up to 50 recipients

     `to` is one address or a JSON array of at most 50 objects
    whose extra keys fill the template's custom fields (BAD_TO_SIZE beyond). Likely error
    literals (the documents list them for email as a whole, not per call):
    BAD_TEMPLATEID, BAD_FROM, FROM_NOT_VALIDATED, BAD_TO, BAD_TO_SIZE, BAD_SUBJECT,
    TEMPLATE_NOT_EXISTS, BAD_DATE.

    Args:
        body (EmailSend):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailSendResult | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
