"""Schemathesis hooks of ``sms-contract``, loaded in its child process (``SCHEMATHESIS_HOOKS``).

Configured by one environment variable (:data:`sms_mocks.contract.runner.CONFIG_VARIABLE`, JSON):
the provider, base URL, credentials, the generated client to authenticate with, the operations a
read-only run must never call, the request budget and where to record calls.

Authentication is generic: each generated request is authorised with the generated client's own
auth (the first flow of ``<client module>._runtime.provider``), so every provider is authenticated
exactly as its client does it: login headers, Basic auth, or keys in the query string, per the
operation's security requirement.

Two guards run before every request, whatever phase, link or check produced it: an operation the
run left out as a write is refused (the run is filtered to the allowed operations already; this
makes a stateful link to a write impossible too), and no request is sent past the budget.
(schemathesis's two probes of the base URL at start, plain GETs, come before the hooks and are not
counted.)
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable
from typing import Any

import defusedxml.ElementTree  # type: ignore[import-untyped]  # no stubs are published with it
import httpx
import schemathesis
from schemathesis.transport.requests import RequestsTransport

from sms_mocks.contract.runner import CONFIG_VARIABLE, client_runtime, without_framing
from sms_mocks.xml import from_xml

CONFIG: dict[str, Any] = json.loads(os.environ[CONFIG_VARIABLE])
BASE_URL: str = CONFIG["base_url"]
#: operationId -> why it is left out; never called.
REFUSE: dict[str, str] = CONFIG["refuse"]
MAX_REQUESTS: int = CONFIG["max_requests"]
#: where every call's operation and status go, one line each (empty: nothing is recorded).
CALLS: str = CONFIG.get("calls") or ""
_LOCK = threading.Lock()
_sent = 0


class RequestRefused(RuntimeError):
    """A request sms-contract will not send: a write in a read-only run, or one past the budget."""


@schemathesis.deserializer("text/plain")
def plain_text(ctx: Any, response: Any) -> str:
    """Text bodies (smSend's `USER_KEY;SESSION_KEY` login answer) are validated as strings."""
    text: str = response.content.decode(response.encoding or "utf-8")
    return text


@schemathesis.deserializer("application/xml")
def xml_body(ctx: Any, response: Any) -> Any:
    """XML bodies, parsed with a hardened parser, back into the JSON value they encode."""
    return from_xml(defusedxml.ElementTree.fromstring(response.content))


def _guarded(send: Callable[..., Any]) -> Callable[..., Any]:
    def guarded_send(transport: Any, case: Any, **kwargs: Any) -> Any:
        """Refuse a left-out write and anything past the request budget, before it is sent."""
        global _sent
        op_id = case.operation.definition.raw.get("operationId", "")
        if op_id in REFUSE:
            raise RequestRefused(f"{op_id} is left out of this run: {REFUSE[op_id]}")
        with _LOCK:
            if _sent >= MAX_REQUESTS:
                raise RequestRefused(f"the budget of {MAX_REQUESTS} requests is spent (--max-requests)")
            _sent += 1
        return send(transport, case, **kwargs)

    return guarded_send


# Why the transport and not a `before_call` hook: some checks send follow-up requests of their own
# (the same operation without credentials, a control request) that bypass the hooks; every request
# of a run, those included, goes through this one method.
RequestsTransport.send = _guarded(RequestsTransport.send)  # type: ignore[method-assign]


@schemathesis.hook
def after_call(context: Any, case: Any, response: Any) -> None:
    """Record which operation was called and what it answered, in every phase."""
    if CALLS:
        line = f"{case.operation.method.upper()} {case.operation.path} {response.status_code}\n"
        with _LOCK, open(CALLS, "a", encoding="utf-8") as calls:
            calls.write(line)


@schemathesis.hook
def map_query(context: Any, query: dict[str, Any] | None) -> dict[str, Any] | None:
    """Give every generated query parameter a wire form: a value of None or [] would be dropped by
    the HTTP client, so a negative case "unknown parameter" would reach the server without its
    violation and look like a valid request wrongly accepted. An empty value keeps the parameter."""
    if not query:
        return query
    return {name: "" if value is None or value == [] else value for name, value in query.items()}


@schemathesis.hook
def map_headers(context: Any, headers: dict[str, Any] | None) -> dict[str, Any] | None:
    """Leave HTTP's framing headers to the HTTP client (see runner.FRAMING_HEADERS): a generated
    ``Content-Length`` is refused by the server's HTTP layer, not by the API under test."""
    return without_framing(headers)


@schemathesis.auth()
class ProviderAuth:
    """Authorise every generated request as the generated client would."""

    def __init__(self) -> None:
        flows = client_runtime(CONFIG["client_module"])
        self.auth = getattr(flows, f"{flows.FLOWS[0]}_auth")(BASE_URL, **CONFIG["credentials"])
        self.client = httpx.Client(timeout=30, verify=CONFIG["tls_verify"])

    def get(self, case: Any, context: Any) -> Any:
        # The auth object keeps the first login's answer for the whole run: a fuzzed password reset
        # may change the password the server checks, and must not lock the run out.
        return self.auth

    def set(self, case: Any, data: Any, context: Any) -> None:
        request = httpx.Request(case.method, BASE_URL + case.formatted_path, params=case.query or {})
        before = set(request.headers.raw)
        data.authorise(self.client, request)
        # The auth's values always win over what schemathesis generated for security schemes:
        # random values would make every authenticated case a 401 and leave successes untested.
        # Raw headers keep their exact names (smSend's Session_key is not session_key).
        added = {name.decode(): value.decode() for name, value in request.headers.raw if (name, value) not in before}
        case.headers = {**(case.headers or {}), **added}
        case.query = {**(case.query or {}), **dict(request.url.params)}
