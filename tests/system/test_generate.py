"""Unit tests of the generation driver and the provider table, on tiny specs of our own."""

from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tools.generate import COMMENT_STYLES, GenerationError, auth_flows, generate, marker_for
from tools.overlay import load_yaml
from tools.providers import Provider, get_provider, load_providers

TINY_SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Tiny", "version": "1.2.3"},
    "servers": [{"url": "http://tiny.test/v1"}],
    "paths": {
        "/login": {
            "post": {
                "operationId": "login",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/x-www-form-urlencoded": {
                            "schema": {
                                "type": "object",
                                "required": ["user", "secret"],
                                "properties": {"user": {"type": "string"}, "secret": {"type": "string"}},
                            }
                        }
                    },
                },
                "responses": {"200": {"description": "ok"}},
            }
        },
        "/ping": {"get": {"operationId": "ping", "responses": {"200": {"description": "pong"}}}},
    },
    "components": {"securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "X-Key"}}},
}
TINY_OVERLAY: dict[str, Any] = {
    "overlay": "1.1.0",
    "info": {"title": "tiny quirks", "version": "1"},
    "actions": [
        {
            "target": "$.components.securitySchemes.key",
            "description": "Evidence: the tiny docs say login returns the key as JSON.",
            "update": {
                "x-sms-auth": {
                    "flows": [
                        {
                            "name": "sign_in",
                            "operationId": "login",
                            "credentials": {"user": "user", "secret": "secret"},
                            "result": {"format": "json", "fields": {"key": "key"}},
                            "headers": {"X-Key": "{key}"},
                        }
                    ]
                }
            },
        }
    ],
}


def tiny_provider(tmp_path: Path, spec: dict[str, Any], overlay: dict[str, Any]) -> Provider:
    (tmp_path / "spec.yaml").write_text(yaml.safe_dump(spec))
    (tmp_path / "overlay.yaml").write_text(yaml.safe_dump(overlay))
    return Provider(
        name="tiny",
        spec=str(tmp_path / "spec.yaml"),
        overlay=str(tmp_path / "overlay.yaml"),
        package="tiny-client",
        module="tiny_client",
        mock="sms_mocks.fractel:FracTEL",
        version="1.0.0",
    )


@pytest.fixture(scope="module")
def tiny_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("tiny")
    destination = root / "out" / "tiny-client"
    generate(tiny_provider(root, TINY_SPEC, TINY_OVERLAY), destination)
    return destination


def test_every_generated_file_carries_the_do_not_edit_marker(tiny_package: Path) -> None:
    files = [p for p in tiny_package.rglob("*") if p.is_file()]
    assert len(files) > 10
    for path in files:
        first_line = path.read_text(encoding="utf-8").splitlines()[0]
        assert "do not edit" in first_line and "generated from" in first_line, path


def test_vendored_runtime_files_name_their_hand_written_source(tiny_package: Path) -> None:
    first = (tiny_package / "tiny_client" / "_runtime" / "login.py").read_text().splitlines()[0]
    assert first == "# " + marker_for("runtime/login.py")


def test_resolved_spec_is_written_beside_the_package(tiny_package: Path) -> None:
    resolved = load_yaml(tiny_package / "openapi.resolved.yaml")
    assert "x-sms-auth" in resolved["components"]["securitySchemes"]["key"]


def test_generated_package_imports_and_exposes_its_login_flow(tiny_package: Path) -> None:
    code = (
        "import tiny_client, inspect, tiny_client._runtime.provider as p; "
        "print(list(inspect.signature(tiny_client.connect).parameters)[:4]); "
        "print(p.SIGN_IN.headers, p.SignInCredentials.__name__, p.ENVIRONMENT, p.DEFAULT_BASE_URL); "
        "print(tiny_client.__version__, tiny_client.__api_version__)"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=tiny_package, capture_output=True, text=True, check=True)
    assert "['base_url', 'secret', 'user', 'flow']" in result.stdout  # yaml.safe_dump sorted the keys
    assert "{'X-Key': '{key}'} SignInCredentials" in result.stdout
    assert (
        "{'base_url': 'TINY_BASE_URL', 'secret': 'TINY_SECRET', 'user': 'TINY_USER'} http://tiny.test/v1"
        in result.stdout
    )
    assert "1.0.0 1.2.3" in result.stdout


