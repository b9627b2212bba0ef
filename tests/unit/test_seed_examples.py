"""What the providers' own documents show is accepted by the resolved specs (FracTEL and Smstools).

The samples are extracted by parsing the seed documents (``../shared/seeds``), not copied here:

- FracTEL (``fractel-api-v2.md``, a widdershins page): each ``## <operationId>`` section's code
  samples (the request body each one sends: Ruby ``params: {...}``, Python ``params={...}``,
  JavaScript ``data:``/``body:``) and its "Example responses" blocks;
- Smstools (``smstools-postman-intro.json``): every fenced block of the collection's description,
  attributed to the operation and status the sentence before it names.

A sample with concrete values is validated against the schema the resolved spec declares for its
operation (request body, or response for the status); a sample without values (an empty ``{}`` or a
``.......`` ellipsis) is a placeholder: it is skipped and counted. The counts are asserted, so a
change in the extraction or in a seed cannot make the test silently check nothing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]  # no stubs
from referencing import Registry
from referencing.jsonschema import DRAFT202012

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"
FRACTEL_SEED = SEEDS / "fractel-api-v2.md"
SMSTOOLS_SEED = SEEDS / "smstools-postman-intro.json"


@dataclass(frozen=True)
class Sample:
    source: str  # where in the seed (for the failure message)
    operation_id: str
    kind: str  # "request" or a response status
    value: Any  # None for a placeholder


FENCE = re.compile(r"^```([^\n`]*)\n(.*?)^```", re.MULTILINE | re.DOTALL)
# the body a widdershins code sample sends: Ruby `params: {...}`, Python `params={...}`, JS `data:`/`body:`
BODY = re.compile(r"\b(?:params|data|body)\s*[:=]\s*(\{.*?\})", re.DOTALL)


def _literal(text: str) -> Any:
    """The JSON value a sample's object literal holds, None when it holds nothing (a placeholder)."""
    inner = text.strip()[1:-1].strip()
    if not inner or set(inner) <= {".", " ", "\n"}:
        return None
    return json.loads(text)


def fractel_samples() -> Iterator[Sample]:
    text = FRACTEL_SEED.read_text(encoding="utf-8")
    fences = [(m.start(), m.end(), m.group(1).strip(), m.group(2)) for m in FENCE.finditer(text)]
    headings = [m for m in re.finditer(r"^## (\w+)\s*$", text, re.MULTILINE) if not _inside(m.start(), fences)]
    for index, heading in enumerate(headings):
        operation_id = heading.group(1)
        end = headings[index + 1].start() if index + 1 < len(headings) else len(text)
        section_fences = [f for f in fences if heading.end() <= f[0] < end]
        responses_at = text.find("> Example responses", heading.end(), end)
        for start, _, language, code in section_fences:
            where = f"{FRACTEL_SEED.name} {operation_id} ```{language}"
            if responses_at != -1 and start > responses_at:
                yield Sample(where, operation_id, "200", _literal(code) if code.strip() else None)
                continue
            for body in BODY.findall(code):
                yield Sample(where, operation_id, "request", _literal(body))


def _inside(position: int, fences: list[tuple[int, int, str, str]]) -> bool:
    return any(start <= position < end for start, end, _, _ in fences)


# The sentence before each Smstools block names what it shows; these are the operations it means.
SMSTOOLS_CONTEXT = (
    ("if the authentication fails", "getUser", "401"),  # the credential test is GET /user
    ("the sent sms search returns", "searchSms", "200"),
    ("if a search finds", "searchSms", "200"),
)


def smstools_samples() -> Iterator[Sample]:
    description = json.loads(SMSTOOLS_SEED.read_text(encoding="utf-8"))["collection"]["info"]["description"]
    for match in FENCE.finditer(description):
        before = description[: match.start()].strip().splitlines()[-1].lower()
        found = [(op, status) for phrase, op, status in SMSTOOLS_CONTEXT if phrase in before]
        assert len(found) == 1, f"no operation is known for the block after {before!r}"
        operation_id, status = found[0]
        code = match.group(2)
        value = None if "..." in code else json.loads(code)
        yield Sample(f"{SMSTOOLS_SEED.name} block after {before[:50]!r}", operation_id, status, value)


def resolved(provider: str) -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load(
        (ROOT / "generated" / f"{provider}-client" / "openapi.resolved.yaml").read_text(encoding="utf-8")
    )
    return spec


def schema_pointer(spec: Mapping[str, Any], sample: Sample) -> str:
    """JSON pointer of the schema the spec declares for the sample's operation and kind."""
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if not isinstance(operation, dict) or operation.get("operationId") != sample.operation_id:
                continue
            base = "/paths/" + path.replace("~", "~0").replace("/", "~1") + "/" + method
            if sample.kind == "request":
                content = operation["requestBody"]["content"]
                media = next(iter(content))
                return f"{base}/requestBody/content/{media.replace('/', '~1')}/schema"
            response = operation["responses"][sample.kind]
            if "$ref" in response:
                base = response["$ref"][1:]
                response = spec["components"]["responses"][base.rsplit("/", 1)[1]]
            else:
                base = f"{base}/responses/{sample.kind}"
            assert "application/json" in response["content"], sample
            return f"{base}/content/application~1json/schema"
    raise AssertionError(f"{sample.operation_id} is not an operation of the resolved spec")


def check(provider: str, samples: list[Sample]) -> tuple[int, int]:
    """Validate each concrete sample; return (validated, placeholders)."""
    spec = resolved(provider)
    registry: Registry[Any] = Registry().with_resource("urn:spec", DRAFT202012.create_resource(spec))
    validated = skipped = 0
    problems = []
    for sample in samples:
        pointer = schema_pointer(spec, sample)  # even a placeholder must name a declared operation
        if sample.value is None:
            skipped += 1
            continue
        validator = Draft202012Validator(
            {"$ref": "urn:spec#" + pointer}, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER
        )
        problems += [f"{sample.source}: {e.message}" for e in validator.iter_errors(sample.value)]
        validated += 1
    assert problems == [], "\n".join(problems)
    return validated, skipped


def test_fractel_page_samples_are_accepted() -> None:
    samples = list(fractel_samples())
    assert {s.operation_id for s in samples} == {"postAuth", "postSms", "putSmsToCallbackType"}
    validated, skipped = check("fractel", samples)
    # The page's Ruby and Python samples send an empty body ({}), and its "Example responses" blocks
    # are empty: 6 placeholders, nothing concrete to validate.
    assert (validated, skipped) == (0, 6)


def test_smstools_intro_samples_are_accepted() -> None:
    samples = list(smstools_samples())
    validated, skipped = check("smstools", samples)
    # the 401 body and the sent-SMS search page; the paging illustration ends in "......."
    assert (validated, skipped) == (2, 1)
    assert sorted((s.operation_id, s.kind) for s in samples if s.value is not None) == [
        ("getUser", "401"),
        ("searchSms", "200"),
    ]


def test_a_sample_the_spec_refuses_is_reported() -> None:
    """The check can fail: the documented search page with a price as text is refused."""
    page = next(s for s in smstools_samples() if s.operation_id == "searchSms" and s.value is not None)
    broken = Sample(page.source, page.operation_id, page.kind, {**page.value})
    broken.value["smsList"] = [{**page.value["smsList"][0], "price": "0.0945"}]
    with pytest.raises(AssertionError, match="is not of type 'number'"):
        check("smstools", [broken])
