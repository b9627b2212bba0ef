"""Check a server against a provider's spec: ``sms-contract smstools --base-url URL``.

Exit status: 0 the server agrees with the spec; 1 it disagrees (each disagreement is printed);
2 bad usage; 3 the time limit stopped the run; 4 writes were not confirmed; 5 nothing to check.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from sms_mocks.contract.runner import (
    PHASES,
    Contract,
    ContractResult,
    client_runtime,
    demo_credentials,
    run_contract,
)
from sms_mocks.specs import spec_names

__all__ = ["main"]

EPILOG = """\
Credentials come from --credential NAME=VALUE, else from the environment variables the generated
client reads (FRACTEL_USERNAME, SMSEND_PASSWORD, SMSTOOLS_AUTH_KEY, ...), else, with
--demo-credentials, from the mock's demo account. Against a server that is not on loopback the run
is read-only unless --allow-writes is given; then it prints what it will do and asks to go on
(--yes answers for you).
"""


def parser() -> argparse.ArgumentParser:
    parse = argparse.ArgumentParser(
        prog="sms-contract",
        description=__doc__.splitlines()[0],
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parse.add_argument("provider", choices=spec_names())
    parse.add_argument("--base-url", help="the server to check (default: $<PROVIDER>_BASE_URL)")
    parse.add_argument(
        "--credential",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a credential of the client's connect(), e.g. username=... (repeatable)",
    )
    parse.add_argument("--demo-credentials", action="store_true", help="use the demo account of this package's mock")
    writes = parse.add_mutually_exclusive_group()
    writes.add_argument(
        "--allow-writes",
        action="store_true",
        help="also check operations that send, spend credit or change state (default: only on loopback)",
    )
    writes.add_argument("--read-only", action="store_true", help="never check a write, even on loopback")
    parse.add_argument("--yes", action="store_true", help="confirm the writes of --allow-writes without asking")
    parse.add_argument(
        "--operation", action="append", default=[], metavar="OPERATION_ID", help="check only these (repeatable)"
    )
    parse.add_argument("--phases", default=",".join(PHASES), help="comma-separated, of: " + ", ".join(PHASES))
    parse.add_argument("--max-examples", type=int, default=100, help="examples per operation and phase")
    parse.add_argument("--max-requests", type=int, help="requests at most (default: 20 per example)")
    parse.add_argument("--time-limit", type=float, default=600.0, help="seconds before the run is stopped")
    parse.add_argument("--seed", type=int, help="a fixed seed reproduces a run")
    parse.add_argument("--header", action="append", default=[], metavar="'NAME: VALUE'", help="sent on every request")
    parse.add_argument("--ca-file", help="CA bundle to verify the server's TLS certificate with")
    parse.add_argument("--client-module", help="the generated client to authenticate with (default <provider>_client)")
    parse.add_argument("--verbose", action="store_true", help="print schemathesis's whole output")
    return parse


def credentials(args: argparse.Namespace, module: str) -> dict[str, str]:
    """From the options, else the client's environment variables, else (if asked) the demo account."""
    environment: dict[str, str] = dict(client_runtime(module).ENVIRONMENT)
    names = [name for name in environment if name != "base_url"]
    given = dict(item.partition("=")[::2] for item in args.credential)
    unknown = sorted(set(given) - set(names))
    if unknown:
        raise SystemExit(f"sms-contract: unknown credential {', '.join(unknown)}; {args.provider} takes {names}")
    demo = demo_credentials(args.provider) if args.demo_credentials else {}
    found = {}
    for name in names:
        value = given.get(name) or os.environ.get(environment[name]) or demo.get(name)
        if not value:
            raise SystemExit(
                f"sms-contract: no {name}: pass --credential {name}=..., set {environment[name]}, "
                "or --demo-credentials against the mock"
            )
        found[name] = value
    return found


def main(argv: Sequence[str] | None = None, *, confirm: Callable[[str], str] | None = None) -> int:
    """Run ``sms-contract``; ``confirm`` asks the question of ``--allow-writes`` (default: ``input``
    on a terminal, and no confirmation without one)."""
    args = parser().parse_args(argv)
    module = args.client_module or f"{args.provider}_client"
    try:
        environment = client_runtime(module).ENVIRONMENT
    except ModuleNotFoundError as exc:
        print(f"sms-contract: {exc}", file=sys.stderr)
        return 2
    base_url = args.base_url or os.environ.get(environment["base_url"])
    if not base_url:
        print(f"sms-contract: no server: pass --base-url or set {environment['base_url']}", file=sys.stderr)
        return 2
    try:
        contract = Contract(
            provider=args.provider,
            base_url=base_url.rstrip("/"),
            credentials=credentials(args, module),
            client_module=module,
            allow_writes=True if args.allow_writes else False if args.read_only else None,
            only=args.operation,
            phases=[phase for phase in args.phases.split(",") if phase],
            max_examples=args.max_examples,
            seed=args.seed,
            max_requests=args.max_requests,
            time_limit=args.time_limit,
            headers=args.header,
            tls_verify=args.ca_file or True,
        )
    except ValueError as exc:
        print(f"sms-contract: {exc}", file=sys.stderr)
        return 2
    print(contract.plan(), flush=True)
    if not contract.selected():
        print("sms-contract: nothing to check read-only; --allow-writes checks the writes listed", flush=True)
        return 5
    if contract.is_remote and contract.writes() and not args.yes:
        if confirm is None and not sys.stdin.isatty():
            print("sms-contract: these writes go to a remote server: pass --yes to go on", file=sys.stderr)
            return 4
        if (confirm or input)("Send these requests, writes included? [y/N] ").strip().lower() not in ("y", "yes"):
            print("sms-contract: nothing sent", file=sys.stderr)
            return 4
    result = run_contract(contract)
    report(result, verbose=args.verbose)
    if result.timed_out:
        return 3
    return 0 if result.ok else 1


def report(result: ContractResult, *, verbose: bool) -> None:
    """schemathesis's summary (all of it with ``verbose``), then each disagreement on its own."""
    output = result.output.rstrip()
    summary = output.rfind(" SUMMARY ")
    if not verbose and summary >= 0:
        output = output[output.rfind("\n", 0, summary) + 1 :]
    print(output)
    calls = len(result.calls)
    if result.disagreements:
        print(f"\nsms-contract: the server disagrees with the spec ({len(result.disagreements)}, {calls} requests):")
        for disagreement in result.disagreements:
            print(f"  {disagreement}")
    elif result.ok:
        print(f"\nsms-contract: the server agrees with the spec ({calls} requests)")
    else:
        print(f"\nsms-contract: schemathesis failed (exit status {result.returncode}, {calls} requests)")


if __name__ == "__main__":
    sys.exit(main())
