"""Make a send checkable, check it, and rebuild its answer: the pieces of exactly-once sending.

Why: no provider documents that it deduplicates sends, so after an ambiguous failure (timeout,
reset, 5xx after the body left) a blind retry could deliver an SMS twice. Instead every send
carries a key (the caller's, or one generated here), and the client asks the provider whether a
send with that key exists before sending again. All of it is driven by the ``SendSpec`` the
overlay declares; nothing here knows a provider.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from urllib.parse import parse_qsl, quote, urlencode

import httpx

from .errors import _pointer
from .operation import Lookup, SendSpec, join_path

__all__ = ["SEND_KEY", "build_reply", "ensure_key", "key_arguments", "lookup_request", "lookup_verdict", "new_key"]

#: the request extension carrying the send key set by :func:`key_arguments`.
SEND_KEY = "sms_send_key"


def new_key() -> str:
    """A fresh send key: 32 hex characters, within every provider's documented length."""
    return os.urandom(16).hex()  # as random as uuid4, without importing uuid or building a UUID


def key_arguments(send: SendSpec, options: dict[str, object]) -> str | None:
    """Put the send key into ``build_request`` arguments before the body is encoded; return the key.

    Why here: setting it on the finished request (:func:`ensure_key`) means decoding and encoding
    the body and building the request twice. The ``json``/``data``/``params`` dicts are copied, never
    changed in place, since they are the caller's. ``None``: the body is not a dict (raw ``content``),
    so :func:`ensure_key` must do it on the request.
    """
    if send.key_in == "query":
        slot = "params"
    elif options.get("json") is not None:
        slot = "json"
    elif options.get("data") is not None:
        slot = "data"
    else:
        return None
    values = options.get(slot)
    values = {} if values is None else values
    if not isinstance(values, Mapping):
        return None
    existing = values.get(send.key_name)
    if existing:
        return str(existing)
    key = new_key()
    options[slot] = {**values, send.key_name: key}
    return key


def _with_body(request: httpx.Request, content: bytes) -> httpx.Request:
    headers = httpx.Headers(request.headers)
    headers.pop("content-length", None)
    return httpx.Request(request.method, request.url, headers=headers, content=content, extensions=request.extensions)


def ensure_key(request: httpx.Request, send: SendSpec) -> tuple[httpx.Request, str]:
    """The request carrying a send key (the caller's if present, else a new one), and that key."""
    if send.key_in == "query":
        existing = request.url.params.get(send.key_name)
        if existing:
            return request, existing
        key = new_key()
        request.url = request.url.copy_set_param(send.key_name, key)
        return request, key
    content = request.read()
    media = request.headers.get("content-type", "").split(";")[0].strip()
    if media == "application/json":
        body = json.loads(content) if content else {}
        if not isinstance(body, dict):
            raise ValueError(f"cannot set send key {send.key_name!r}: the JSON body is not an object")
        if body.get(send.key_name):
            return request, str(body[send.key_name])
        key = new_key()
        body[send.key_name] = key
        return _with_body(request, json.dumps(body).encode()), key
    if media == "application/x-www-form-urlencoded":
        pairs = parse_qsl(content.decode(), keep_blank_values=True)
        existing = next((value for name, value in pairs if name == send.key_name and value), None)
        if existing:
            return request, existing
        key = new_key()
        pairs = [(name, value) for name, value in pairs if name != send.key_name] + [(send.key_name, key)]
        return _with_body(request, urlencode(pairs).encode()), key
    raise ValueError(f"cannot set send key {send.key_name!r} in a {media or 'bodiless'} request")


def lookup_request(base_url: httpx.URL, lookup: Lookup, key: str, headers: httpx.Headers) -> httpx.Request:
    """The request asking the provider for the send with ``key`` (headers copied from the send)."""
    path = lookup.path
    for name, template in lookup.path_params.items():
        path = path.replace("{" + name + "}", quote(template.format(key=key), safe=""))
    params = {name: template.format(key=key) for name, template in lookup.query.items()}
    url = httpx.URL(join_path(base_url, path), params=params)
    return httpx.Request(lookup.method, url, headers=headers)


def lookup_verdict(response: httpx.Response, lookup: Lookup) -> bool | None:
    """True: the send was accepted; False: it was not; None: the lookup could not tell."""
    if response.status_code == 404:
        return False
    if not response.is_success:
        return None
    if not lookup.exists:
        return True
    try:
        value = _pointer(json.loads(response.content), lookup.exists)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return None
    return bool(value)


def _fill(template: object, document: object, key: str) -> object:
    if isinstance(template, str):
        if template == "{key}":
            return key
        return _pointer(document, template) if template.startswith("/") else template
    if isinstance(template, Mapping):
        if "each" in template:
            items = _pointer(document, str(template["each"]))
            shape = template.get("as", {})
            return [_fill(shape, item, key) for item in items] if isinstance(items, list) else []
        if "const" in template:
            return template["const"]
        return {name: _fill(value, document, key) for name, value in template.items()}
    return template


def build_reply(lookup: Lookup, answer: httpx.Response, key: str) -> bytes:
    """The send's success body rebuilt from the lookup's answer with the ``reply`` template.

    A template value is ``"{key}"`` (the send key), a JSON pointer into the answer (``"/count"``),
    ``{"each": pointer, "as": template}`` (a list mapped item by item, pointers relative to the
    item), ``{"const": value}``, a nested object of templates, or any other literal.
    """
    document = json.loads(answer.content) if answer.content else {}
    return json.dumps(_fill(dict(lookup.reply), document, key)).encode()
