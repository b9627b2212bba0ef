# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ..._runtime.call import CALL, Call, result
from ...client import AuthenticatedClient, Client
from ...models.list_contact_create import ListContactCreate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    campaign_id: int,
    *,
    body: ListContactCreate,
    send_opt_in: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["SendOptIn"] = send_opt_in

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/list/{campaign_id}/contact".format(
            campaign_id=quote(str(campaign_id), safe=""),
        ),
        "params": params,
        "extensions": {CALL: _CALL},
    }

    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse_success(response: httpx.Response) -> None:
    if response.status_code == 201:
        return None

    raise ValueError(f"HTTP {response.status_code} is not a documented success")


#: This operation as the runtime sees it: its name, its success parser and documented statuses.
_CALL: Call[None] = Call("add_contact_to_list", _parse_success, (201,))


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    return result(_CALL, response)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[None]:
    _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=None,
    )


def sync_detailed(
    campaign_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ListContactCreate,
    send_opt_in: bool | Unset = False,
) -> Response[None]:
    """Registration of a contact to a list

     Creates a new contact entry and adds it onto the specified campaign.

    Args:
        campaign_id (int):
        send_opt_in (bool | Unset):  Default: False.
        body (ListContactCreate):

    Raises:
        AuthenticationError: 401 or 403, or a login that failed (``LoginError``).
        NotFoundError: 404.
        ValidationError: another 4xx, or a request refused before sending.
        RateLimitedError: 429 after the retries (``retry_after`` says how long to wait).
        ServerError: 5xx after the retries.
        TransportError: no usable answer (``RequestTimeoutError`` when it timed out).
        DecodingError: a 2xx the spec does not document, or a body that does not match it.

    Returns:
        Response[None]: the raw status, headers and content, and ``parsed``.
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        body=body,
        send_opt_in=send_opt_in,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    campaign_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ListContactCreate,
    send_opt_in: bool | Unset = False,
) -> None:
    """Registration of a contact to a list

     Creates a new contact entry and adds it onto the specified campaign.

    Args:
        campaign_id (int):
        send_opt_in (bool | Unset):  Default: False.
        body (ListContactCreate):

    Raises:
        AuthenticationError: 401 or 403, or a login that failed (``LoginError``).
        NotFoundError: 404.
        ValidationError: another 4xx, or a request refused before sending.
        RateLimitedError: 429 after the retries (``retry_after`` says how long to wait).
        ServerError: 5xx after the retries.
        TransportError: no usable answer (``RequestTimeoutError`` when it timed out).
        DecodingError: a 2xx the spec does not document, or a body that does not match it.

    Returns:
        None
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        body=body,
        send_opt_in=send_opt_in,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    _parse_response(client=client, response=response)


async def asyncio_detailed(
    campaign_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ListContactCreate,
    send_opt_in: bool | Unset = False,
) -> Response[None]:
    """Registration of a contact to a list

     Creates a new contact entry and adds it onto the specified campaign.

    Args:
        campaign_id (int):
        send_opt_in (bool | Unset):  Default: False.
        body (ListContactCreate):

    Raises:
        AuthenticationError: 401 or 403, or a login that failed (``LoginError``).
        NotFoundError: 404.
        ValidationError: another 4xx, or a request refused before sending.
        RateLimitedError: 429 after the retries (``retry_after`` says how long to wait).
        ServerError: 5xx after the retries.
        TransportError: no usable answer (``RequestTimeoutError`` when it timed out).
        DecodingError: a 2xx the spec does not document, or a body that does not match it.

    Returns:
        Response[None]: the raw status, headers and content, and ``parsed``.
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        body=body,
        send_opt_in=send_opt_in,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    campaign_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ListContactCreate,
    send_opt_in: bool | Unset = False,
) -> None:
    """Registration of a contact to a list

     Creates a new contact entry and adds it onto the specified campaign.

    Args:
        campaign_id (int):
        send_opt_in (bool | Unset):  Default: False.
        body (ListContactCreate):

    Raises:
        AuthenticationError: 401 or 403, or a login that failed (``LoginError``).
        NotFoundError: 404.
        ValidationError: another 4xx, or a request refused before sending.
        RateLimitedError: 429 after the retries (``retry_after`` says how long to wait).
        ServerError: 5xx after the retries.
        TransportError: no usable answer (``RequestTimeoutError`` when it timed out).
        DecodingError: a 2xx the spec does not document, or a body that does not match it.

    Returns:
        None
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        body=body,
        send_opt_in=send_opt_in,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    _parse_response(client=client, response=response)
