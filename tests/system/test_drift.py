"""The drift check: generated/ must be byte-identical to a fresh regeneration from the inputs."""

from __future__ import annotations

from tools.generate import check
from tools.providers import ROOT, load_providers


def test_committed_packages_match_a_fresh_regeneration() -> None:
    diff = check(load_providers(), ROOT / "generated")
    assert not diff, "generated/ drifted from spec + overlay + tools; run `make` and commit:\n" + "".join(diff)
