"""``sms-campaign``'s event-loop flag reaches the runner: uvloop when installed by default,
asyncio's own loop with ``--no-uvloop`` (the runner and the loop themselves are not run here)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import smscampaign.runner
from smscampaign.cli import main


@pytest.mark.parametrize(("flags", "expected"), [([], None), (["--no-uvloop"], False)])
def test_the_loop_flag_reaches_the_runner(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, flags: list[str], expected: bool | None
) -> None:
    seen: dict[str, Any] = {}

    def run(sender: object, journal: object, found: Any, **options: Any) -> smscampaign.runner.Summary:
        seen.update(options)
        return smscampaign.runner.Summary(sent=len(found.messages))

    monkeypatch.setattr(smscampaign.runner, "connect", lambda *args: object())
    monkeypatch.setattr(smscampaign.runner, "run", run)
    recipients = tmp_path / "r.csv"
    recipients.write_text("number\n3125550101\n", encoding="utf-8")
    argv = [str(recipients), "--provider", "fractel", "--campaign", "c", "--template", "hi", "--quiet"]
    argv += ["--base-url", "http://127.0.0.1:9", "--from-number", "3125550100"]
    argv += ["--journal", str(tmp_path / "j.sqlite"), *flags]
    assert main(argv) == 0
    assert "uvloop" in seen and seen["uvloop"] is expected
