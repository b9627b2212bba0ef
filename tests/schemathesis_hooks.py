"""Schemathesis hooks for the contract tests, loaded with SCHEMATHESIS_HOOKS=tests.schemathesis_hooks.

Authentication is generic: the hook logs in with the generated client's own login data
(the first flow of ``<module>.runtime.provider``) and the mock's demo credentials, both found through the
provider table, so every provider is authenticated exactly as its generated client does it.
"""

from __future__ import annotations

import importlib
import os
from typing import Any

import httpx
import schemathesis

from tools.providers import get_provider

PROVIDER = get_provider(os.environ["CONTRACT_PROVIDER"])
BASE_URL = os.environ["CONTRACT_BASE_URL"]


@schemathesis.deserializer("text/plain")
def plain_text(ctx: Any, response: Any) -> str:
    """Text bodies (smSend's `USER_KEY;SESSION_KEY` login answer) are validated as strings."""
    text: str = response.content.decode(response.encoding or "utf-8")
    return text


@schemathesis.auth()
class ProviderLogin:
    """Log in once for the whole run (a fuzzed password reset must not lock the run out) and put
    the resulting headers on every generated request."""

    def __init__(self) -> None:
        runtime = importlib.import_module(f"{PROVIDER.module}.runtime")
        flows = importlib.import_module(f"{PROVIDER.module}.runtime.provider")
        first_flow = next(
            getattr(flows, name) for name in flows.__all__ if isinstance(getattr(flows, name), runtime.LoginSpec)
        )
        credentials = importlib.import_module(PROVIDER.mock.partition(":")[0]).DEMO_LOGIN
        self.auth = runtime.LoginAuth(first_flow, BASE_URL, credentials)

    def get(self, case: Any, context: Any) -> dict[str, str]:
        # LoginAuth keeps the first login's answer: schemathesis calls this again at each refresh,
        # and by then a fuzzed password reset may have changed the password the mock checks.
        with httpx.Client(timeout=10) as client:
            headers: dict[str, str] = self.auth.login_headers(client)
        return headers

    def set(self, case: Any, data: dict[str, str], context: Any) -> None:
        # The login's headers always win: schemathesis fills security-scheme headers with random
        # values of its own, which would make every authenticated case a 401 and leave success
        # responses untested. (The checks that need missing or wrong auth, such as ignored_auth,
        # remove or replace these headers themselves.)
        case.headers = {**(case.headers or {}), **data}
