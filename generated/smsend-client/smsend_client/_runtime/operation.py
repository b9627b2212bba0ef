# generated from runtime/operation.py by tools/generate.py (openapi-python-client 0.29.1); do not edit
"""What the runtime knows about each operation: generated from the resolved spec, found by name.

Why a catalogue: the generated operation functions hand httpx a request tagged with their
operation's name (see :mod:`.call`). To raise the right
error, retry only what is safe and reconcile a send, the runtime must know which operation a
request belongs to, whether it is idempotent, which key makes a send checkable and how to look
it up. The generator writes that down as data (``OPERATIONS`` in ``_runtime/provider.py``) from the
spec and the overlay's ``x-sms-send`` / ``x-sms-pagination`` extensions.

Why ``NamedTuple`` for these records (and the auth specs, :class:`.errors.ErrorShape`,
:class:`.call.Call`): they are immutable data with a ``repr`` that is their own constructor call,
which the generator relies on, and a ``NamedTuple`` class costs about a fifth of a frozen
dataclass's to create; a package's "ready to send" import creates a dozen of them.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, NamedTuple

import httpx

from .paths import path_pattern

if TYPE_CHECKING:
    from .call import Call

__all__ = ["Catalogue", "Lookup", "Operation", "Paging", "SendSpec", "join_path", "path_pattern"]


def join_path(base_url: httpx.URL, url: httpx.URL | str, base_text: str | None = None) -> httpx.URL | str:
    """``url`` under ``base_url`` as one string, as httpx would merge them, so the URL is parsed once.

    Why: the generated functions pass paths relative to the base URL, which httpx parses, then
    copies onto the base URL and parses again, about a tenth of a call's own cost. httpx keeps a
    base URL's path ending in ``/``; a path with a scheme or a ``//`` authority is left to httpx.
    ``base_text``: ``str(base_url).rstrip("/")`` when the caller keeps it, to save formatting it per call.
    """
    if isinstance(url, str) and url.startswith("/") and not url.startswith("//") and base_url.is_absolute_url:
        return (str(base_url).rstrip("/") if base_text is None else base_text) + url
    return url


class Lookup(NamedTuple):
    """How to ask the provider whether a send with a given key was accepted.

    ``path``/``query`` map parameter names to templates over ``{key}``. The send counts as
    accepted when the lookup answers 2xx and, if ``exists`` is set, the value at that JSON pointer
    is non-empty and non-zero; a 404 (or an empty value) means it was not. ``reply`` rebuilds the
    send's own success body from the lookup's answer (see :func:`.reconcile.build_reply`).
    """

    operation: str
    method: str
    path: str
    path_params: Mapping[str, str] = {}
    query: Mapping[str, str] = {}
    exists: str = ""
    reply: Mapping[str, object] = {}


class SendSpec(NamedTuple):
    """A send: its deduplication key (``in`` body or query, field ``name``) and its lookup, if any."""

    key_in: str
    key_name: str
    lookup: Lookup | None = None


class Paging(NamedTuple):
    """How a list operation pages: ``style`` "page" (page number and size) or "offset" (offset and limit).

    Parameter names are the generated functions' keyword arguments; ``items`` and ``total`` are
    attribute paths on the parsed result (``total`` may be empty when the provider gives none).
    """

    style: str
    start_param: str
    size_param: str
    items: str
    total: tuple[str, ...] = ()
    default_size: int = 20


class Operation(NamedTuple):
    """One operation of the spec, as the runtime needs it."""

    id: str
    method: str
    path: str
    #: dotted module of the generated endpoint, relative to the package (``api.sms.send_sms``).
    module: str
    #: the 2xx statuses the spec documents.
    success: tuple[int, ...] = (200,)
    send: SendSpec | None = None
    paging: Paging | None = None
    #: body media types the spec documents for the success answers (empty: no body).
    media: tuple[str, ...] = ("application/json",)

    @property
    def idempotent(self) -> bool:
        """GET, PUT, DELETE (and HEAD, OPTIONS) may be repeated; a declared send never is, whatever its method."""
        return self.send is None and self.method in ("GET", "HEAD", "OPTIONS", "PUT", "DELETE")

    @property
    def pattern(self) -> re.Pattern[str]:
        return path_pattern(self.path)


class Catalogue:
    """All operations of one provider; finds the operation of a request by method and path."""

    def __init__(self, operations: tuple[Operation, ...], package: str = "") -> None:
        self.operations = operations
        #: the generated package these operations belong to ("" in tests of the runtime alone).
        self.package = package

    def __repr__(self) -> str:
        return f"Catalogue({self.operations!r}, package={self.package!r})"

    @cached_property
    def _by_method(self) -> Mapping[str, tuple[Operation, ...]]:
        # A literal segment wins over a parameter: /alias/list before /alias/{id}.
        ordered = sorted(self.operations, key=lambda op: op.path.count("{"))
        return {method: tuple(op for op in ordered if op.method == method) for method in {op.method for op in ordered}}

    @cached_property
    def _literal(self) -> Mapping[tuple[str, str], Operation]:
        # Paths without parameters are looked up, not matched: most sends are such paths.
        return {(op.method, op.path.rstrip("/")): op for op in self.operations if "{" not in op.path}

    @cached_property
    def by_module(self) -> Mapping[str, Operation]:
        """Operations by Python name: the last part of their module, the snake_case operationId."""
        return {op.module.rsplit(".", 1)[-1]: op for op in self.operations}

    @cached_property
    def by_id(self) -> Mapping[str, Operation]:
        return {op.id: op for op in self.operations}

    def call_for(self, operation: Operation) -> Call[Any] | None:
        """The generated :class:`.call.Call` of ``operation``, for a request the runtime builds itself
        (a send's lookup), so its answer is checked against the spec like any generated call's.
        ``None`` without a package (the runtime tested alone)."""
        if not self.package:
            return None
        module = importlib.import_module(f"{self.package}.{operation.module}")
        call: Call[Any] = module._CALL
        return call

    def named(self, name: str) -> Operation:
        """The operation a generated function declared in its :class:`.call.Call` (a KeyError means
        the package and its catalogue were generated apart, which the drift check forbids)."""
        return self.by_module[name]

    def match(self, method: str, path: str, base_path: str = "") -> Operation | None:
        """The operation serving ``method path`` (an absolute URL path under ``base_path``), or ``None``."""
        base = base_path.rstrip("/")
        if base and path.startswith(base):
            path = path[len(base) :]
        path = "/" + path.lstrip("/")  # the smSend samples double the slash after the base
        literal = self._literal.get((method, path.rstrip("/")))
        if literal is not None:
            return literal
        for operation in self._by_method.get(method, ()):
            if operation.pattern.fullmatch(path):
                return operation
        return None
