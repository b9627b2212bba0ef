"""One reading of an OpenAPI document, shared by the generator, the catalogue and the mock engine.

- :func:`pointer` and :func:`deref`: the one RFC 6901 JSON-pointer / ``$ref`` resolver;
- :func:`operations`: every operation with its method, path and merged parameters, in spec order;
- :func:`path_pattern`: the one path-template matcher, the runtime's own (``runtime/paths.py``),
  so that the mocks route and the clients recognise paths the same way.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from runtime.paths import path_pattern

__all__ = ["HTTP_METHODS", "SpecOperation", "deref", "operations", "path_pattern", "pointer"]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def pointer(document: Mapping[str, Any], ref: str) -> Any:
    """The node ``ref`` (``#/components/schemas/X``) points at; KeyError when it points nowhere."""
    node: Any = document
    for part in ref.removeprefix("#").removeprefix("/").split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def deref(spec: Mapping[str, Any], node: Any) -> Any:
    """``node`` with ``$ref`` followed until a node that is not a reference."""
    while isinstance(node, Mapping) and "$ref" in node:
        node = pointer(spec, node["$ref"])
    return node


@dataclass(frozen=True)
class SpecOperation:
    """One operation of the spec: where it lives and its parameters (path-level ones merged in)."""

    method: str  # upper case
    path: str
    operation: Mapping[str, Any]
    parameters: tuple[Mapping[str, Any], ...]

    @property
    def id(self) -> str:
        return str(self.operation.get("operationId", ""))


def operations(spec: Mapping[str, Any]) -> list[SpecOperation]:
    """Every operation of ``spec`` in document order; an operation's own parameter overrides a
    path-level one of the same name and location, as OpenAPI says."""
    found = []
    for path, item in spec.get("paths", {}).items():
        shared = [deref(spec, p) for p in item.get("parameters", [])]
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, Mapping):
                continue
            own = [deref(spec, p) for p in operation.get("parameters", [])]
            names = {(p["in"], p["name"]) for p in own}
            merged = own + [p for p in shared if (p["in"], p["name"]) not in names]
            found.append(SpecOperation(method.upper(), path, operation, tuple(merged)))
    return found
