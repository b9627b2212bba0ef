"""Which request values are credentials, read once per provider from its spec, for every place a
mock shows a request: the request log (:func:`sms_mocks.engine.redact` over the query string) and
the outbox's request records (:mod:`sms_mocks.plane`). One source, so the two cannot disagree.

A value is a credential when the spec says so, in any of these ways:

- an ``apiKey`` security scheme names it (in the query, a header or a cookie);
- its parameter or request-body property is ``format: password`` (OpenAPI's own mark), or carries
  ``x-sms-secret: true`` (this project's mark for a secret that is not typed as a password);
- it is a credential of an ``x-sms-auth`` login flow (the flow's operation takes it), other than
  the flow's ``username``: the password, secret or key a login sends, however its schema is typed.

``Authorization``, ``Proxy-Authorization`` and ``Cookie`` headers are always credentials.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sms_mocks._generated.spec import deref, operations

__all__ = ["SECRET_EXTENSION", "Credentials", "credentials", "credentials_of"]

#: the extension that marks a parameter or property as a secret when its format does not.
SECRET_EXTENSION = "x-sms-secret"
#: headers whose values are credentials whatever the spec says.
ALWAYS_SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie"})
#: what a credential's value is shown as.
MASK = "***"


@dataclass(frozen=True)
class Credentials:
    """Where a provider's credentials travel, from its spec alone."""

    #: query parameter and body field names whose values are credentials (as the spec spells them).
    names: frozenset[str]
    #: header names, lower case, whose values are credentials.
    headers: frozenset[str]
    #: cookie names the spec's API keys use (the whole ``Cookie`` header is masked anyway).
    cookies: frozenset[str]

    def fields(self, values: Iterable[tuple[str, Any]]) -> dict[str, Any]:
        """Query parameters or body fields, each credential's value masked."""
        return {name: (MASK if name in self.names else value) for name, value in values}

    def header_fields(self, values: Iterable[tuple[str, Any]]) -> dict[str, Any]:
        """Headers, each credential's value masked (names compared without case)."""
        return {name: (MASK if name.lower() in self.headers else value) for name, value in values}


def _is_secret(node: Mapping[str, Any]) -> bool:
    return node.get("format") == "password" or node.get(SECRET_EXTENSION) is True


def _secret_properties(spec: Mapping[str, Any], schema: Any, seen: set[int]) -> Iterable[str]:
    """Names of the properties, at any depth of ``schema``, marked as secrets."""
    schema = deref(spec, schema)
    if not isinstance(schema, Mapping) or id(schema) in seen:
        return
    seen.add(id(schema))
    for name, prop in schema.get("properties", {}).items():
        if _is_secret(deref(spec, prop)):
            yield name
        yield from _secret_properties(spec, prop, seen)
    for key in ("allOf", "anyOf", "oneOf", "prefixItems"):
        for part in schema.get(key, []):
            yield from _secret_properties(spec, part, seen)
    for key in ("items", "additionalProperties", "then", "else", "not"):
        yield from _secret_properties(spec, schema.get(key), seen)


def credentials(spec: Mapping[str, Any]) -> Credentials:
    """Read the credentials' names from ``spec`` (see the module's docstring for the rules)."""
    names: set[str] = set()
    headers: set[str] = set(ALWAYS_SECRET_HEADERS)
    cookies: set[str] = set()
    for scheme in spec.get("components", {}).get("securitySchemes", {}).values():
        if scheme.get("type") != "apiKey":
            continue
        where = scheme.get("in")
        if where == "query":
            names.add(scheme["name"])
        elif where == "header":
            headers.add(scheme["name"].lower())
        elif where == "cookie":
            cookies.add(scheme["name"])
    logins: dict[str, set[str]] = {}
    for flow in _auth_flows(spec):
        if "operationId" in flow and isinstance(flow.get("credentials"), Mapping):
            wire = {str(field) for role, field in flow["credentials"].items() if role != "username"}
            logins.setdefault(flow["operationId"], set()).update(wire)
    for found in operations(spec):
        login = logins.get(found.id, set())
        for param in found.parameters:
            schema = deref(spec, param.get("schema", {}))
            if _is_secret(param) or _is_secret(schema) or param["name"] in login:
                if param.get("in") == "header":
                    headers.add(param["name"].lower())
                elif param.get("in") == "cookie":
                    cookies.add(param["name"])
                else:
                    names.add(param["name"])
        body = deref(spec, found.operation.get("requestBody", {}))
        for media in body.get("content", {}).values():
            seen: set[int] = set()
            names.update(_secret_properties(spec, media.get("schema", {}), seen))
            properties = deref(spec, media.get("schema", {})).get("properties", {})
            names.update(login.intersection(properties))
    return Credentials(frozenset(names), frozenset(headers), frozenset(cookies))


def _auth_flows(spec: Mapping[str, Any]) -> Iterable[Mapping[str, Any]]:
    """Every ``x-sms-auth`` flow, wherever the spec declares one (on a security scheme or the root)."""
    holders: list[Any] = [spec, *spec.get("components", {}).get("securitySchemes", {}).values()]
    for holder in holders:
        auth = holder.get("x-sms-auth") if isinstance(holder, Mapping) else None
        if isinstance(auth, Mapping):
            yield from (flow for flow in auth.get("flows", []) if isinstance(flow, Mapping))


def credentials_of(provider: Any) -> Credentials:
    """The credentials of ``provider``'s spec, read once per provider (kept on the provider)."""
    cached = provider.__dict__.get("_mock_credentials")
    if cached is not None and cached[0] is provider.spec:
        found: Credentials = cached[1]
        return found
    found = credentials(provider.spec)
    provider.__dict__["_mock_credentials"] = (provider.spec, found)
    return found
