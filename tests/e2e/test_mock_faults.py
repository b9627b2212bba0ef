"""Unit tests of mocks/src/sms_mocks/faults.py, and the mock server's keep-alive and TLS options as
``start_mock`` gives them (sms_mocks.tls's throwaway certificate)."""

from __future__ import annotations

import ssl

import httpx
import pytest
from sms_mocks.faults import KINDS, Fault, Faults, default_menu
from sms_mocks.pytest_plugin import MockHandle, StartMock


def test_queued_faults_come_first_in_order_then_none() -> None:
    faults = Faults()
    faults.inject("sendSms", Fault("reset-after"), Fault("status", status=502))
    assert [f.kind if f else None for f in (faults.take("sendSms"), faults.take("other"))] == ["reset-after", None]
    assert faults.take("sendSms") == Fault("status", status=502) and faults.take("sendSms") is None
    assert not faults.active and faults.injected == [("sendSms", "reset-after"), ("sendSms", "status")]


def test_random_faults_hit_about_the_share_asked_for_reproducibly() -> None:
    def draw(seed: int) -> list[str | None]:
        faults = Faults()
        faults.randomly(0.2, default_menu(), seed=seed)
        return [f.kind if f else None for f in (faults.take("op") for _ in range(5000))]

    first = draw(7)
    share = sum(kind is not None for kind in first) / len(first)
    assert 0.17 < share < 0.23 and first == draw(7) and set(first) - {None} == set(KINDS)


def test_random_faults_can_be_limited_to_operations_and_turned_off() -> None:
    faults = Faults()
    faults.randomly(1.0, [Fault("html")], operations=["sendSms"])
    assert faults.take("login") is None and faults.take("sendSms") == Fault("html")
    faults.randomly(0, ())
    assert faults.take("sendSms") is None and not faults.active


def test_unknown_kinds_and_shares_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown fault kind 'boom'"):
        Fault("boom")
    with pytest.raises(ValueError, match="share between 0 and 1"):
        Faults().randomly(1.5, default_menu())


def test_keep_alive_serves_many_requests_on_one_connection(start_mock: StartMock) -> None:
    mock = start_mock("fractel", keep_alive=True)
    with httpx.Client() as client:
        seen: set[object] = set()
        for _ in range(3):
            response = client.post(mock.base_url + "/auth", data={"username": "x", "password": "y"})
            assert response.status_code == 401 and "close" not in response.headers.get("connection", "")
            seen.add(response.extensions["network_stream"])
        assert len(seen) == 1, "the three requests shared one connection"


def test_without_keep_alive_every_answer_closes_its_connection(fractel_mock: MockHandle) -> None:
    response = httpx.post(fractel_mock.base_url + "/auth", data={"username": "x", "password": "y"})
    assert response.headers["connection"] == "close"


def test_a_throwaway_certificate_serves_https_that_verifies_only_with_its_ca(start_mock: StartMock) -> None:
    mock = start_mock("fractel", tls=True, keep_alive=True)
    assert mock.base_url.startswith("https://127.0.0.1:") and mock.ca_file is not None
    trusted = ssl.create_default_context(cafile=str(mock.ca_file))
    response = httpx.post(mock.base_url + "/auth", data={"username": "x", "password": "y"}, verify=trusted)
    assert response.status_code == 401
    with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
        httpx.post(mock.base_url + "/auth", data={"username": "x", "password": "y"})
