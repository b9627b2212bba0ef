# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_page import ContactPage
from ...models.error import Error
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
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ContactPage | Error | None:
    if response.status_code == 200:
        response_200 = ContactPage.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ContactPage | Error]:
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
) -> Response[ContactPage | Error]:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactPage | Error]
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
) -> ContactPage | Error | None:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactPage | Error
    """

    return sync_detailed(
        client=client,
        name=name,
        msisdn=msisdn,
        email=email,
        field_key=field_key,
        field_value=field_value,
        offset=offset,
        limit=limit,
    ).parsed


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
) -> Response[ContactPage | Error]:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactPage | Error]
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
) -> ContactPage | Error | None:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactPage | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            name=name,
            msisdn=msisdn,
            email=email,
            field_key=field_key,
            field_value=field_value,
            offset=offset,
            limit=limit,
        )
    ).parsed
