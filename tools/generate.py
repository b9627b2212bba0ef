"""Regenerate every client package: spec + overlay -> resolved spec -> openapi-python-client -> package.

One pass per row of providers.toml, with no provider-specific branches:

1. apply the overlay (every action must carry a description) and keep the resolved spec;
2. run openapi-python-client with ``--fail-on-warning``, so an endpoint it cannot generate fails
   the build instead of silently disappearing. It is given the resolved spec without
   operation-level ``security``: the generator would answer that with its own single-token
   ``AuthenticatedClient``, while the runtime applies every security requirement itself;
3. copy the hand-written ``runtime/`` package in as ``<module>._runtime`` (private), render its
   ``provider.py`` from the spec's ``x-sms-auth`` data and operation catalogue (see
   tools/catalogue.py) and the package ``__init__`` exporting it, then format with the pinned ruff.
   The package and ``models`` ``__init__`` load each name on first use (tools/templates/lazy.jinja),
   so importing a package, or one of its models, does not import all of it;
4. stamp every file with a one-line "generated ... do not edit" marker.

``--check`` does all of this in a temporary folder and compares it byte for byte with what is
committed under generated/, printing a diff; this is the drift check ``make test`` runs.
"""

from __future__ import annotations

import argparse
import copy
import difflib
import filecmp
import json
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jinja2
import yaml
from openapi_python_client.strings import ClassName, snake_case

from runtime.login import LoginSpec
from runtime.operation import Operation
from runtime.static import SchemeUse, StaticSpec
from tools.catalogue import CatalogueError, catalogue, error_shape
from tools.overlay import apply_overlay, dump_yaml, load_yaml
from tools.providers import ROOT, Provider, load_providers
from tools.spec import operations

__all__ = ["Flow", "GenerationError", "auth_flows", "check", "for_generator", "generate", "generate_all", "marker_for"]

TEMPLATES = ROOT / "tools" / "templates"
RUNTIME = ROOT / "runtime"
#: what the sms-mocks distribution (mocks/) carries from the pipeline; see generate_mock_data.
MOCK_DATA = ROOT / "mocks" / "src" / "sms_mocks" / "_generated"
BIN = Path(sys.executable).parent
GENERATOR = f"openapi-python-client {version('openapi-python-client')}"

#: How a marker is written in each kind of file the generator produces.
COMMENT_STYLES = {
    ".py": "# {}\n",
    ".toml": "# {}\n",
    ".yaml": "# {}\n",
    ".typed": "# {}\n",
    ".gitignore": "# {}\n",
    ".md": "<!-- {} -->\n",
    "LICENSE": "{}\n\n",
}


class GenerationError(RuntimeError):
    """A provider could not be generated; the message says which and why."""


def marker_for(sources: str) -> str:
    return f"generated from {sources} by tools/generate.py ({GENERATOR}); do not edit"


def _stamp(path: Path, sources: str) -> None:
    style = COMMENT_STYLES.get(path.suffix) or COMMENT_STYLES.get(path.name)
    if style is None:
        raise GenerationError(f"no marker style for generated file {path.name}; add one to COMMENT_STYLES")
    text = path.read_text(encoding="utf-8")
    path.write_text(style.format(marker_for(sources)) + text, encoding="utf-8")


def for_generator(spec: Mapping[str, Any]) -> dict[str, Any]:
    """The resolved spec as openapi-python-client should see it: without operation-level security,
    which the runtime applies (see the module docstring)."""
    trimmed = copy.deepcopy(dict(spec))
    for item in trimmed.get("paths", {}).values():
        for operation in item.values():
            if isinstance(operation, dict):
                operation.pop("security", None)
    return trimmed


def _operation(spec: Mapping[str, Any], operation_id: str) -> tuple[str, str, Mapping[str, Any]]:
    for found in operations(spec):
        if found.id == operation_id:
            return found.method, found.path, found.operation
    raise GenerationError(f"x-sms-auth names operationId {operation_id!r}, which the spec does not define")


