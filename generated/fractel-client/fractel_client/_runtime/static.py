# generated from runtime/static.py by tools/generate.py (openapi-python-client 0.29.1); do not edit
"""Authenticate every request with fixed credentials, as each operation's security requirement says.

Why: openapi-python-client ignores ``securitySchemes``, yet a provider such as Smstools uses HTTP
Basic for most operations and two query-string keys for others. The generator turns the resolved
spec into a :class:`StaticSpec` (which scheme each operation needs, and how each scheme carries
the credentials) and this ``httpx.Auth`` applies it, so the generated operation functions need no
credential parameters and no provider code exists here.
"""

from __future__ import annotations

import base64
from collections.abc import Generator, Mapping
from typing import Any, NamedTuple

import httpx

from .call import CALL, Call
from .login import LoginError, register_query_secrets
from .paths import path_pattern

__all__ = ["SchemeUse", "StaticAuth", "StaticSpec", "check_https"]


class SchemeUse(NamedTuple):
    """How one security scheme carries a credential: ``basic``, or an API key in a ``header``/``query``."""

    kind: str
    name: str = ""
    #: template over the credentials: the key's value, or the Basic username.
    value: str = ""
    #: template of the Basic password.
    password: str = ""


class StaticSpec(NamedTuple):
    """Generated from ``x-sms-auth`` and the resolved spec's security requirements."""

    credentials: tuple[str, ...]
    schemes: Mapping[str, SchemeUse]
    #: schemes of the spec's global security requirement.
    default: tuple[str, ...]
    #: (METHOD, path template, schemes) for every operation whose requirement differs from the default.
    operations: tuple[tuple[str, str, tuple[str, ...]], ...] = ()
    #: headers sent on every request unless the caller sets them (httpx's default ``Accept: */*``
    #: is not the caller's choice and is replaced).
    headers: Mapping[str, str] = {}
    https_only: bool = False
    #: the same exceptions by operation Python name, for requests tagged with their :class:`.call.Call`.
    named: Mapping[str, tuple[str, ...]] = {}

    def schemes_for(self, method: str, path: str) -> tuple[str, ...]:
        """By method and path: only for requests without a Call (the runtime's own lookups)."""
        for route_method, template, schemes in self.operations:
            if route_method == method and path_pattern(template).fullmatch(path):
                return schemes
        return self.default


def check_https(base_url: str, allow_insecure_http: bool) -> None:
    """Refuse a plain-http base URL for an HTTPS-only provider unless explicitly allowed."""
    if httpx.URL(base_url).scheme != "https" and not allow_insecure_http:
        raise ValueError(
            f"refusing base URL {base_url!r}: this provider only accepts HTTPS, and the credentials "
            "would cross the network in clear text; pass allow_insecure_http=True for a local mock"
        )


class _Plan(NamedTuple):
    """What one operation's requirement adds to a request: headers to set, query parameters to add."""

    headers: tuple[tuple[str, str], ...]
    params: tuple[tuple[str, str], ...]


class StaticAuth(httpx.Auth):
    """Adds the credentials each request's operation needs; never shows them in its repr."""

    def __init__(self, spec: StaticSpec, base_url: str, credentials: Mapping[str, str]) -> None:
        missing = sorted(set(spec.credentials) - set(credentials))
        if missing:
            raise TypeError(f"missing credentials: {', '.join(missing)}")
        self._spec = spec
        self._base_path = httpx.URL(base_url).path.rstrip("/")
        self._values = {name: credentials[name] for name in spec.credentials}
        register_query_secrets(use.name for use in spec.schemes.values() if use.kind == "query")
        # The credentials are fixed, so what each operation adds is worked out once, not per request:
        # the headers to set and the query parameters to add, for the default requirement and for
        # each operation named in the spec's exceptions.
        self._carried = {scheme: self._carry(use) for scheme, use in spec.schemes.items()}
        self._defaults = tuple((name, name.lower().encode("ascii"), value) for name, value in spec.headers.items())
        self._plans: dict[tuple[str, ...], _Plan] = {}
        self._default_plan = self._plan(spec.default)
        self._named = {name: self._plan(schemes) for name, schemes in spec.named.items()}

    def __repr__(self) -> str:
        return f"StaticAuth(credentials=<{', '.join(self._spec.credentials)}: redacted>)"

    def _fill(self, template: str) -> str:
        return template.format_map(self._values)

    def _carry(self, use: SchemeUse) -> tuple[str, str, str]:
        if use.kind == "basic":
            pair = f"{self._fill(use.value)}:{self._fill(use.password)}".encode()
            return "header", "Authorization", "Basic " + base64.b64encode(pair).decode("ascii")
        if use.kind == "header":
            value = self._fill(use.value)
            if "\r" in value or "\n" in value:
                raise ValueError(f"the credential for header {use.name!r} contains CR or LF")
            return "header", use.name, value
        if use.kind == "query":
            return "query", use.name, self._fill(use.value)
        raise LoginError(f"unknown security scheme kind {use.kind!r}")

    def _plan(self, schemes: tuple[str, ...]) -> _Plan:
        """The headers and query parameters that ``schemes`` add, in the schemes' order."""
        plan = self._plans.get(schemes)
        if plan is None:
            carried = [self._carried[scheme] for scheme in schemes]
            headers = tuple((name, value) for where, name, value in carried if where == "header")
            params = tuple((name, value) for where, name, value in carried if where != "header")
            plan = self._plans[schemes] = _Plan(headers, params)
        return plan

    def apply(self, request: httpx.Request) -> None:
        """Add the default headers and the credentials of the request's operation, in place."""
        if self._defaults:
            present: dict[bytes, bytes] = {}  # one pass over the headers instead of one search per default
            for raw_key, raw_value in request.headers.raw:
                key = raw_key.lower()
                present[key] = present[key] + b", " + raw_value if key in present else raw_value
            for name, lowered, value in self._defaults:
                if present.get(lowered, b"*/*") == b"*/*":  # absent, or httpx's own default Accept
                    request.headers[name] = value
        call: Call[Any] | None = request.extensions.get(CALL)
        if call is not None:
            plan = self._named.get(call.name, self._default_plan)
        else:
            path = request.url.path
            path = path[len(self._base_path) :] if path.startswith(self._base_path) else path
            plan = self._plan(self._spec.schemes_for(request.method, path or "/"))
        for header, credential in plan.headers:
            request.headers[header] = credential
        for param, credential in plan.params:
            request.url = request.url.copy_set_param(param, credential)

    def authorise(self, client: httpx.Client, request: httpx.Request) -> None:
        """The same as :meth:`apply`; present on every auth so tools can authorise a request."""
        self.apply(request)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self.apply(request)
        yield request
