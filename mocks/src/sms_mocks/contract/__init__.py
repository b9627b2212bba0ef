"""``sms-contract``: check any server (our mock, your own fake, the real service) against a provider's spec.

The checks are schemathesis's (every phase, every check), run with this project's settings per
provider (``settings/<provider>.toml``) and authenticated exactly as the generated client does it
(:mod:`sms_mocks.contract.hooks`), against the resolved spec this package carries
(:func:`sms_mocks.specs.load_spec`). Install with ``pip install 'sms-mocks[contract]'``.

Safety: against a base URL that is not on loopback the run is read-only unless writes are allowed
(:func:`write_operations` says which operations are writes, from the spec alone), and a run that
may write to such a server says what it will do and needs a confirmation first. Every run is
bounded: examples per operation, a request budget the hooks enforce, and a time limit.
"""

from __future__ import annotations

from sms_mocks.contract.runner import (
    Contract,
    ContractResult,
    Disagreement,
    demo_credentials,
    is_loopback,
    run_contract,
    write_operations,
)

__all__ = [
    "Contract",
    "ContractResult",
    "Disagreement",
    "demo_credentials",
    "is_loopback",
    "run_contract",
    "write_operations",
]
