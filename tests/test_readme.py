"""The README's Python examples run as written, each against its provider's mock on a free port."""

from __future__ import annotations

import re

import pytest

from tools.mock import load_mock
from tools.mocks.server import MockServer
from tools.providers import ROOT, load_providers

BLOCKS = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), flags=re.DOTALL)
PROVIDERS = {p.module: p for p in load_providers()}


def provider_of(block: str) -> str:
    [module] = {m for m in re.findall(r"from (\w+_client)\b", block)}
    return module


@pytest.mark.parametrize("block", [b for b in BLOCKS if "127.0.0.1" in b], ids=provider_of)
def test_readme_example_runs_against_the_mock(block: str) -> None:
    provider = PROVIDERS[provider_of(block)]
    with MockServer(load_mock(provider)) as server:
        code = re.sub(r"http://127\.0\.0\.1:\d+", server.origin, block)
        exec(compile(code, "README.md", "exec"), {})
        assert server.app.served >= 1, "the example should have talked to the mock"


def test_every_provider_has_a_readme_example() -> None:
    assert {provider_of(b) for b in BLOCKS if "127.0.0.1" in b} == set(PROVIDERS)
