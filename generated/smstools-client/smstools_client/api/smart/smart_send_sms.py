# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
from http import HTTPStatus
from typing import Any

import httpx

from ..._runtime.call import CALL, Call, result
from ...client import AuthenticatedClient, Client
from ...models.encoding import Encoding
from ...models.send_result import SendResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    to: str | Unset = UNSET,
    group: str | Unset = UNSET,
    text: str,
    from_: str | Unset = UNSET,
    date: str | Unset = UNSET,
    transaction_id: str | Unset = UNSET,
    sandbox: bool | Unset = False,
    status_callback: str | Unset = UNSET,
    encoding: Encoding | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["to"] = to

    params["group"] = group

    params["text"] = text

    params["from"] = from_

    params["date"] = date

    params["transactionId"] = transaction_id

    params["sandbox"] = sandbox

    params["statusCallback"] = status_callback

    json_encoding: str | Unset = UNSET
    if not isinstance(encoding, Unset):
        json_encoding = encoding.value

    params["encoding"] = json_encoding

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/smart/sms/send",
        "params": params,
        "extensions": {CALL: _CALL},
    }

    return _kwargs


def _parse_success(response: httpx.Response) -> SendResult:
    if response.status_code == 200:
        response_200 = SendResult.from_dict(response.json())

        return response_200

    raise ValueError(f"HTTP {response.status_code} is not a documented success")


