"""Unit tests of the generic mock machinery: routing, parsing, validation, loopback-only callbacks."""

from __future__ import annotations

import logging
import threading
from typing import Any

import httpx
import pytest
from sms_mocks.callbacks import CallbackDispatcher, CallbackRecord, loopback_url
from sms_mocks.engine import (
    IGNORED_QUERY_HEADER,
    Call,
    MockProvider,
    Problem,
    Reply,
    SpecApp,
    credential_names,
    redact,
    unlocked,
)
from sms_mocks.server import MockServer

SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "servers": [{"url": "http://example.test/base"}],
    "security": [{"key": []}],
    "paths": {
        "/items/{id}": {
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}],
            "put": {
                "operationId": "putItem",
                "parameters": [{"name": "dry", "in": "query", "schema": {"type": "boolean"}}],
                "requestBody": {
                    "required": True,
                    "content": {"application/x-www-form-urlencoded": {"schema": {"$ref": "#/components/schemas/Item"}}},
                },
                "responses": {"200": {"description": "ok"}},
            },
            "get": {"operationId": "getItem", "security": [], "responses": {"200": {"description": "ok"}}},
        }
    },
    "components": {
        "securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "key"}},
        "schemas": {
            "Item": {
                "type": "object",
                "required": ["name"],
                "properties": {
                    "name": {"type": "string", "maxLength": 5},
                    "count": {"type": "integer", "minimum": 1},
                    "tags": {"type": "array", "maxItems": 2, "items": {"type": "string"}},
                    "on": {"type": "boolean"},
                },
            }
        },
    },
}


class Tiny(MockProvider):
    def __init__(self) -> None:
        self.spec = SPEC

    def authenticate(self, call: Call, schemes: list[str]) -> Reply | None:
        return None if call.headers.get("key") == "k" else Reply(401, {"error": "auth"})

    def invalid(self, call: Call, problems: list[Problem]) -> Reply:
        return Reply(400, {"problems": [[p.source, p.field, p.message] for p in problems]})

    def error(self, status: int, message: str) -> Reply:
        return Reply(status, {"error": message})

    def op_putItem(self, call: Call) -> Reply:
        return Reply(200, {"path": call.path, "query": call.query, "body": call.body})

    def op_getItem(self, call: Call) -> Reply:
        if call.path["id"] == 13:
            raise RuntimeError("unlucky")
        return Reply(200, "plain text")


@pytest.fixture
def tiny() -> Any:
    with MockServer(Tiny()) as server, httpx.Client(base_url=server.base_url, headers={"key": "k"}) as client:
        yield client


@pytest.fixture
def strict() -> Any:
    with (
        MockServer(Tiny(), strict=True) as server,
        httpx.Client(base_url=server.base_url, headers={"key": "k"}) as client,
    ):
        yield client


def test_form_and_query_values_are_coerced_by_schema_before_handling(tiny: httpx.Client) -> None:
    response = tiny.put("/items/7?dry=true", data={"name": "ab", "count": "3", "tags": ["x", "y"], "on": "false"})
    assert response.status_code == 200
    assert response.json() == {
        "path": {"id": 7},
        "query": {"dry": True},
        "body": {"name": "ab", "count": 3, "tags": ["x", "y"], "on": False},
    }


def test_every_problem_is_reported_with_its_source_and_field(strict: httpx.Client) -> None:
    response = strict.put("/items/7?dry=maybe&extra=1", data={"count": "0", "tags": ["a", "b", "c"]})
    assert response.status_code == 400
    fields = sorted((source, name) for source, name, _ in response.json()["problems"])
    expected = [("payload", "count"), ("payload", "name"), ("payload", "tags"), ("query", "dry"), ("query", "extra")]
    assert fields == expected


def test_integer_path_parameters_only_route_digits(tiny: httpx.Client) -> None:
    assert tiny.put("/items/x", data={"name": "a"}).status_code == 404
    assert tiny.put("/items/7", data={"name": "a"}).status_code == 200


def test_auth_is_checked_before_validation_and_skipped_where_security_is_empty(tiny: httpx.Client) -> None:
    assert tiny.put("/items/1", data={}, headers={"key": "wrong"}).status_code == 401
    assert tiny.get("/items/1", headers={"key": ""}).text == "plain text"


def test_unknown_paths_are_404_and_wrong_methods_405_with_allow(tiny: httpx.Client) -> None:
    assert tiny.get("/nothing").status_code == 404
    assert tiny.get("http://" + tiny.base_url.netloc.decode() + "/elsewhere/items/1").status_code == 404
    response = tiny.delete("/items/1")
    assert response.status_code == 405 and response.headers["Allow"] == "GET, PUT"  # as declared, no implicit HEAD


def test_an_undeclared_media_type_is_415_and_unparseable_bodies_400(tiny: httpx.Client) -> None:
    assert tiny.put("/items/1", json={"name": "a"}).status_code == 415
    assert tiny.put("/items/1", content=b"\xff\xfe", headers={"content-type": FORM}).status_code == 400
    missing = tiny.put("/items/1")
    assert missing.status_code == 400 and missing.json()["problems"][0][2] == "a request body is required"


def test_a_handler_crash_is_a_500_not_a_dropped_connection(tiny: httpx.Client) -> None:
    response = tiny.get("/items/13")
    assert response.status_code == 500 and response.json() == {"error": "An internal server error occurred"}


def test_a_provider_missing_a_handler_is_refused_at_start() -> None:
    class Incomplete(Tiny):
        op_getItem = None  # type: ignore[assignment]

    with pytest.raises(TypeError, match="op_getItem"):
        SpecApp(Incomplete())


def test_mock_servers_bind_loopback_only() -> None:
    with pytest.raises(ValueError, match="loopback"):
        MockServer(Tiny(), host="0.0.0.0")