@dataclass(frozen=True)
class Flow:
    """One ``x-sms-auth`` flow as the generator hands it to the runtime: ``login`` or ``static`` is
    the runtime's own spec object (type-checked here, written into provider.py as its ``repr``)."""

    name: str
    credential_names: tuple[str, ...]
    login: LoginSpec | None = None
    static: StaticSpec | None = None
    #: what a login returns, by name (login flows only).
    result_names: tuple[str, ...] = ()

    @property
    def kind(self) -> str:
        return "login" if self.login is not None else "static"


def _login_flow(spec: Mapping[str, Any], flow: Mapping[str, Any]) -> Flow:
    method, path, operation = _operation(spec, flow["operationId"])
    form = "application/x-www-form-urlencoded" in operation.get("requestBody", {}).get("content", {})
    result = flow["result"]
    names = list(result.get("fields", {})) if result["format"] == "json" else list(result.get("names", ()))
    lifetime, expires_at = flow.get("lifetime"), result.get("expires-at")
    return Flow(
        name=str(flow["name"]),
        credential_names=tuple(str(name) for name in flow["credentials"]),
        result_names=tuple(str(name) for name in names),
        login=LoginSpec(
            method=method,
            path=path,
            credentials_in="form" if form else "query",
            credentials={str(k): str(v) for k, v in flow["credentials"].items()},
            result_format=str(result["format"]),
            result_fields={str(k): str(v) for k, v in result.get("fields", {}).items()},
            text_separator=str(result.get("separator", ";")),
            text_names=tuple(str(name) for name in result.get("names", ())),
            lifetime_field=None if lifetime is None else str(lifetime),
            expires_at_field=None if expires_at is None else str(expires_at),
            headers={str(k): str(v) for k, v in flow["headers"].items()},
        ),
    )


def _scheme_use(name: str, scheme: Mapping[str, Any], template: Any) -> SchemeUse:
    if scheme.get("type") == "http" and scheme.get("scheme") == "basic":
        return SchemeUse(kind="basic", value=str(template["username"]), password=str(template["password"]))
    if scheme.get("type") == "apiKey" and scheme.get("in") in ("header", "query"):
        return SchemeUse(kind=str(scheme["in"]), name=str(scheme["name"]), value=str(template))
    raise GenerationError(f"x-sms-auth cannot apply security scheme {name!r} of type {scheme.get('type')!r}")


def _static_flow(spec: Mapping[str, Any], flow: Mapping[str, Any]) -> Flow:
    schemes = spec.get("components", {}).get("securitySchemes", {})
    unknown = sorted(set(flow["schemes"]) - set(schemes))
    if unknown:
        raise GenerationError(f"x-sms-auth flow {flow['name']!r} names undefined security schemes {unknown}")
    uses = {str(name): _scheme_use(name, schemes[name], template) for name, template in flow["schemes"].items()}

    def first(requirements: list[Mapping[str, Any]]) -> tuple[str, ...]:
        return tuple(str(name) for name in requirements[0]) if requirements else ()

    default = first(spec.get("security", []))
    exceptions = []
    named: dict[str, tuple[str, ...]] = {}
    for found in operations(spec):
        if "security" in found.operation:
            required = first(found.operation["security"])
            missing = sorted(set(required) - set(uses))
            if missing:
                raise GenerationError(
                    f"{found.method} {found.path} needs schemes {missing} that x-sms-auth does not fill"
                )
            if required != default:
                exceptions.append((found.method, found.path, required))
                named[snake_case(found.id)] = required
    return Flow(
        name=str(flow["name"]),
        credential_names=tuple(str(name) for name in flow["credentials"]),
        static=StaticSpec(
            credentials=tuple(str(name) for name in flow["credentials"]),
            schemes=uses,
            default=default,
            operations=tuple(exceptions),
            headers={str(k): str(v) for k, v in flow.get("headers", {}).items()},
            https_only=bool(flow.get("https-only", False)),
            named=named,
        ),
    )