#: This operation as the runtime sees it: its name, its success parser and documented statuses.
_CALL: Call[SendResult] = Call("smart_send_sms", _parse_success, (200,))


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
    to: str | Unset = UNSET,
    group: str | Unset = UNSET,
    text: str,
    from_: str | Unset = UNSET,
    date: str | Unset = UNSET,
    transaction_id: str | Unset = UNSET,
    sandbox: bool | Unset = False,
    status_callback: str | Unset = UNSET,
    encoding: Encoding | Unset = UNSET,
) -> Response[SendResult]:
    """Send SMS with the keys in the query string

     The same parameters as /sms/send, in the query string, plus
    `authKey` and `authSecret`. A failed login is a 400 here, not a 401. The documentation gives
    the Smart API's path on the platform's own host; that it is served under the same base URL on
    api.smstools.it is an inference.

    Args:
        to (str | Unset): Comma-separated phone numbers (393481234567,393481234568), or a JSON
            array of recipient
            objects each with `msisdn`, whose other properties personalise the text.
        group (str | Unset): One id or comma-separated ids. Digits only, at most 18 (an inference:
            ids are numbers in every answer seen)
        text (str): The message; more than 160 characters are sent as concatenated SMS (up to 7
            per the newer
            documentation, up to 5 per the older English page). The limit of 1071 characters (7 parts
            of
            153 GSM characters) is an inference; the documents give no character count. May contain
            placeholders replaced per recipient (their syntax is not documented).
        from_ (str | Unset): A validated phone number or an alphanumeric sender of at most 11
            characters; default the
            profile's sender. Alphanumeric senders must be registered (see createAlias), otherwise
            they are
            replaced by a random numeric sender; with a numeric sender only GSM 7-bit text is
            supported.
            The allowed characters and the 3 to 16 digits of a numeric sender are an inference.
        date (str | Unset): yyyy-MM-dd'T'HH:mm:ssZ, a numeric offset without colon, e.g.
            2014-12-25T08:00:00+0200
        transaction_id (str | Unset):
        sandbox (bool | Unset):  Default: False.
        status_callback (str | Unset): A URL. That it must be http or https is an inference; the
            documents say only "URL".
        encoding (Encoding | Unset): 7BIT (standard GSM, 160 characters per SMS), UCS2 (non-ASCII,
            70 per SMS), AUTO (chosen from the text)

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
        to=to,
        group=group,
        text=text,
        from_=from_,
        date=date,
        transaction_id=transaction_id,
        sandbox=sandbox,
        status_callback=status_callback,
        encoding=encoding,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    to: str | Unset = UNSET,
    group: str | Unset = UNSET,
    text: str,
    from_: str | Unset = UNSET,
    date: str | Unset = UNSET,
    transaction_id: str | Unset = UNSET,
    sandbox: bool | Unset = False,
    status_callback: str | Unset = UNSET,
    encoding: Encoding | Unset = UNSET,
) -> SendResult:
    """Send SMS with the keys in the query string

     The same parameters as /sms/send, in the query string, plus
    `authKey` and `authSecret`. A failed login is a 400 here, not a 401. The documentation gives
    the Smart API's path on the platform's own host; that it is served under the same base URL on
    api.smstools.it is an inference.

    Args:
        to (str | Unset): Comma-separated phone numbers (393481234567,393481234568), or a JSON
            array of recipient
            objects each with `msisdn`, whose other properties personalise the text.
        group (str | Unset): One id or comma-separated ids. Digits only, at most 18 (an inference:
            ids are numbers in every answer seen)
        text (str): The message; more than 160 characters are sent as concatenated SMS (up to 7
            per the newer
            documentation, up to 5 per the older English page). The limit of 1071 characters (7 parts
            of
            153 GSM characters) is an inference; the documents give no character count. May contain
            placeholders replaced per recipient (their syntax is not documented).
        from_ (str | Unset): A validated phone number or an alphanumeric sender of at most 11
            characters; default the
            profile's sender. Alphanumeric senders must be registered (see createAlias), otherwise
            they are
            replaced by a random numeric sender; with a numeric sender only GSM 7-bit text is
            supported.
            The allowed characters and the 3 to 16 digits of a numeric sender are an inference.
        date (str | Unset): yyyy-MM-dd'T'HH:mm:ssZ, a numeric offset without colon, e.g.
            2014-12-25T08:00:00+0200
        transaction_id (str | Unset):
        sandbox (bool | Unset):  Default: False.
        status_callback (str | Unset): A URL. That it must be http or https is an inference; the
            documents say only "URL".
        encoding (Encoding | Unset): 7BIT (standard GSM, 160 characters per SMS), UCS2 (non-ASCII,
            70 per SMS), AUTO (chosen from the text)

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
        to=to,
        group=group,
        text=text,
        from_=from_,
        date=date,
        transaction_id=transaction_id,
        sandbox=sandbox,
        status_callback=status_callback,
        encoding=encoding,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    to: str | Unset = UNSET,
    group: str | Unset = UNSET,
    text: str,
    from_: str | Unset = UNSET,
    date: str | Unset = UNSET,
    transaction_id: str | Unset = UNSET,
    sandbox: bool | Unset = False,
    status_callback: str | Unset = UNSET,
    encoding: Encoding | Unset = UNSET,
) -> Response[SendResult]:
    """Send SMS with the keys in the query string

     The same parameters as /sms/send, in the query string, plus
    `authKey` and `authSecret`. A failed login is a 400 here, not a 401. The documentation gives
    the Smart API's path on the platform's own host; that it is served under the same base URL on
    api.smstools.it is an inference.

    Args:
        to (str | Unset): Comma-separated phone numbers (393481234567,393481234568), or a JSON
            array of recipient
            objects each with `msisdn`, whose other properties personalise the text.
        group (str | Unset): One id or comma-separated ids. Digits only, at most 18 (an inference:
            ids are numbers in every answer seen)
        text (str): The message; more than 160 characters are sent as concatenated SMS (up to 7
            per the newer
            documentation, up to 5 per the older English page). The limit of 1071 characters (7 parts
            of
            153 GSM characters) is an inference; the documents give no character count. May contain
            placeholders replaced per recipient (their syntax is not documented).
        from_ (str | Unset): A validated phone number or an alphanumeric sender of at most 11
            characters; default the
            profile's sender. Alphanumeric senders must be registered (see createAlias), otherwise
            they are
            replaced by a random numeric sender; with a numeric sender only GSM 7-bit text is
            supported.
            The allowed characters and the 3 to 16 digits of a numeric sender are an inference.
        date (str | Unset): yyyy-MM-dd'T'HH:mm:ssZ, a numeric offset without colon, e.g.
            2014-12-25T08:00:00+0200
        transaction_id (str | Unset):
        sandbox (bool | Unset):  Default: False.
        status_callback (str | Unset): A URL. That it must be http or https is an inference; the
            documents say only "URL".
        encoding (Encoding | Unset): 7BIT (standard GSM, 160 characters per SMS), UCS2 (non-ASCII,
            70 per SMS), AUTO (chosen from the text)

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
        to=to,
        group=group,
        text=text,
        from_=from_,
        date=date,
        transaction_id=transaction_id,
        sandbox=sandbox,
        status_callback=status_callback,
        encoding=encoding,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    to: str | Unset = UNSET,
    group: str | Unset = UNSET,
    text: str,
    from_: str | Unset = UNSET,
    date: str | Unset = UNSET,
    transaction_id: str | Unset = UNSET,
    sandbox: bool | Unset = False,
    status_callback: str | Unset = UNSET,
    encoding: Encoding | Unset = UNSET,
) -> SendResult:
    """Send SMS with the keys in the query string

     The same parameters as /sms/send, in the query string, plus
    `authKey` and `authSecret`. A failed login is a 400 here, not a 401. The documentation gives
    the Smart API's path on the platform's own host; that it is served under the same base URL on
    api.smstools.it is an inference.

    Args:
        to (str | Unset): Comma-separated phone numbers (393481234567,393481234568), or a JSON
            array of recipient
            objects each with `msisdn`, whose other properties personalise the text.
        group (str | Unset): One id or comma-separated ids. Digits only, at most 18 (an inference:
            ids are numbers in every answer seen)
        text (str): The message; more than 160 characters are sent as concatenated SMS (up to 7
            per the newer
            documentation, up to 5 per the older English page). The limit of 1071 characters (7 parts
            of
            153 GSM characters) is an inference; the documents give no character count. May contain
            placeholders replaced per recipient (their syntax is not documented).
        from_ (str | Unset): A validated phone number or an alphanumeric sender of at most 11
            characters; default the
            profile's sender. Alphanumeric senders must be registered (see createAlias), otherwise
            they are
            replaced by a random numeric sender; with a numeric sender only GSM 7-bit text is
            supported.
            The allowed characters and the 3 to 16 digits of a numeric sender are an inference.
        date (str | Unset): yyyy-MM-dd'T'HH:mm:ssZ, a numeric offset without colon, e.g.
            2014-12-25T08:00:00+0200
        transaction_id (str | Unset):
        sandbox (bool | Unset):  Default: False.
        status_callback (str | Unset): A URL. That it must be http or https is an inference; the
            documents say only "URL".
        encoding (Encoding | Unset): 7BIT (standard GSM, 160 characters per SMS), UCS2 (non-ASCII,
            70 per SMS), AUTO (chosen from the text)

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
        to=to,
        group=group,
        text=text,
        from_=from_,
        date=date,
        transaction_id=transaction_id,
        sandbox=sandbox,
        status_callback=status_callback,
        encoding=encoding,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_response(client=client, response=response)
