"""The README's sms-kit section: every Python example runs as written, the sending ones against the
three mocks (the ports in the text, 8080 FracTEL, 8081 smSend, 8082 Smstools, become free ones)."""

from __future__ import annotations

import re

import pytest
from sms_mocks.pytest_plugin import MockHandle

from tools.providers import ROOT

SECTION = (ROOT / "README.md").read_text(encoding="utf-8").split("\n## sms-kit:", 1)[1].split("\n## ", 1)[0]
BLOCKS = re.findall(r"```python\n(.*?)```", SECTION, flags=re.DOTALL)
TITLES = [re.findall(r"\n### (.*)\n", SECTION.split(block)[0])[-1].split(":")[0] for block in BLOCKS]


def test_the_section_has_an_example_per_helper() -> None:
    assert TITLES == [
        "Segments",
        "Numbers",
        "Scheduling",
        "Callbacks",
        "One Sender, and failover that never sends twice",
    ]
    assert all("127.0.0.1" not in block for block in BLOCKS), "tests/e2e/test_readme.py would run it against one mock"


def served(mock: MockHandle) -> int:
    assert mock.app is not None
    return mock.app.served


@pytest.mark.parametrize("block", BLOCKS, ids=TITLES)
def test_kit_readme_example_runs(
    block: str,
    capsys: pytest.CaptureFixture[str],
    fractel_mock: MockHandle,
    smsend_mock: MockHandle,
    smstools_mock: MockHandle,
) -> None:
    mocks = {8080: fractel_mock, 8081: smsend_mock, 8082: smstools_mock}
    before = {port: served(mock) for port, mock in mocks.items()}
    code = re.sub(r"http://localhost:(\d+)", lambda m: mocks[int(m.group(1))].origin, block)
    exec(compile(code, "README.md", "exec"), {})
    used = [port for port in mocks if f"localhost:{port}" in block]
    assert all(served(mocks[port]) > before[port] for port in used), "the example talked to each mock it names"
    assert "Traceback" not in capsys.readouterr().out
