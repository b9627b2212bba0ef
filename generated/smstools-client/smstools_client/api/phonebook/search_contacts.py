# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ..._runtime.call import CALL, Call, result
from ...client import AuthenticatedClient, Client
from ...models.contact_page import ContactPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    name: str | Unset = UNSET,
    msisdn: str | Unset = UNSET,
    email: str | Unset = UNSET,
    field_key: str | Unset = UNSET,
    field_value: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["name"] = name

    params["msisdn"] = msisdn

    params["email"] = email

    params["fieldKey"] = field_key

    params["fieldValue"] = field_value

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/phonebook/contact/search",
        "params": params,
        "extensions": {CALL: _CALL},
    }

    return _kwargs


def _parse_success(response: httpx.Response) -> ContactPage:
    if response.status_code == 200:
        response_200 = ContactPage.from_dict(response.json())

        return response_200

    raise ValueError(f"HTTP {response.status_code} is not a documented success")


#: This operation as the runtime sees it: its name, its success parser and documented statuses.
_CALL: Call[ContactPage] = Call("search_contacts", _parse_success, (200,))


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ContactPage:
    return result(_CALL, response)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ContactPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    name: str | Unset = UNSET,
    msisdn: str | Unset = UNSET,
    email: str | Unset = UNSET,
    field_key: str | Unset = UNSET,
    field_value: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
) -> Response[ContactPage]:
    """Search contacts (all contacts, paginated, without filters)

     `fieldKey` and `fieldValue` filter on a custom field and go together.

    Args:
        name (str | Unset):
        msisdn (str | Unset): A phone number in international format without + or 00, e.g.
            393481234567. The length of 7 to 15 digits is an inference (the E.164 maximum); the
            documents give none.
        email (str | Unset):
        field_key (str | Unset):
        field_value (str | Unset):
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
        Response[ContactPage]: the raw status, headers and content, and ``parsed``.
    """

    kwargs = _get_kwargs(
        name=name,
        msisdn=msisdn,
        email=email,
        field_key=field_key,
        field_value=field_value,
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
    name: str | Unset = UNSET,
    msisdn: str | Unset = UNSET,
    email: str | Unset = UNSET,
    field_key: str | Unset = UNSET,
    field_value: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
) -> ContactPage:
    """Search contacts (all contacts, paginated, without filters)

     `fieldKey` and `fieldValue` filter on a custom field and go together.

    Args:
        name (str | Unset):
        msisdn (str | Unset): A phone number in international format without + or 00, e.g.
            393481234567. The length of 7 to 15 digits is an inference (the E.164 maximum); the
            documents give none.
        email (str | Unset):
        field_key (str | Unset):
        field_value (str | Unset):
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
        ContactPage
    """

    kwargs = _get_kwargs(
        name=name,
        msisdn=msisdn,
        email=email,
        field_key=field_key,
        field_value=field_value,
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
    name: str | Unset = UNSET,
    msisdn: str | Unset = UNSET,
    email: str | Unset = UNSET,
    field_key: str | Unset = UNSET,
    field_value: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
) -> Response[ContactPage]:
    """Search contacts (all contacts, paginated, without filters)

     `fieldKey` and `fieldValue` filter on a custom field and go together.

    Args:
        name (str | Unset):
        msisdn (str | Unset): A phone number in international format without + or 00, e.g.
            393481234567. The length of 7 to 15 digits is an inference (the E.164 maximum); the
            documents give none.
        email (str | Unset):
        field_key (str | Unset):
        field_value (str | Unset):
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
        Response[ContactPage]: the raw status, headers and content, and ``parsed``.
    """

    kwargs = _get_kwargs(
        name=name,
        msisdn=msisdn,
        email=email,
        field_key=field_key,
        field_value=field_value,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    name: str | Unset = UNSET,
    msisdn: str | Unset = UNSET,
    email: str | Unset = UNSET,
    field_key: str | Unset = UNSET,
    field_value: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
) -> ContactPage:
    """Search contacts (all contacts, paginated, without filters)

     `fieldKey` and `fieldValue` filter on a custom field and go together.

    Args:
        name (str | Unset):
        msisdn (str | Unset): A phone number in international format without + or 00, e.g.
            393481234567. The length of 7 to 15 digits is an inference (the E.164 maximum); the
            documents give none.
        email (str | Unset):
        field_key (str | Unset):
        field_value (str | Unset):
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
        ContactPage
    """

    kwargs = _get_kwargs(
        name=name,
        msisdn=msisdn,
        email=email,
        field_key=field_key,
        field_value=field_value,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
