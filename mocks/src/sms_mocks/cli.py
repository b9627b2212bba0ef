"""Run a provider's mock server in the foreground: ``sms-mock fractel --port 8080``.

Any installed mock can be run (see :mod:`sms_mocks.registry`); ``python -m sms_mocks`` is the same.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from sms_mocks.faults import default_menu
from sms_mocks.plane import ControlledProvider
from sms_mocks.registry import create_mock, mock_names
from sms_mocks.server import MockServer
from sms_mocks.tls import throwaway_certificate

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    names = mock_names()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("provider", choices=names)
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--host", default="127.0.0.1", help="a loopback address (default 127.0.0.1)")
    parser.add_argument("--faults", type=float, default=0.0, help="share of requests given a fault (0-1)")
    parser.add_argument("--fault-seed", type=int, default=0, help="seed of the fault draw (reproducible runs)")
    parser.add_argument("--slow", type=float, default=2.0, help="seconds a 'slow' fault or number delays its answer")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds every answer waits (simulated network)")
    parser.add_argument("--keep-alive", action="store_true", help="keep connections open between requests")
    parser.add_argument("--quiet", action="store_true", help="do not log every request")
    parser.add_argument(
        "--strict",
        action="store_true",
        help="refuse unknown query parameters with 400 (default: ignore them, as the provider does, "
        "and name them in the X-Mock-Ignored-Query response header)",
    )
    parser.add_argument(
        "--tls",
        type=Path,
        metavar="CA_FILE",
        help="serve HTTPS with a certificate from a new test CA, whose PEM is written to CA_FILE for clients to trust",
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    server = MockServer(
        create_mock(args.provider),
        host=args.host,
        port=args.port,
        log_requests=not args.quiet,
        keep_alive=args.keep_alive,
        strict=args.strict,
        ssl_context=throwaway_certificate(args.host, args.tls) if args.tls else None,
    )
    server.app.latency = args.latency
    if isinstance(server.provider, ControlledProvider):
        server.provider.slow_delay = args.slow
    if args.faults:
        server.app.faults.randomly(args.faults, default_menu(slow_delay=args.slow), seed=args.fault_seed)
        print(f"injecting faults into {args.faults:.0%} of requests (sms_mocks.faults)", flush=True)
    print(f"{args.provider} mock serving {server.base_url} (Ctrl-C to stop)", flush=True)
    print(f"web outbox: {server.origin}/__mock/ui   control API: {server.origin}/__mock/", flush=True)
    demo = getattr(importlib.import_module(type(server.provider).__module__), "DEMO_CREDENTIALS", None)
    if demo:
        print(f"demo credentials: {demo}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
