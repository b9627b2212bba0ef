"""Validate OpenAPI 3.1 documents and lint what validators let through.

``python -m tools.speclint [FILE ...]`` checks every ``specs/*.yaml`` and every
``generated/*/openapi.resolved.yaml`` (or the files given) and exits 1 with one line per finding:
``file: JSON path: reason``. The rules, each a function below:

- ``validate``: OpenAPI 3.1 validity, by openapi-spec-validator (a maintained validator of the
  official OpenAPI 3.1 meta-schema; we do not re-implement the meta-schema);
- ``unknown_keys``: keys outside the OpenAPI 3.1 and JSON Schema 2020-12 vocabularies (``x-*`` is
  allowed). The meta-schema lets these through inside Schema Objects (JSON Schema ignores unknown
  keywords), which is how a description split at a comma in a YAML flow mapping went unnoticed;
- ``null_keys``: a key whose value is null where the vocabulary expects a value (``default``,
  ``const`` and example values may be null);
- ``links``: a link's ``operationId`` must exist and every parameter it fills must be declared by
  the target operation;
- ``unused_components``: every component must be reachable from the paths, webhooks or security,
  unless it carries ``x-unused`` saying why (a spec may declare what only its overlay uses);
- ``examples``: every ``example``/``examples`` of a parameter, header, media type or schema must
  validate against its own schema (jsonschema, JSON Schema 2020-12, formats checked);
- a YAML mapping with the same key twice (PyYAML would silently keep the last) is refused;
- ``maintainer_notes`` (generated trees only): no generated file may cite the maintainers'
  research or audit notes, which users of the packages do not have.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]  # no stubs; checked by tests
from openapi_spec_validator import OpenAPIV31SpecValidator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

__all__ = ["Finding", "lint_document", "lint_file", "lint_generated_tree", "main"]

ROOT = Path(__file__).resolve().parent.parent

Finding = tuple[str, str]  # (JSON path, reason)
Path_ = tuple[str | int, ...]

# --- vocabularies ---------------------------------------------------------------------------------

_SCHEMA_KEYS = {
    # core
    "$schema", "$id", "$ref", "$anchor", "$dynamicRef", "$dynamicAnchor", "$vocabulary", "$comment", "$defs",
    # applicator
    "allOf", "anyOf", "oneOf", "not", "if", "then", "else", "dependentSchemas", "prefixItems", "items",
    "contains", "properties", "patternProperties", "additionalProperties", "propertyNames",
    # unevaluated
    "unevaluatedItems", "unevaluatedProperties",
    # validation
    "type", "const", "enum", "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum",
    "maxLength", "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "maxContains", "minContains",
    "maxProperties", "minProperties", "required", "dependentRequired",
    # meta-data, format, content
    "title", "description", "default", "deprecated", "readOnly", "writeOnly", "examples", "format",
    "contentEncoding", "contentMediaType", "contentSchema",
    # OpenAPI additions to the Schema Object
    "discriminator", "xml", "externalDocs", "example",
}  # fmt: skip
_SCHEMA_ONE = ("not", "if", "then", "else", "items", "contains", "additionalProperties", "propertyNames",
               "unevaluatedItems", "unevaluatedProperties", "contentSchema")  # fmt: skip
_SCHEMA_MAP = ("properties", "patternProperties", "$defs", "dependentSchemas")
_SCHEMA_LIST = ("allOf", "anyOf", "oneOf", "prefixItems")
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# OpenAPI objects: allowed keys, and for some keys the kind of what they hold.
# A kind is an object name, ("map", kind), ("list", kind) or None (a value not walked further).
_OBJECTS: dict[str, dict[str, Any]] = {
    "root": {"openapi": None, "info": "info", "jsonSchemaDialect": None, "servers": ("list", "server"),
             "paths": ("map", "pathItem"), "webhooks": ("map", "pathItem"), "components": "components",
             "security": None, "tags": ("list", "tag"), "externalDocs": "externalDocs"},
    "info": {"title": None, "summary": None, "description": None, "termsOfService": None,
             "contact": "contact", "license": "license", "version": None},
    "contact": {"name": None, "url": None, "email": None},
    "license": {"name": None, "identifier": None, "url": None},
    "server": {"url": None, "description": None, "variables": ("map", "serverVariable")},
    "serverVariable": {"enum": None, "default": None, "description": None},
    "components": {"schemas": ("map", "schema"), "responses": ("map", "response"),
                   "parameters": ("map", "parameter"), "examples": ("map", "example"),
                   "requestBodies": ("map", "requestBody"), "headers": ("map", "header"),
                   "securitySchemes": ("map", "securityScheme"), "links": ("map", "link"),
                   "callbacks": ("map", "callback"), "pathItems": ("map", "pathItem")},
    "pathItem": {"$ref": None, "summary": None, "description": None, "servers": ("list", "server"),
                 "parameters": ("list", "parameter"), **{m: "operation" for m in _METHODS}},
    "operation": {"tags": None, "summary": None, "description": None, "externalDocs": "externalDocs",
                  "operationId": None, "parameters": ("list", "parameter"), "requestBody": "requestBody",
                  "responses": ("map", "response"), "callbacks": ("map", "callback"), "deprecated": None,
                  "security": None, "servers": ("list", "server")},
    "externalDocs": {"description": None, "url": None},
    "parameter": {"name": None, "in": None, "description": None, "required": None, "deprecated": None,
                  "allowEmptyValue": None, "style": None, "explode": None, "allowReserved": None,
                  "schema": "schema", "example": None, "examples": ("map", "example"),
                  "content": ("map", "mediaType")},
    "header": {"description": None, "required": None, "deprecated": None, "style": None, "explode": None,
               "schema": "schema", "example": None, "examples": ("map", "example"),
               "content": ("map", "mediaType")},
    "requestBody": {"description": None, "content": ("map", "mediaType"), "required": None},
    "mediaType": {"schema": "schema", "example": None, "examples": ("map", "example"),
                  "encoding": ("map", "encoding")},
    "encoding": {"contentType": None, "headers": ("map", "header"), "style": None, "explode": None,
                 "allowReserved": None},
    "response": {"description": None, "headers": ("map", "header"), "content": ("map", "mediaType"),
                 "links": ("map", "link")},
    "callback": {},  # expression -> pathItem, handled in _walk
    "example": {"summary": None, "description": None, "value": None, "externalValue": None},
    "link": {"operationRef": None, "operationId": None, "parameters": None, "requestBody": None,
             "description": None, "server": "server"},
    "tag": {"name": None, "description": None, "externalDocs": "externalDocs"},
    "securityScheme": {"type": None, "description": None, "name": None, "in": None, "scheme": None,
                       "bearerFormat": None, "flows": None, "openIdConnectUrl": None},
}  # fmt: skip
_REFERENCE_KEYS = {"$ref", "summary", "description"}
_NULL_ALLOWED = {"default", "const", "example", "value"}


def _fmt(path: Path_) -> str:
    out = "$"
    for part in path:
        out += (
            f"[{part}]"
            if isinstance(part, int)
            else (f".{part}" if re.fullmatch(r"[A-Za-z_$][\w$-]*", part) else f"['{part}']")
        )
    return out


# --- walking ----------------------------------------------------------------------------------------

Visit = Callable[[str, Any, Path_], None]


def _walk(kind: Any, node: Any, path: Path_, visit: Visit) -> None:
    """Call ``visit(kind, node, path)`` for every OpenAPI object and schema in the document."""
    if isinstance(kind, tuple):
        shape, inner = kind
        if shape == "map" and isinstance(node, Mapping):
            for key, value in node.items():
                if not str(key).startswith("x-"):
                    _walk(inner, value, (*path, str(key)), visit)
        elif shape == "list" and isinstance(node, list):
            for index, value in enumerate(node):
                _walk(inner, value, (*path, index), visit)
        return
    if not isinstance(node, Mapping):
        return
    if kind != "schema" and "$ref" in node:
        visit("reference", node, path)
        return
    visit(kind, node, path)
    if kind == "schema":
        for key in _SCHEMA_ONE:
            if key in node:
                _walk("schema", node[key], (*path, key), visit)
        for key in _SCHEMA_MAP:
            _walk(("map", "schema"), node.get(key), (*path, key), visit)
        for key in _SCHEMA_LIST:
            _walk(("list", "schema"), node.get(key), (*path, key), visit)
        return
    if kind == "callback":
        _walk(("map", "pathItem"), node, path, visit)
        return
    for key, child in _OBJECTS[kind].items():
        if child is not None and key in node:
            _walk(child, node[key], (*path, key), visit)


def _resolve(document: Mapping[str, Any], node: Any) -> Any:
    """Follow local ``$ref``s (``#/...``) until a non-reference node."""
    seen = 0
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        target: Any = document
        for part in node["$ref"][2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(target, Mapping) or part not in target:
                return None
            target = target[part]
        node = target
        seen += 1
        if seen > 50:
            return None
    return node


# --- rules ------------------------------------------------------------------------------------------


def validate(document: Mapping[str, Any]) -> Iterator[Finding]:
    """OpenAPI 3.1 validity (openapi-spec-validator)."""
    for error in OpenAPIV31SpecValidator(document).iter_errors():
        yield _fmt(tuple(error.absolute_path)), "not valid OpenAPI 3.1: " + error.message.splitlines()[0]


def unknown_keys(document: Mapping[str, Any]) -> Iterator[Finding]:
    """Keys outside the OpenAPI 3.1 and JSON Schema 2020-12 vocabularies (``x-*`` allowed)."""
    found: list[Finding] = []

    def visit(kind: str, node: Any, path: Path_) -> None:
        allowed = _SCHEMA_KEYS if kind == "schema" else _REFERENCE_KEYS if kind == "reference" else set(_OBJECTS[kind])
        if kind in ("callback",):
            return
        for key in node:
            if not str(key).startswith("x-") and key not in allowed:
                found.append((_fmt((*path, str(key))), f"unknown key {key!r} in a {kind} object"))

    _walk("root", document, (), visit)
    yield from found


def null_keys(document: Mapping[str, Any]) -> Iterator[Finding]:
    """Keys whose value is null where a value is expected."""
    found: list[Finding] = []

    def visit(kind: str, node: Any, path: Path_) -> None:
        for key, value in node.items():
            if value is None and key not in _NULL_ALLOWED:
                found.append((_fmt((*path, str(key))), f"key {key!r} has a null value"))

    _walk("root", document, (), visit)
    yield from found


def _operations(document: Mapping[str, Any]) -> dict[str, tuple[Mapping[str, Any], Mapping[str, Any]]]:
    """operationId -> (path item, operation), for paths and webhooks."""
    out: dict[str, tuple[Mapping[str, Any], Mapping[str, Any]]] = {}
    for section in ("paths", "webhooks"):
        for item in (document.get(section) or {}).values():
            item = _resolve(document, item)
            if not isinstance(item, Mapping):
                continue
            for method in _METHODS:
                operation = item.get(method)
                if isinstance(operation, Mapping) and "operationId" in operation:
                    out[operation["operationId"]] = (item, operation)
    return out


def links(document: Mapping[str, Any]) -> Iterator[Finding]:
    """A link names an existing operation and only parameters that operation declares."""
    operations = _operations(document)
    found: list[Finding] = []

    def visit(kind: str, node: Any, path: Path_) -> None:
        if kind != "link":
            return
        target_id = node.get("operationId")
        if target_id is None:
            if "operationRef" not in node:
                found.append((_fmt(path), "link names neither operationId nor operationRef"))
            return
        if target_id not in operations:
            found.append((_fmt((*path, "operationId")), f"link targets unknown operationId {target_id!r}"))
            return
        item, operation = operations[target_id]
        declared: set[tuple[str, str]] = set()
        for parameter in [*(item.get("parameters") or []), *(operation.get("parameters") or [])]:
            parameter = _resolve(document, parameter)
            if isinstance(parameter, Mapping):
                declared.add((parameter.get("in", ""), parameter.get("name", "")))
        for name in node.get("parameters") or {}:
            location, _, bare = name.rpartition(".")
            ok = (location, bare) in declared if location else any(bare == n for _, n in declared)
            if not ok:
                found.append(
                    (_fmt((*path, "parameters", name)), f"operation {target_id!r} declares no parameter {name!r}")
                )

    _walk("root", document, (), visit)
    yield from found


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, Mapping):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def unused_components(document: Mapping[str, Any]) -> Iterator[Finding]:
    """Every component is reachable from the paths, webhooks or a security requirement."""
    components = document.get("components") or {}
    outside = {key: value for key, value in document.items() if key != "components"}
    reached: set[str] = set()
    todo = list(_refs(outside))
    while todo:
        ref = todo.pop()
        if ref in reached:
            continue
        reached.add(ref)
        todo.extend(_refs(_resolve(document, {"$ref": ref})))
    used_schemes = {
        name
        for requirement in [
            *(document.get("security") or []),
            *(
                r
                for _, op in _operations(document).values()
                for r in (op.get("security") or [])
                if isinstance(r, Mapping)
            ),
        ]
        for name in requirement
    }
    for section, entries in components.items():
        if str(section).startswith("x-") or not isinstance(entries, Mapping):
            continue
        for name, entry in entries.items():
            if isinstance(entry, Mapping) and isinstance(entry.get("x-unused"), str) and entry["x-unused"].strip():
                continue  # declared by the source without a use, with the reason (the overlay uses it)
            if section == "securitySchemes":
                if name not in used_schemes:
                    yield _fmt(("components", section, name)), "security scheme used by no requirement"
            elif f"#/components/{section}/{name}".replace("~", "~0") not in reached and (
                f"#/components/{section}/" + str(name).replace("~", "~0").replace("/", "~1") not in reached
            ):
                yield _fmt(("components", section, name)), "component referenced from nowhere"


def examples(document: Mapping[str, Any]) -> Iterator[Finding]:
    """Every example validates against its own schema."""
    registry: Registry[Any] = Registry().with_resource("urn:spec", DRAFT202012.create_resource(document))
    found: list[Finding] = []

    def check(schema_path: Path_, value: Any, where: Path_) -> None:
        pointer = "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in schema_path)
        validator = Draft202012Validator(
            {"$ref": "urn:spec#" + pointer}, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER
        )
        for error in validator.iter_errors(value):
            at = _fmt((*where, *error.absolute_path))
            found.append((at, "example does not match its schema: " + error.message.splitlines()[0][:300]))

    def values_of(node: Mapping[str, Any], path: Path_) -> Iterator[tuple[Any, Path_]]:
        if "example" in node:
            yield node["example"], (*path, "example")
        for name, example in (node.get("examples") or {}).items():
            resolved = _resolve(document, example)
            if isinstance(resolved, Mapping) and "value" in resolved:
                yield resolved["value"], (*path, "examples", name, "value")

    def visit(kind: str, node: Any, path: Path_) -> None:
        if kind in ("parameter", "header", "mediaType") and "schema" in node:
            for value, where in values_of(node, path):
                check((*path, "schema"), value, where)
        elif kind == "schema":
            if "example" in node:
                check(path, node["example"], (*path, "example"))
            for index, value in enumerate(node.get("examples") or []) if isinstance(node.get("examples"), list) else []:
                check(path, value, (*path, "examples", index))

    _walk("root", document, (), visit)
    yield from found


def enum_names(document: Mapping[str, Any]) -> Iterator[Finding]:
    """An enum with a value that does not start with a letter carries ``x-enum-varnames``.

    The generator names a member after its value when the value starts with a letter
    (``not-delivered`` -> ``NOT_DELIVERED``) and otherwise by position (``VALUE_0``, ``VALUE_1``...),
    and what an editor then shows says nothing about what ``AliasState.VALUE_3`` means.
    """
    found: list[Finding] = []

    def visit(kind: str, node: Any, path: Path_) -> None:
        values = node.get("enum") if kind == "schema" else None
        if not isinstance(values, list):
            return
        names = node.get("x-enum-varnames")
        if names is None:
            if any(not (isinstance(value, str) and value[:1].isalpha()) for value in values if value is not None):
                found.append((_fmt((*path, "enum")), "values not starting with a letter need x-enum-varnames"))
        elif not isinstance(names, list) or len(names) != len([v for v in values if v is not None]):
            found.append((_fmt((*path, "x-enum-varnames")), "needs exactly one name per enum value"))
        elif bad := [name for name in names if not (isinstance(name, str) and name.isidentifier())]:
            found.append((_fmt((*path, "x-enum-varnames")), f"not Python names: {bad}"))

    _walk("root", document, (), visit)
    yield from found


RULES: tuple[Callable[[Mapping[str, Any]], Iterator[Finding]], ...] = (
    validate,
    unknown_keys,
    null_keys,
    links,
    unused_components,
    examples,
    enum_names,
)

#: What users of the generated packages do not have: the maintainers' research and audit notes.
MAINTAINER_NOTES = re.compile(r"research|OFFICIAL-(?:DOC|SPEC)|\[INFERENCE|\b[SF]F L\d|\baudit", re.IGNORECASE)


def lint_document(document: Mapping[str, Any]) -> list[Finding]:
    """Every finding of every rule for one parsed document."""
    return [finding for rule in RULES for finding in rule(document)]


class _UniqueKeyLoader(yaml.SafeLoader):
    """A YAML loader that refuses a mapping with the same key twice (PyYAML keeps the last one)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r} (the first value would be lost)", key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def load(text: str) -> Any:
    """Parse YAML, refusing duplicate keys."""
    return yaml.load(text, Loader=_UniqueKeyLoader)


def lint_file(path: Path) -> list[str]:
    """Findings for one YAML file, as ``file: JSON path: reason`` lines."""
    try:
        document = load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        return [f"{_display(path)}: $: not YAML without duplicate keys: {' '.join(str(exc).split())}"]
    return [f"{_display(path)}: {where}: {reason}" for where, reason in lint_document(document)]


def lint_generated_tree(tree: Path) -> list[str]:
    """Lines of generated files that cite maintainers' notes users do not have."""
    out = []
    for path in sorted(p for p in tree.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        for number, line in enumerate(text.splitlines(), 1):
            match = MAINTAINER_NOTES.search(line)
            if match:
                out.append(
                    f"{_display(path)}:{number}: cites maintainers' notes ({match.group(0)!r}): {line.strip()[:120]}"
                )
    return out


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def default_files() -> list[Path]:
    return sorted(ROOT.glob("specs/*.yaml")) + sorted(ROOT.glob("generated/*/openapi.resolved.yaml"))


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    files = [Path(a) for a in args] or default_files()
    problems: list[str] = []
    for path in files:
        findings = lint_file(path)
        print(f"{_display(path)}: {'OK' if not findings else f'{len(findings)} finding(s)'}")
        problems += findings
    if not args:
        for tree in sorted(p for p in (ROOT / "generated").iterdir() if p.is_dir()):
            notes = lint_generated_tree(tree)
            print(f"{_display(tree)}/: {'OK' if not notes else f'{len(notes)} citation(s) of maintainers notes'}")
            problems += notes
    for line in problems:
        print(line, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
