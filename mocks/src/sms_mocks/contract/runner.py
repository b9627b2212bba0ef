"""Plan and run one contract check: which operations, how bounded, and what the server got wrong.

Why schemathesis runs in a child process: its hooks and auth are registered globally when the
hooks module is imported, so each run gets a fresh interpreter with exactly one provider's hooks
(:mod:`sms_mocks.contract.hooks`, configured through one environment variable). Its JUnit report
is read back to list the disagreements; its own console output, with a reproduction of every
failure, is kept as is.
"""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
import tempfile
import tomllib
import xml.etree.ElementTree as ElementTree
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from importlib.resources import files
from pathlib import Path
from typing import Any

from sms_mocks.loopback import is_loopback_url as is_loopback
from sms_mocks.registry import GROUP
from sms_mocks.specs import load_spec

__all__ = [
    "CONFIG_VARIABLE",
    "PHASES",
    "Contract",
    "ContractResult",
    "Disagreement",
    "demo_credentials",
    "is_loopback",
    "run_contract",
    "spec_operations",
    "without_framing",
    "write_operations",
]

#: every phase, in schemathesis's order.
PHASES = ("examples", "coverage", "fuzzing", "stateful")
#: the environment variable that hands the run's configuration (JSON) to the hooks in the child.
CONFIG_VARIABLE = "SMS_CONTRACT_CONFIG"
#: methods that only read; any other method is a write.
READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
#: operation extensions that make a reading method a write, and what they mean.
WRITE_MARKS = {
    "x-sms-send": "sends an SMS (x-sms-send), though a {method}",
    "x-sms-changes-state": "{value} (x-sms-changes-state)",
}
#: headers of HTTP's own message framing and connection handling (RFC 9112), which the HTTP client
#: sets from the request itself. Generated ones (schemathesis adds random headers to negative
#: cases, ``content-length: <junk>`` among them) make any HTTP server refuse the request before the
#: API sees it (uvicorn: 400, text/plain), which is no disagreement with the API's spec. ``Host`` is
#: not one of them: a server reads it (the mocks build links from it), so a generated one is sent.
FRAMING_HEADERS = frozenset(
    {"content-length", "transfer-encoding", "connection", "keep-alive", "te", "trailer", "upgrade", "expect"}
)
_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
_SCHEMATHESIS = "import sys; from schemathesis.cli import schemathesis; sys.exit(schemathesis())"


def spec_operations(spec: Mapping[str, Any]) -> list[tuple[str, str, str, Mapping[str, Any]]]:
    """Every operation of ``spec`` as (METHOD, path, operationId, operation), in the spec's order."""
    return [
        (method.upper(), path, str(operation.get("operationId", f"{method.upper()} {path}")), operation)
        for path, item in spec.get("paths", {}).items()
        for method, operation in item.items()
        if method in _METHODS
    ]


def write_operations(spec: Mapping[str, Any]) -> dict[str, str]:
    """operationId -> why it may send, spend credit or change state: every method but GET, HEAD and
    OPTIONS, and the reading ones the spec marks (``x-sms-send``, ``x-sms-changes-state``)."""
    writes: dict[str, str] = {}
    for method, _path, op_id, operation in spec_operations(spec):
        if method not in READ_METHODS:
            writes[op_id] = f"{method} changes state"
            continue
        for mark, reason in WRITE_MARKS.items():
            if mark in operation:
                writes[op_id] = reason.format(method=method, value=operation[mark])
                break
    return writes


def without_framing(headers: dict[str, Any] | None) -> dict[str, Any] | None:
    """Generated headers without :data:`FRAMING_HEADERS` (any spelling of their names)."""
    if not headers:
        return headers
    return {name: value for name, value in headers.items() if name.lower() not in FRAMING_HEADERS}


def demo_credentials(provider: str) -> dict[str, str]:
    """The demo account's credentials of the installed mock of ``provider`` (its ``DEMO_LOGIN``)."""
    found = entry_points(group=GROUP, name=provider)
    if not found:
        raise KeyError(f"no mock named {provider!r} is installed, so there are no demo credentials")
    module = importlib.import_module(next(iter(found)).value.partition(":")[0])
    return dict(module.DEMO_LOGIN)


