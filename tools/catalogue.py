"""Turn the resolved spec into the runtime's operation catalogue (``OPERATIONS`` in provider.py).

What each operation needs at run time is read from the spec (method, path, documented success
statuses and media types) and from three overlay extensions, all optional:

- ``x-sms-errors`` (document root): JSON pointers ``code`` and ``message`` into an error body;
- ``x-sms-send`` (operation): the send's deduplication ``key`` (``in`` body or query, ``name``)
  and the ``lookup`` operation that tells whether a key was accepted, with its ``parameters``
  (templates over ``{key}``), the ``exists`` pointer and the ``reply`` template;
- ``x-sms-pagination`` (document root, refined per operation): ``style`` page or offset, the
  ``start`` and ``size`` query parameters, the ``total`` pointer, and optionally ``items``. An
  operation taking both parameters is paginated; its items are the one array property of its
  success body unless ``items`` names another.

Python names (module files, keyword arguments, attributes) are computed with the generator's own
naming functions, so they match the generated code; a name that does not exist fails generation.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from openapi_python_client.strings import PythonIdentifier, snake_case

from runtime.operation import Lookup, Operation, Paging, SendSpec
from tools.spec import deref, operations

__all__ = ["CatalogueError", "catalogue", "error_shape"]

FIELD_PREFIX = "field_"  # openapi-python-client's default ``field_prefix``


class CatalogueError(ValueError):
    """The spec's extensions cannot be turned into a catalogue; the message says where."""


def _operations(spec: Mapping[str, Any]) -> list[tuple[str, str, Mapping[str, Any]]]:
    return [(op.method, op.path, op.operation) for op in operations(spec) if op.id]


def _parameters(spec: Mapping[str, Any], path: str, operation: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
    [found] = [op for op in operations(spec) if op.path == path and op.operation is operation]
    return {p["name"]: p for p in found.parameters}


def _success(spec: Mapping[str, Any], operation: Mapping[str, Any]) -> tuple[tuple[int, ...], tuple[str, ...], Any]:
    codes, media, schema = [], [], None
    for code, response in operation.get("responses", {}).items():
        if str(code).startswith("2") and str(code).isdigit():
            codes.append(int(code))
            content = deref(spec, response).get("content", {})
            media += [m for m in content if m not in media]
            if schema is None and "application/json" in content:
                schema = deref(spec, content["application/json"].get("schema"))
    return tuple(sorted(codes)), tuple(media), schema


def _attributes(pointer: str) -> tuple[str, ...]:
    return tuple(str(PythonIdentifier(token, FIELD_PREFIX)) for token in pointer.strip("/").split("/") if token)


def _paging(spec: Mapping[str, Any], path: str, operation: Mapping[str, Any], schema: Any) -> Paging | None:
    settings = {**spec.get("x-sms-pagination", {}), **operation.get("x-sms-pagination", {})}
    if not settings:
        return None
    parameters = _parameters(spec, path, operation)
    start, size = settings["start"], settings["size"]
    if start not in parameters or size not in parameters:
        return None
    where = f"{operation['operationId']}: x-sms-pagination"
    items = settings.get("items")
    if items is None:
        properties = deref(spec, schema or {}).get("properties", {})
        arrays = [name for name, prop in properties.items() if deref(spec, prop).get("type") == "array"]
        if len(arrays) != 1:
            raise CatalogueError(f"{where}: cannot tell the items among array properties {arrays}; set `items`")
        items = arrays[0]
    default = deref(spec, parameters[size].get("schema", {})).get("default", 20)
    return Paging(
        style=str(settings["style"]),
        start_param=str(PythonIdentifier(start, FIELD_PREFIX)),
        size_param=str(PythonIdentifier(size, FIELD_PREFIX)),
        items=str(PythonIdentifier(items, FIELD_PREFIX)),
        total=_attributes(settings.get("total", "")),
        default_size=int(default),
    )


def _send(spec: Mapping[str, Any], operation: Mapping[str, Any]) -> SendSpec | None:
    declared = operation.get("x-sms-send")
    if declared is None:
        return None
    where = f"{operation['operationId']}: x-sms-send"
    key = declared["key"]
    if key.get("in") not in ("body", "query"):
        raise CatalogueError(f"{where}: key.in must be body or query")
    lookup = declared.get("lookup")
    if not lookup:
        return SendSpec(key_in=str(key["in"]), key_name=str(key["name"]))
    if lookup:
        matches = [(m, p, o) for m, p, o in _operations(spec) if o["operationId"] == lookup["operationId"]]
        if not matches:
            raise CatalogueError(f"{where}: lookup operation {lookup['operationId']!r} is not in the spec")
        method, path, target = matches[0]
        parameters = _parameters(spec, path, target)
        path_params: dict[str, str] = {}
        query: dict[str, str] = {}
        for name, template in lookup.get("parameters", {}).items():
            where_in = parameters.get(name, {}).get("in")
            if where_in not in ("path", "query"):
                raise CatalogueError(f"{where}: lookup parameter {name!r} is not a path or query parameter")
            (path_params if where_in == "path" else query)[name] = str(template)
    return SendSpec(
        key_in=str(key["in"]),
        key_name=str(key["name"]),
        lookup=Lookup(
            operation=str(lookup["operationId"]),
            method=method,
            path=path,
            path_params=path_params,
            query=query,
            exists=str(lookup.get("exists", "")),
            reply=dict(lookup.get("reply", {})),
        ),
    )


def _module(package_dir: Path, operation_id: str) -> str:
    name = snake_case(operation_id)
    found = sorted(package_dir.glob(f"api/*/{name}.py"))
    if len(found) != 1:
        raise CatalogueError(f"{operation_id}: expected one generated module api/*/{name}.py, found {len(found)}")
    return ".".join(found[0].relative_to(package_dir).with_suffix("").parts)


def catalogue(spec: Mapping[str, Any], package_dir: Path) -> list[Operation]:
    """One runtime :class:`Operation` per operation, in spec order: built here, type-checked, and
    written into the provider module as its ``repr`` (the generator-to-runtime hand-off)."""
    entries = []
    for method, path, operation in _operations(spec):
        success, media, schema = _success(spec, operation)
        entries.append(
            Operation(
                id=str(operation["operationId"]),
                method=method,
                path=path,
                module=_module(package_dir, operation["operationId"]),
                success=success,
                media=media,
                send=_send(spec, operation),
                paging=_paging(spec, path, operation, schema),
            )
        )
    return entries


def error_shape(spec: Mapping[str, Any]) -> dict[str, str]:
    """The ``x-sms-errors`` pointers (empty strings when the provider declares none)."""
    declared = spec.get("x-sms-errors", {})
    return {"code": declared.get("code", ""), "message": declared.get("message", "")}
