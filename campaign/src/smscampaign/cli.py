"""``sms-campaign``: send a campaign from a CSV or JSON Lines file, resumable after a crash.

Exit status: 0 when every message is sent; 1 when some are refused, may have been sent or are not
sent yet (rerun the same command to resume and reconcile); 2 for a usage error or a bad row with
``--on-bad-row stop`` (nothing sent).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .journal import Journal
from .plan import BadRowError, Plan, plan

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sms-campaign", description=__doc__.splitlines()[0])
    parser.add_argument("recipients", type=Path, help="CSV with a header line, or JSON Lines (.jsonl)")
    parser.add_argument("--provider", required=True, choices=["fractel", "smsend", "smstools"])
    parser.add_argument("--campaign", required=True, help="the campaign's id: the same id resumes it")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--template", help="the text, with $field placeholders filled from each row")
    group.add_argument("--template-file", type=Path, help="the text, from a file")
    parser.add_argument("--number-field", default="number", help="the field holding the number (default number)")
    parser.add_argument("--base-url", help="the provider's API address")
    parser.add_argument("--user", default=os.environ.get("SMS_CAMPAIGN_USER", ""), help="or SMS_CAMPAIGN_USER")
    parser.add_argument("--secret", default=os.environ.get("SMS_CAMPAIGN_SECRET", ""), help="or SMS_CAMPAIGN_SECRET")
    parser.add_argument("--from-number", help="FracTEL: the account's number to send from")
    parser.add_argument("--country-code", help="for numbers given without one (Smstools, smSend)")
    parser.add_argument("--insecure-http", action="store_true", help="Smstools over plain HTTP (local mocks only)")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds per request (default 30)")
    parser.add_argument("--journal", type=Path, help="the journal file (default <campaign>.campaign.sqlite)")
    parser.add_argument("--concurrency", type=int, default=10, help="sends in flight at once (default 10)")
    parser.add_argument("--rate", type=float, help="at most this many messages a second to the provider")
    parser.add_argument("--max-parts", type=int, help="rows whose text needs more parts are bad rows")
    parser.add_argument("--on-bad-row", choices=["skip", "stop"], default="skip", help="default skip")
    parser.add_argument("--dry-run", action="store_true", help="print parts and cost per message; send nothing")
    parser.add_argument("--price-per-part", type=float, default=0.0, help="for the dry run's estimated cost")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    parser.add_argument(
        "--no-uvloop", action="store_true", help="asyncio's own event loop even when uvloop is installed"
    )
    parser.add_argument(
        "--celery",
        metavar="REDIS_URL",
        help="queue the messages as Celery tasks on this Redis broker and wait for the workers",
    )
    return parser


def _dry_run(found: Plan, price: float) -> None:
    for m in found.messages:
        print(f"line {m.line}\t{m.to}\t{m.parts} part(s)\t{m.text!r}")
    cost = found.parts * price
    print(
        f"{len(found.messages)} message(s), {found.parts} part(s), estimated cost {cost:.4f}"
        f" at {price} a part; {len(found.bad)} bad row(s)"
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    template = args.template if args.template is not None else args.template_file.read_text(encoding="utf-8")
    try:
        found = plan(
            args.campaign,
            args.provider,
            args.recipients,
            template,
            number_field=args.number_field,
            country_code=args.country_code,
            max_parts=args.max_parts,
            stop_on_bad_row=args.on_bad_row == "stop",
        )
    except BadRowError as error:
        print(f"sms-campaign: {error}", file=sys.stderr)
        return 2
    for bad in found.bad:
        print(f"sms-campaign: skipped {bad}", file=sys.stderr)
    if args.dry_run:
        _dry_run(found, args.price_per_part)
        return 0
    if not args.base_url:
        print("sms-campaign: --base-url is needed to send", file=sys.stderr)
        return 2
    settings: dict[str, Any] = {
        "user": args.user,
        "secret": args.secret,
        "from_number": args.from_number,
        "country_code": args.country_code,
        "insecure_http": args.insecure_http,
        "timeout": args.timeout,
    }
    if args.provider == "fractel" and not args.from_number:
        print("sms-campaign: FracTEL needs --from-number", file=sys.stderr)
        return 2
    if args.celery:
        from .tasks import run_on_celery

        summary = run_on_celery(args.celery, found, args.base_url, settings, rate=args.rate, quiet=args.quiet)
    else:
        from .runner import connect, run

        sender = connect(args.provider, args.base_url, settings, args.concurrency)
        with Journal(args.journal or Path(f"{args.campaign}.campaign.sqlite")) as journal:
            try:
                summary = run(
                    sender,
                    journal,
                    found,
                    concurrency=args.concurrency,
                    rate=args.rate,
                    quiet=args.quiet,
                    uvloop=False if args.no_uvloop else None,
                )
            except ValueError as error:  # the campaign id was used with another provider
                print(f"sms-campaign: {error}", file=sys.stderr)
                return 2
    print(summary)
    return 0 if summary.sent == len(found.messages) else 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
