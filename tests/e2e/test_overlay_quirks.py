"""One test per quirk an overlay fixes: each fails if its overlay action is removed.

overlays/README.md names these tests in its table; behaviour over the wire is covered by the
end-to-end tests named there too.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from sms_mocks.pytest_plugin import MockHandle

from tools.overlay import load_yaml
from tools.providers import get_provider


@pytest.fixture(scope="module")
def fractel() -> dict[str, Any]:
    resolved: dict[str, Any] = load_yaml(get_provider("fractel").resolved_spec)
    return resolved


def operations(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {op["operationId"]: op for item in spec["paths"].values() for op in item.values() if "operationId" in op}


def test_fractel_every_call_but_auth_requires_the_token(fractel: dict[str, Any], fractel_mock: MockHandle) -> None:
    assert fractel["security"] == [{"token": []}]
    assert operations(fractel)["postAuth"]["security"] == []
    assert all("security" not in op for name, op in operations(fractel).items() if name != "postAuth")
    unauthenticated = httpx.post(fractel_mock.base_url + "/sms", data={"to": "3125550199"})
    assert unauthenticated.status_code == 401
    assert unauthenticated.json() == {"statusCode": 401, "error": "Unauthorized", "message": "Missing authentication"}


def test_fractel_success_is_an_explicit_200_and_errors_have_the_error_body(fractel: dict[str, Any]) -> None:
    for name, op in operations(fractel).items():
        responses = op["responses"]
        assert "200" in responses, name
        assert responses["default"] == {"$ref": "#/components/responses/Error"}, name
        assert responses["401"] == {"$ref": "#/components/responses/Unauthorized"}, name


def test_fractel_generated_parsers_return_models_for_200_and_errors() -> None:
    from fractel_client import ValidationError
    from fractel_client.api.sms import post_sms
    from fractel_client.client import Client
    from fractel_client.models import Error

    client = Client(base_url="http://unused.test")
    ok = httpx.Response(200, json={"statusCode": 200, "result": "SUCCESS", "uid": "u"})
    bad = httpx.Response(400, json={"statusCode": 400, "error": "Bad Request", "message": '"to" is required'})
    assert post_sms._parse_response(client=client, response=ok).uid == "u"
    with pytest.raises(ValidationError) as failure:
        post_sms._parse_response(client=client, response=bad)
    assert failure.value.response is not None
    assert Error.from_dict(failure.value.response.json()).message == '"to" is required'


def test_fractel_login_is_declared_as_data_for_the_runtime(fractel: dict[str, Any]) -> None:
    from fractel_client._runtime.provider import CONNECT

    [declared] = fractel["components"]["securitySchemes"]["token"]["x-sms-auth"]["flows"]
    assert declared["headers"] == {"token": "{token}"}
    assert (CONNECT.path, CONNECT.headers, CONNECT.result_fields) == ("/auth", {"token": "{token}"}, {"token": "token"})


def test_fractel_https_base_url_is_listed(fractel: dict[str, Any]) -> None:
    assert [s["url"] for s in fractel["servers"]] == ["http://api.fractel.net/v2", "https://api.fractel.net/v2"]


@pytest.fixture(scope="module")
def smsend() -> dict[str, Any]:
    resolved: dict[str, Any] = load_yaml(get_provider("smsend").resolved_spec)
    return resolved


def test_smsend_both_logins_are_declared_with_exact_header_names(smsend: dict[str, Any]) -> None:
    from smsend_client._runtime.provider import LOGIN, TOKEN

    assert LOGIN.headers == {"user_key": "{user_key}", "Session_key": "{session_key}"}
    assert TOKEN.headers == {"user_key": "{user_key}", "Access_token": "{access_token}"}
    assert (LOGIN.result_format, LOGIN.text_separator, LOGIN.credentials_in) == ("text", ";", "query")


def test_smsend_base_url_has_no_trailing_slash_so_paths_join_with_one(smsend: dict[str, Any]) -> None:
    base = smsend["servers"][0]["url"]
    assert base == "http://app.gateway.smsend.it/API/v1.0/REST"
    assert "//" not in (base + "/login").removeprefix("http://")


def test_smsend_delete_group_is_declared_as_delete(smsend: dict[str, Any]) -> None:
    item = smsend["paths"]["/group/{group_id}"]
    assert item["delete"]["operationId"] == "deleteGroup" and "get" not in item


def test_smsend_sends_declare_the_201_their_samples_expect(smsend: dict[str, Any]) -> None:
    for path in ("/paramsms", "/smstogroups"):
        responses = smsend["paths"][path]["post"]["responses"]
        assert responses["201"] == responses["200"], path


def test_smsend_message_types_include_the_samples_codes(smsend: dict[str, Any]) -> None:
    assert smsend["components"]["schemas"]["MessageType"]["enum"] == ["N", "L", "LL", "GP", "SI", "GS", "EE"]


def test_smsend_string_booleans_are_booleans(smsend: dict[str, Any]) -> None:
    flags = [
        parameter
        for item in smsend["paths"].values()
        for op in item.values()
        if isinstance(op, dict)
        for parameter in op.get("parameters", [])
        if parameter.get("name") in ("getMoney", "SendOptIn", "deletecontacts")
    ]
    assert len(flags) == 3
    assert all(flag["schema"] == {"type": "boolean", "default": False} for flag in flags)


def test_smsend_list_groups_declares_its_400(smsend: dict[str, Any]) -> None:
    declared = smsend["paths"]["/groups"]["get"]["responses"]["400"]
    assert declared["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Error"}
    assert "inference" in declared["description"]  # not in this operation's table: said in plain words


@pytest.fixture(scope="module")
def smstools() -> dict[str, Any]:
    resolved: dict[str, Any] = load_yaml(get_provider("smstools").resolved_spec)
    return resolved


def test_smstools_static_flow_fills_basic_and_smart_keys_https_only_json(smstools: dict[str, Any]) -> None:
    from smstools_client._runtime.provider import CONNECT

    assert CONNECT.default == ("basicAuth",) and CONNECT.https_only
    assert CONNECT.headers == {"Accept": "application/json"}
    assert {path for _, path, _ in CONNECT.operations} == {"/smart/sms/send", "/smart/user"}
    assert (CONNECT.schemes["smartKey"].kind, CONNECT.schemes["smartKey"].name) == ("query", "authKey")


def test_smstools_error_code_may_be_a_number_or_a_string(smstools: dict[str, Any]) -> None:
    from smstools_client.models import Error, ErrorCode

    assert smstools["components"]["schemas"]["Error"]["properties"]["errorCode"]["type"] == ["integer", "string"]
    legacy = Error.from_dict({"errorCode": "400", "errorMsg": "NO_PARAMS"})
    assert legacy.error_code == "400" and legacy.error_msg is ErrorCode.NO_PARAMS
    unknown = Error.from_dict({"errorCode": 400, "errorMsg": "SOMETHING_NEW"})
    assert unknown.error_msg == "SOMETHING_NEW"
