"""Schemathesis hooks for the contract tests, loaded with SCHEMATHESIS_HOOKS=tests.schemathesis_hooks.

Authentication is generic: the hook authorises each generated request with the generated client's
own auth (the first flow of ``<module>._runtime.provider``) and the mock's demo credentials, both
found through the provider table, so every provider is authenticated exactly as its client does it:
login headers, Basic auth, or keys in the query string, per the operation's security requirement.
"""

from __future__ import annotations

import importlib
import os
import threading
from typing import Any

import defusedxml.ElementTree
import httpx
import schemathesis
from sms_mocks.xml import from_xml

from tools.providers import get_provider

PROVIDER = get_provider(os.environ["CONTRACT_PROVIDER"])
BASE_URL = os.environ["CONTRACT_BASE_URL"]


@schemathesis.deserializer("text/plain")
def plain_text(ctx: Any, response: Any) -> str:
    """Text bodies (smSend's `USER_KEY;SESSION_KEY` login answer) are validated as strings."""
    text: str = response.content.decode(response.encoding or "utf-8")
    return text


@schemathesis.deserializer("application/xml")
def xml_body(ctx: Any, response: Any) -> Any:
    """XML bodies, parsed with a hardened parser, back into the JSON value they encode."""
    return from_xml(defusedxml.ElementTree.fromstring(response.content))


#: where every call's operation and status go, one line each, for the success-path report of
#: tests/test_contract.py (unset: nothing is recorded).
CALLS = os.environ.get("CONTRACT_CALLS")
_CALLS_LOCK = threading.Lock()


@schemathesis.hook
def after_call(context: Any, case: Any, response: Any) -> None:
    """Record which operation was called and what it answered, in every phase."""
    if CALLS:
        line = f"{case.operation.method.upper()} {case.operation.path} {response.status_code}\n"
        with _CALLS_LOCK, open(CALLS, "a", encoding="utf-8") as calls:
            calls.write(line)


@schemathesis.hook
def map_query(context: Any, query: dict[str, Any] | None) -> dict[str, Any] | None:
    """Give every generated query parameter a wire form: a value of None or [] would be dropped by
    the HTTP client, so a negative case "unknown parameter" would reach the mock without its
    violation and look like a valid request wrongly accepted. An empty value keeps the parameter."""
    if not query:
        return query
    return {name: "" if value is None or value == [] else value for name, value in query.items()}


@schemathesis.auth()
class ProviderAuth:
    """Authorise every generated request as the generated client would."""

    def __init__(self) -> None:
        flows = importlib.import_module(f"{PROVIDER.module}._runtime.provider")
        credentials = importlib.import_module(PROVIDER.mock.partition(":")[0]).DEMO_LOGIN
        self.auth = getattr(flows, f"{flows.FLOWS[0]}_auth")(BASE_URL, **credentials)
        self.client = httpx.Client(timeout=10, verify=False)  # loopback only; the mock's test certificate

    def get(self, case: Any, context: Any) -> Any:
        # The auth object keeps the first login's answer for the whole run: a fuzzed password reset
        # may change the password the mock checks, and must not lock the run out.
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