def test_generator_warnings_fail_the_build(tmp_path: Path) -> None:
    spec = copy.deepcopy(TINY_SPEC)
    spec["paths"]["/broken/{id}"] = {"get": {"operationId": "broken", "responses": {"200": {"description": "x"}}}}
    with pytest.raises(GenerationError, match="Endpoint will not be generated"):
        generate(tiny_provider(tmp_path, spec, TINY_OVERLAY), tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_overlay_actions_without_evidence_fail_the_build(tmp_path: Path) -> None:
    overlay = copy.deepcopy(TINY_OVERLAY)
    del overlay["actions"][0]["description"]
    with pytest.raises(GenerationError, match="description of its evidence"):
        generate(tiny_provider(tmp_path, TINY_SPEC, overlay), tmp_path / "out")


def test_overlay_action_matching_nothing_fails_the_build(tmp_path: Path) -> None:
    overlay = copy.deepcopy(TINY_OVERLAY)
    overlay["actions"][0]["target"] = "$.components.securitySchemes.renamed"
    with pytest.raises(GenerationError, match=r"the tiny docs say.*matched nothing"):
        generate(tiny_provider(tmp_path, TINY_SPEC, overlay), tmp_path / "out")


def test_auth_flows_are_derived_from_the_resolved_fractel_spec() -> None:
    [flow] = auth_flows(load_yaml(get_provider("fractel").resolved_spec))
    login = flow.login
    assert login is not None and flow.static is None
    assert flow.name == "connect" and flow.result_names == ("token",)
    assert (login.method, login.path, login.credentials_in) == ("POST", "/auth", "form")
    assert login.headers == {"token": "{token}"}
    assert login.lifetime_field == "expires"


def test_auth_flows_need_exactly_one_declaring_scheme_and_known_operations() -> None:
    with pytest.raises(GenerationError, match="found 0"):
        auth_flows(TINY_SPEC)
    spec = copy.deepcopy(TINY_SPEC)
    declared = copy.deepcopy(TINY_OVERLAY["actions"][0]["update"]["x-sms-auth"])
    spec["components"]["securitySchemes"]["key"]["x-sms-auth"] = declared
    declared["flows"][0]["operationId"] = "nope"
    with pytest.raises(GenerationError, match="'nope'"):
        auth_flows(spec)
    declared["flows"][0]["operationId"] = "login"
    declared["flows"].append(copy.deepcopy(declared["flows"][0]))
    with pytest.raises(GenerationError, match="unique"):
        auth_flows(spec)


def test_every_kind_of_generated_file_has_a_marker_style(tiny_package: Path) -> None:
    kinds = {p.suffix or p.name for p in tiny_package.rglob("*") if p.is_file()}
    assert kinds <= set(COMMENT_STYLES)


def test_provider_table_rows_are_complete_and_unique(tmp_path: Path) -> None:
    assert "fractel" in {p.name for p in load_providers()}
    table = tmp_path / "providers.toml"
    row = 'name="a"\nspec="s"\noverlay="o"\npackage="p"\nmodule="m"\nmock="x:y"\nversion="1.0.0"\n'
    table.write_text(f"[[provider]]\n{row}[[provider]]\n{row}")
    with pytest.raises(ValueError, match="duplicate name"):
        load_providers(table)
    table.write_text(f"[[provider]]\n{row.replace('1.0.0', '2.0')}")
    with pytest.raises(ValueError, match=r"version '2\.0' is not MAJOR\.MINOR\.PATCH"):
        load_providers(table)
    table.write_text('[[provider]]\nname="a"\n')
    with pytest.raises(ValueError, match="missing"):
        load_providers(table)
    with pytest.raises(KeyError, match="unknown provider 'zzz'"):
        get_provider("zzz")
