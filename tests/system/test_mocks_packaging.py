"""sms-mocks installs alone from its wheel and runs: built as a user's build would (with sms-kit's
wheel, its one dependency from this repository), installed into a fresh virtual environment (the
other dependencies from the package registry as configured), then ``sms-mock smstools --port 0``
started from there, far from this repository, and its control API and one provider operation
called over loopback."""

from __future__ import annotations

import subprocess
import sys
import threading
import tomllib
import venv
from pathlib import Path

import httpx

from tools.providers import ROOT

MOCKS = tomllib.loads((ROOT / "mocks" / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def test_sms_mocks_declares_its_plugin_and_its_console_script() -> None:
    assert MOCKS["name"] == "sms-mocks"
    assert MOCKS["entry-points"]["pytest11"] == {"sms_mocks": "sms_mocks.pytest_plugin"}
    assert MOCKS["scripts"] == {"sms-mock": "sms_mocks.cli:main", "sms-contract": "sms_mocks.contract.cli:main"}
    assert sorted(MOCKS["entry-points"]["sms_mocks.providers"]) == ["fractel", "smsend", "smstools"]
    assert (ROOT / "mocks" / "src" / "sms_mocks" / "py.typed").exists()


def build_wheel(source: Path, out: Path) -> Path:
    built = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(source)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    [wheel] = out.glob("*.whl")
    return wheel


def test_the_wheel_installs_alone_and_serves(tmp_path: Path) -> None:
    kit = build_wheel(ROOT / "kit", tmp_path / "kit")
    mocks = build_wheel(ROOT / "mocks", tmp_path / "mocks")
    assert mocks.name.startswith("sms_mocks-")
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(kit), str(mocks)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert install.returncode == 0, install.stdout + install.stderr

    command = [str(env_dir / "bin" / "sms-mock"), "smstools", "--port", "0", "--quiet"]
    process = subprocess.Popen(command, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    watchdog = threading.Timer(120, process.kill)  # bounded: a mock that never starts fails the test
    watchdog.start()
    try:
        assert process.stdout is not None
        lines = []
        while not any("serving" in line for line in lines):
            line = process.stdout.readline()
            assert line, "sms-mock exited before serving:\n" + "".join(lines)
            lines.append(line)
        base_url = next(line for line in lines if "serving" in line).split("serving ")[1].split()[0]
        assert base_url.startswith("http://127.0.0.1:") and base_url.endswith("/rest/api")
        origin = base_url.removesuffix("/rest/api")
        with httpx.Client(trust_env=False, timeout=30) as client:
            info = client.get(origin + "/__mock/").json()
            assert info["provider"] == "smstools" and info["api_base_path"] == "/rest/api"
            assert client.get(origin + "/__mock/openapi.json").json()["openapi"] == "3.1.0"
            user = client.get(base_url + "/user", auth=("DEMOKEY0001", "demo-secret"))
            assert user.status_code == 200 and "credit" in user.json()
            sent = client.post(
                base_url + "/sms/send", auth=("DEMOKEY0001", "demo-secret"), data={"to": "393481234567", "text": "x"}
            )
            assert sent.status_code == 200, sent.text
            [message] = client.get(origin + "/__mock/outbox").json()["messages"]
            assert message["recipient"] == "393481234567" and message["request"]["headers"]["Authorization"] == "***"
    finally:
        watchdog.cancel()
        process.terminate()
        process.wait(timeout=30)
        if process.stdout is not None:
            process.stdout.close()
    where = subprocess.run(
        [str(python), "-c", "import sms_mocks, smskit; print(sms_mocks.__file__, smskit.__file__)"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert where.returncode == 0, where.stderr
    assert all(path.startswith(str(env_dir)) for path in where.stdout.split()), where.stdout
