# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ..._runtime.call import CALL, Call, result
from ...client import AuthenticatedClient, Client
from ...models.subaccount_write import SubaccountWrite
from ...types import UNSET, Response, Unset


def _get_kwargs(
    subaccount_id: int,
    *,
    body: SubaccountWrite,
    lock_subaccount: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["lock-subaccount"] = lock_subaccount

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/subaccount/{subaccount_id}".format(
            subaccount_id=quote(str(subaccount_id), safe=""),
        ),
        "params": params,
        "extensions": {CALL: _CALL},
    }

    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse_success(response: httpx.Response) -> None:
    if response.status_code == 200:
        return None

    raise ValueError(f"HTTP {response.status_code} is not a documented success")


#: This operation as the runtime sees it: its name, its success parser and documented statuses.
_CALL: Call[None] = Call("edit_subaccount", _parse_success, (200,))


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
    subaccount_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: SubaccountWrite,
    lock_subaccount: bool | Unset = False,
) -> Response[None]:
    """Edit subaccount

     Edits the subaccount identified by the given subaccount_id. Calling user must be a superaccount.

    Args:
        subaccount_id (int):
        lock_subaccount (bool | Unset):  Default: False.
        body (SubaccountWrite): company-name and piva are "Yes (if company=true)", and company
            defaults to true. That address,
            cell, city, name, province, surname and zip-code are not empty is an inference: the
            document
            says only that they are required.

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
        subaccount_id=subaccount_id,
        body=body,
        lock_subaccount=lock_subaccount,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    subaccount_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: SubaccountWrite,
    lock_subaccount: bool | Unset = False,
) -> None:
    """Edit subaccount

     Edits the subaccount identified by the given subaccount_id. Calling user must be a superaccount.

    Args:
        subaccount_id (int):
        lock_subaccount (bool | Unset):  Default: False.
        body (SubaccountWrite): company-name and piva are "Yes (if company=true)", and company
            defaults to true. That address,
            cell, city, name, province, surname and zip-code are not empty is an inference: the
            document
            says only that they are required.

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
        subaccount_id=subaccount_id,
        body=body,
        lock_subaccount=lock_subaccount,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    _parse_response(client=client, response=response)


async def asyncio_detailed(
    subaccount_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: SubaccountWrite,
    lock_subaccount: bool | Unset = False,
) -> Response[None]:
    """Edit subaccount

     Edits the subaccount identified by the given subaccount_id. Calling user must be a superaccount.

    Args:
        subaccount_id (int):
        lock_subaccount (bool | Unset):  Default: False.
        body (SubaccountWrite): company-name and piva are "Yes (if company=true)", and company
            defaults to true. That address,
            cell, city, name, province, surname and zip-code are not empty is an inference: the
            document
            says only that they are required.

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
        subaccount_id=subaccount_id,
        body=body,
        lock_subaccount=lock_subaccount,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    subaccount_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: SubaccountWrite,
    lock_subaccount: bool | Unset = False,
) -> None:
    """Edit subaccount

     Edits the subaccount identified by the given subaccount_id. Calling user must be a superaccount.

    Args:
        subaccount_id (int):
        lock_subaccount (bool | Unset):  Default: False.
        body (SubaccountWrite): company-name and piva are "Yes (if company=true)", and company
            defaults to true. That address,
            cell, city, name, province, surname and zip-code are not empty is an inference: the
            document
            says only that they are required.

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
        subaccount_id=subaccount_id,
        body=body,
        lock_subaccount=lock_subaccount,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    _parse_response(client=client, response=response)
