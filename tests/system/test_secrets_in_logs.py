"""Run the end-to-end suites with every logger at DEBUG and fail if a credential reaches the output.

The credentials are the mocks' demo passwords and keys, the Basic header they make, and every
token, session key and password the mocks issued or accepted during the run (mocks/src/sms_mocks/engine.py
``issue_secret``). The suites' own output (stdout and stderr) is searched as well as the log file.

The mocks' own logs too: ``sms-mock`` without ``--quiet`` logs every request line, and
credentials travel in query strings (smSend's login and password reset, the Smstools Smart API's
``authKey``/``authSecret``); the log must show them as ``***``, and so must the outbox's request
records (the control API's ``/__mock/outbox``), which take the credentials' names from the same
source (mocks/src/sms_mocks/credentials.py).
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import socket
import subprocess
import sys
from pathlib import Path

import httpx
from sms_mocks import fractel, smsend, smstools

from tools.providers import ROOT

SUITES = [
    "tests/e2e/test_fractel_e2e.py",
    "tests/e2e/test_smsend_e2e.py",
    "tests/e2e/test_smstools_e2e.py",
    "tests/e2e/test_exactly_once_e2e.py",
    "tests/e2e/test_paging_e2e.py",
]
STATIC = [
    fractel.DEMO_PASSWORD,
    smsend.DEMO_PASSWORD,
    smstools.DEMO_AUTH_SECRET,
    base64.b64encode(f"{smstools.DEMO_AUTH_KEY}:{smstools.DEMO_AUTH_SECRET}".encode()).decode(),
]


def test_no_credential_appears_in_debug_logs_of_the_e2e_suites(tmp_path: Path) -> None:
    log = tmp_path / "debug.log"
    env = {**os.environ, "SMS_DEBUG_LOG": str(log)}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-n", "2", "-p", "no:cacheprovider", *SUITES],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    issued = Path(str(log) + ".secrets").read_text(encoding="utf-8").split()
    assert len(issued) > 20, "the mocks issued tokens and session keys during the run"
    text = log.read_text(encoding="utf-8")
    assert "HTTP Request: GET" in text and "runtime.resilient" in text, "DEBUG logging was captured"
    output = text + run.stdout + run.stderr
    leaked = sorted({secret for secret in [*STATIC, *issued] if secret in output})
    assert not leaked, f"credentials in the DEBUG output: {[s[:4] + '...' for s in leaked]}"
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]


def _serve(provider: str) -> tuple[subprocess.Popen[str], str]:
    """``sms-mock <provider>`` on a free loopback port, logging every request (no --quiet)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "sms_mocks", provider, "--port", "0"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    for _ in range(20):
        line = process.stdout.readline()
        if " serving " in line:
            return process, line.split(" serving ")[1].split()[0]
    process.kill()
    raise AssertionError("the mock did not start")


def _log_of(process: subprocess.Popen[str]) -> str:
    process.terminate()
    out, err = process.communicate(timeout=30)
    # The start banner names the demo account on purpose (public demo data); the request log must not.
    return err + "\n".join(line for line in out.splitlines() if not line.startswith("demo credentials:"))


def _outbox(base_url: str) -> str:
    """The mock's outbox, request records included, as the control API answers it (JSON text)."""
    origin = str(httpx.URL(base_url).copy_with(path="/"))
    answer = httpx.get(f"{origin}__mock/outbox", timeout=10)
    assert answer.status_code == 200 and answer.json()["messages"], answer.text
    return json.dumps(answer.json())


def _raw(base_url: str, request_line: str) -> None:
    """Send one malformed request line, which the server logs as a protocol error."""
    url = httpx.URL(base_url)
    with socket.create_connection((url.host, url.port or 80), timeout=10) as connection:
        connection.sendall(request_line.encode() + b"\r\n\r\n")
        connection.recv(4096)


def test_the_mocks_request_logs_carry_no_credential_from_a_query_string() -> None:
    new_password = secrets.token_hex(12)
    process, base = _serve("smsend")
    try:
        login = httpx.get(f"{base}/login", params=smsend.DEMO_LOGIN, timeout=10)
        user_key, session = login.text.split(";")
        auth = {"user_key": user_key, "Session_key": session}
        changed = httpx.post(f"{base}/pwdreset", params={"password": new_password}, headers=auth, timeout=10)
        sms = {"message_type": "N", "message": "hello", "recipient": ["+393471234567"]}
        sent = httpx.post(f"{base}/sms", json=sms, headers=auth, timeout=10)
        smsend_outbox = _outbox(base)
        again = httpx.get(f"{base}/login", params={"username": smsend.DEMO_USERNAME, "password": new_password})
        _raw(base, f"GET {httpx.URL(base).path}/login?password={new_password} HTTP/1.1 junk")
    finally:
        smsend_log = _log_of(process)
    assert login.status_code == changed.status_code == again.status_code == 200, (login, changed, again)
    assert sent.status_code == 201, sent.text

    process, base = _serve("smstools")
    try:
        smart = {"authKey": smstools.DEMO_AUTH_KEY, "authSecret": smstools.DEMO_AUTH_SECRET, "typo": "1"}
        user = httpx.get(f"{base}/smart/user", params=smart, timeout=10)
        send = {"authKey": smstools.DEMO_AUTH_KEY, "authSecret": smstools.DEMO_AUTH_SECRET, "to": "393481234567"}
        smart_sent = httpx.get(f"{base}/smart/sms/send", params={**send, "text": "hello"}, timeout=10)
        smstools_outbox = _outbox(base)
        _raw(base, f"GET {httpx.URL(base).path}/smart/user?authSecret={smstools.DEMO_AUTH_SECRET} HTTP/1.1 junk")
    finally:
        smstools_log = _log_of(process)
    assert user.status_code == 200 and user.headers["X-Mock-Ignored-Query"] == "typo", user
    assert smart_sent.status_code == 200, smart_sent.text

    log = smsend_log + smstools_log
    leaked = [s for s in (smsend.DEMO_PASSWORD, new_password, smstools.DEMO_AUTH_SECRET) if s in log]
    clean = not leaked  # a bare `assert not leaked` would print the secrets it found
    assert clean, f"credentials in the mocks' own logs: {[s[:4] + '...' for s in leaked]}"
    assert "/login?username=demo&password=*** HTTP/1.1" in log, "the request lines were logged, redacted"
    assert "/smart/user?authKey=***&authSecret=***&typo=1 HTTP/1.1" in log, log[-3000:]
    assert "Bad request" in log and "authSecret=***" in log, "protocol errors were logged, redacted"
    assert "ignored unknown query parameters of smartGetUser: typo" in log

    # The outbox's request records, the other place a request is shown, mask the same credentials
    # (both come from sms_mocks.credentials): the Smart API's query keys, smSend's key headers.
    outboxes = smsend_outbox + smstools_outbox
    secrets_now = (smsend.DEMO_PASSWORD, new_password, user_key, session, smstools.DEMO_AUTH_SECRET)
    leaked = [s for s in secrets_now if s in outboxes]
    clean = not leaked
    assert clean, f"credentials in the outbox records: {[s[:4] + '...' for s in leaked]}"
    assert '"user_key": "***"' in smsend_outbox and '"Session_key": "***"' in smsend_outbox, smsend_outbox
    assert '"authKey": "***", "authSecret": "***", "to": "393481234567"' in smstools_outbox, smstools_outbox
