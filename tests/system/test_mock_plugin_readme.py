"""mocks/README.md's example test runs, as a user would run it: written to a folder outside this
repository and run by pytest in a subprocess, with the sms-mocks plugin active because sms-mocks is
installed. So the README's example cannot rot."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

README = Path(__file__).resolve().parents[2] / "mocks" / "README.md"


def example_test() -> str:
    text = README.read_text(encoding="utf-8")
    found = re.search(r"<!-- example-test -->\n```python\n(.*?)```", text, re.DOTALL)
    assert found, "mocks/README.md has no example test (a python block after <!-- example-test -->)"
    return found.group(1)


def test_the_readme_example_test_passes(tmp_path: Path) -> None:
    source = example_test()
    tests = re.findall(r"^def (test_\w+)", source, re.MULTILINE)
    assert len(tests) >= 2
    (tmp_path / "test_readme_example.py").write_text(source, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTEST_ADDOPTS")}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{len(tests)} passed" in result.stdout, result.stdout
