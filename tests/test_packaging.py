"""Each generated package installs on its own, with only its declared runtime dependencies.

A fresh virtual environment (no project dependencies), ``pip install generated/<package>`` from the
package registry, then an import in that interpreter: what a user outside this repository does.
"""

from __future__ import annotations

import importlib
import json
import re
import subprocess
import sys
import tomllib
import venv
from pathlib import Path

import pytest

from tools.mock import load_mock
from tools.mocks.server import MockServer
from tools.overlay import load_yaml
from tools.providers import Provider, load_providers

#: httpx and attrs for the generated code; sniffio so httpcore's async pool does not retry a failed
#: import on every request (encode/httpcore#1103; see tools/templates/pyproject_pdm.toml.jinja).
ALLOWED_RUNTIME_DEPENDENCIES = {"httpx", "attrs", "sniffio"}


@pytest.mark.parametrize("provider", load_providers(), ids=lambda p: p.name)
def test_declares_only_runtime_dependencies(provider: Provider) -> None:
    project = tomllib.loads((provider.package_dir / "pyproject.toml").read_text())["project"]
    names = {dep.split(">")[0].split("=")[0].split("<")[0].strip() for dep in project["dependencies"]}
    assert names <= ALLOWED_RUNTIME_DEPENDENCIES
    assert project["name"] == provider.package


SEND_PROBE = """
import importlib.metadata as md, json, re, sys
import {module} as package
from {module}.models import {imports}

seen = []
client = package.connect({connect_args}, httpx_args={{"event_hooks": {{"request": [seen.append]}}}})
result = {send}
print(json.dumps({{
    "result": str({result}),
    "requires": sorted(re.split("[<>=!~ ;]", r)[0] for r in md.requires("{package}")),
    "version": [package.__version__, md.version("{package}"), package.__api_version__],
    "user_agent": seen[-1].headers["user-agent"],
    "licence": md.metadata("{package}")["License-Expression"],
    "site": package.__file__,
}}))
"""


@pytest.mark.parametrize("provider", load_providers(), ids=lambda p: p.name)
def test_the_wheel_installs_alone_and_sends_against_the_mock(provider: Provider, tmp_path: Path) -> None:
    """Build the wheel as `make dist` does, install it alone into a fresh virtual environment (its
    dependencies from the package registry as configured), and send against the mock from there."""
    wheels = tmp_path / "wheels"
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(wheels),
            str(provider.package_dir),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert build.returncode == 0, build.stdout + build.stderr
    [wheel] = wheels.glob("*.whl")
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(wheel)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    flows = importlib.import_module(f"{provider.module}._runtime.provider")
    with MockServer(load_mock(provider)) as server:
        arguments = [server.base_url, *provider.example["mock"]]
        insecure = any(getattr(getattr(flows, name.upper()), "https_only", False) for name in flows.FLOWS)
        probe = SEND_PROBE.format(
            module=provider.module,
            package=provider.package,
            imports=", ".join(provider.example["imports"]),
            connect_args=", ".join(map(repr, arguments)) + (", allow_insecure_http=True" if insecure else ""),
            send=provider.example["send"],
            result=provider.example["result"],
        )
        result = subprocess.run([str(python), "-c", probe], capture_output=True, text=True, cwd=tmp_path, check=False)
        assert result.returncode == 0, result.stderr
        assert server.app.served >= 1
    seen = json.loads(result.stdout)
    assert seen["result"] and seen["result"] != "None"
    assert seen["requires"] == ["attrs", "httpx", "sniffio"]
    assert seen["version"] == [
        provider.version,
        provider.version,
        str(load_yaml(provider.resolved_spec)["info"]["version"]),
    ]
    assert re.fullmatch(
        rf"{provider.package}/{re.escape(provider.version)} httpx/[\d.]+ Python/[\d.]+", seen["user_agent"]
    )
    assert seen["licence"] == "MIT"
    assert str(env_dir) in seen["site"], "imported from the fresh environment, not the project's"


LAZY_PROBE = """
import json, sys
import {module} as package
heavy = ("httpx", "attrs", "{module}._runtime", "{module}.client")
loaded_by_import = sorted(name for name in heavy if name in sys.modules)
exports = {{name: getattr(package, name) is not None for name in package.__all__}}
from {module}.models import Error
models = [name for name in sys.modules if name.startswith("{module}.models.")]
import {module}.models as every
print(json.dumps({{
    "loaded_by_import": loaded_by_import,
    "exports": all(exports.values()) and len(exports),
    "in_dir": set(package.__all__) <= set(dir(package)),
    "models_loaded": len(models),
    "models_total": len(every.__all__),
    "same_class": every.Error is Error,
}}))
"""


@pytest.mark.parametrize("provider", load_providers(), ids=lambda p: p.name)
def test_the_package_and_its_models_load_on_first_use(provider: Provider) -> None:
    """``import pkg`` loads nothing heavy; each export resolves; one model does not load them all."""
    probe = LAZY_PROBE.format(module=provider.module)
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout)
    assert seen["loaded_by_import"] == []
    assert seen["exports"] >= 15 and seen["in_dir"] and seen["same_class"]
    assert 1 <= seen["models_loaded"] < seen["models_total"] / 2


USER_SNIPPET = """
from fractel_client import SmsClient, connect
from fractel_client.api.sms import post_sms
from fractel_client.models import SmsRequest

client = connect("http://127.0.0.1:1/v2", "user", "password")
body = SmsRequest(to="3125550199", from_="3215550000", message="hi")
reveal_type(client)
reveal_type(post_sms.sync(client=client, body=body))
reveal_type(client.sms.post_sms(body=body))
reveal_type(post_sms.sync_detailed(client=client, body=body))


async def later(client: SmsClient) -> None:
    reveal_type(await client.aio.sms.post_sms(body=body))
    reveal_type(await post_sms.asyncio(client=client, body=body))
"""


def test_mypy_strict_sees_the_success_model_not_a_union(tmp_path: Path) -> None:
    """What a user's type checker says about a call: the success model, no ``| Error | None``."""
    snippet = tmp_path / "user_code.py"
    snippet.write_text(USER_SNIPPET, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(snippet)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    revealed = [line.split("Revealed type is ", 1)[1] for line in result.stdout.splitlines() if "Revealed type" in line]
    assert revealed == [
        '"fractel_client.api.SmsClient"',
        '"fractel_client.models.send_result.SendResult"',
        '"fractel_client.models.send_result.SendResult"',
        '"fractel_client.types.Response[fractel_client.models.send_result.SendResult]"',
        '"fractel_client.models.send_result.SendResult"',
        '"fractel_client.models.send_result.SendResult"',
    ], result.stdout
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert errors == [], result.stdout
