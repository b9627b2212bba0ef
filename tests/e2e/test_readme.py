"""The README's Python examples run as written, each against its provider's mock on a free port."""

from __future__ import annotations

import importlib
import re

import pytest
from sms_mocks.pytest_plugin import MockHandle, StartMock

from tools.providers import ROOT, Provider, load_providers

BLOCKS = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), flags=re.DOTALL)
PROVIDERS = {p.module: p for p in load_providers()}


def provider_of(block: str) -> str:
    [module] = {m for m in re.findall(r"from (\w+_client)\b", block)}
    return module


def served(mock: MockHandle) -> int:
    """How many provider API requests the mock has answered so far."""
    assert mock.app is not None
    return mock.app.served


@pytest.mark.parametrize("block", [b for b in BLOCKS if "127.0.0.1" in b], ids=provider_of)
def test_readme_example_runs_against_the_mock(block: str, request: pytest.FixtureRequest) -> None:
    provider = PROVIDERS[provider_of(block)]
    mock: MockHandle = request.getfixturevalue(f"{provider.name}_mock")
    before = served(mock)
    code = re.sub(r"http://127\.0\.0\.1:\d+", mock.origin, block)
    exec(compile(code, "README.md", "exec"), {})
    assert served(mock) >= before + 1, "the example should have talked to the mock"


def test_every_provider_has_a_readme_example() -> None:
    assert {provider_of(b) for b in BLOCKS if "127.0.0.1" in b} == set(PROVIDERS)


def package_blocks(provider: Provider) -> list[str]:
    text = (provider.package_dir / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```python\n(.*?)```", text, flags=re.DOTALL)


@pytest.mark.parametrize("provider", load_providers(), ids=lambda p: p.name)
def test_the_package_readme_examples_run_against_the_mock(
    provider: Provider, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest, start_mock: StartMock
) -> None:
    """Each package README's examples run in order in one namespace, as a reader would paste them.

    The one reading the environment gets the mock's URL and demo credentials there; for a provider
    accepting HTTPS only, that mock serves TLS with a test CA named by ``SSL_CERT_FILE``, as the
    real service would be reached."""
    blocks = package_blocks(provider)
    assert len(blocks) >= 3, "first send (real service and mock) and async at least"
    flows = importlib.import_module(f"{provider.module}._runtime.provider")
    environment = flows.ENVIRONMENT
    https_only = any(getattr(getattr(flows, name.upper()), "https_only", False) for name in flows.FLOWS)
    mock: MockHandle = request.getfixturevalue(f"{provider.name}_mock")
    real = start_mock(provider.name, tls=https_only)
    if real.ca_file is not None:
        monkeypatch.setenv("SSL_CERT_FILE", str(real.ca_file))
    monkeypatch.setenv(environment["base_url"], real.base_url)
    credentials = [name for name in environment if name != "base_url"]
    for name, value in zip(credentials, provider.example["mock"], strict=True):
        monkeypatch.setenv(environment[name], value)
    before = served(mock)
    namespace: dict[str, object] = {}
    for block in blocks:
        code = re.sub(r"http://127\.0\.0\.1:\d+", mock.origin, block)
        exec(compile(code, f"{provider.package}/README.md", "exec"), namespace)
    assert served(real) >= 1, "the example without arguments should have used the environment"
    assert served(mock) >= before + len(blocks) - 1, "every other example should have talked to the mock"


def test_the_package_readme_says_what_a_user_needs() -> None:
    for provider in load_providers():
        text = (provider.package_dir / "README.md").read_text(encoding="utf-8")
        for heading in ("Install", "Authentication", "Errors", "Retries and timeouts", "Sends", "Async", "Versioning"):
            assert f"## {heading}" in text, (provider.name, heading)
        assert "AuthenticatedClient" not in text and "return `None`" not in text