def auth_flows(spec: Mapping[str, Any]) -> list[Flow]:
    """The login flows declared by the one security scheme carrying ``x-sms-auth``."""
    schemes = spec.get("components", {}).get("securitySchemes", {})
    declared = [scheme["x-sms-auth"] for scheme in schemes.values() if "x-sms-auth" in scheme]
    if len(declared) != 1:
        raise GenerationError(f"expected exactly one security scheme with x-sms-auth, found {len(declared)}")
    flows = [
        _static_flow(spec, flow) if flow.get("kind") == "static" else _login_flow(spec, flow)
        for flow in declared[0]["flows"]
    ]
    names = [flow.name for flow in flows]
    if len(set(names)) != len(names) or not all(name.isidentifier() for name in names):
        raise GenerationError(f"x-sms-auth flow names must be unique Python identifiers: {names}")
    return flows


#: What the package exports, by the module that defines it: what users call (the factory, its
#: client classes, the errors, paging, call options). Everything else stays in private modules.
PACKAGE_EXPORTS = (
    ("_runtime.provider", ("apaginate", "connect", "paginate")),
    ("api", ("AsyncSmsClient", "SmsClient")),
    ("_runtime.created", ("created_id",)),
    (
        "_runtime.errors",
        (
            "ApiError",
            "AuthenticationError",
            "DecodingError",
            "NotFoundError",
            "RateLimitedError",
            "RequestTimeoutError",
            "ServerError",
            "TransportError",
            "ValidationError",
        ),
    ),
    ("_runtime.login", ("LoginError",)),
    ("_runtime.policy", ("RetryPolicy", "call_options")),
)


def _templates() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["pyrepr"] = repr
    env.filters["camel"] = lambda name: "".join(part.capitalize() for part in name.split("_"))
    return env


def environment(provider: Provider, credential_names: Sequence[str]) -> dict[str, str]:
    """The environment variables ``connect()`` reads: ``<NAME>_BASE_URL`` and one per credential."""
    prefix = provider.name.upper()
    return {"base_url": f"{prefix}_BASE_URL", **{name: f"{prefix}_{name.upper()}" for name in credential_names}}


def _credential_names(flows: Sequence[Flow]) -> list[str]:
    names = [list(flow.credential_names) for flow in flows]
    if any(other != names[0] for other in names):
        raise GenerationError(f"x-sms-auth flows must take the same credentials for one connect(): {names}")
    return names[0]


def _render_provider(spec: Mapping[str, Any], provider: Provider, package_dir: Path) -> str:
    try:
        operations = catalogue(spec, package_dir)
    except CatalogueError as exc:
        raise GenerationError(str(exc)) from exc
    flows = auth_flows(spec)
    credential_names = _credential_names(flows)
    return (
        _templates()
        .get_template("provider.py.jinja")
        .render(
            flows=flows,
            operations=operations,
            errors=error_shape(spec),
            credential_names=credential_names,
            environment=environment(provider, credential_names),
            base_url=spec["servers"][0]["url"],
            package=provider.package,
            version=provider.version,
            title=spec["info"]["title"],
        )
    )


def _render_package_init(spec: Mapping[str, Any], provider: Provider) -> str:
    """The package ``__init__``: the curated exports, loaded on first use, and the two versions."""
    homes = PACKAGE_EXPORTS
    return (
        _templates()
        .get_template("package_lazy_init.py.jinja")
        .render(
            title=spec["info"]["title"],
            module=provider.module,
            version=provider.version,
            api_version=str(spec["info"]["version"]),
            imports=[f"from .{home} import {', '.join(names)}" for home, names in homes],
            exports=[name for _, names in homes for name in names],
        )
    )