def client_runtime(client_module: str) -> Any:
    """The generated client's runtime data (``<module>._runtime.provider``), whose auth the hooks use."""
    try:
        return importlib.import_module(f"{client_module}._runtime.provider")
    except ModuleNotFoundError as exc:
        raise ModuleNotFoundError(
            f"sms-contract authenticates as the generated client does, and needs it: install the package "
            f"that provides the module {client_module!r} (or name another with --client-module)"
        ) from exc


#: settings of a read-only run: the coverage phase sends no method the spec does not declare for a
#: path (it sends DELETE, PUT... to a read-only path, expecting a 405; a server that implements one
#: anyway would act on it), and the check judging those answers is off.
READ_ONLY_SETTINGS = """\
# read-only: no undeclared methods
phases.coverage.unexpected-methods = []

"""


def settings_text(provider: str, *, read_only: bool = False) -> str:
    """The common schemathesis settings plus the provider's own, if this package has any."""
    folder = files("sms_mocks.contract") / "settings"
    own = folder / f"{provider}.toml"
    common = (folder / "common.toml").read_text(encoding="utf-8")
    text = (
        (READ_ONLY_SETTINGS if read_only else "") + common + (own.read_text(encoding="utf-8") if own.is_file() else "")
    )
    tomllib.loads(text)  # settings/<provider>.toml must not redefine what the lines above define
    return text


@dataclass(frozen=True)
class Disagreement:
    """One place where the server disagrees with the spec."""

    operation: str
    check: str
    message: str
    reproduction: str

    def __str__(self) -> str:
        text = f"{self.operation}: {self.check}: {self.message}"
        return text + (f"\n    reproduce: {self.reproduction}" if self.reproduction else "")


@dataclass
class ContractResult:
    """What a run found. ``returncode`` is schemathesis's (0: no disagreement), or 3 when the time
    limit stopped it; ``output`` is its console output."""

    returncode: int
    output: str
    disagreements: list[Disagreement] = field(default_factory=list)
    #: every call made, as (METHOD, path template, status), in the order the hooks saw them.
    calls: list[tuple[str, str, int]] = field(default_factory=list)
    timed_out: bool = False
    junit: Path | None = None

    @property
    def ok(self) -> bool:
        return self.returncode == 0 and not self.disagreements and not self.timed_out


