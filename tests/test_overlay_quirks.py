"""One test per quirk an overlay fixes: each fails if its overlay action is removed.

overlays/README.md names these tests in its table; behaviour over the wire is covered by the
end-to-end tests named there too.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tools.mocks.server import MockServer
from tools.overlay import load_yaml
from tools.providers import get_provider


@pytest.fixture(scope="module")
def fractel() -> dict[str, Any]:
    resolved: dict[str, Any] = load_yaml(get_provider("fractel").resolved_spec)
    return resolved


def operations(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {op["operationId"]: op for item in spec["paths"].values() for op in item.values() if "operationId" in op}


def test_fractel_every_call_but_auth_requires_the_token(fractel: dict[str, Any], fractel_mock: MockServer) -> None:
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
    from fractel_client.api.sms import post_sms
    from fractel_client.client import Client
    from fractel_client.models import Error, SendResult

    client = Client(base_url="http://unused.test")
    ok = httpx.Response(200, json={"statusCode": 200, "result": "SUCCESS", "uid": "u"})
    bad = httpx.Response(400, json={"statusCode": 400, "error": "Bad Request", "message": '"to" is required'})
    assert isinstance(post_sms._parse_response(client=client, response=ok), SendResult)
    assert isinstance(post_sms._parse_response(client=client, response=bad), Error)


def test_fractel_login_is_declared_as_data_for_the_runtime(fractel: dict[str, Any]) -> None:
    from fractel_client.runtime.provider import CONNECT

    [declared] = fractel["components"]["securitySchemes"]["token"]["x-sms-auth"]["flows"]
    assert declared["headers"] == {"token": "{token}"}
    assert (CONNECT.path, CONNECT.headers, CONNECT.result_fields) == ("/auth", {"token": "{token}"}, {"token": "token"})


def test_fractel_https_base_url_is_listed(fractel: dict[str, Any]) -> None:
    assert [s["url"] for s in fractel["servers"]] == ["http://api.fractel.net/v2", "https://api.fractel.net/v2"]
