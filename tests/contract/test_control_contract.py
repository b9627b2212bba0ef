"""Contract test of the mocks' control API: schemathesis checks ``/__mock/`` against its own OpenAPI
document (sms_mocks/control-api.yaml), which it downloads from the running mock
(``/__mock/openapi.json``), as a user pointing schemathesis at a mock would.

Every check runs (positive and negative data, status codes, content types, response schemas,
unsupported methods), in the examples, coverage and fuzzing phases, with a fixed seed; the run must
end with zero failures. One provider's mock is enough: the control API is the same code for every
provider (tests/e2e/test_control_api.py covers what it does to each).
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from sms_mocks.control import control_document
from sms_mocks.pytest_plugin import MockHandle

from tools.providers import ROOT
from tools.speclint import lint_file

SCHEMATHESIS = Path(sys.executable).parent / "schemathesis"
SEED = 20261130
SETTINGS = """\
[warnings]
fail-on = ["missing_auth", "missing_deserializer", "unresolvable_reference", "base_url_mismatch", "unsupported_regex"]
"""


@pytest.mark.contract
def test_the_control_api_honours_its_document(smsend_mock: MockHandle, tmp_path: Path) -> None:
    config = tmp_path / "schemathesis.toml"
    config.write_text(SETTINGS, encoding="utf-8")
    command = [
        str(SCHEMATHESIS),
        f"--config-file={config}",
        "run",
        smsend_mock.origin + "/__mock/openapi.json",
        f"--url={smsend_mock.origin}",
        "--phases=examples,coverage,fuzzing",
        "--max-examples=40",
        f"--seed={SEED}",
        "--generation-database=none",
        "--report=junit",
        f"--report-junit-path={tmp_path / 'junit.xml'}",
        "--no-color",
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=900, check=False)
    output = result.stdout + result.stderr
    assert result.returncode == 0, f"schemathesis found failures in the control API:\n{output[-30000:]}"
    # every operation but GET /__mock/openapi.json, the document's own URL, which schemathesis
    # leaves out (tests/e2e/test_control_api.py checks it serves the packaged document)
    operations = [
        f"{method.upper()} {path}"
        for path, item in control_document()["paths"].items()
        for method in item
        if method in ("get", "put", "post", "delete") and path != "/__mock/openapi.json"
    ]
    operations_tested = len(operations)
    assert f"Tested: {operations_tested}" in output, output[-5000:]
    for phase in ("Examples", "Coverage", "Fuzzing"):
        assert f"✅ {phase}" in output, f"phase {phase} did not run and pass:\n{output[-5000:]}"
    cases = {case.get("name") for case in ElementTree.parse(tmp_path / "junit.xml").getroot().iter("testcase")}
    assert cases == set(operations)


def test_the_control_api_document_passes_the_spec_lint() -> None:
    """The same checks as the providers' specs (tools/speclint.py): OpenAPI 3.1 validity, no
    unknown keys, examples valid against their schemas, every component used."""
    assert lint_file(ROOT / "mocks" / "src" / "sms_mocks" / "control-api.yaml") == []
