"""Every read operation of every mock, hammered while writes run from other threads: zero 500s.

Why: a mock's state is shared by the threads of its server; a read that walks a dict while a send
adds to it fails with ``RuntimeError: dictionary changed size during iteration``, a 500 (the
Smstools ``GET /sms/search`` did, on a loaded machine). The mocks are thread-safe by construction
(mocks/src/sms_mocks/engine.py ``MockProvider``: every public method runs under the provider's lock); this
test checks it end to end, over real HTTP on loopback.

The read operations are derived from the spec (every GET), each called with the example values the
spec gives (or a minimal value of the parameter's type); the writes are every POST and PUT whose
JSON or form request body has an example in the spec, plus the mock's own inbound-SMS control where it has one.
Bounded in count (fixed rounds) and time (client timeouts, thread joins). The interpreter's thread
switch interval is lowered for the run so that threads interleave inside handlers, where a
forgotten lock shows.
"""

from __future__ import annotations

import sys
import threading
from collections import Counter
from collections.abc import Iterator, Mapping
from typing import Any

import httpx
import pytest
from sms_mocks import smsend, smstools
from sms_mocks.engine import HTTP_METHODS, MockProvider
from sms_mocks.registry import create_mock
from sms_mocks.server import MockServer

from tools.providers import Provider, load_providers
from tools.spec import deref

READERS = 3
READ_ROUNDS = 6
WRITERS = 2
WRITE_ROUNDS = 40
TIMEOUT = 10.0
BODY_KEYWORDS = {"application/json": "json", "application/x-www-form-urlencoded": "data"}


def _example(spec: Mapping[str, Any], node: Mapping[str, Any]) -> Any:
    """The spec's example of a parameter or media type, or None."""
    node = deref(spec, node)
    if "example" in node:
        return node["example"]
    for example in node.get("examples", {}).values() if isinstance(node.get("examples"), dict) else []:
        return deref(spec, example).get("value")
    schema = deref(spec, node.get("schema", {}))
    for key in ("example", "default"):
        if key in schema:
            return schema[key]
    if schema.get("examples"):
        return schema["examples"][0]
    if schema.get("enum"):
        return schema["enum"][0]
    return None


def _value(spec: Mapping[str, Any], param: Mapping[str, Any]) -> str:
    """A parameter's value as a query or path string: the spec's example, or a minimal one."""
    example = _example(spec, param)
    if isinstance(example, list):
        return ",".join(map(str, example))
    if isinstance(example, bool):
        return str(example).lower()
    if example is not None:
        return str(example)
    kind = deref(spec, param.get("schema", {})).get("type", "string")
    return "1" if kind in ("integer", "number") or "integer" in kind else "x"


def _fresh(body: dict[str, Any], tag: str) -> dict[str, Any]:
    """The example body made unique for one write (mocks refuse a second group of the same name, a
    repeated transactionId, a contact with a number already used): names and ids get ``tag``
    appended, phone numbers end in it."""
    fresh: dict[str, Any] = {}
    for key, value in body.items():
        if isinstance(value, str) and key in ("name", "transactionId", "order_id", "alias"):
            value = f"{value}-{tag}"
        elif isinstance(value, str) and value.isdigit() and len(value) >= 8:
            value = value[: -len(tag)] + tag
        elif isinstance(value, str) and "," in value and value.replace(",", "").isdigit():
            value = ",".join(v[: -len(tag)] + tag for v in value.split(","))
        fresh[key] = value
    return fresh


def _operations(spec: Mapping[str, Any]) -> Iterator[tuple[str, str, str, Mapping[str, Any], list[Any]]]:
    for path, item in spec["paths"].items():
        shared = item.get("parameters", [])
        for method in HTTP_METHODS:
            if method in item:
                operation = item[method]
                params = [deref(spec, p) for p in [*shared, *operation.get("parameters", [])]]
                yield method.upper(), path, operation["operationId"], operation, params


def _request(spec: Mapping[str, Any], method: str, path: str, params: list[Any]) -> tuple[str, dict[str, str]]:
    query: dict[str, str] = {}
    for param in params:
        if param["in"] == "path":
            path = path.replace("{" + param["name"] + "}", _value(spec, param))
        elif param["in"] == "query" and (param.get("required") or _example(spec, param) is not None):
            query[param["name"]] = _value(spec, param)
    return path, query


