"""The provider table (providers.toml), loaded into typed rows.

Why a table: generation, the mocks and the tests all iterate over it, so adding a provider is adding
a row and never touching pipeline code.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["ROOT", "Provider", "get_provider", "load_providers"]

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "providers.toml"
FIELDS = ("name", "spec", "overlay", "package", "module", "mock", "version")
OPTIONAL = ("urls", "example")


@dataclass(frozen=True)
class Provider:
    """One row of providers.toml; paths are relative to the repository root."""

    name: str
    spec: str
    overlay: str
    package: str
    module: str
    mock: str
    #: the generated package's own version (semver), independent of the API version in its spec.
    version: str
    #: project URLs for the package metadata (name -> URL).
    urls: dict[str, str] = field(default_factory=dict)
    #: the first send of the package README (see providers.toml).
    example: dict[str, Any] = field(default_factory=dict)

    @property
    def package_dir(self) -> Path:
        return ROOT / "generated" / self.package

    @property
    def resolved_spec(self) -> Path:
        """The spec with its overlay applied, committed beside the generated package."""
        return self.package_dir / "openapi.resolved.yaml"


def load_providers(table: Path = TABLE) -> list[Provider]:
    """Read and check the table: every field present, names and packages unique."""
    rows = tomllib.loads(table.read_text(encoding="utf-8")).get("provider", [])
    providers = []
    for index, row in enumerate(rows, start=1):
        missing = [name for name in FIELDS if not isinstance(row.get(name), str) or not row[name]]
        unknown = sorted(set(row) - set(FIELDS) - set(OPTIONAL))
        if missing or unknown:
            raise ValueError(f"{table.name} row {index}: missing {missing}, unknown {unknown}")
        providers.append(Provider(**{name: row[name] for name in FIELDS}, **{k: row[k] for k in OPTIONAL if k in row}))
    for provider in providers:
        if not re.fullmatch(r"\d+\.\d+\.\d+", provider.version):
            raise ValueError(f"{table.name}: {provider.name}: version {provider.version!r} is not MAJOR.MINOR.PATCH")
    for unique in ("name", "package", "module"):
        values = [getattr(p, unique) for p in providers]
        if len(values) != len(set(values)):
            raise ValueError(f"{table.name}: duplicate {unique} in {values}")
    return providers


def get_provider(name: str, table: Path = TABLE) -> Provider:
    for provider in load_providers(table):
        if provider.name == name:
            return provider
    known = ", ".join(p.name for p in load_providers(table))
    raise KeyError(f"unknown provider {name!r}; known: {known}")
