"""One decision of "is this loopback" (mocks/src/sms_mocks/loopback.py), and its three users agreeing
on every host of one table: callbacks (sent only to loopback), sms-contract (read-only off loopback)
and the mock server (binds loopback only). No socket is opened and no name is looked up."""

from __future__ import annotations

import socket
from typing import Any

import pytest
from sms_mocks import callbacks, loopback, server
from sms_mocks.callbacks import CallbackDispatcher, CallbackRecord
from sms_mocks.contract import runner

#: host (as written in a URL's authority, IPv6 without brackets) -> the loopback address it names, or None.
HOSTS: list[tuple[str, str | None]] = [
    ("127.0.0.1", "127.0.0.1"),
    ("127.3.4.5", "127.3.4.5"),
    ("127.255.255.254", "127.255.255.254"),
    ("localhost", "127.0.0.1"),
    ("LocalHost", "127.0.0.1"),
    ("::1", "::1"),
    ("0:0:0:0:0:0:0:1", "::1"),
    ("::ffff:127.0.0.1", "127.0.0.1"),  # IPv4-mapped: judged, and used, as its IPv4 address
    ("::ffff:7f00:2", "127.0.0.2"),
    ("::ffff:8.8.8.8", None),
    ("::ffff:10.0.0.1", None),
    ("0.0.0.0", None),  # every interface, not loopback
    ("::", None),
    ("::2", None),
    ("fe80::1", None),
    ("10.0.0.1", None),
    ("192.168.1.1", None),
    ("203.0.113.5", None),
    ("128.0.0.1", None),
    ("example.com", None),
    ("127.0.0.1.nip.io", None),  # resolves to 127.0.0.1 in public DNS: names other than localhost are never resolved
    ("localhost.example.com", None),
    ("localhost.", None),
    ("127.1", None),  # shorthand forms inet_aton would take are not literals here
    ("2130706433", None),
    ("0x7f.0.0.1", None),
]


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


@pytest.fixture(autouse=True)
def no_name_lookups(monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the loopback decision looked a name up")

    for name in ("getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr"):
        monkeypatch.setattr(socket, name, refused)


@pytest.mark.parametrize(("host", "address"), HOSTS, ids=[host for host, _ in HOSTS])
def test_the_one_decision_over_a_table_of_hosts(host: str, address: str | None) -> None:
    assert loopback.loopback_host(host) == address
    assert loopback.loopback_host(f"[{host}]") == address, "a bracketed host is the same host"
    url = f"http://user:pw@{_url_host(host)}:8080/cb?x=1"
    expected = None if address is None else f"http://user:pw@{_url_host(address)}:8080/cb?x=1"
    assert loopback.loopback_url(url) == expected
    assert loopback.is_loopback_url(url) is (address is not None)


class _Bound(Exception):
    """Raised instead of binding: the address the server would have bound."""


@pytest.mark.parametrize(("host", "address"), HOSTS, ids=[host for host, _ in HOSTS])
def test_callbacks_the_contract_and_the_server_agree(
    host: str, address: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"http://{_url_host(host)}:8080/v2/cb"

    # callbacks: the dispatcher records an off-machine URL as not sent, queues a loopback one
    # (its delivery thread does nothing here, so nothing is sent).
    dispatcher = CallbackDispatcher()
    monkeypatch.setattr(dispatcher, "_deliver_all", lambda: None)
    record = dispatcher.submit(CallbackRecord(url=url, method="POST"))
    assert (record.outcome == "pending") is (address is not None), record.outcome
    expected = None if address is None else f"http://{_url_host(address)}:8080/v2/cb"
    assert callbacks.loopback_url(url) == expected

    # sms-contract: remote (read-only by default) exactly when not loopback.
    contract = runner.Contract(provider="smstools", base_url=url, credentials={})
    assert contract.is_remote is (address is None)
    assert contract.writes_allowed is (address is not None)

    # the server: refuses to bind anything else, binds the one address (bracketed or not).
    def bind(where: tuple[str, int], **kwargs: Any) -> Any:
        raise _Bound(where[0])

    monkeypatch.setattr(server, "SpecApp", lambda provider, strict: None)
    monkeypatch.setattr(server.socket, "create_server", bind)
    for given in (host, f"[{host}]"):
        if address is None:
            with pytest.raises(ValueError, match="loopback addresses only"):
                server.MockServer(object(), host=given)  # type: ignore[arg-type]
        else:
            with pytest.raises(_Bound) as bound:
                server.MockServer(object(), host=given)  # type: ignore[arg-type]
            assert str(bound.value) == address


def test_only_http_urls_count() -> None:
    assert loopback.loopback_url("ftp://127.0.0.1/x") is None
    assert loopback.loopback_url("not a url") is None
    assert loopback.loopback_url("http://[broken/x") is None
    assert loopback.loopback_url("http://127.0.0.1:99999/x") is None, "an impossible port"
    assert loopback.loopback_url("https://localhost/x") == "https://127.0.0.1/x"
