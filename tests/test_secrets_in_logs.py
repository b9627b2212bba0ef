"""Run the end-to-end suites with every logger at DEBUG and fail if a credential reaches the output.

The credentials are the mocks' demo passwords and keys, the Basic header they make, and every
token, session key and password the mocks issued or accepted during the run (tools/mocks/engine.py
``issue_secret``). The suites' own output (stdout and stderr) is searched as well as the log file.
"""

from __future__ import annotations

import base64
import os
import subprocess
import sys
from pathlib import Path

from tools.mocks import fractel, smsend, smstools
from tools.providers import ROOT

SUITES = [
    "tests/test_fractel_e2e.py",
    "tests/test_smsend_e2e.py",
    "tests/test_smstools_e2e.py",
    "tests/test_exactly_once_e2e.py",
    "tests/test_paging_e2e.py",
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
