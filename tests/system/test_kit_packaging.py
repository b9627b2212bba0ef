"""sms-kit depends on gsm0338 alone; the generated clients come only through extras, and smskit
works without them (only the adapter modules and the callback models need them)."""

from __future__ import annotations

import subprocess
import sys
import tomllib

from tools.providers import ROOT, load_providers

KIT = tomllib.loads((ROOT / "kit" / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def test_sms_kit_depends_on_the_clients_only_through_extras() -> None:
    assert KIT["name"] == "sms-kit"
    assert [d.split(">")[0].split("=")[0] for d in KIT["dependencies"]] == ["gsm0338"]
    extras = KIT["optional-dependencies"]
    assert {p.package for p in load_providers()} == {extras[name][0] for name in ("fractel", "smsend", "smstools")}
    assert extras["phonenumbers"][0].startswith("phonenumbers")
    assert (ROOT / "kit" / "src" / "smskit" / "py.typed").exists()


def test_smskit_imports_and_works_without_any_generated_client() -> None:
    blocked = [p.module for p in load_providers()]
    code = (
        f"import sys\nfor name in {blocked!r}: sys.modules[name] = None\n"
        "import smskit\n"
        "assert smskit.segments('[' * 100).parts == 2\n"
        "assert smskit.smstools_number('+39 348 123 4567') == '393481234567'\n"
        "assert smskit.parse_callback('smstools.inbound', method='GET', query='number=1&text=a').text == 'a'\n"
        "try:\n    import smskit.fractel\nexcept ImportError:\n    pass\n"
        "else:\n    raise SystemExit('fractel_client was not blocked')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
