"""The sms-mocks pytest plugin (sms_mocks.pytest_plugin): its fixtures as a user's tests get them.

The plugin is active here because sms-mocks is installed (its ``pytest11`` entry point); the
subprocess test below checks that from a folder outside this repository, with nothing but the
installed packages.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from sms_mocks.pytest_plugin import InProcessTransport, MockHandle


def send_with_each_client(mock: MockHandle) -> str:
    """One SMS through the provider's generated client; returns the recipient."""
    client = mock.client()
    if mock.name == "fractel":
        from fractel_client.api.sms import post_sms
        from fractel_client.models import SmsRequest

        post_sms.sync(client=client, body=SmsRequest(to="3125550199", from_="3215550000", message="Hi"))
        return "3125550199"
    if mock.name == "smsend":
        from smsend_client.api.sms import send_sms
        from smsend_client.models import MessageType, SendSms

        send_sms.sync(
            client=client, body=SendSms(message_type=MessageType.GP, message="Hi", recipient=["+393471234567"])
        )
        return "+393471234567"
    from smstools_client.api.sms import send_sms as smstools_send
    from smstools_client.models import SmsSend

    smstools_send.sync(client=client, body=SmsSend(text="Hi", to="393481234567"))
    return "393481234567"


@pytest.mark.parametrize("name", ["fractel", "smsend", "smstools"])
def test_each_fixture_gives_a_client_and_an_outbox(name: str, request: pytest.FixtureRequest) -> None:
    mock: MockHandle = request.getfixturevalue(f"{name}_mock")
    assert mock.server is not None and mock.base_url.startswith("http://127.0.0.1:")
    recipient = send_with_each_client(mock)
    [message] = mock.outbox
    assert (message.provider, message.recipient, message.text) == (name, recipient, "Hi")
    assert message.status in ("accepted", "delivered")


@pytest.mark.parametrize("name", ["fractel", "smsend", "smstools"])
def test_the_inprocess_fixtures_need_no_socket(
    name: str, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    mock: MockHandle = request.getfixturevalue(f"{name}_mock_inprocess")
    assert mock.server is None

    def no_socket(*args: object, **kwargs: object) -> None:
        raise AssertionError("an in-process mock opened a connection")

    # every connection httpx would open goes through this: none may be opened
    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", no_socket)
    recipient = send_with_each_client(mock)
    assert [m.recipient for m in mock.outbox] == [recipient]
    mock.reset()
    assert mock.outbox == []


def test_a_server_mock_can_also_be_reached_in_process(smsend_mock: MockHandle) -> None:
    from smsend_client.api.user import get_user_status

    client = smsend_mock.client(transport="inprocess")
    assert get_user_status.sync(client=client).sms
    with httpx.Client(transport=smsend_mock.transport(), base_url=smsend_mock.origin) as raw:
        assert raw.get("/__mock/").json()["provider"] == "smsend"
    assert isinstance(smsend_mock.transport(), InProcessTransport)


def test_the_handle_drives_the_mock(smstools_mock: MockHandle) -> None:
    smstools_mock.outcome("393481234567", "failed")
    send_with_each_client(smstools_mock)
    [message] = smstools_mock.outbox
    assert smstools_mock.message(message.id).status == "failed"
    assert smstools_mock.deliver(message.id).status == "delivered"
    assert smstools_mock.inbound("393330000001", "hello")
    before = smstools_mock.clock.now
    assert smstools_mock.clock.advance(7200) - before >= timedelta(seconds=7200)
    smstools_mock.faults.inject("status", "getUser")
    assert smstools_mock.faults.plan["queued"][0]["operation"] == "getUser"
    assert smstools_mock.credentials == {"auth_key": "DEMOKEY0001", "auth_secret": "demo-secret"}
    assert smstools_mock.info["provider"] == "smstools"


def test_state_is_reset_between_tests_and_the_server_is_shared(tmp_path: Path) -> None:
    """Two tests in one session, run by pytest in a subprocess from a folder outside this
    repository: the second sees the first's server (same port) but none of its messages."""
    (tmp_path / "test_user.py").write_text(
        textwrap.dedent(
            """
            from fractel_client.api.sms import post_sms
            from fractel_client.models import SmsRequest

            PORTS = []

            def test_first(fractel_mock):
                body = SmsRequest(to="3125550199", from_="3215550000", message="x")
                post_sms.sync(client=fractel_mock.client(), body=body)
                assert len(fractel_mock.outbox) == 1
                PORTS.append(fractel_mock.origin)

            def test_second(fractel_mock):
                assert fractel_mock.outbox == []
                assert PORTS == [fractel_mock.origin]
            """
        ),
        encoding="utf-8",
    )
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTEST_ADDOPTS")}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly", str(tmp_path)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 passed" in result.stdout