def _readme_data(spec: Mapping[str, Any], provider: Provider, operations: Sequence[Operation]) -> dict[str, Any]:
    """What the package README says about this provider, from the resolved spec and its catalogue."""
    flows = auth_flows(spec)
    credential_names = _credential_names(flows)
    base_url = spec["servers"][0]["url"]

    def where(entry: Operation) -> dict[str, str]:
        _, tag, name = entry.module.split(".")
        return {"tag": tag, "name": name}

    by_id = {entry.id: entry for entry in operations}
    sends = [
        {
            **where(entry),
            "key": entry.send.key_name,
            "lookup": ".".join(where(by_id[entry.send.lookup.operation]).values()),
        }
        for entry in operations
        if entry.send is not None and entry.send.lookup is not None
    ]
    hooks = []
    for name, item in spec.get("webhooks", {}).items():
        content = item.get("post", {}).get("requestBody", {}).get("content", {})
        refs = [media.get("schema", {}).get("$ref", "") for media in content.values()]
        models = sorted({str(ClassName(ref.rsplit("/", 1)[-1], "")) for ref in refs if ref})
        hooks += [{"name": name, "model": model} for model in models]
    insecure = any(flow.static is not None and flow.static.https_only for flow in flows)
    mock_url = "http://127.0.0.1:8080" + urlsplit(base_url).path.rstrip("/")
    arguments = [repr(mock_url).replace("'", '"'), *(f'"{value}"' for value in provider.example.get("mock", ()))]
    if insecure:
        arguments.append("allow_insecure_http=True")
    description = str(spec["info"].get("description", "")).strip().split("\n\n")[0]
    return {
        "name": provider.name,
        "package": provider.package,
        "module": provider.module,
        "version": provider.version,
        "api_version": str(spec["info"]["version"]),
        "title": spec["info"]["title"],
        "description": " ".join(description.split()),
        "base_url": base_url,
        "environment": environment(provider, credential_names),
        "credential_names": credential_names,
        "flows": flows,
        "example": provider.example,
        "mock_connect": f"connect({', '.join(arguments)})",
        "groups": [{"tag": tag} for tag in dict.fromkeys(where(entry)["tag"] for entry in operations)],
        "paged": [where(entry) for entry in operations if entry.paging is not None],
        "sends_with_lookup": sends,
        "webhooks": hooks,
    }


def _render_metadata(spec: Mapping[str, Any], provider: Provider, output: Path) -> None:
    """The package's pyproject.toml, README.md (what a package index shows), LICENSE and CHANGELOG.md."""
    try:
        operations = catalogue(spec, output / provider.module)
    except CatalogueError as exc:
        raise GenerationError(str(exc)) from exc
    data = _readme_data(spec, provider, operations)
    templates = _templates()
    (output / "README.md").write_text(
        templates.get_template("package_readme.md.jinja").render(**data), encoding="utf-8"
    )
    (output / "pyproject.toml").write_text(
        templates.get_template("package_pyproject.toml.jinja").render(urls=provider.urls, **data), encoding="utf-8"
    )
    shutil.copyfile(ROOT / "LICENSE", output / "LICENSE")
    (output / "CHANGELOG.md").write_text(client_changelog(), encoding="utf-8")


#: the hand-written distributions, each with its own CHANGELOG.md (the root one is the clients').
OWN_CHANGELOGS = ("mocks", "kit", "campaign")


def other_distributions() -> list[str]:
    """The names (distribution and import package) of the distributions that are not clients."""
    names = []
    for folder in OWN_CHANGELOGS:
        with (ROOT / folder / "pyproject.toml").open("rb") as project:
            names.append(tomllib.load(project)["project"]["name"])
        names += sorted(p.name for p in (ROOT / folder / "src").iterdir() if (p / "__init__.py").is_file())
    return names


def changelog_strays(text: str) -> list[str]:
    """The lines of a client package's changelog that are about another distribution."""
    names = [name.lower() for name in other_distributions()]
    return [line for line in text.splitlines() if any(name in line.lower() for name in names)]


def client_changelog() -> str:
    """The root CHANGELOG.md, which every generated package ships: the clients' changes only."""
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    strays = changelog_strays(text)
    if strays:
        raise GenerationError(
            "CHANGELOG.md ships in every client package, so it must not be about "
            f"{', '.join(other_distributions())}; move these lines to "
            f"{', '.join(f'{folder}/CHANGELOG.md' for folder in OWN_CHANGELOGS)}:\n" + "\n".join(strays)
        )
    return text


