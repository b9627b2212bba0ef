"""Each generated package installs on its own, with only its declared runtime dependencies.

A fresh virtual environment (no project dependencies), ``pip install generated/<package>`` from the
package registry, then an import in that interpreter: what a user outside this repository does.
"""

from __future__ import annotations

import subprocess
import tomllib
import venv
from pathlib import Path

import pytest

from tools.providers import Provider, load_providers

ALLOWED_RUNTIME_DEPENDENCIES = {"httpx", "attrs"}


@pytest.mark.parametrize("provider", load_providers(), ids=lambda p: p.name)
def test_declares_only_runtime_dependencies(provider: Provider) -> None:
    project = tomllib.loads((provider.package_dir / "pyproject.toml").read_text())["project"]
    names = {dep.split(">")[0].split("=")[0].split("<")[0].strip() for dep in project["dependencies"]}
    assert names <= ALLOWED_RUNTIME_DEPENDENCIES
    assert project["name"] == provider.package


@pytest.mark.parametrize("provider", load_providers(), ids=lambda p: p.name)
def test_installs_and_imports_in_a_fresh_environment(provider: Provider, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(provider.package_dir)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    probe = (
        f"import {provider.module} as m, {provider.module}.api, {provider.module}.models; "
        "import importlib.metadata as md, re; "
        "flows = [n for n in m.runtime.provider.__all__ if callable(getattr(m, n)) and n.islower()]; "
        f"print(bool(flows), sorted(re.split('[<>=!~ ;]', r)[0] for r in md.requires('{provider.package}')))"
    )
    result = subprocess.run([str(python), "-c", probe], capture_output=True, text=True, cwd=tmp_path, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True ['attrs', 'httpx']"
