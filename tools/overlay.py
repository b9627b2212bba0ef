"""Apply an OpenAPI Overlay 1.0 document (plus the 1.1 ``copy`` action) to an OpenAPI document.

Why hand-written: oas-patch, the obvious library, mishandles array targets and ``remove: false``.
The applier is kept small by delegating every JSONPath question to jsonpath-rfc9535, a strict
RFC 9535 implementation; this module only decides what to do with the nodes it returns.

Semantics (Overlay 1.1, section "Action Object"):

- actions run in order, each on the result of the previous one;
- ``remove: true`` deletes every node the target selects from its parent (``update`` and ``copy``
  are then ignored, as the specification says);
- ``update`` is merged into each selected object (objects merge recursively, any other value
  replaces), appended to each selected array, and replaces each selected scalar;
- ``copy`` is a JSONPath selecting exactly one node whose value is applied like ``update``;
- an action whose target selects nothing fails with the action's description: a silent no-op
  would hide a change in the spec it was written for.
"""

from __future__ import annotations

import argparse
import copy
import re
import sys
from collections.abc import Mapping, MutableMapping, MutableSequence, Sequence
from pathlib import Path
from typing import Any

import jsonpath_rfc9535 as jsonpath
import yaml

__all__ = ["OverlayError", "apply_overlay", "dump_yaml", "load_yaml", "merge"]

SUPPORTED_VERSIONS = ("1.0.", "1.1.")


class OverlayError(ValueError):
    """An overlay document is malformed or one of its actions cannot be applied."""


def merge(target: MutableMapping[str, Any], update: Mapping[str, Any]) -> None:
    """Merge ``update`` into ``target`` in place: objects merge recursively, other values replace."""
    for key, value in update.items():
        current = target.get(key)
        if isinstance(current, MutableMapping) and isinstance(value, Mapping):
            merge(current, value)
        else:
            target[key] = copy.deepcopy(value)


def _label(index: int, action: Mapping[str, Any]) -> str:
    description = action.get("description") or "no description"
    return f"action #{index} ({description}) with target {action.get('target')!r}"


def _select(document: Any, query: str, label: str) -> list[jsonpath.JSONPathNode]:
    try:
        return list(jsonpath.find(query, document))
    except jsonpath.JSONPathError as exc:
        raise OverlayError(f"{label}: invalid JSONPath {query!r}: {exc}") from exc


def _parent(document: Any, location: Sequence[int | str]) -> Any:
    node = document
    for step in location[:-1]:
        node = node[step]
    return node


def _apply_value(document: Any, node: jsonpath.JSONPathNode, value: Any, label: str) -> Any:
    """Apply an update value to one selected node; return the (possibly replaced) document."""
    target = node.value
    if isinstance(target, MutableSequence):
        target.append(copy.deepcopy(value))
    elif isinstance(target, MutableMapping):
        if not isinstance(value, Mapping):
            raise OverlayError(f"{label}: target {node.path()} is an object, so the update must be one too")
        merge(target, value)
    elif not node.location:
        return copy.deepcopy(value)
    else:
        _parent(document, node.location)[node.location[-1]] = copy.deepcopy(value)
    return document


def _remove(document: Any, nodes: list[jsonpath.JSONPathNode], label: str) -> None:
    # Delete deepest and highest-indexed nodes first so earlier deletions never shift later ones.
    for node in sorted(nodes, key=lambda n: (len(n.location), n.location), reverse=True):
        if not node.location:
            raise OverlayError(f"{label}: the document root cannot be removed")
        del _parent(document, node.location)[node.location[-1]]


def _apply_action(document: Any, index: int, action: Mapping[str, Any]) -> Any:
    label = _label(index, action)
    target = action.get("target")
    if not isinstance(target, str):
        raise OverlayError(f"{label}: 'target' must be a JSONPath string")
    remove = action.get("remove", False)
    if not isinstance(remove, bool):
        raise OverlayError(f"{label}: 'remove' must be a boolean")
    if not remove and "update" not in action and "copy" not in action:
        raise OverlayError(f"{label}: has no 'update', no 'copy' and no 'remove: true'; it would do nothing")

    nodes = _select(document, target, label)
    if not nodes:
        raise OverlayError(f"{label}: the target matched nothing")

    if remove:
        _remove(document, nodes, label)
        return document
    if "update" in action:
        value = action["update"]
    else:
        source = action["copy"]
        if not isinstance(source, str):
            raise OverlayError(f"{label}: 'copy' must be a JSONPath string")
        sources = _select(document, source, label)
        if len(sources) != 1:
            raise OverlayError(f"{label}: copy source {source!r} must match exactly one node, matched {len(sources)}")
        value = copy.deepcopy(sources[0].value)
    for node in nodes:
        document = _apply_value(document, node, value, label)
    return document


def apply_overlay(document: Any, overlay: Mapping[str, Any], *, require_descriptions: bool = False) -> Any:
    """Return a copy of ``document`` with every action of ``overlay`` applied in order."""
    version = str(overlay.get("overlay", ""))
    if not version.startswith(SUPPORTED_VERSIONS):
        raise OverlayError(f"unsupported overlay version {version!r}; expected 1.0.x or 1.1.x")
    actions = overlay.get("actions")
    if not isinstance(actions, list) or not actions:
        raise OverlayError("an overlay needs a non-empty 'actions' list")
    if version.startswith("1.0.") and any(isinstance(a, Mapping) and "copy" in a for a in actions):
        raise OverlayError("the 'copy' action needs overlay version 1.1.x")
    result = copy.deepcopy(document)
    for index, action in enumerate(actions, start=1):
        if not isinstance(action, Mapping):
            raise OverlayError(f"action #{index} is not an object")
        if require_descriptions and not str(action.get("description", "")).strip():
            raise OverlayError(f"{_label(index, action)}: every action must carry a description of its evidence")
        result = _apply_action(result, index, action)
    return result


def load_yaml(path: Path) -> Any:
    """Load a YAML (or JSON) file with the safe loader."""
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


class _ReviewableDumper(yaml.SafeDumper):
    """A safe dumper that writes multi-line strings as literal blocks and never anchors or aliases
    shared nodes, so the resolved spec reads like the spec and diffs stay readable."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


#: plain scalars a YAML 1.2 (core schema) reader would take for a number, though PyYAML (YAML 1.1)
#: writes them unquoted: "02367940224" must stay a string for every reader.
_YAML12_NUMBER = re.compile(r"[-+]?([0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?)")


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else "'" if _YAML12_NUMBER.fullmatch(value) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_ReviewableDumper.add_representer(str, _represent_str)


def dump_yaml(document: Any, header: str = "") -> str:
    """Serialise deterministically: key order kept, unicode kept, a fixed line width."""
    body: str = yaml.dump(document, Dumper=_ReviewableDumper, sort_keys=False, allow_unicode=True, width=100)
    return header + body


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("spec", type=Path)
    parser.add_argument("overlay", type=Path)
    parser.add_argument("-o", "--output", type=Path, help="write here instead of standard output")
    args = parser.parse_args(argv)
    try:
        resolved = apply_overlay(load_yaml(args.spec), load_yaml(args.overlay))
    except OverlayError as exc:
        print(f"{args.overlay}: {exc}", file=sys.stderr)
        return 1
    text = dump_yaml(resolved)
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
