"""What ``sms-contract`` decides before any request: which operations are writes, what is loopback,
what a read-only plan leaves out, and how schemathesis's failure text becomes disagreements."""

from __future__ import annotations

from pathlib import Path

import pytest
from sms_mocks.contract.runner import Contract, _split_failures, is_loopback, without_framing, write_operations
from sms_mocks.specs import load_spec


@pytest.mark.parametrize(
    ("url", "loopback"),
    [
        ("http://127.0.0.1:8080/v2", True),
        ("http://127.3.4.5/", True),
        ("http://[::1]:9000/rest/api", True),
        ("http://localhost:8080", True),
        ("https://api.smstools.it/rest/api", False),
        ("http://localhost.example.com/", False),
        ("http://10.0.0.1/", False),
        ("http://[::ffff:8.8.8.8]/", False),
        ("not a url", False),
    ],
)
def test_only_loopback_addresses_and_localhost_count_as_loopback(url: str, loopback: bool) -> None:
    assert is_loopback(url) is loopback


def test_writes_are_every_non_reading_method_plus_the_gets_the_spec_marks() -> None:
    smstools = write_operations(load_spec("smstools"))
    assert smstools["sendSms"] == "POST changes state"
    assert smstools["deleteContact"] == "DELETE changes state"
    assert "x-sms-send" in smstools["smartSendSms"]
    assert "x-sms-changes-state" in smstools["checkVerifyCode"]
    assert "getUser" not in smstools and "searchSms" not in smstools
    smsend = write_operations(load_spec("smsend"))
    assert {"getNewReceivedMessages", "getNewReceivedMessagesBySim", "login", "token"} <= set(smsend)
    assert "getSmsHistory" not in smsend
    fractel = write_operations(load_spec("fractel"))
    assert set(fractel) == {"postAuth", "postSms", "putSmsToCallbackType"}


def test_a_remote_plan_is_read_only_unless_writes_are_allowed(tmp_path: Path) -> None:
    remote = Contract("smstools", "https://api.smstools.it/rest/api", {})
    assert not remote.writes_allowed and not remote.writes()
    assert {"sendSms", "smartSendSms", "checkVerifyCode"} <= set(remote.left_out())
    command = remote.command(tmp_path)
    assert "--exclude-checks=unsupported_method" in command, "no undeclared methods sent to a remote server"
    assert "--include-operation-id=getUser" in command and "--include-operation-id=sendSms" not in command
    selected = {op_id for _method, _path, op_id in remote.selected()}
    assert "getUser" in selected and "sendSms" not in selected
    allowed = Contract("smstools", "https://api.smstools.it/rest/api", {}, allow_writes=True)
    assert "sendSms" in {op_id for _m, _p, op_id in allowed.writes()}
    local = Contract("smstools", "http://127.0.0.1:1/rest/api", {})
    assert local.writes_allowed and not local.left_out()
    assert not Contract("fractel", "https://api.fractel.net/v2", {}).selected(), "every FracTEL operation writes"


def test_a_failure_text_becomes_one_disagreement_per_failed_check() -> None:
    text = """1. Test Case ID: abc

- ST108 Response violates schema

    "plenty" is not of type "number"

    Schema at /properties/credit:

- Undocumented HTTP status code

    Received: 202

[202] Accepted:

Reproduce with:

    curl -X GET http://127.0.0.1:1/rest/api/user

2. Test Case ID: def

- Server error

[500] Internal Server Error

Reproduce with:

    curl -X GET 'http://127.0.0.1:1/rest/api/user?x=1'
"""
    found = _split_failures("getUser (GET /user)", text)
    assert [(d.check, d.message) for d in found] == [
        ("ST108 Response violates schema", '"plenty" is not of type "number"'),
        ("Undocumented HTTP status code", "Received: 202"),
        ("Server error", ""),
    ]
    assert found[0].reproduction == "curl -X GET http://127.0.0.1:1/rest/api/user"
    assert found[2].reproduction == "curl -X GET 'http://127.0.0.1:1/rest/api/user?x=1'"


def test_generated_framing_headers_are_left_to_the_http_client() -> None:
    """schemathesis adds random headers to negative cases; a ``content-length: <junk>`` among them
    made uvicorn answer 400 text/plain before the mock saw the request (a false ST105)."""
    generated = {"content-length": "\\Ab5oVGnp", "Transfer-Encoding": "x", "TE": "y", "p": "clv[7", "Host": "h"}
    assert without_framing(generated) == {"p": "clv[7", "Host": "h"}
    assert without_framing(None) is None
    assert without_framing({}) == {}
