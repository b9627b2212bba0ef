# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ..._runtime.call import CALL, Call, result
from ...client import AuthenticatedClient, Client
from ...models.contact import Contact
from ...models.contact_create import ContactCreate
from ...types import Response


def _get_kwargs(
    *,
    body: ContactCreate,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/phonebook/contact",
        "extensions": {CALL: _CALL},
    }

    _kwargs["data"] = body.to_dict()

    return _kwargs


def _parse_success(response: httpx.Response) -> Contact:
    if response.status_code == 200:
        response_200 = Contact.from_dict(response.json())

        return response_200

    raise ValueError(f"HTTP {response.status_code} is not a documented success")


#: This operation as the runtime sees it: its name, its success parser and documented statuses.
_CALL: Call[Contact] = Call("create_contact", _parse_success, (200,))


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Contact:
    return result(_CALL, response)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Contact]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactCreate,
) -> Response[Contact]:
    """Create a contact

     `customFieldUniqueKey` names the field that identifies a
    duplicate (default `msisdn`); a second contact with the same value answers
    CONTACT_ALREADY_EXISTS. Custom fields travel as extra form fields named by their key. Error
    literals: BAD_CONTACT_NAME, BAD_CONTACT_LASTNAME, BAD_CONTACT_GROUP, BAD_CONTACT_MSISDN,
    BAD_CONTACT_EMAIL, BAD_CONTACT_COUNTRY, CONTACT_ALREADY_EXISTS, BAD_FIELD_UNIQUE_KEY,
    BAD_FIELD_VALUE, BAD_MATCH_POLICY.

    Args:
        body (ContactCreate):

    Raises:
        AuthenticationError: 401 or 403, or a login that failed (``LoginError``).
        NotFoundError: 404.
        ValidationError: another 4xx, or a request refused before sending.
        RateLimitedError: 429 after the retries (``retry_after`` says how long to wait).
        ServerError: 5xx after the retries.
        TransportError: no usable answer (``RequestTimeoutError`` when it timed out).
        DecodingError: a 2xx the spec does not document, or a body that does not match it.

    Returns:
        Response[Contact]: the raw status, headers and content, and ``parsed``.
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
    body: ContactCreate,
) -> Contact:
    """Create a contact

     `customFieldUniqueKey` names the field that identifies a
    duplicate (default `msisdn`); a second contact with the same value answers
    CONTACT_ALREADY_EXISTS. Custom fields travel as extra form fields named by their key. Error
    literals: BAD_CONTACT_NAME, BAD_CONTACT_LASTNAME, BAD_CONTACT_GROUP, BAD_CONTACT_MSISDN,
    BAD_CONTACT_EMAIL, BAD_CONTACT_COUNTRY, CONTACT_ALREADY_EXISTS, BAD_FIELD_UNIQUE_KEY,
    BAD_FIELD_VALUE, BAD_MATCH_POLICY.

    Args:
        body (ContactCreate):

    Raises:
        AuthenticationError: 401 or 403, or a login that failed (``LoginError``).
        NotFoundError: 404.
        ValidationError: another 4xx, or a request refused before sending.
        RateLimitedError: 429 after the retries (``retry_after`` says how long to wait).
        ServerError: 5xx after the retries.
        TransportError: no usable answer (``RequestTimeoutError`` when it timed out).
        DecodingError: a 2xx the spec does not document, or a body that does not match it.

    Returns:
        Contact
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
    body: ContactCreate,
) -> Response[Contact]:
    """Create a contact

     `customFieldUniqueKey` names the field that identifies a
    duplicate (default `msisdn`); a second contact with the same value answers
    CONTACT_ALREADY_EXISTS. Custom fields travel as extra form fields named by their key. Error
    literals: BAD_CONTACT_NAME, BAD_CONTACT_LASTNAME, BAD_CONTACT_GROUP, BAD_CONTACT_MSISDN,
    BAD_CONTACT_EMAIL, BAD_CONTACT_COUNTRY, CONTACT_ALREADY_EXISTS, BAD_FIELD_UNIQUE_KEY,
    BAD_FIELD_VALUE, BAD_MATCH_POLICY.

    Args:
        body (ContactCreate):

    Raises:
        AuthenticationError: 401 or 403, or a login that failed (``LoginError``).
        NotFoundError: 404.
        ValidationError: another 4xx, or a request refused before sending.
        RateLimitedError: 429 after the retries (``retry_after`` says how long to wait).
        ServerError: 5xx after the retries.
        TransportError: no usable answer (``RequestTimeoutError`` when it timed out).
        DecodingError: a 2xx the spec does not document, or a body that does not match it.

    Returns:
        Response[Contact]: the raw status, headers and content, and ``parsed``.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ContactCreate,
) -> Contact:
    """Create a contact

     `customFieldUniqueKey` names the field that identifies a
    duplicate (default `msisdn`); a second contact with the same value answers
    CONTACT_ALREADY_EXISTS. Custom fields travel as extra form fields named by their key. Error
    literals: BAD_CONTACT_NAME, BAD_CONTACT_LASTNAME, BAD_CONTACT_GROUP, BAD_CONTACT_MSISDN,
    BAD_CONTACT_EMAIL, BAD_CONTACT_COUNTRY, CONTACT_ALREADY_EXISTS, BAD_FIELD_UNIQUE_KEY,
    BAD_FIELD_VALUE, BAD_MATCH_POLICY.

    Args:
        body (ContactCreate):

    Raises:
        AuthenticationError: 401 or 403, or a login that failed (``LoginError``).
        NotFoundError: 404.
        ValidationError: another 4xx, or a request refused before sending.
        RateLimitedError: 429 after the retries (``retry_after`` says how long to wait).
        ServerError: 5xx after the retries.
        TransportError: no usable answer (``RequestTimeoutError`` when it timed out).
        DecodingError: a 2xx the spec does not document, or a body that does not match it.

    Returns:
        Contact
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
