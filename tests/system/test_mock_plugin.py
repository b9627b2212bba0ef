"""The sms-mocks pytest plugin (sms_mocks.pytest_plugin): its fixtures as a user's tests get them.

The plugin is active here because sms-mocks is installed (its ``pytest11`` entry point); the
subprocess test below checks that from a folder outside this repository, with nothing but the
installed packages.
"""

from __future__ import annotations

import os
import ssl
import subprocess
import sys
import textwrap
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from sms_mocks.pytest_plugin import InProcessTransport, MockHandle, MockUsageError, StartMock

from tests.conftest import Receiver


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


def test_start_mock_serves_https_strictly_with_the_provider_built_as_asked(start_mock: StartMock) -> None:
    from smsend_client import ValidationError
    from smsend_client.api.groups import list_groups

    mock = start_mock("smsend", tls=True, strict=True, keep_alive=True, demo_objects=False)
    assert mock.base_url.startswith("https://127.0.0.1:") and mock.ca_file is not None
    # the handle's client trusts the mock's test CA; so does any client given ca_file
    assert send_with_each_client(mock) == "+393471234567"
    with httpx.Client(verify=ssl.create_default_context(cafile=mock.ca_file), trust_env=False) as trusting:
        assert trusting.get(mock.origin + "/__mock/").json()["provider"] == "smsend"
    with httpx.Client(trust_env=False) as default_trust, pytest.raises(httpx.ConnectError, match="CERTIFICATE"):
        default_trust.get(mock.origin + "/__mock/")
    # strict: an unknown query parameter is refused instead of ignored
    with pytest.raises(ValidationError, match="typo: is not a known parameter"):
        mock.client().get_httpx_client().get("/status", params={"typo": "1"})
    # the constructor's options hold across a reset (demo_objects=False: no demo groups)
    mock.reset()
    assert list_groups.sync(client=mock.client()).groups == []


def test_start_mock_gives_latency_faults_and_the_slow_delay(start_mock: StartMock) -> None:
    mock = start_mock("fractel", faults=1.0, fault_seed=3, slow=0.0, latency=0.01)
    assert mock.faults.plan["random"]["rate"] == 1.0
    assert mock.app is not None and mock.app.latency == 0.01
    assert mock.provider.slow_delay == 0.0
    two = [start_mock("fractel"), start_mock("fractel")]
    assert len({mock.origin, *(other.origin for other in two)}) == 3


def run_user_tests(folder: Path, source: str) -> subprocess.CompletedProcess[str]:
    """pytest in a subprocess on ``source``, from a folder outside this repository."""
    (folder / "test_user.py").write_text(textwrap.dedent(source), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTEST_ADDOPTS")}
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly", str(folder)],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_start_mock_stops_its_mocks_at_the_end_of_the_test(tmp_path: Path) -> None:
    result = run_user_tests(
        tmp_path,
        """
        import httpx
        import pytest

        STARTED = []

        def test_first(start_mock):
            STARTED.extend([start_mock("smstools", tls=True), start_mock("smstools")])
            assert all(mock.ca_file is None or mock.ca_file.exists() for mock in STARTED)

        def test_second():
            for mock in STARTED:
                with pytest.raises(httpx.ConnectError):
                    httpx.get(mock.origin + "/__mock/", verify=False, trust_env=False)
            assert not STARTED[0].ca_file.exists()
        """,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 passed" in result.stdout


def sms_mock_process(*arguments: str) -> tuple[subprocess.Popen[str], str]:
    """``sms-mock`` in another process on a free port, and the base URL it prints."""
    command = [sys.executable, "-m", "sms_mocks", *arguments, "--port", "0", "--quiet"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert process.stdout is not None
    for line in process.stdout:  # the first lines come before it serves; bounded by the process
        if " mock serving " in line:
            return process, line.split(" mock serving ")[1].split()[0]
    process.kill()
    raise AssertionError(f"sms-mock did not start: {process.wait()}")


@pytest.mark.parametrize("tls", [False, True], ids=["http", "https"])
def test_connect_drives_a_mock_running_in_another_process(tls: bool, tmp_path: Path) -> None:
    ca_file = tmp_path / "ca.pem"
    process, base_url = sms_mock_process("smstools", *(["--tls", str(ca_file)] if tls else []))
    try:
        mock = MockHandle.connect(base_url, verify=str(ca_file) if tls else True)
        assert (mock.name, mock.base_url, mock.server, mock.app) == ("smstools", base_url, None, None)
        test_the_handle_drives_the_mock(mock)
        mock.reset()
        assert mock.outbox == [] and mock.faults.plan["queued"] == []
        with pytest.raises(MockUsageError, match="runs elsewhere"):
            mock.provider  # noqa: B018
        mock.close()  # closes the handle, not the mock
        again = MockHandle.connect(base_url.rsplit("/rest/api", 1)[0], verify=str(ca_file) if tls else True)
        assert again.base_url == base_url and again.info["provider"] == "smstools"
        again.close()
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_connect_refuses_what_is_not_a_mock(receiver: Receiver) -> None:
    with pytest.raises(MockUsageError, match="not an sms-mocks mock"):
        MockHandle.connect(receiver.url)
    with pytest.raises(MockUsageError, match="not an http"):
        MockHandle.connect("127.0.0.1:8080")


def test_connect_takes_another_machine_only_when_told(monkeypatch: pytest.MonkeyPatch) -> None:
    # refused before anything is sent; were the check gone, the request fails the test here instead of leaving
    def no_request(self: httpx.Client, url: str, **kwargs: object) -> httpx.Response:
        raise AssertionError(f"a request was sent to {url}")

    monkeypatch.setattr(httpx.Client, "get", no_request)
    with pytest.raises(MockUsageError, match="allow_remote=True"):
        MockHandle.connect("http://192.0.2.10:8080/rest/api")
    with pytest.raises(MockUsageError, match="allow_remote=True"):
        MockHandle.connect("https://sms-mock.example:8443")


def test_a_failed_start_leaves_no_server_running() -> None:
    import threading

    before = {thread.ident for thread in threading.enumerate()}
    with pytest.raises(MockUsageError, match="rate"):
        MockHandle.start("fractel", faults=2.0)  # the control API refuses a rate above 1 after the server is up
    left = [t.name for t in threading.enumerate() if t.ident not in before and t.is_alive()]
    assert left == [], f"threads of the failed start still running: {left}"