@dataclass
class Contract:
    """One contract check: a provider's spec against the server at ``base_url``."""

    provider: str
    base_url: str
    credentials: Mapping[str, str]
    #: the generated client whose auth is used; default ``<provider>_client``.
    client_module: str | None = None
    #: True: writes allowed; False: read-only; None: writes allowed on loopback only.
    allow_writes: bool | None = None
    #: operationIds to check (empty: all of them).
    only: Sequence[str] = ()
    phases: Sequence[str] = PHASES
    max_examples: int = 100
    seed: int | None = None
    #: requests the hooks let through before refusing every further one (None: see request_budget).
    max_requests: int | None = None
    #: seconds before the run is stopped.
    time_limit: float = 600.0
    #: extra headers for every request, "Name: value".
    headers: Sequence[str] = ()
    #: TLS verification: True, False, or a CA bundle's path.
    tls_verify: bool | str = True
    #: overrides :func:`is_loopback` for the read-only decision (tests make a loopback server "remote").
    remote: bool | None = None
    #: more schemathesis ``run`` arguments, as given.
    extra: Sequence[str] = ()
    spec: dict[str, Any] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.spec = load_spec(self.provider)
        known = {op_id for _m, _p, op_id, _o in spec_operations(self.spec)}
        unknown = sorted(set(self.only) - known)
        if unknown:
            raise ValueError(f"{self.provider} has no operation {', '.join(unknown)}")
        wrong = sorted(set(self.phases) - set(PHASES))
        if wrong:
            raise ValueError(f"unknown phase {', '.join(wrong)}; phases are {', '.join(PHASES)}")

    @property
    def is_remote(self) -> bool:
        return not is_loopback(self.base_url) if self.remote is None else self.remote

    @property
    def writes_allowed(self) -> bool:
        return not self.is_remote if self.allow_writes is None else self.allow_writes

    @property
    def module(self) -> str:
        return self.client_module or f"{self.provider}_client"

    def left_out(self) -> dict[str, str]:
        """The writes this run will not make (operationId -> why): all of them when read-only."""
        if self.writes_allowed:
            return {}
        return {op_id: why for op_id, why in write_operations(self.spec).items() if not self.only or op_id in self.only}

    def selected(self) -> list[tuple[str, str, str]]:
        """The operations this run checks, as (METHOD, path, operationId)."""
        left_out = self.left_out()
        return [
            (method, path, op_id)
            for method, path, op_id, _operation in spec_operations(self.spec)
            if (not self.only or op_id in self.only) and op_id not in left_out
        ]

    def writes(self) -> list[tuple[str, str, str]]:
        """The selected operations that may send, spend credit or change state."""
        writes = write_operations(self.spec)
        return [operation for operation in self.selected() if operation[2] in writes]

    def request_budget(self) -> int:
        """The most requests the run may make: the given ``max_requests``, else 20 per example per
        operation and phase (the coverage phase's variants and the stateful phase's steps included)."""
        if self.max_requests is not None:
            return self.max_requests
        return max(1, 20 * self.max_examples * len(self.phases) * len(self.selected()))

    def plan(self) -> str:
        """What the run will do, in words: where, which operations, which writes, how bounded."""
        where = "a remote server" if self.is_remote else "a loopback server"
        mode = "writes allowed" if self.writes_allowed else "read-only"
        lines = [
            f"sms-contract: {self.provider} spec against {self.base_url} ({where}, {mode})",
            f"  {len(self.selected())} operation(s), phases {','.join(self.phases)}, "
            f"up to {self.max_examples} examples each, at most {self.request_budget()} requests, "
            f"stopped after {self.time_limit:g} s",
        ]
        writes = self.writes()
        if writes:
            reasons = write_operations(self.spec)
            lines.append(f"  {len(writes)} of them may send, spend credit or change state:")
            lines += [f"    {op_id} ({method} {path}): {reasons[op_id]}" for method, path, op_id in writes]
        left_out = self.left_out()
        if left_out:
            lines.append(f"  left out, read-only ({len(left_out)}; --allow-writes checks them):")
            lines += [f"    {op_id}: {why}" for op_id, why in left_out.items()]
        return "\n".join(lines)

    def command(self, folder: Path) -> list[str]:
        """The schemathesis command line for this run, writing its files into ``folder``."""
        spec_file = folder / f"{self.provider}.json"
        spec_file.write_text(json.dumps(self.spec), encoding="utf-8")
        settings = folder / "schemathesis.toml"
        settings.write_text(settings_text(self.provider, read_only=not self.writes_allowed), encoding="utf-8")
        command = [
            sys.executable,
            "-c",
            _SCHEMATHESIS,
            f"--config-file={settings}",
            "run",
            str(spec_file),
            f"--url={self.base_url}",
            f"--phases={','.join(self.phases)}",
            f"--max-examples={self.max_examples}",
            # No example database: a run depends on its seed alone, never on what an earlier run found.
            "--generation-database=none",
            "--report=junit",
            f"--report-junit-path={folder / 'junit.xml'}",
            f"--tls-verify={str(self.tls_verify).lower() if isinstance(self.tls_verify, bool) else self.tls_verify}",
            "--no-color",
        ]
        if self.seed is not None:
            command.append(f"--seed={self.seed}")
        if not self.writes_allowed:
            command.append("--exclude-checks=unsupported_method")  # see READ_ONLY_SETTINGS
        command += [f"--include-operation-id={op_id}" for _m, _p, op_id in self.selected()]
        command += [f"--header={header}" for header in self.headers]
        return [*command, *self.extra]

    def labels(self) -> dict[str, str]:
        """ "METHOD path" (how schemathesis names an operation) -> operationId."""
        return {f"{method} {path}": op_id for method, path, op_id, _o in spec_operations(self.spec)}

    def hook_config(self, folder: Path) -> dict[str, Any]:
        return {
            "provider": self.provider,
            "base_url": self.base_url,
            "credentials": dict(self.credentials),
            "client_module": self.module,
            "refuse": self.left_out(),
            "max_requests": self.request_budget(),
            "calls": str(folder / "calls.txt"),
            "tls_verify": self.tls_verify,
        }


