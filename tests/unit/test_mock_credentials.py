"""Which request values the mocks treat as credentials (mocks/src/sms_mocks/credentials.py): one source
per provider, read from its spec, for both places a request is shown: the request log (engine
``redact`` over the names the server is given) and the outbox's request records (plane.py)."""

from __future__ import annotations

from typing import Any

import pytest
from sms_mocks.credentials import ALWAYS_SECRET_HEADERS, credentials, credentials_of
from sms_mocks.engine import Call, SpecApp, redact
from sms_mocks.registry import create_mock
from sms_mocks.specs import load_spec
from werkzeug.datastructures import Headers
from werkzeug.test import EnvironBuilder
from werkzeug.wrappers import Request

#: provider -> (query/body names, extra header names): what each spec marks, by the module's rules.
EXPECTED: dict[str, tuple[set[str], set[str]]] = {
    # postAuth's body password (format: password, and the login flow's), the callback's url_password
    "fractel": ({"password", "url_password"}, {"token"}),
    # /login, /token and /pwdreset's query password; the three API-key headers
    "smsend": ({"password"}, {"user_key", "session_key", "access_token"}),
    # the Smart API's query keys; a sub-account's body password
    "smstools": ({"authKey", "authSecret", "password"}, set()),
}
PROVIDERS = sorted(EXPECTED)
KEPT = ("text", "to", "username", "passwordless")


@pytest.mark.parametrize("name", PROVIDERS)
def test_each_providers_credentials_are_read_from_its_spec(name: str) -> None:
    found = credentials(load_spec(name))
    names, headers = EXPECTED[name]
    assert found.names == names
    assert found.headers == ALWAYS_SECRET_HEADERS | headers
    assert found.cookies == frozenset()


@pytest.mark.parametrize("name", PROVIDERS)
def test_the_request_log_and_the_outbox_mask_the_same_values(name: str) -> None:
    """Every credential the one source names is masked in both outputs; nothing else is."""
    provider = create_mock(name)
    app = SpecApp(provider)
    secret = credentials_of(provider)
    assert credentials_of(provider) is secret, "read once per provider"
    assert app.credential_names == secret.names, "the server logs with the source's names"

    values = {field: f"S3CRET-{index}" for index, field in enumerate(sorted(secret.names))}
    values.update({field: f"plain-{field}" for field in KEPT})
    query = "&".join(f"{field}={value}" for field, value in values.items())
    logged = redact(f'127.0.0.1 - "GET /sms?{query} HTTP/1.1" 200', app.credential_names)

    header_values = {field.title(): f"H-{field}" for field in secret.headers} | {"X-Kept": "plain"}
    environ = EnvironBuilder(path="/sms", query_string=query, headers=list(header_values.items())).get_environ()
    request = Request(environ)
    call = Call("op", {}, dict(request.args), Headers(list(header_values.items())), dict(values), request)
    record: dict[str, Any] = provider._request_record(call)

    for field in secret.names:
        assert values[field] not in logged and f"{field}=***" in logged, (field, logged)
        assert record["query"][field] == "***" and record["body"][field] == "***", field
    for field in KEPT:
        assert f"{field}=plain-{field}" in logged
        assert record["query"][field] == record["body"][field] == f"plain-{field}"
    for header in secret.headers:
        assert record["headers"][header.title()] == "***", header
    assert record["headers"]["X-Kept"] == "plain"


SPEC: dict[str, Any] = {
    "paths": {
        "/session": {
            "post": {
                "operationId": "logIn",
                "parameters": [
                    {"name": "user", "in": "query", "schema": {"type": "string"}},
                    {"$ref": "#/components/parameters/pin"},
                    {"name": "X-Device", "in": "header", "schema": {"type": "string"}, "x-sms-secret": True},
                ],
                "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Login"}}}},
            }
        },
        "/hooks": {
            "post": {
                "requestBody": {
                    "content": {
                        "application/x-www-form-urlencoded": {
                            "schema": {
                                "type": "object",
                                "properties": {
                                    "url": {"type": "string"},
                                    "auth": {
                                        "type": "object",
                                        "properties": {"hook_secret": {"type": "string", "format": "password"}},
                                    },
                                },
                            }
                        }
                    }
                }
            }
        },
    },
    "components": {
        "parameters": {"pin": {"name": "pin", "in": "query", "schema": {"type": "string", "x-sms-secret": True}}},
        "schemas": {
            "Login": {
                "type": "object",
                "properties": {"account": {"type": "string"}, "passphrase": {"type": "string"}},
            }
        },
        "securitySchemes": {
            "q": {"type": "apiKey", "in": "query", "name": "api_key"},
            "h": {"type": "apiKey", "in": "header", "name": "X-Token"},
            "c": {
                "type": "apiKey",
                "in": "cookie",
                "name": "sid",
                "x-sms-auth": {
                    "flows": [
                        {
                            "name": "login",
                            "operationId": "logIn",
                            "credentials": {"username": "account", "password": "passphrase"},
                        }
                    ]
                },
            },
            "basic": {"type": "http", "scheme": "basic"},
        },
    },
}


def test_every_rule_of_the_one_source() -> None:
    found = credentials(SPEC)
    # apiKey in the query; x-sms-secret on a parameter's schema; format: password at any depth of a
    # body; the login flow's credential other than its username, however typed
    assert found.names == {"api_key", "pin", "hook_secret", "passphrase"}
    assert found.headers == ALWAYS_SECRET_HEADERS | {"x-token", "x-device"}
    assert found.cookies == {"sid"}
    assert found.fields([("user", "u"), ("pin", "1"), ("account", "a")]) == {"user": "u", "pin": "***", "account": "a"}
    assert found.header_fields([("x-TOKEN", "t"), ("Accept", "*/*")]) == {"x-TOKEN": "***", "Accept": "*/*"}
