"""Does a callback a mock makes match a webhook its resolved spec declares? (method, media type, schema)"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]  # no stubs
from referencing import Registry
from referencing.jsonschema import DRAFT202012
from sms_mocks.callbacks import CallbackRecord

ROOT = Path(__file__).resolve().parent.parent
FORM = "application/x-www-form-urlencoded"


def _spec(provider: str) -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load(
        (ROOT / "generated" / f"{provider}-client" / "openapi.resolved.yaml").read_text(encoding="utf-8")
    )
    return spec


def _errors(spec: dict[str, Any], pointer: str, value: Any) -> list[str]:
    registry: Registry[Any] = Registry().with_resource("urn:spec", DRAFT202012.create_resource(spec))
    validator = Draft202012Validator({"$ref": "urn:spec#" + pointer}, registry=registry)
    return [error.message for error in validator.iter_errors(value)]


def _resolve(spec: Mapping[str, Any], node: Any) -> Any:
    while isinstance(node, Mapping) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        node = target
    return node


def _typed(spec: dict[str, Any], schema: Any, fields: Mapping[str, str]) -> dict[str, Any]:
    """Form or query strings as the JSON values the schema asks for (integers only: all we need)."""
    properties = _resolve(spec, schema).get("properties", {})
    out: dict[str, Any] = {}
    for key, value in fields.items():
        kind = _resolve(spec, properties.get(key, {})).get("type")
        out[key] = int(value) if kind == "integer" and value.isdigit() else value
    return out


def mismatches(provider: str, webhook: str, record: CallbackRecord) -> list[str]:
    """Why ``record`` is not a delivery form of ``webhook`` (empty: it is one)."""
    spec = _spec(provider)
    item = spec["webhooks"][webhook]
    method = record.method.lower()
    if method not in item:
        return [f"{webhook} declares no {record.method} (declared: {sorted(k for k in item if k != 'parameters')})"]
    operation = item[method]
    base = f"/webhooks/{webhook}/{method}"
    if record.params is not None:
        declared = {p["name"]: p for p in operation.get("parameters", []) if p["in"] == "query"}
        problems = [f"query parameter {name!r} is not declared" for name in record.params if name not in declared]
        for name, parameter in declared.items():
            if parameter.get("required") and name not in record.params:
                problems.append(f"required query parameter {name!r} is missing")
        return problems
    content = operation.get("requestBody", {}).get("content", {})
    media = "application/json" if record.json is not None else FORM if record.form is not None else None
    if media is None or media not in content:
        return [f"{webhook} {record.method} declares no body of type {media} (declared: {sorted(content)})"]
    pointer = f"{base}/requestBody/content/{media.replace('/', '~1')}/schema"
    if media == FORM:
        assert record.form is not None
        value: Any = _typed(spec, content[media]["schema"], record.form)
    else:
        value = record.json
    return _errors(spec, pointer, value)
