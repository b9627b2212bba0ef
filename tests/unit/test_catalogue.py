"""Unit tests of tools/catalogue.py (spec + extensions -> runtime catalogue) and of the open enums."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from runtime.operation import Paging
from tools.catalogue import CatalogueError, catalogue, error_shape

SPEC: dict[str, Any] = {
    "x-sms-errors": {"code": "/err"},
    "x-sms-pagination": {"style": "page", "start": "pageNumber", "size": "pageSize", "total": "/total"},
    "paths": {
        "/things": {
            "get": {
                "operationId": "listThings",
                "parameters": [
                    {"$ref": "#/components/parameters/Page"},
                    {"name": "pageSize", "in": "query", "schema": {"type": "integer", "default": 5}},
                ],
                "responses": {
                    "200": {
                        "content": {
                            "application/json": {
                                "schema": {"properties": {"things": {"type": "array"}, "total": {"type": "integer"}}}
                            }
                        }
                    }
                },
            },
            "post": {
                "operationId": "sendThing",
                "x-sms-send": {
                    "key": {"in": "body", "name": "ref"},
                    "lookup": {"operationId": "getThing", "parameters": {"ref": "{key}", "full": "yes"}},
                },
                "responses": {"201": {"description": "sent"}, "400": {"description": "bad"}},
            },
        },
        "/things/{ref}": {
            "parameters": [{"name": "ref", "in": "path", "required": True}],
            "get": {
                "operationId": "getThing",
                "parameters": [{"name": "full", "in": "query"}],
                "responses": {"200": {"description": "ok"}},
            },
        },
    },
    "components": {"parameters": {"Page": {"name": "pageNumber", "in": "query", "schema": {"type": "integer"}}}},
}


@pytest.fixture
def package(tmp_path: Path) -> Path:
    for name in ("list_things", "send_thing", "get_thing"):
        (tmp_path / "api" / "things").mkdir(parents=True, exist_ok=True)
        (tmp_path / "api" / "things" / f"{name}.py").write_text("")
    return tmp_path


def test_operations_carry_modules_statuses_paging_and_sends(package: Path) -> None:
    entries = {entry.id: entry for entry in catalogue(SPEC, package)}
    assert entries["listThings"].module == "api.things.list_things"
    assert entries["listThings"].paging == Paging(
        style="page",
        start_param="page_number",
        size_param="page_size",
        items="things",
        total=("total",),
        default_size=5,
    )
    send = entries["sendThing"].send
    assert entries["sendThing"].success == (201,) and entries["sendThing"].paging is None
    assert send is not None and (send.key_in, send.key_name) == ("body", "ref")
    assert send.lookup is not None
    assert send.lookup.path_params == {"ref": "{key}"} and send.lookup.query == {"full": "yes"}
    assert (send.lookup.method, send.lookup.path) == ("GET", "/things/{ref}")
    assert error_shape(SPEC) == {"code": "/err", "message": ""}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda s: s["paths"]["/things"]["post"]["x-sms-send"]["lookup"].update(operationId="nope"), "is not in"),
        (lambda s: s["paths"]["/things"]["post"]["x-sms-send"]["key"].update({"in": "header"}), "body or query"),
        (
            lambda s: s["paths"]["/things"]["post"]["x-sms-send"]["lookup"]["parameters"].update(x="{key}"),
            "'x' is not a path or query",
        ),
        (
            lambda s: s["paths"]["/things"]["get"]["responses"]["200"]["content"]["application/json"]["schema"][
                "properties"
            ].update(more={"type": "array"}),
            "cannot tell the items",
        ),
    ],
)
def test_a_declaration_that_cannot_work_fails_generation(package: Path, change: Any, message: str) -> None:
    spec = copy.deepcopy(SPEC)
    change(spec)
    with pytest.raises(CatalogueError, match=message):
        catalogue(spec, package)


def test_an_operation_without_a_generated_module_fails(tmp_path: Path) -> None:
    with pytest.raises(CatalogueError, match="expected one generated module"):
        catalogue(SPEC, tmp_path)


def test_generated_enums_keep_values_the_spec_does_not_list() -> None:
    from smsend_client.models import AliasState
    from smstools_client.models import SmsInfo, SmsStatus

    status = SmsStatus("RETRYING")
    assert status.value == "RETRYING" and str(status) == "RETRYING" and isinstance(status, SmsStatus)
    assert SmsStatus("DELIVERED") is SmsStatus.DELIVERED
    assert AliasState(7).value == 7 and AliasState(1) is AliasState.CONFIRMED_BY_SMSEND
    with pytest.raises(ValueError):
        SmsStatus(3)  # a value of the wrong type is still an error
    info = SmsInfo.from_dict({"id": 1, "to": "39348", "status": "RETRYING"})
    assert info.to_dict()["status"] == "RETRYING"
