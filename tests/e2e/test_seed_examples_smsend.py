"""What smSend's own document sends and answers is what the resolved spec accepts.

The examples are extracted from the document itself (``../shared/seeds/smsend-rest-api.txt``), not
copied into this file: each section's first curl sample gives the method, the URL and the request
body (``-d'...'``), and the JSON after "On success, the above command returns..." gives the answers.
Each is validated against the resolved spec's schema for that operation (request body, or the
operation's 2xx responses). Values that are placeholders (``{USER_KEY}``, ``{EMAIL}``) cannot be
validated: they are skipped and counted, and the counts are asserted so that a change in the
document or in the extraction cannot silently leave nothing checked.

The quick starts' own requests (``"sender": null``, ISO 8601 and Gson dates, Python's ``True`` in a
query, HTTP Basic on ``/login``) are checked against the spec and against the mock: the decisions
recorded in the spec's ``info.description`` must hold in both.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import httpx
import jsonschema
import pytest
from sms_mocks.pytest_plugin import MockHandle, StartMock
from sms_mocks.smsend import DEMO_PASSWORD, DEMO_USERNAME

from tools.overlay import load_yaml
from tools.providers import ROOT, get_provider

SEED = ROOT.parent / "shared" / "seeds" / "smsend-rest-api.txt"
PREFIX = "/API/v1.0/REST"
PLACEHOLDER = re.compile(r"\{[A-Za-z_]+\}")
CURL = re.compile(r"curl -X(GET|POST|PUT|DELETE) '(?:https?://[^/']+)?([^']*)'")
SUCCESS = "On success, the above command returns"
COMMENT = re.compile(r'(?<=[,\[{\]}0-9el"])[ \t]+"//[^"\n]*"')
ELISION = re.compile(r",\s*\{\s*\.\.\.\s*\}")  # `, { ... }`: "more items like the first"
TYPE_NOTE = re.compile(r":\s*\((string|int|bool|float|list)[^)]*\)", re.I)
LOCATION = re.compile(r"^'Location': '([^']*)'", re.M)


@dataclass
class Sample:
    line: int
    method: str
    path: str
    kind: str  # "request" or "response"
    text: str


def sections(text: str) -> Iterator[tuple[int, str]]:
    """Each documented operation: the text from one "HTTP Request" heading to the next, which holds
    the samples and the answers of the operation whose heading comes next."""
    starts = [m.start() for m in re.finditer(r"^HTTP Request$", text, re.M)]
    begin = 0
    for start in starts:
        yield text.count("\n", 0, begin) + 1, text[begin:start]
        begin = start


def json_blocks(text: str) -> Iterator[tuple[int, str]]:
    """Offsets and text of the top-level JSON values that start a line (``{`` or ``[``), parsed far
    enough to find their end even when a placeholder makes them invalid JSON."""
    for match in re.finditer(r"^[{\[]", text, re.M):
        depth, index = 0, match.start()
        for index in range(match.start(), len(text)):
            depth += {"{": 1, "[": 1, "}": -1, "]": -1}.get(text[index], 0)
            if depth == 0:
                break
        rest_of_line = text[index + 1 :].split("\n", 1)[0]
        if not rest_of_line.strip():  # `{USER_KEY};{SESSION_KEY}` is text, not JSON
            yield match.start(), text[match.start() : index + 1]


def extract(text: str) -> list[Sample]:
    samples: list[Sample] = []
    for first_line, body in sections(text):
        curl = CURL.search(body)
        if curl is None:
            continue
        method, url = curl.group(1), curl.group(2).split("?")[0]
        path = re.sub("/{2,}", "/", url).removeprefix(PREFIX)
        data = re.search(r"-d ?'\n(.*?)\n'", body[curl.start() :], re.S)
        if data:
            line = first_line + body.count("\n", 0, curl.start() + data.start(1))
            samples.append(Sample(line, method, path, "request", data.group(1)))
        locations = list(LOCATION.finditer(body))  # some follow the samples without a heading
        for location in locations:
            line = first_line + body.count("\n", 0, location.start())
            samples.append(Sample(line, method, path, "location", location.group(1).strip()))
        success = body.find(SUCCESS)
        if success < 0:
            continue
        answers = body[success:]
        blocks = list(json_blocks(answers))
        if not blocks and not locations:  # a plain-text answer: the first line after the heading
            text_answer = next(line for line in answers.splitlines()[1:] if line.strip()).strip()
            line = first_line + body.count("\n", 0, success) + 2
            samples.append(Sample(line, method, path, "response-text", text_answer))
        for offset, block in blocks:
            line = first_line + body.count("\n", 0, success + offset)
            samples.append(Sample(line, method, path, "response", block))
    return samples


def operation(spec: dict[str, Any], method: str, path: str) -> dict[str, Any]:
    for template, item in spec["paths"].items():
        pattern = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$"
        if re.match(pattern, path) and method.lower() in item:
            found: dict[str, Any] = item[method.lower()]
            return found
    raise LookupError(f"{method} {path}")


def resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def valid(spec: dict[str, Any], schema: dict[str, Any], value: Any) -> list[str]:
    validator = jsonschema.Draft202012Validator({**schema, "components": spec["components"]})
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(value)]


def has_placeholder(value: Any) -> bool:
    if isinstance(value, str):
        return PLACEHOLDER.fullmatch(value) is not None
    if isinstance(value, dict):
        return any(has_placeholder(v) for v in value.values())
    if isinstance(value, list):
        return any(has_placeholder(v) for v in value)
    return False


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = load_yaml(get_provider("smsend").resolved_spec)
    return loaded


@pytest.fixture(scope="module")
def samples() -> list[Sample]:
    return extract(SEED.read_text(encoding="utf-8"))


def check(spec: dict[str, Any], sample: Sample) -> tuple[str, list[str]]:
    """("checked" | "placeholder", problems) for one sample."""
    op = operation(spec, sample.method, sample.path)
    if sample.kind == "location":
        declared = [
            resolve(spec, response)["headers"]["Location"]
            for status, response in op["responses"].items()
            if status.startswith("2") and "Location" in resolve(spec, response).get("headers", {})
        ]
        if not declared:
            return "checked", ["the document shows a Location header that no 2xx response declares"]
        if PLACEHOLDER.search(sample.text):
            return "placeholder", []
        return "checked", valid(spec, resolve(spec, declared[0])["schema"], sample.text)
    if sample.kind == "request":
        schemas = [media["schema"] for media in resolve(spec, op["requestBody"])["content"].values()]
    else:
        schemas = [
            media["schema"]
            for status, response in op["responses"].items()
            if status.startswith("2")
            for media in resolve(spec, response).get("content", {}).values()
        ]
    if sample.kind == "response-text":
        value: Any = sample.text
        if PLACEHOLDER.search(value):
            return "placeholder", []
    else:
        try:  # some answers annotate their fields with a trailing "//comment" string: not JSON
            value = json.loads(ELISION.sub("", COMMENT.sub("", sample.text)))
        except ValueError:
            if PLACEHOLDER.search(sample.text) or TYPE_NOTE.search(sample.text):
                return "placeholder", []
            raise
        if has_placeholder(value):
            return "placeholder", []
    if sample.kind == "response-text" and value.startswith('"'):
        # `""` (an empty body) or `"true" or "false"`: each quoted value is an answer
        values = [json.loads(quoted) for quoted in re.findall(r'"[^"]*"', value)]
        if len(values) > 1:
            problems = [p for one in values for p in valid_any(spec, schemas, one)]
            return "checked", problems
        value = values[0]
    if value == "":  # the document's way of showing an empty body
        empty = [s for s, r in op["responses"].items() if s.startswith("2") and not resolve(spec, r).get("content")]
        return "checked", [] if empty else ["an empty answer, but every 2xx response declares a body"]
    if not schemas:
        return "checked", [f"the document shows a {sample.kind} body where the spec declares none"]
    return "checked", valid_any(spec, schemas, value)


def valid_any(spec: dict[str, Any], schemas: list[dict[str, Any]], value: Any) -> list[str]:
    """No problems if one of the schemas accepts the value, else the first schema's problems."""
    outcomes = [valid(spec, schema, value) for schema in schemas]
    return [] if any(not o for o in outcomes) else outcomes[0]


def test_every_example_of_the_document_is_accepted_by_the_resolved_spec(
    spec: dict[str, Any], samples: list[Sample]
) -> None:
    tally: dict[tuple[str, str], int] = {}
    failures = []
    for sample in samples:
        outcome, problems = check(spec, sample)
        kind = {"request": "request", "location": "location"}.get(sample.kind, "response")
        tally[kind, outcome] = tally.get((kind, outcome), 0) + 1
        if problems:
            failures.append(f"line {sample.line}: {sample.method} {sample.path} {sample.kind}: {problems}")
    assert not failures, "\n".join(failures)
    # The document's own counts: 18 curl request bodies (4 with placeholders only), 29 answers
    # (JSON, plain text and empty; 3 of them placeholders or types only) and 14 Location headers.
    assert tally == {
        ("request", "checked"): 14,
        ("request", "placeholder"): 4,
        ("response", "checked"): 26,
        ("response", "placeholder"): 3,
        ("location", "checked"): 3,
        ("location", "placeholder"): 11,
    }, tally


def test_every_documented_operation_has_its_sample_found(spec: dict[str, Any], samples: list[Sample]) -> None:
    """The extraction reaches every operation the spec declares (each section's curl sample)."""
    found = {operation(spec, s.method, s.path)["operationId"] for s in samples}
    sections_with_curl = {
        operation(spec, m.group(1), re.sub("/{2,}", "/", m.group(2).split("?")[0]).removeprefix(PREFIX))["operationId"]
        for m in CURL.finditer(SEED.read_text(encoding="utf-8"))
    }
    declared = {op["operationId"] for item in spec["paths"].values() for op in item.values() if "operationId" in op}
    # The two "(given SIMs)" forms are the second URL of a section whose samples use the first.
    assert declared - sections_with_curl == {"getNewReceivedMessagesBySim", "getReceivedMessagesBySim"}
    assert sections_with_curl <= declared
    assert found <= declared


# -- the quick starts' requests, and the decisions about them ---------------------------------------


def send_schema(spec: dict[str, Any]) -> dict[str, Any]:
    schema: dict[str, Any] = operation(spec, "POST", "/sms")["requestBody"]["content"]["application/json"]["schema"]
    return schema


QUICK_START_DATES = {
    "python isoformat": (datetime.now() + timedelta(minutes=5)).isoformat(),
    "python isoformat, aware": (datetime.now().astimezone() + timedelta(minutes=5)).isoformat(),
    "JSON.NET DateTime": "2017-08-18T13:31:00",
    "Gson java.util.Date, US": "Aug 18, 2017 1:31:00 PM",
    "Gson java.util.Date, US, JDK 9+": "Aug 18, 2017, 1:31:00\u202fPM",
    "documented yyyyMMddHHmmss": "20161223101010",
}


@pytest.mark.parametrize("when", QUICK_START_DATES.values(), ids=QUICK_START_DATES.keys())
def test_the_quick_starts_send_is_accepted_by_the_spec(spec: dict[str, Any], when: str) -> None:
    body = {
        "message": "Hello world!",
        "message_type": "N",
        "returnCredits": False,
        "recipient": ["+349123456789"],
        "sender": None,
        "scheduled_delivery_time": when,
    }
    assert valid(spec, send_schema(spec), body) == []


def test_a_date_in_no_accepted_format_is_refused(spec: dict[str, Any]) -> None:
    body = {
        "message": "x",
        "message_type": "N",
        "recipient": ["+349123456789"],
        "scheduled_delivery_time": "18/08/2017",
    }
    assert valid(spec, send_schema(spec), body)


@pytest.fixture
def mock(start_mock: StartMock) -> MockHandle:
    return start_mock("smsend", demo_objects=False)


def basic_login(server: MockHandle, path: str) -> httpx.Response:
    return httpx.get(f"{server.base_url}{path}", auth=(DEMO_USERNAME, DEMO_PASSWORD))


@pytest.mark.parametrize("path", ["/login", "/token"])
def test_the_mock_logs_in_with_http_basic_as_the_platforms_clients_do(mock: MockHandle, path: str) -> None:
    answer = basic_login(mock, path)
    assert answer.status_code == 200, answer.text
    assert answer.text.count(";") == 1
    wrong = httpx.get(f"{mock.base_url}{path}", auth=(DEMO_USERNAME, "not-the-password"))
    assert wrong.status_code == 404
    neither = httpx.get(f"{mock.base_url}{path}")
    assert neither.status_code == 400


def headers(server: MockHandle) -> dict[str, str]:
    user_key, session_key = basic_login(server, "/login").text.split(";")
    return {"user_key": user_key, "Session_key": session_key}


@pytest.mark.parametrize("when", QUICK_START_DATES.values(), ids=QUICK_START_DATES.keys())
def test_the_mock_accepts_the_quick_starts_send(mock: MockHandle, when: str) -> None:
    body = {
        "message": "Hello world!",
        "message_type": "N",
        "returnCredits": False,
        "recipient": ["+349123456789"],
        "sender": None,
        "scheduled_delivery_time": when,
    }
    answer = httpx.post(f"{mock.base_url}/sms", json=body, headers=headers(mock))
    assert answer.status_code == 201, answer.text


def test_the_mock_reads_pythons_query_booleans_and_the_platforms_extra_parameters(mock: MockHandle) -> None:
    auth = headers(mock)
    # Python's requests writes str(True); httpx would write "true", so the strings are given as such.
    status = httpx.get(f"{mock.base_url}/status", params={"getMoney": str(True), "typeAliases": "true"}, headers=auth)
    assert status.status_code == 200, status.text
    assert status.json()["money"] is not None  # "True" read as true
    status = httpx.get(f"{mock.base_url}/status", params={"getMoney": str(False)}, headers=auth)
    assert status.status_code == 200, status.text
    assert status.json()["money"] is None
    assert httpx.get(f"{mock.base_url}/status", params={"getMoney": "yes"}, headers=auth).status_code == 400
    for order in ("a", "b"):
        sent = httpx.post(
            f"{mock.base_url}/sms",
            json={"message": "x", "message_type": "N", "recipient": ["+393471234567"], "order_id": order},
            headers=auth,
        )
        assert sent.status_code == 201, sent.text
    history = httpx.get(
        f"{mock.base_url}/smshistory",
        params={"from": "20000101000000", "sort": "order_id", "dir": "desc"},
        headers=auth,
    )
    assert history.status_code == 200, history.text
    assert [item["order_id"] for item in history.json()["smshistory"]] == ["b", "a"]