class Session:
    """Authenticated raw HTTP calls to one mock (the spec's security schemes, the mock's demo account)."""

    def __init__(self, provider: Provider, mock: MockProvider, server: MockServer) -> None:
        self.spec = mock.spec
        self.client = httpx.Client(base_url=server.base_url, timeout=TIMEOUT)
        self.headers: dict[str, str] = {}
        self.smart: dict[str, str] = {}
        if provider.name == "smsend":
            answer = self.client.get("/login", params=smsend.DEMO_LOGIN)
            user_key, session = answer.text.split(";")
            self.headers = {"user_key": user_key, "Session_key": session}
        elif provider.name == "smstools":
            self.client.auth = (smstools.DEMO_AUTH_KEY, smstools.DEMO_AUTH_SECRET)
            self.smart = {"authKey": smstools.DEMO_AUTH_KEY, "authSecret": smstools.DEMO_AUTH_SECRET}

    def call(self, method: str, path: str, query: dict[str, str], operation: Mapping[str, Any], **kw: Any) -> int:
        schemes = {name for requirement in operation.get("security", []) for name in requirement}
        if schemes & {"smartKey", "smartSecret"}:
            query = {**query, **self.smart}
        response = self.client.request(method, path, params=query, headers=self.headers, **kw)
        return response.status_code


#: each mock's inbound-SMS control (their signatures differ until the control API unifies them).
INBOUND: dict[str, Any] = {
    "smsend": lambda mock, text: mock.receive(smsend.DEMO_SIMS[0], "+393471234567", text),
    "smstools": lambda mock, text: mock.receive("+48500123456", text),
}

PROVIDERS = [p for p in load_providers() if any("get" in item for item in create_mock(p.name).spec["paths"].values())]


@pytest.mark.parametrize("provider", PROVIDERS, ids=lambda p: p.name)
def test_every_read_operation_survives_concurrent_writes_without_a_500(provider: Provider) -> None:
    mock = create_mock(provider.name)
    spec = mock.spec
    reads = [(m, *(_request(spec, m, p, ps)), op, oid) for m, p, oid, op, ps in _operations(spec) if m == "GET"]
    writes = []
    for method, path, op_id, operation, params in _operations(spec):
        content = deref(spec, operation.get("requestBody", {})).get("content", {})
        for media, body in content.items():
            example = _example(spec, body)
            if method in ("POST", "PUT") and isinstance(example, dict) and media in BODY_KEYWORDS:
                body = {BODY_KEYWORDS[media]: example}
                writes.append((method, *_request(spec, method, path, params), operation, op_id, body))
    assert len(reads) >= 15 and len(writes) >= 3, "the spec gave the reads and writes to run"

    statuses: Counter[tuple[str, int]] = Counter()
    errors: list[BaseException] = []
    record = threading.Lock()

    def read(server: MockServer) -> None:
        session = Session(provider, mock, server)
        for _ in range(READ_ROUNDS):
            for method, path, query, operation, op_id in reads:
                status = session.call(method, path, query, operation)
                with record:
                    statuses[(op_id, status)] += 1

    def write(server: MockServer, writer: int) -> None:
        session = Session(provider, mock, server)
        receive = INBOUND.get(provider.name)
        for round_ in range(WRITE_ROUNDS):
            for method, path, query, operation, op_id, body in writes:
                [(keyword, example)] = body.items()
                tag = f"{writer}{round_:04d}"
                status = session.call(method, path, query, operation, **{keyword: _fresh(example, tag)})
                with record:
                    statuses[(op_id, status)] += 1
            if receive is not None:
                receive(mock, f"inbound {round_}")

    def guarded(target: Any, *args: Any) -> None:
        try:
            target(*args)
        except BaseException as exc:  # reported by the test thread
            errors.append(exc)

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)
    try:
        with MockServer(mock) as server:
            threads = [threading.Thread(target=guarded, args=(write, server, n)) for n in range(WRITERS)]
            threads += [threading.Thread(target=guarded, args=(read, server)) for _ in range(READERS)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(timeout=120)
            assert not any(thread.is_alive() for thread in threads), "the run ended within its bound"
    finally:
        sys.setswitchinterval(interval)
    assert not errors, errors
    failed = sorted({op for (op, status), _ in statuses.items() if status >= 500})
    assert not failed, f"500s from {failed}: {sorted(statuses.items())}"
    read_ids = {op_id for *_, op_id in reads}
    answered = {op for (op, status) in statuses if op in read_ids and status < 300}
    assert len(answered) >= len(read_ids) // 2, f"most reads answered 2xx: {sorted(statuses.items())}"
    written = sum(count for (op, status), count in statuses.items() if op not in read_ids and status < 300)
    assert written >= WRITERS * WRITE_ROUNDS, f"writes changed state: {sorted(statuses.items())}"
