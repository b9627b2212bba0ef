"""Unit tests of runtime/static.py: credentials applied per operation, as the spec's requirements say."""

from __future__ import annotations

import base64
import logging

import httpx
import pytest

from runtime.call import CALL, Call
from runtime.static import SchemeUse, StaticAuth, StaticSpec, check_https

SPEC = StaticSpec(
    credentials=("key", "secret"),
    schemes={
        "basic": SchemeUse(kind="basic", value="{key}", password="{secret}"),
        "qkey": SchemeUse(kind="query", name="authKey", value="{key}"),
        "qsecret": SchemeUse(kind="query", name="authSecret", value="{secret}"),
        "hdr": SchemeUse(kind="header", name="X-Api_Key", value="{key}"),
    },
    default=("basic",),
    operations=(("GET", "/smart/item/{id}", ("qkey", "qsecret")), ("POST", "/hdr", ("hdr",))),
    headers={"Accept": "application/json"},
    https_only=True,
    named={"get_smart_item": ("qkey", "qsecret"), "post_hdr": ("hdr",)},
)


def sent(method: str, path: str, **kw: str) -> httpx.Request:
    seen: list[httpx.Request] = []
    auth = StaticAuth(SPEC, "https://api.test/rest/api", {"key": "K", "secret": "S3CR3T"})
    transport = httpx.MockTransport(lambda request: (seen.append(request), httpx.Response(200))[1])
    with httpx.Client(base_url="https://api.test/rest/api", transport=transport, auth=auth) as client:
        client.request(method, path, **kw)  # type: ignore[arg-type]
    return seen[0]


def test_the_default_requirement_is_basic_auth_with_json_asked_for() -> None:
    request = sent("GET", "/user")
    assert request.headers["Authorization"] == "Basic " + base64.b64encode(b"K:S3CR3T").decode()
    assert request.headers["Accept"] == "application/json" and "authKey" not in request.url.params


def test_an_operation_with_its_own_requirement_gets_query_keys_and_no_basic() -> None:
    request = sent("GET", "/smart/item/42", params={"x": "1"})
    assert dict(request.url.params) == {"x": "1", "authKey": "K", "authSecret": "S3CR3T"}
    assert "authorization" not in request.headers


def test_method_and_template_must_both_match() -> None:
    assert "authorization" in sent("POST", "/smart/item/42").headers
    assert "authorization" in sent("GET", "/smart/item/42/more").headers
    assert sent("POST", "/hdr").headers.raw[-1] == (b"X-Api_Key", b"K")


def test_a_caller_chosen_accept_header_is_kept() -> None:
    assert sent("GET", "/user", headers={"Accept": "application/xml"}).headers["Accept"] == "application/xml"


def test_missing_credentials_and_plain_http_are_refused() -> None:
    with pytest.raises(TypeError, match="secret"):
        StaticAuth(SPEC, "https://api.test", {"key": "K"})
    with pytest.raises(ValueError, match="only accepts HTTPS"):
        check_https("http://api.test", allow_insecure_http=False)
    check_https("http://127.0.0.1:9", allow_insecure_http=True)
    check_https("https://api.test", allow_insecure_http=False)


def test_secrets_stay_out_of_reprs_and_httpx_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    request = sent("GET", "/smart/item/1")
    assert request.url.params["authSecret"] == "S3CR3T"
    auth = StaticAuth(SPEC, "https://api.test", {"key": "K", "secret": "S3CR3T"})
    assert "S3CR3T" not in repr(auth) and "S3CR3T" not in caplog.text
    assert "authSecret=%3Credacted%3E" in caplog.text or "authSecret=<redacted>" in caplog.text


def test_a_generated_call_gets_its_schemes_by_name_not_by_path() -> None:
    """A request tagged with its operation's Call is not matched by path: the name decides."""
    tagged = {CALL: Call("get_smart_item", lambda response: None, (200,))}
    request = sent("GET", "/somewhere/else", extensions=tagged)  # type: ignore[arg-type]
    assert dict(request.url.params) == {"authKey": "K", "authSecret": "S3CR3T"}
    assert "Authorization" not in request.headers
    plain = sent("GET", "/somewhere/else", extensions={CALL: Call("get_user", lambda response: None, (200,))})  # type: ignore[arg-type]
    assert plain.headers["Authorization"].startswith("Basic ") and "authKey" not in plain.url.params
