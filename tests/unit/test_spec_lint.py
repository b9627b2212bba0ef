"""Every spec and resolved spec is valid OpenAPI 3.1 and passes tools.speclint; each rule fires.

The per-file tests run the same lint as ``make speclint``; the rule tests break a small valid
document in one way each and check that exactly the intended rule reports it, with its path.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
import yaml

from tools import speclint

ROOT = Path(__file__).resolve().parents[2]
FILES = speclint.default_files()
TREES = sorted(p for p in (ROOT / "generated").iterdir() if p.is_dir())


def test_the_six_files_are_all_found() -> None:
    assert len(FILES) == 6, FILES


@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(ROOT)) for p in FILES])
def test_spec_is_valid_openapi_31_and_lints_clean(path: Path) -> None:
    findings = speclint.lint_file(path)
    assert findings == [], "\n".join(findings)


@pytest.mark.parametrize("tree", TREES, ids=[p.name for p in TREES])
def test_generated_files_cite_no_maintainers_notes(tree: Path) -> None:
    citations = speclint.lint_generated_tree(tree)
    assert citations == [], "\n".join(citations[:40])


# --- each rule fires on a document broken on purpose -------------------------------------------------

GOOD: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "paths": {
        "/things": {
            "post": {
                "operationId": "createThing",
                "requestBody": {
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/Thing"},
                            "example": {"id": 1},
                        }
                    }
                },
                "responses": {
                    "200": {
                        "description": "made",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                        "links": {"Get": {"operationId": "getThing", "parameters": {"path.id": "$response.body#/id"}}},
                    }
                },
            }
        },
        "/things/{id}": {
            "get": {
                "operationId": "getThing",
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}, "example": 7}
                ],
                "responses": {"200": {"description": "the thing"}},
            }
        },
    },
    "components": {
        "schemas": {
            "Thing": {
                "type": "object",
                "properties": {"id": {"type": "integer", "minimum": 1, "examples": [3]}},
                "example": {"id": 2},
            }
        }
    },
}


def findings_of(rule: Callable[[Mapping[str, Any]], Iterator[speclint.Finding]], doc: Mapping[str, Any]) -> list[str]:
    return [f"{where}: {reason}" for where, reason in rule(doc)]


def test_the_good_document_passes_every_rule() -> None:
    assert speclint.lint_document(GOOD) == []


def broken(change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    doc = copy.deepcopy(GOOD)
    change(doc)
    return doc


def split_description(doc: dict[str, Any]) -> None:
    # what `{description: A, B, schema: ...}` in a YAML flow mapping turns into
    parameter = doc["paths"]["/things/{id}"]["get"]["parameters"][0]
    parameter["description"] = "A"
    parameter["B"] = None


def test_validator_rejects_invalid_openapi_with_the_path() -> None:
    found = findings_of(speclint.validate, broken(split_description))
    assert len(found) == 1 and found[0].startswith("$.paths['/things/{id}'].get.parameters[0]: not valid OpenAPI 3.1")


def test_unknown_keys_inside_a_schema_are_reported() -> None:
    # JSON Schema ignores unknown keywords, so the validator lets this one through
    doc = broken(lambda d: d["components"]["schemas"]["Thing"]["properties"]["id"].update({"named by its key": 1}))
    assert findings_of(speclint.validate, doc) == []
    assert findings_of(speclint.unknown_keys, doc) == [
        "$.components.schemas.Thing.properties.id['named by its key']: "
        "unknown key 'named by its key' in a schema object"
    ]


def test_unknown_keys_in_openapi_objects_are_reported_but_extensions_are_not() -> None:
    doc = broken(lambda d: d["paths"]["/things"]["post"].update({"x-fine": 1, "summry": "typo"}))
    assert findings_of(speclint.unknown_keys, doc) == [
        "$.paths['/things'].post.summry: unknown key 'summry' in a operation object"
    ]


def test_null_valued_keys_are_reported() -> None:
    doc = broken(lambda d: d["components"]["schemas"]["Thing"].update({"description": None}))
    assert findings_of(speclint.null_keys, doc) == [
        "$.components.schemas.Thing.description: key 'description' has a null value"
    ]


def test_a_link_to_a_missing_parameter_is_reported() -> None:
    def change(d: dict[str, Any]) -> None:
        d["paths"]["/things"]["post"]["responses"]["200"]["links"]["Get"]["parameters"] = {
            "header.token": "$response.body#/id"
        }

    assert findings_of(speclint.links, broken(change)) == [
        "$.paths['/things'].post.responses['200'].links.Get.parameters['header.token']: "
        "operation 'getThing' declares no parameter 'header.token'"
    ]


def test_a_link_to_a_missing_operation_is_reported() -> None:
    def change(d: dict[str, Any]) -> None:
        d["paths"]["/things"]["post"]["responses"]["200"]["links"]["Get"]["operationId"] = "fetchThing"

    assert findings_of(speclint.links, broken(change)) == [
        "$.paths['/things'].post.responses['200'].links.Get.operationId: link targets unknown operationId 'fetchThing'"
    ]


def test_an_unused_component_is_reported() -> None:
    doc = broken(lambda d: d["components"]["schemas"].update({"Orphan": {"type": "string"}}))
    assert findings_of(speclint.unused_components, doc) == [
        "$.components.schemas.Orphan: component referenced from nowhere"
    ]


@pytest.mark.parametrize(
    ("where", "change"),
    [
        (
            "$.paths['/things/{id}'].get.parameters[0].example",
            lambda d: d["paths"]["/things/{id}"]["get"]["parameters"][0].update({"example": "seven"}),
        ),
        (
            "$.paths['/things'].post.requestBody.content['application/json'].example.id",
            lambda d: d["paths"]["/things"]["post"]["requestBody"]["content"]["application/json"].update(
                {"example": {"id": 0}}
            ),
        ),
        (
            "$.paths['/things'].post.responses['200'].content['application/json'].examples.one.value.id",
            lambda d: d["paths"]["/things"]["post"]["responses"]["200"]["content"]["application/json"].update(
                {"examples": {"one": {"value": {"id": "x"}}}}
            ),
        ),
        (
            "$.components.schemas.Thing.properties.id.examples[0]",
            lambda d: d["components"]["schemas"]["Thing"]["properties"]["id"].update({"examples": [-1]}),
        ),
        (
            "$.components.schemas.Thing.example.id",
            lambda d: d["components"]["schemas"]["Thing"].update({"example": {"id": 1.5}}),
        ),
    ],
    ids=["parameter", "request body", "response examples", "schema examples", "schema example"],
)
def test_an_example_that_does_not_match_its_schema_is_reported(
    where: str, change: Callable[[dict[str, Any]], None]
) -> None:
    found = findings_of(speclint.examples, broken(change))
    assert len(found) == 1 and found[0].startswith(where + ": example does not match its schema"), found


def test_a_generated_file_citing_research_notes_is_reported(tmp_path: Path) -> None:
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "model.py").write_text('"""Send result (research 5.2, OFFICIAL-DOC)."""\n', encoding="utf-8")
    (tmp_path / "pkg" / "ok.py").write_text('"""Send result, as documented."""\n', encoding="utf-8")
    found = speclint.lint_generated_tree(tmp_path)
    assert len(found) == 1 and "model.py:1: cites maintainers' notes ('research')" in found[0]


def test_main_exits_non_zero_and_names_file_path_and_reason(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(yaml.safe_dump(broken(split_description)), encoding="utf-8")
    assert speclint.main([str(bad)]) == 1
    err = capsys.readouterr().err
    assert f"{bad}: $.paths['/things/{{id}}'].get.parameters[0]: not valid OpenAPI 3.1" in err
    good = tmp_path / "good.yaml"
    good.write_text(yaml.safe_dump(GOOD), encoding="utf-8")
    assert speclint.main([str(good)]) == 0


def test_a_duplicate_yaml_key_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "dup.yaml"
    bad.write_text("openapi: 3.1.0\ninfo: {title: t, version: '1'}\ninfo: {title: u, version: '2'}\n", encoding="utf-8")
    found = speclint.lint_file(bad)
    assert len(found) == 1 and "duplicate key 'info'" in found[0], found


UNNAMED = "enum: values not starting with a letter need x-enum-varnames"


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        ({"type": "string", "enum": ["sms-trigger", "not-delivered"]}, []),
        ({"type": "integer", "enum": [0, 1], "x-enum-varnames": ["ACTIVE", "ARCHIVED"]}, []),
        ({"type": "integer", "enum": [0, 1]}, [UNNAMED]),
        ({"type": "string", "enum": ["7BIT", "UCS2"]}, [UNNAMED]),
        (
            {"type": "integer", "enum": [0, 1], "x-enum-varnames": ["ACTIVE"]},
            ["x-enum-varnames: needs exactly one name per enum value"],
        ),
        (
            {"type": "integer", "enum": [0, 1], "x-enum-varnames": ["ACTIVE", "7BIT"]},
            ["x-enum-varnames: not Python names: ['7BIT']"],
        ),
    ],
)
def test_an_enum_the_generator_would_name_by_position_is_reported(schema: dict[str, Any], expected: list[str]) -> None:
    doc = broken(lambda d: d["components"]["schemas"]["Thing"]["properties"].update({"state": schema}))
    prefix = "$.components.schemas.Thing.properties.state."
    assert findings_of(speclint.enum_names, doc) == [prefix + reason for reason in expected]
