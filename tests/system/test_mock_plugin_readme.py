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


def example_tests() -> list[str]:
    """Every python block after an ``<!-- example-test -->`` line."""
    text = README.read_text(encoding="utf-8")
    found = re.findall(r"<!-- example-test -->\n```python\n(.*?)```", text, re.DOTALL)
    assert found, "mocks/README.md has no example test (a python block after <!-- example-test -->)"
    return found


def test_the_readme_example_tests_pass(tmp_path: Path) -> None:
    sources = example_tests()
    assert len(sources) >= 2  # the fixtures' example, and start_mock's and MockHandle.connect's
    tests = [name for source in sources for name in re.findall(r"^def (test_\w+)", source, re.MULTILINE)]
    assert len(tests) >= 2 * len(sources)
    for number, source in enumerate(sources):
        (tmp_path / f"test_readme_example_{number}.py").write_text(source, encoding="utf-8")
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