def _run(command: Sequence[str], cwd: Path, what: str) -> None:
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise GenerationError(f"{what} failed (exit {result.returncode}):\n{result.stdout}{result.stderr}")


def _files(folder: Path) -> Iterable[Path]:
    ignored = {"__pycache__", ".pdm-build"}  # bytecode, and what pdm-backend leaves when a wheel is built
    return sorted(p for p in folder.rglob("*") if p.is_file() and not ignored.intersection(p.parts))


def generate(provider: Provider, destination: Path) -> dict[str, Any]:
    """Generate one provider's package into ``destination`` (replaced entirely); return the resolved spec."""
    sources = f"{provider.spec} + {provider.overlay}"
    try:
        resolved: dict[str, Any] = apply_overlay(
            load_yaml(ROOT / provider.spec), load_yaml(ROOT / provider.overlay), require_descriptions=True
        )
    except ValueError as exc:
        raise GenerationError(f"{provider.name}: {provider.overlay}: {exc}") from exc

    with tempfile.TemporaryDirectory(prefix=f"generate-{provider.name}-") as scratch:
        work = Path(scratch)
        resolved_path = work / "openapi.resolved.yaml"
        resolved_path.write_text(dump_yaml(resolved), encoding="utf-8")
        generator_input = work / "openapi.generator.yaml"
        generator_input.write_text(dump_yaml(for_generator(resolved)), encoding="utf-8")
        config = {
            "project_name_override": provider.package,
            "package_name_override": provider.module,
            "package_version_override": provider.version,
            "post_hooks": [f"{BIN / 'ruff'} check --no-cache --fix-only .", f"{BIN / 'ruff'} format --no-cache ."],
        }
        (work / "config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
        output = work / provider.package
        _run(
            [
                str(BIN / "openapi-python-client"),
                "generate",
                f"--path={generator_input}",
                "--meta=pdm",
                f"--config={work / 'config.yaml'}",
                f"--custom-template-path={TEMPLATES}",
                f"--output-path={output}",
                "--fail-on-warning",
            ],
            cwd=work,
            what=f"{provider.name}: openapi-python-client",
        )

        runtime_dir = output / provider.module / "_runtime"
        runtime_dir.mkdir()
        runtime_files = sorted(RUNTIME.glob("*.py"))
        for source in runtime_files:
            shutil.copyfile(source, runtime_dir / source.name)
        provider_source = _render_provider(resolved, provider, output / provider.module)
        (runtime_dir / "provider.py").write_text(provider_source, encoding="utf-8")
        (output / provider.module / "__init__.py").write_text(
            _render_package_init(resolved, provider), encoding="utf-8"
        )
        _render_metadata(resolved, provider, output)
        _run(
            [str(BIN / "ruff"), "check", "--no-cache", "--fix-only", "."],
            cwd=output,
            what=f"{provider.name}: ruff check",
        )
        _run([str(BIN / "ruff"), "format", "--no-cache", "."], cwd=output, what=f"{provider.name}: ruff format")
        shutil.copyfile(resolved_path, output / "openapi.resolved.yaml")

        for path in _files(output):
            relative = path.relative_to(runtime_dir) if path.is_relative_to(runtime_dir) else None
            if relative is not None and (RUNTIME / relative).exists():
                _stamp(path, f"runtime/{relative}")
            else:
                _stamp(path, sources)

        if destination.exists():
            shutil.rmtree(destination)
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(output, destination)
    return resolved


def generate_mock_data(resolved: Mapping[str, Mapping[str, Any]], folder: Path) -> None:
    """Write what the sms-mocks distribution carries from the pipeline into ``folder``: each resolved
    spec as JSON (package data: an installed mock needs no repository), and copies of the one spec
    reader (``tools/spec.py``) and path matcher (``runtime/paths.py``), so mocks, clients and generator
    read a spec the same way. Files of providers not in ``resolved`` are left as they are."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = "# Generated by tools/generate.py from {source}; do not edit.\n"
    (folder / "__init__.py").write_text(
        stamp.format(source="providers.toml") + '"""Pipeline output the mocks carry: resolved specs, spec reader."""\n',
        encoding="utf-8",
    )
    (folder / "paths.py").write_text(
        stamp.format(source="runtime/paths.py") + (RUNTIME / "paths.py").read_text(encoding="utf-8"), encoding="utf-8"
    )
    reader = (ROOT / "tools" / "spec.py").read_text(encoding="utf-8")
    if "from runtime.paths import path_pattern" not in reader:
        raise GenerationError("tools/spec.py must import path_pattern from runtime.paths (see generate_mock_data)")
    reader = reader.replace("from runtime.paths import path_pattern", "from .paths import path_pattern")
    (folder / "spec.py").write_text(stamp.format(source="tools/spec.py") + reader, encoding="utf-8")
    for name, spec in resolved.items():
        text = json.dumps(spec, indent=1, ensure_ascii=False)
        (folder / f"{name}.json").write_text(text + "\n", encoding="utf-8")


def generate_all(providers: Sequence[Provider], root: Path, mocks: Path = MOCK_DATA) -> None:
    resolved = {}
    for provider in providers:
        resolved[provider.name] = generate(provider, root / provider.package)
        print(f"generated {provider.package} ({provider.module}) from {provider.spec} + {provider.overlay}")
    generate_mock_data(resolved, mocks)
    print(f"wrote the resolved specs and the spec reader the mocks carry into {mocks}")


def _diff(expected: Path, actual: Path) -> list[str]:
    """Unified diff lines between two trees (committed = expected, regenerated = actual)."""
    lines: list[str] = []
    names = {p.relative_to(expected) for p in _files(expected)} | {p.relative_to(actual) for p in _files(actual)}
    for name in sorted(names):
        old, new = expected / name, actual / name
        if old.exists() and new.exists() and filecmp.cmp(old, new, shallow=False):
            continue
        old_text = old.read_text(encoding="utf-8").splitlines(keepends=True) if old.exists() else []
        new_text = new.read_text(encoding="utf-8").splitlines(keepends=True) if new.exists() else []
        lines += difflib.unified_diff(old_text, new_text, f"committed/{name}", f"regenerated/{name}")
        if not old_text and not new_text:
            lines.append(f"binary or empty file differs: {name}\n")
    return lines


def check(providers: Sequence[Provider], committed: Path, committed_mocks: Path = MOCK_DATA) -> list[str]:
    """Regenerate into a temporary folder; return the diff against ``committed`` (empty: no drift)."""
    with tempfile.TemporaryDirectory(prefix="drift-") as scratch:
        fresh = Path(scratch)
        generate_all(providers, fresh, fresh / "mocks" / "src" / "sms_mocks" / "_generated")
        diff: list[str] = []
        for provider in providers:
            diff += _diff(committed / provider.package, fresh / provider.package)
        if set(p.name for p in providers) == set(p.name for p in load_providers()):
            diff += _diff(committed_mocks, fresh / "mocks" / "src" / "sms_mocks" / "_generated")
        return diff


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("providers", nargs="*", help="provider names (default: every row of providers.toml)")
    parser.add_argument("--out", type=Path, default=ROOT / "generated", help="where packages go")
    parser.add_argument("--check", action="store_true", help="compare a fresh generation with --out")
    args = parser.parse_args(argv)
    providers = load_providers()
    if args.providers:
        unknown = set(args.providers) - {p.name for p in providers}
        if unknown:
            parser.error(f"unknown provider(s): {', '.join(sorted(unknown))}")
        providers = [p for p in providers if p.name in args.providers]
    try:
        if args.check:
            diff = check(providers, args.out)
            if diff:
                sys.stdout.writelines(diff)
                print(f"\ndrift: generated/ differs from a fresh regeneration ({len(diff)} diff lines); run `make`")
                return 1
            print("no drift: generated/ is byte-identical to a fresh regeneration")
            return 0
        generate_all(providers, args.out)
    except GenerationError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
