"""The hand-off between a generated endpoint module and the runtime: one typed object per operation.

Why: the runtime must know which operation a request belongs to (to raise the right error, retry
only what is safe, reconcile a send) and must check a success answer against the spec before it
reaches the caller. Each generated endpoint module (tools/templates/endpoint_module.py.jinja)
therefore declares a :class:`Call` holding its operation's name and its success parser, puts it in
the request's httpx ``extensions`` and, in ``_parse_response``, asks :func:`result` for the checked
value. Nothing patches a generated module and no request made by generated code is matched by path.

The parse happens once: a runtime client (:mod:`.resilient`) parses a success answer while deciding
whether to retry, keeps the value on the response, and :func:`result` hands it over. A response
that did not pass through a runtime client (a plain generated ``Client``) is checked here instead,
with the same typed errors.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, NamedTuple, TypeVar, cast

import httpx

from .errors import DecodingError, ErrorShape, error_for_response

__all__ = ["CALL", "PARSED", "Call", "checked_parse", "result"]

T = TypeVar("T")

#: the request extension holding the :class:`Call` of the generated function that built the request.
CALL = "sms_call"
#: the response extension holding the success value a runtime client has already parsed.
PARSED = "sms_parsed"


class Call(NamedTuple, Generic[T]):
    """What a generated endpoint module declares about its operation.

    ``name`` is the operation's Python name (the snake_case operationId, which is also the module's
    name); ``parse`` turns a documented success answer into the success model; ``success`` lists the
    2xx statuses the spec documents.
    """

    name: str
    parse: Callable[[httpx.Response], T]
    success: tuple[int, ...]


def checked_parse(call: Call[T], response: httpx.Response, operation: str = "") -> T:
    """``call.parse(response)``, or :class:`.DecodingError` naming the operation and the problem."""
    name = operation or call.name
    if response.status_code not in call.success:
        documented = ", ".join(map(str, call.success))
        raise DecodingError(
            f"{name}: the provider accepted the request with HTTP {response.status_code}, "
            f"which the spec does not document (documented: {documented})",
            operation=name,
            status_code=response.status_code,
            response=response,
            may_have_been_sent=True,
        )
    try:
        return call.parse(response)
    except KeyError as exc:
        problem = f"required field {exc.args[0]!r} is missing"
    except (ValueError, TypeError, AttributeError) as exc:
        problem = f"{type(exc).__name__}: {exc}"
    raise DecodingError(
        f"{name}: HTTP {response.status_code} answer does not match the spec: {problem}",
        operation=name,
        status_code=response.status_code,
        response=response,
        may_have_been_sent=True,
    )


def result(call: Call[T], response: httpx.Response) -> T:
    """The success value of ``response``; raises the runtime's typed errors otherwise.

    Called by every generated ``_parse_response``. A runtime client has parsed the answer already
    (the value waits in the response's extensions); any other response is checked here: an error
    status raises its :class:`.ApiError` subclass, an undocumented or malformed success raises
    :class:`.DecodingError`.
    """
    if PARSED in response.extensions:
        return cast(T, response.extensions[PARSED])
    if not response.is_success:
        raise error_for_response(response, operation=call.name, shape=ErrorShape())
    return checked_parse(call, response)
