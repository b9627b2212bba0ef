"""The drift check: generated/ must be byte-identical to a fresh regeneration from the inputs."""

from __future__ import annotations

from tools.generate import OWN_CHANGELOGS, check, other_distributions
from tools.providers import ROOT, load_providers


def test_committed_packages_match_a_fresh_regeneration() -> None:
    diff = check(load_providers(), ROOT / "generated")
    assert not diff, "generated/ drifted from spec + overlay + tools; run `make` and commit:\n" + "".join(diff)


def test_a_client_packages_changelog_is_about_the_clients_only() -> None:
    """Every generated package ships the root CHANGELOG.md; sms-mocks, sms-kit and sms-campaign keep
    their own (mocks/, kit/, campaign/CHANGELOG.md), so no line of a client's may be about them."""
    names = other_distributions()
    assert {"sms-mocks", "sms-kit", "sms-campaign", "sms_mocks", "smskit", "smscampaign"} <= set(names)
    for provider in load_providers():
        text = (ROOT / "generated" / provider.package / "CHANGELOG.md").read_text(encoding="utf-8")
        assert "## Unreleased" in text, provider.package
        strays = [line for line in text.splitlines() if any(name in line.lower() for name in names)]
        assert not strays, f"{provider.package}/CHANGELOG.md is about other distributions: {strays}"
    for folder in OWN_CHANGELOGS:
        assert (ROOT / folder / "CHANGELOG.md").is_file(), f"{folder}/CHANGELOG.md"
