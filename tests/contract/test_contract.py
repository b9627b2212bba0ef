"""Contract tests: schemathesis checks each provider's mock against that provider's resolved spec.

Every phase (examples, coverage, fuzzing, stateful) and every check runs (schemathesis enables all
checks unless told otherwise; ``--checks=all`` is not passed because a CLI option would override the
per-operation settings below), with at least 100
examples per operation and a fixed seed, and the run must end with zero failures. The checks run
through the same code users run as ``sms-contract`` (:mod:`sms_mocks.contract`). The mock runs in
this process on a free loopback port, strict (unknown query parameters are refused with 400: the
spec's set of query parameters is closed, and schemathesis's negative phases send extra ones and
expect a refusal; the lenient default, which ignores them as providers do, is tested in
tests/e2e/test_mock_engine.py); schemathesis runs as its CLI in a subprocess, authenticated by
sms_mocks.contract.hooks with the generated client's own login data.

Excluded checks: none. Check settings a provider needs are in
mocks/src/sms_mocks/contract/settings/<provider>.toml, each
with the documented reason; the run fails on the warnings that mean part of the API went untested
(authentication failed, a body that could not be deserialized, a reference or regex it could not
use). Shown but not failed on: "missing test data" and "validation mismatch", which report
operations whose every random request names a resource that does not exist (a campaign, a group).

The success path is measured instead: sms_mocks.contract.hooks records every call's operation
and status, and the test prints, per operation, how many generated calls reached a 2xx. Every
operation that documents a 2xx must reach it at least once, except those listed, with their
reason, in NO_GENERATED_SUCCESS (impossible by design) and PENDING (not reached yet; empty). The
specs' OpenAPI links (from Location headers and ids in bodies) let the stateful phase get from a
creation to the calls that use it; where a call needs several objects at once (a list and a group,
a template and a verified sender), the specs' examples name the mocks' demo data, which the
examples phase sends whatever the seed.

Cost: these runs are bound by schemathesis's own data generation, not by the mock. Most of the time
is the fuzzing phase, whose cases cost several times more CPU to generate than to send and check;
the mock's share is a few percent. The settings that only remove overhead are already in place (no
example database, no deadline; shrinking runs only on a failure), and with the fixed seed a run
makes the same calls, answered the same, under `make test`'s load as alone. What is left would trade
checks for time (fewer examples, no separate XML run), so it is not done.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from sms_mocks.contract import Contract, ContractResult, demo_credentials, run_contract
from sms_mocks.contract.runner import spec_operations
from sms_mocks.registry import create_mock
from sms_mocks.server import MockServer
from sms_mocks.specs import load_spec

from tools.providers import Provider, load_providers

SEED = 20261123
MAX_EXAMPLES = 100
PHASES = ("examples", "coverage", "fuzzing", "stateful")


#: Operations whose success path a generated request cannot reach by design, per provider, each with
#: its reason; the end-to-end tests named cover their success paths.
NO_GENERATED_SUCCESS: dict[str, dict[str, str]] = {
    "smsend": {
        # A 2xx needs the account's real username and password, which no generated value can
        # guess (and the auth hook only supplies the headers later calls need); covered by
        # tests/e2e/test_smsend_e2e.py and tests/e2e/test_seed_examples_smsend.py (both login forms).
        "login": "needs the account's real credentials",
        "token": "needs the account's real credentials",
    },
}

#: Operations that generated calls do not bring to a 2xx yet, per provider, each with its reason.
#: Shown in the report, not failed on; one that does reach a 2xx is marked "reached" in the report,
#: so that it can be taken off the list.
PENDING: dict[str, dict[str, str]] = {}


def check(
    provider: Provider,
    base_url: str,
    folder: Path,
    *headers: str,
    phases: tuple[str, ...] = PHASES,
    examples: int = MAX_EXAMPLES,
) -> ContractResult:
    """The contract run of ``sms-contract``, with the demo credentials, a fixed seed and every
    operation (the mock is on loopback: writes included)."""
    contract = Contract(
        provider=provider.name,
        base_url=base_url,
        credentials=demo_credentials(provider.name),
        client_module=provider.module,
        phases=phases,
        max_examples=examples,
        seed=SEED,
        headers=headers,
        time_limit=1200,
    )
    return run_contract(contract, folder)


@pytest.mark.contract
@pytest.mark.parametrize("provider", load_providers(), ids=lambda p: p.name)
def test_mock_honours_its_spec(provider: Provider, tmp_path: Path) -> None:
    with MockServer(create_mock(provider.name), strict=True) as server:
        result = check(provider, server.base_url, tmp_path)
    output = result.output
    assert result.ok, f"schemathesis found failures against the {provider.name} mock:\n{output[-30000:]}"

    # The run must have exercised every operation in every phase that applies: a green run that
    # tested nothing would prove nothing.
    operations = len(spec_operations(load_spec(provider.name)))
    assert f"Tested: {operations}" in output, output[-5000:]
    for phase in ("Examples", "Coverage", "Fuzzing", "Stateful"):
        assert f"✅ {phase}" in output, f"phase {phase} did not run and pass:\n{output[-5000:]}"
    cases = ElementTree.parse(tmp_path / "junit.xml").getroot().iter("testcase")
    assert sum(1 for _ in cases) >= operations

    # The success path: every operation that documents a 2xx reached it at least once.
    report, missing = success_report(provider, result.calls)
    print(report)
    assert not missing, f"operations of {provider.name} never reached their documented 2xx: {missing}\n{report}"


def success_report(provider: Provider, made: list[tuple[str, str, int]]) -> tuple[str, list[str]]:
    """The table of calls and 2xx answers per operation (from sms_mocks.contract.hooks's record),
    and the operations with a documented 2xx that never got one (beyond the explained exceptions)."""
    operations = {
        (method, path): operation for method, path, _id, operation in spec_operations(load_spec(provider.name))
    }
    calls: dict[tuple[str, str], list[int]] = {key: [] for key in operations}
    for method, path, status in made:
        calls.setdefault((method, path), []).append(status)
    exempt = NO_GENERATED_SUCCESS.get(provider.name, {})
    pending = PENDING.get(provider.name, {})
    rows, missing = [], []
    for (method, path), statuses in sorted(calls.items(), key=lambda item: (item[0][1], item[0][0])):
        operation = operations.get((method, path), {})
        op_id = operation.get("operationId", "?")
        successes = sum(1 for status in statuses if 200 <= status < 300)
        share = f"{100 * successes / len(statuses):5.1f}%" if statuses else "    -"
        documented = any(str(code).startswith("2") for code in operation.get("responses", {}))
        note = ""
        if documented and not successes:
            if op_id in exempt:
                note = f"no 2xx by design: {exempt[op_id]}"
            elif op_id in pending:
                note = f"PENDING: {pending[op_id]}"
            else:
                note = "NEVER REACHED ITS 2xx"
                missing.append(op_id)
        elif successes and op_id in pending:
            note = "PENDING, but reached: take it off the list"
        rows.append(f"{op_id:32} {method:6} {path:50} {len(statuses):6} {successes:6} {share}  {note}".rstrip())
    header = f"{'operation':32} {'method':6} {'path':50} {'calls':>6} {'2xx':>6} {'share':>6}"
    return (
        f"\n{provider.name}: calls that reached a 2xx, per operation\n{header}\n" + "\n".join(rows),
        missing,
    )


def speaks_xml(provider: Provider) -> bool:
    return "application/xml" in provider.resolved_spec.read_text(encoding="utf-8")


@pytest.mark.contract
@pytest.mark.parametrize("provider", [p for p in load_providers() if speaks_xml(p)], ids=lambda p: p.name)
def test_mock_answers_xml_as_its_spec_says(provider: Provider, tmp_path: Path) -> None:
    """The same checks with `Accept: application/xml`: content_type_conformance checks every answer
    is declared XML, and the XML deserializer of sms_mocks.contract.hooks (defusedxml) turns each
    body back into JSON for response_schema_conformance. The stateless phases, 50 examples each, with
    positive and negative data (schemathesis's default, as in the JSON run): the refusals of bad input
    are answered in XML too, and their bodies are checked here like the successes. Sequences of calls
    do not depend on the response format; the JSON run's stateful phase covers them."""
    with MockServer(create_mock(provider.name), strict=True) as server:
        result = check(provider, server.base_url, tmp_path, "Accept: application/xml", phases=PHASES[:3], examples=50)
    output = result.output
    assert result.ok, f"XML answers of the {provider.name} mock break the spec:\n{output[-30000:]}"
    for phase in ("Examples", "Coverage", "Fuzzing"):
        assert f"✅ {phase}" in output, f"phase {phase} did not run and pass:\n{output[-5000:]}"