def run_contract(contract: Contract, folder: Path | None = None) -> ContractResult:
    """Run ``contract`` (its files go into ``folder``, else a temporary one) and read what it found."""
    if not contract.selected():
        raise ValueError("no operation to check" + (" read-only: pass --allow-writes" if contract.left_out() else ""))
    client_runtime(contract.module)  # fail early, with advice, when the generated client is missing
    if folder is None:
        with tempfile.TemporaryDirectory(prefix="sms-contract-") as temporary:
            result = run_contract(contract, Path(temporary))
            result.junit = None
            return result
    env = {
        **os.environ,
        "SCHEMATHESIS_HOOKS": "sms_mocks.contract.hooks",
        CONFIG_VARIABLE: json.dumps(contract.hook_config(folder)),
    }
    (folder / "calls.txt").write_text("", encoding="utf-8")
    try:
        completed = subprocess.run(
            contract.command(folder),
            env=env,
            cwd=folder,
            capture_output=True,
            text=True,
            timeout=contract.time_limit,
            check=False,
        )
        returncode, output, timed_out = completed.returncode, completed.stdout + completed.stderr, False
    except subprocess.TimeoutExpired as expired:
        partial = [
            part.decode() if isinstance(part, bytes) else part or "" for part in (expired.stdout, expired.stderr)
        ]
        returncode, output, timed_out = 3, "".join(partial), True
        output += f"\nsms-contract: stopped after the time limit of {contract.time_limit:g} s\n"
    junit = folder / "junit.xml"
    return ContractResult(
        returncode=returncode,
        output=output,
        disagreements=read_disagreements(junit, contract.labels()) if junit.exists() else [],
        calls=read_calls(folder / "calls.txt"),
        timed_out=timed_out,
        junit=junit if junit.exists() else None,
    )


def read_calls(path: Path) -> list[tuple[str, str, int]]:
    calls = []
    for line in path.read_text(encoding="utf-8").splitlines():
        method, operation_path, status = line.rsplit(" ", 2)
        calls.append((method, operation_path, int(status)))
    return calls


def read_disagreements(junit: Path, names: Mapping[str, str] | None = None) -> list[Disagreement]:
    """Each failed check of the JUnit report: the operation (``names`` maps "METHOD path" to its
    operationId), the check, the first line of its message, and the curl command reproducing it."""
    found = []
    for case in ElementTree.parse(junit).getroot().iter("testcase"):
        label = case.get("name", "?")
        operation = f"{names[label]} ({label})" if names and label in names else label
        for failure in [*case.iter("failure"), *case.iter("error")]:
            text = failure.text or failure.get("message") or ""
            found += _split_failures(operation, text)
    return found


def _split_failures(operation: str, text: str) -> list[Disagreement]:
    """schemathesis's failure text: numbered test cases ("1. Test Case ID: ..."), each with its
    failed checks ("- ST108 Response violates schema", then the message, indented) and a
    "Reproduce with:" curl command."""
    cases: list[list[str]] = [[]]
    for line in text.splitlines():
        number, dot, _rest = line.partition(". ")
        if dot and number.isdigit():
            cases.append([])
        cases[-1].append(line)
    found = []
    for lines in cases:
        reproduction = next((line.strip() for line in lines if line.strip().startswith("curl ")), "")
        for index, line in enumerate(lines):
            if not line.startswith("- "):
                continue
            # The message: the indented lines under the check, up to the next unindented one.
            body = []
            for following in lines[index + 1 :]:
                if following.strip() and not following.startswith(" "):
                    break
                body.append(following)
            message = next((text.strip() for text in body if text.strip()), "")
            found.append(Disagreement(operation, line[2:].strip(), message, reproduction))
    if not found and text.strip():
        found.append(Disagreement(operation, "error", _first(text.strip().splitlines()[:3]), ""))
    return found


def _first(lines: Sequence[str], width: int = 200) -> str:
    text = " ".join(line.strip() for line in lines if line.strip())
    return text if len(text) <= width else text[: width - 1] + "…"