@pytest.mark.parametrize(
    ("url", "target"),
    [
        ("http://127.0.0.1:8080/x", "http://127.0.0.1:8080/x"),
        ("http://127.9.9.9/x", "http://127.9.9.9/x"),
        ("https://[::1]:9/x?y=1", "https://[::1]:9/x?y=1"),
        ("http://localhost:81/cb", "http://127.0.0.1:81/cb"),
        ("http://10.0.0.1/x", None),
        ("http://192.168.1.1/x", None),
        ("http://example.com/x", None),
        ("http://127.0.0.1.nip.io/x", None),
        ("http://localhost.example.com/x", None),
        ("ftp://127.0.0.1/x", None),
        ("http://[::ffff:8.8.8.8]/x", None),
        ("http://0.0.0.0/x", None),
        ("not a url", None),
        ("http://[broken/x", None),
    ],
)
def test_only_loopback_urls_are_ever_called(url: str, target: str | None) -> None:
    assert loopback_url(url) == target


def test_the_dispatcher_records_off_machine_callbacks_without_sending_them() -> None:
    dispatcher = CallbackDispatcher()
    record = dispatcher.submit(CallbackRecord(url="http://203.0.113.5/hook", method="POST", json={"a": 1}))
    assert record.outcome == "not sent: not a loopback http(s) URL"
    assert dispatcher.records == [record] and dispatcher.wait(0.1)
    dispatcher.close()


def test_the_dispatcher_reports_a_refused_loopback_callback_as_failed() -> None:
    dispatcher = CallbackDispatcher(timeout=1)
    record = dispatcher.submit(CallbackRecord(url="http://127.0.0.1:9/closed", method="POST", json={}))
    assert dispatcher.wait(3)
    assert record.outcome == "failed"
    dispatcher.close()


FORM = "application/x-www-form-urlencoded"


def test_unknown_query_parameters_are_ignored_and_named_in_a_header_and_the_log(
    tiny: httpx.Client, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="sms_mocks.engine"):
        response = tiny.put("/items/7?dry=true&zeta=1&alpha=2", data={"name": "ab"})
    assert response.status_code == 200 and response.json()["query"] == {"dry": True}
    assert response.headers[IGNORED_QUERY_HEADER] == "alpha, zeta"
    assert "ignored unknown query parameters of putItem: alpha, zeta" in caplog.text
    assert IGNORED_QUERY_HEADER not in tiny.put("/items/7?dry=true", data={"name": "ab"}).headers


def test_ignored_names_outside_latin_1_are_named_percent_encoded(tiny: httpx.Client) -> None:
    """A header value must be Latin-1: a fuzzer's (or a typo's) non-ASCII parameter name must not
    break the answer, and a name holding ", " must not read as two."""
    response = tiny.put("/items/7?dry=true&%E2%82%ACuro=1&a%2C%20b=2", data={"name": "ab"})
    assert response.status_code == 200
    assert response.headers[IGNORED_QUERY_HEADER] == "a%2C%20b, %E2%82%ACuro"


def test_strict_mode_refuses_unknown_query_parameters(strict: httpx.Client) -> None:
    response = strict.put("/items/7?zeta=1", data={"name": "ab"})
    assert response.status_code == 400
    assert response.json()["problems"] == [["query", "zeta", "is not a known parameter"]]
    assert IGNORED_QUERY_HEADER not in response.headers


def _held_elsewhere(lock: Any) -> bool:
    """Whether ``lock`` is held by another thread than the caller (it cannot be taken from a new one)."""
    taken: list[bool] = []
    probe = threading.Thread(target=lambda: taken.append(lock.acquire(timeout=0) and (lock.release() or True)))
    probe.start()
    probe.join()
    return not taken[0]


def test_every_public_method_of_a_provider_runs_under_its_lock(tiny: httpx.Client) -> None:
    class Watched(Tiny):
        seen: list[bool]

        def op_putItem(self, call: Call) -> Reply:
            self.seen.append(_held_elsewhere(self.lock))
            return Reply(200, None)

        def control(self) -> bool:  # a test control, as the control API will call them
            return _held_elsewhere(self.lock)

        @unlocked
        def close(self) -> None:
            self.seen.append(_held_elsewhere(self.lock))

    watched = Watched()
    watched.seen = []
    with MockServer(watched) as server:
        assert httpx.put(server.base_url + "/items/1", data={"name": "a"}, headers={"key": "k"}).status_code == 200
    assert watched.control() is True
    assert watched.seen == [True, False], "the handler ran locked, the @unlocked close did not"


CREDENTIAL_SPEC: dict[str, Any] = {
    "paths": {
        "/login": {
            "get": {
                "parameters": [
                    {"name": "username", "in": "query", "schema": {"type": "string"}},
                    {"$ref": "#/components/parameters/password"},
                ]
            }
        }
    },
    "components": {
        "parameters": {"password": {"name": "password", "in": "query", "schema": {"format": "password"}}},
        "securitySchemes": {
            "key": {"type": "apiKey", "in": "query", "name": "authSecret"},
            "head": {"type": "apiKey", "in": "header", "name": "token"},
        },
    },
}


def test_credentials_are_named_by_the_spec_and_redacted_wherever_a_query_string_appears() -> None:
    names = credential_names(CREDENTIAL_SPEC)
    assert names == {"password", "authSecret"}
    line = "GET /login?username=u&password=s3cret&x=1 HTTP/1.1 and 'GET /a?authSecret=abc' /b?x=1;password=p"
    assert redact(line, names) == (
        "GET /login?username=u&password=***&x=1 HTTP/1.1 and 'GET /a?authSecret=***' /b?x=1;password=***"
    )
    assert redact("passwordless?old_password=1", names) == "passwordless?old_password=1"
