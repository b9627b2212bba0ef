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
import tarfile
import tomllib
import venv
from pathlib import Path

import pytest
from sms_mocks.registry import create_mock
from sms_mocks.server import MockServer

from tools.generate import OWN_CHANGELOGS
from tools.overlay import load_yaml
from tools.providers import ROOT, Provider, load_providers

#: httpx for the generated code (its models and clients are plain classes: no attrs); sniffio so
#: httpcore's async pool does not retry a failed import on every request (encode/httpcore#1103; see
#: tools/templates/pyproject_pdm.toml.jinja).
ALLOWED_RUNTIME_DEPENDENCIES = {"httpx", "sniffio"}


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
    with MockServer(create_mock(provider.name)) as server:
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
    assert seen["requires"] == ["httpx", "sniffio"]
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


@pytest.mark.parametrize("provider", load_providers(), ids=lambda p: p.name)
def test_the_public_names_are_what_users_call(provider: Provider) -> None:
    """``__all__``: the factory, its client classes, errors, paging, call options and the versions;
    no internal table, no generated ``Client``, no builtin shadowed."""
    import builtins

    package = importlib.import_module(provider.module)
    exported = set(package.__all__)
    assert {"connect", "SmsClient", "AsyncSmsClient", "ApiError", "paginate", "apaginate", "call_options"} <= exported
    assert {"RetryPolicy", "RequestTimeoutError", "__version__", "__api_version__"} <= exported
    assert not exported & set(dir(builtins)), exported & set(dir(builtins))
    assert not exported & {"OPERATIONS", "FLOWS", "ERRORS", "AuthenticatedClient", "Client", "runtime"}
    assert not any(name.isupper() for name in exported)
    assert issubclass(package.RequestTimeoutError, package.TransportError)
    for tag in importlib.import_module(f"{provider.module}.api").__all__:
        group = importlib.import_module(f"{provider.module}.api.{tag}") if tag.islower() else None
        assert group is None or group.__all__, f"api/{tag}/ lists its modules"


@pytest.mark.parametrize("provider", load_providers(), ids=lambda p: p.name)
def test_every_operation_is_a_method_of_the_client_sync_and_async(
    provider: Provider, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``client.<tag>.<operation>`` for every operation of the catalogue, sync and awaited, with the
    module function's signature; the example send goes through both against the mock, with the
    credentials and base URL taken from the documented environment variables."""
    import asyncio
    import inspect

    package = importlib.import_module(provider.module)
    flows = importlib.import_module(f"{provider.module}._runtime.provider")
    client = package.connect("http://127.0.0.1:1", *provider.example["mock"], allow_insecure_http=True)
    for operation in flows.OPERATIONS.operations:
        _, tag, name = operation.module.split(".")
        module = importlib.import_module(f"{provider.module}.{operation.module}")
        method, awaited = getattr(getattr(client, tag), name), getattr(getattr(client.aio, tag), name)
        expected = [p for p in inspect.signature(module.sync).parameters if p != "client"]
        assert list(inspect.signature(method).parameters) == expected, operation.id
        assert list(inspect.signature(awaited).parameters) == expected, operation.id
        assert inspect.iscoroutinefunction(awaited) and not inspect.iscoroutinefunction(method)
    with MockServer(create_mock(provider.name)) as server:
        monkeypatch.setenv(flows.ENVIRONMENT["base_url"], server.base_url)
        names = [name for name in flows.ENVIRONMENT if name != "base_url"]
        for name, value in zip(names, provider.example["mock"], strict=True):
            monkeypatch.setenv(flows.ENVIRONMENT[name], value)
        client = package.connect(allow_insecure_http=True)
        models = importlib.import_module(f"{provider.module}.models")
        scope = {"client": client, **{name: getattr(models, name) for name in provider.example["imports"]}}
        result = eval(provider.example["send"], scope)
        assert eval(provider.example["result"], {"result": result})

        async def awaited_send() -> object:
            return await eval(provider.example["send"].replace("client.", "client.aio.", 1), scope)

        assert eval(provider.example["result"], {"result": asyncio.run(awaited_send())})
        assert server.app.served >= 2


def test_connect_without_credentials_names_the_environment_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    import fractel_client

    monkeypatch.delenv("FRACTEL_USERNAME", raising=False)
    monkeypatch.delenv("FRACTEL_BASE_URL", raising=False)
    with pytest.raises(TypeError, match="FRACTEL_USERNAME"):
        fractel_client.connect(password="x")
    monkeypatch.setenv("FRACTEL_USERNAME", "u")
    client = fractel_client.connect(password="x")
    spec = load_yaml(next(p for p in load_providers() if p.module == "fractel_client").resolved_spec)
    assert str(client.get_httpx_client().base_url).rstrip("/") == spec["servers"][0]["url"].rstrip("/")


@pytest.mark.parametrize("folder", OWN_CHANGELOGS)
def test_each_hand_written_distribution_ships_its_own_changelog(folder: str, tmp_path: Path) -> None:
    """sms-mocks, sms-kit and sms-campaign carry their own CHANGELOG.md in their sdists (the
    generated clients carry the root one)."""
    build = subprocess.run(
        [sys.executable, "-m", "build", "--sdist", "--no-isolation", "--outdir", str(tmp_path), str(ROOT / folder)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert build.returncode == 0, build.stdout + build.stderr
    [sdist] = tmp_path.glob("*.tar.gz")
    with tarfile.open(sdist) as archive:
        [member] = [m for m in archive.getmembers() if m.name.count("/") == 1 and m.name.endswith("/CHANGELOG.md")]
        shipped = archive.extractfile(member)
        assert shipped is not None
        assert shipped.read() == (ROOT / folder / "CHANGELOG.md").read_bytes()
