"""The README's quickstart runs as written (against a mock on a free port instead of 8080)."""

from __future__ import annotations

import re

from tools.mocks.server import MockServer
from tools.providers import ROOT


def test_quickstart_sends_an_sms_through_the_mock(fractel_mock: MockServer) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, flags=re.DOTALL)
    quickstart = next(block for block in blocks if "connect(" in block)
    assert "http://127.0.0.1:8080/v2" in quickstart
    exec(compile(quickstart.replace("http://127.0.0.1:8080/v2", fractel_mock.base_url), "README.md", "exec"), {})
    assert [m.message for m in fractel_mock.provider.messages] == ["Your order has shipped"]  # type: ignore[attr-defined]
