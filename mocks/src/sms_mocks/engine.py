"""A spec-driven WSGI application: the generic half of every mock server.

Why spec-driven: the mock must agree with the spec it is tested against, so routing, the accepted
media types, parameter and body parsing, type coercion of form and query strings and validation all
come from the resolved spec. A provider module adds only what the spec cannot say: state, how auth
is checked, what its error bodies look like, and one handler per operationId.

Order of checks, as an API gateway does it: route (404, 405 with ``Allow``), authentication
(provider), media type (415), parsing and validation (provider-style 400 naming each field), then the
handler. An exception in a handler is a 500 and is logged, so fuzzing surfaces mock bugs.
"""

from __future__ import annotations

import functools
import itertools
import json
import logging
import re
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any, TypeVar
from urllib.parse import parse_qsl, quote, urlsplit

import jsonschema_rs
from werkzeug.datastructures import Headers
from werkzeug.exceptions import MethodNotAllowed, NotFound
from werkzeug.routing import Map, Rule
from werkzeug.wrappers import Request, Response

from sms_mocks._generated.spec import HTTP_METHODS, deref, operations, path_pattern
from sms_mocks.credentials import credentials, credentials_of
from sms_mocks.faults import Fault, Faults
from sms_mocks.xml import to_xml

__all__ = [
    "IGNORED_QUERY_HEADER",
    "ISSUED_SECRETS",
    "Call",
    "Deferred",
    "MockProvider",
    "Problem",
    "Reply",
    "SpecApp",
    "credential_names",
    "issue_secret",
    "reason",
    "redact",
    "unlocked",
]

logger = logging.getLogger(__name__)

#: every credential the mocks of this process have issued or been given (tokens, session keys, new
#: passwords), so a test can check that none of them reaches a log line.
ISSUED_SECRETS: list[str] = []


def issue_secret(value: str) -> str:
    """Record a credential a mock hands out or accepts, and return it."""
    ISSUED_SECRETS.append(value)
    return value


FORM = "application/x-www-form-urlencoded"
JSON = "application/json"
MULTIPART = "multipart/form-data"
XML = "application/xml"


@dataclass
class Problem:
    """One thing wrong with a request: where (``payload``, ``query``, ``params``, ``headers``), which
    top-level field, and what."""

    source: str
    field: str
    message: str


@dataclass
class Call:
    """A routed, parsed and validated request, as a handler sees it."""

    operation_id: str
    path: dict[str, Any]
    query: dict[str, Any]
    headers: Headers
    body: Any
    request: Request
    #: whatever the provider's ``authenticate`` returned (an account, a session...).
    principal: Any = None


@dataclass
class Reply:
    """A handler's answer: a dict/list is sent as JSON, a str as text/plain, None as no body."""

    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str | None = None


#: the response header naming the query parameters a lenient mock ignored (unknown to the spec).
IGNORED_QUERY_HEADER = "X-Mock-Ignored-Query"

_F = TypeVar("_F", bound=Callable[..., Any])


def unlocked(method: _F) -> _F:
    """Exempt one public method of a :class:`MockProvider` from its lock. Only for methods that touch
    no shared state and must not hold the lock (``close`` joins threads that take it)."""
    method.__mock_unlocked__ = True  # type: ignore[attr-defined]
    return method


def _locked(method: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(method)
    def run_locked(self: MockProvider, *args: Any, **kwargs: Any) -> Any:
        with self.lock:
            return method(self, *args, **kwargs)

    run_locked.__mock_locked__ = True  # type: ignore[attr-defined]
    return run_locked


class MockProvider:
    """Base class of a provider's mock: override the hooks, add ``op_<operationId>`` handlers.

    Thread-safe by construction: every public method a subclass defines (the ``op_*`` handlers, the
    engine hooks, test controls such as ``receive``) runs under the provider's one re-entrant
    :attr:`lock`, wrapped here when the subclass is created, so a handler cannot forget it. Why one
    lock per provider rather than per-object locks: the server is threaded but the state is small and
    every operation is short (sleeps for ``slow`` faults and ``latency`` happen in the engine, outside
    it), so serialising handlers costs nothing measurable and leaves no lock order to get wrong.
    Private helpers (``_name``) run under the lock of the public method that calls them; a background
    thread of a mock must take :attr:`lock` itself or call a public method.
    """

    #: the resolved OpenAPI document this mock serves; set by the subclass.
    spec: Mapping[str, Any]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for name, value in list(vars(cls).items()):
            if name.startswith("_") or not callable(value) or isinstance(value, (staticmethod, classmethod, type)):
                continue
            if getattr(value, "__mock_unlocked__", False) or getattr(value, "__mock_locked__", False):
                continue
            setattr(cls, name, _locked(value))

    @property
    def lock(self) -> threading.RLock:
        """The lock every public method of this provider runs under (created on first use)."""
        lock: threading.RLock | None = self.__dict__.get("_mock_lock")
        if lock is None:
            lock = self.__dict__.setdefault("_mock_lock", threading.RLock())  # setdefault is atomic
        return lock

    def authenticate(self, call: Call, schemes: list[str]) -> Reply | None:
        """Check credentials for an operation needing one of ``schemes``; set ``call.principal``.
        Return a Reply to refuse the request, None to let it through."""
        raise NotImplementedError

    def invalid(self, call: Call, problems: list[Problem]) -> Reply:
        """The provider's answer to a request that breaks the spec."""
        raise NotImplementedError

    def error(self, status: int, message: str) -> Reply:
        """The provider's answer for routing and protocol errors (404, 405, 415, 400 unparseable)."""
        raise NotImplementedError

    def expire_credentials(self) -> None:
        """End every session or token issued so far, as a server-side timeout would (the ``expire``
        fault). Providers with fixed keys have nothing to expire."""


def _reset(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
    """Cut the connection without an answer (the client sees it closed mid-exchange), through the
    server's ``environ["mock.abort"]`` (sms_mocks.server); a server without one answers an empty 500."""
    abort = environ.get("mock.abort")
    if abort is not None:
        abort()
    start_response("500 Internal Server Error", [("Content-Length", "0")])
    return [b""]


class Deferred:
    """The rest of an answer that may sleep (``--latency``, a ``slow`` fault), handed back to a server
    that offered ``environ["mock.defer"]`` so it can run it off its event loop (sms_mocks.server).
    Iterating it runs it here, so any WSGI server (or httpx's ``WSGITransport``) gets the answer."""

    def __init__(self, run: Callable[[], Iterable[bytes]]) -> None:
        #: produce the WSGI answer (calls ``start_response``); may block.
        self.run = run

    def __iter__(self) -> Iterator[bytes]:
        return iter(self.run())


@dataclass(frozen=True)
class _Param:
    """One parameter of an operation, compiled once: where it comes from, and how its strings are read."""

    where: str
    name: str
    source: str
    required: bool
    schema: Mapping[str, Any]
    #: a comma-separated or repeated list (``type: array``), whose items are coerced with ``types``.
    array: bool
    types: frozenset[str]


@dataclass(frozen=True)
class _Media:
    """One media type of a request body, compiled once."""

    schema: Mapping[str, Any]
    #: form and multipart fields: name -> (is an array, the types its strings are coerced to).
    fields: dict[str, tuple[bool, frozenset[str]]]


@dataclass(frozen=True)
class _Plan:
    """Everything about an operation the request path needs, worked out from the spec once at start."""

    op_id: str
    params: tuple[_Param, ...]
    query_names: frozenset[str]
    #: the security schemes to check, or None where authentication is optional or absent.
    schemes: list[str] | None
    #: the request body's media types, or None where the operation takes no body.
    body: dict[str, _Media] | None
    body_required: bool


_SLASHES = re.compile("/{2,}")
_INTEGER = re.compile(r"-?[0-9]+")
_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?")


class SpecApp:
    """The WSGI application serving one provider from its resolved spec."""

    def __init__(self, provider: MockProvider, *, strict: bool = False) -> None:
        self.provider = provider
        #: refuse unknown query parameters with the provider's 400 (``--strict``); by default they are
        #: ignored, as the providers' servers do, and named in the ``X-Mock-Ignored-Query`` header.
        self.strict = strict
        self.spec = provider.spec
        self.base_path: str = urlsplit(self.spec["servers"][0]["url"]).path.rstrip("/")
        self.operations: dict[str, tuple[str, Mapping[str, Any], list[Mapping[str, Any]]]] = {}
        rules = []
        for found in operations(self.spec):
            op_id, params = found.id, list(found.parameters)
            if getattr(provider, f"op_{op_id}", None) is None:
                raise TypeError(f"{type(provider).__name__} has no handler op_{op_id} for {found.method} {found.path}")
            self.operations[op_id] = (found.method, found.operation, params)
            rules.append(Rule(self._rule(found.path, params), endpoint=op_id, methods=[found.method]))
        self.routes = Map(rules, strict_slashes=False, merge_slashes=False)
        #: answer XML to clients that prefer it, where the spec declares XML responses at all.
        self.speaks_xml = "application/xml" in json.dumps(self.spec.get("components", {}).get("responses", {})) or (
            "application/xml" in json.dumps(self.spec.get("paths", {}))
        )
        self._validators: dict[int, jsonschema_rs.Draft202012Validator] = {}
        #: query parameters that security schemes carry (API keys in the query) are never unknown.
        self.query_keys = {
            scheme["name"]
            for scheme in self.spec.get("components", {}).get("securitySchemes", {}).values()
            if scheme.get("type") == "apiKey" and scheme.get("in") == "query"
        }
        #: the strings read as booleans in query strings and forms: the spec's root ``x-sms-booleans``
        #: (``{'true': [...], 'false': [...]}``) where a provider reads more than JSON's true/false.
        spellings = self.spec.get("x-sms-booleans", {})
        self.booleans = {
            **dict.fromkeys(spellings.get("true", ["true"]), True),
            **dict.fromkeys(spellings.get("false", ["false"]), False),
        }
        #: query parameter names whose values are credentials, never to be logged (see redact).
        self.credential_names = credentials_of(provider).names
        self._served = itertools.count()
        #: how many requests this app has answered (any status).
        self.served = 0
        #: faults to inject (see mocks/src/sms_mocks/faults.py); none unless a test or ``--faults`` asks.
        self.faults = Faults()
        #: seconds every answer waits, standing in for the network and the provider (benchmarks).
        self.latency = 0.0
        self._plans = {op_id: self._plan(op_id, op, params) for op_id, (_, op, params) in self.operations.items()}
        #: routes without path parameters, looked up in a dict before werkzeug's router.
        self._static: dict[tuple[str, str], str] = {}
        for rule in self.routes.iter_rules():
            if not rule.arguments and rule.endpoint in self._plans:
                for method in rule.methods or ():
                    self._static[(method, rule.rule)] = rule.endpoint

        from sms_mocks.control import PREFIX, ControlAPI  # here: sms_mocks.control imports this module

        #: the control API (``/__mock/``, sms_mocks.control), served before anything else.
        self.control, self._control_prefix = ControlAPI(self), PREFIX

    # -- spec helpers -----------------------------------------------------------------------------

    def _rule(self, path: str, params: list[Mapping[str, Any]]) -> str:
        """A werkzeug rule for a path template; integer path parameters only match digits, so that
        /group/list is not taken for /group/{id}."""
        integers = {p["name"] for p in params if p["in"] == "path" and "integer" in self._types(p.get("schema", {}))}
        return re.sub(r"\{(\w+)\}", lambda m: f"<int:{m[1]}>" if m[1] in integers else f"<{m[1]}>", path)

    def _declared_methods(self, path: str) -> list[str]:
        """The methods the spec declares for the operation path a request matched (for ``Allow``)."""
        for template, item in sorted(self.spec["paths"].items(), key=lambda entry: entry[0].count("{")):
            if path_pattern(template).fullmatch(path):
                return sorted(m.upper() for m in item if m in HTTP_METHODS)
        return []

    def _resolve(self, node: Any) -> Any:
        return deref(self.spec, node)

    def _validator(self, schema: Mapping[str, Any]) -> jsonschema_rs.Draft202012Validator:
        key = id(schema)
        if key not in self._validators:
            document = {**schema, "components": self.spec.get("components", {})}
            self._validators[key] = jsonschema_rs.Draft202012Validator(document, validate_formats=True)
        return self._validators[key]

    def _types(self, schema: Mapping[str, Any]) -> set[str]:
        schema = self._resolve(schema)
        declared = schema.get("type", [])
        types = {declared} if isinstance(declared, str) else set(declared)
        for key in ("allOf", "anyOf", "oneOf"):
            for sub in schema.get(key, []):
                types |= self._types(sub)
        return types

    def _plan(self, op_id: str, operation: Mapping[str, Any], params: list[Mapping[str, Any]]) -> _Plan:
        sources = {"path": "params", "query": "query", "header": "headers"}
        compiled = []
        for param in params:
            if param["in"] not in sources:
                continue
            schema = param.get("schema", {})
            array = "array" in self._types(schema)
            types = self._types(self._resolve(schema).get("items", {})) if array else self._types(schema)
            self._validator(schema)  # compiled now, not on the first request
            where, required = param["in"], bool(param.get("required"))
            compiled.append(_Param(where, param["name"], sources[where], required, schema, array, frozenset(types)))
        security = operation.get("security", self.spec.get("security", []))
        # An empty requirement ({}) makes authentication optional (OpenAPI): the handler reads
        # whatever credentials came (smSend's login takes them as HTTP Basic or in the query).
        schemes = [name for requirement in security for name in requirement] if security and all(security) else None
        body_spec = self._resolve(operation.get("requestBody", {}))
        body = None
        if body_spec:
            body = {}
            for mimetype, media in body_spec.get("content", {}).items():
                schema = media.get("schema", {})
                fields = {}
                for name, prop in self._resolve(schema).get("properties", {}).items():
                    prop = self._resolve(prop)
                    array = "array" in self._types(prop)
                    types = self._types(prop.get("items", {})) if array else self._types(prop)
                    fields[name] = (array, frozenset(types))
                self._validator(schema)
                body[mimetype] = _Media(schema, fields)
        return _Plan(
            op_id,
            tuple(compiled),
            frozenset(p["name"] for p in params if p["in"] == "query") | self.query_keys,
            schemes,
            body,
            bool(body_spec.get("required")) if body_spec else False,
        )

    def coerce(self, value: str, schema: Mapping[str, Any]) -> Any:
        """Turn one form or query string into the JSON value the schema asks for, when it reads as one;
        otherwise leave it a string so validation reports it."""
        return self._coerce(value, frozenset(self._types(schema)))

    def _coerce(self, value: str, types: frozenset[str]) -> Any:
        if "integer" in types and _INTEGER.fullmatch(value):
            return int(value)
        if "number" in types and _NUMBER.fullmatch(value):
            return float(value)
        if "boolean" in types and value in self.booleans:
            return self.booleans[value]
        return value

    def _coerce_fields(self, values: Mapping[str, list[str]], media: _Media) -> dict[str, Any]:
        result: dict[str, Any] = {}
        none: tuple[bool, frozenset[str]] = (False, frozenset())
        for name, raw in values.items():
            array, types = media.fields.get(name, none)
            if array:
                result[name] = [self._coerce(v, types) for v in raw]
            elif len(raw) == 1:
                result[name] = self._coerce(raw[0], types)
            else:
                result[name] = raw  # repeated where one value is expected: validation names it
        return result

    def _problems(self, source: str, name: str, value: Any, schema: Mapping[str, Any]) -> list[Problem]:
        validator = self._validator(schema)
        if validator.is_valid(value):  # the common case, without building error objects
            return []
        problems = []
        for error in validator.iter_errors(value):
            path = list(error.instance_path)
            if name:
                problems.append(Problem(source, name, error.message))
            elif path:
                problems.append(Problem(source, str(path[0]), error.message))
            elif isinstance(error.kind, jsonschema_rs.ValidationErrorKind.Required):
                problems.append(Problem(source, str(error.kind.property), "is required"))
            else:
                problems.append(Problem(source, "", error.message))
        return problems

    # -- request handling ---------------------------------------------------------------------------

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        if environ.get("PATH_INFO", "").startswith(self._control_prefix):
            return self.control(environ, start_response)
        defer: Callable[[Callable[[], Iterable[bytes]]], Deferred] | None = environ.get("mock.defer")
        if self.latency and defer is not None:  # the whole answer waits: off the server's event loop
            return defer(lambda: self._answer(environ, start_response, None))
        return self._answer(environ, start_response, defer)

    def _answer(
        self,
        environ: dict[str, Any],
        start_response: Callable[..., Any],
        defer: Callable[[Callable[[], Iterable[bytes]]], Deferred] | None,
    ) -> Iterable[bytes]:
        request = Request(environ)
        self.served = next(self._served) + 1
        if self.latency:
            time.sleep(self.latency)
        try:
            reply = self.handle(request)
        except Exception:
            logger.exception("mock handler failed on %s %s", request.method, request.path)
            reply = self.provider.error(500, "An internal server error occurred")
        ignored: list[str] | None = environ.get("mock.ignored_query")
        if ignored:
            # percent-encoded: a header value must be Latin-1, and a name may hold anything (even ", ")
            reply.headers[IGNORED_QUERY_HEADER] = ", ".join(quote(name, safe="") for name in ignored)
        fault: Fault | None = environ.get("mock.fault")
        if fault is None:
            status, headers, body = self._render(reply, request)
            start_response(status, headers)
            return [body]
        response = self._response(reply, request)

        def finish() -> Iterable[bytes]:
            changed = fault.definition.after(fault, response)  # may sleep (``slow``)
            if changed is None:
                return _reset(environ, start_response)
            return changed(environ, start_response)

        return defer(finish) if defer is not None else finish()

    def _render(self, reply: Reply, request: Request) -> tuple[str, list[tuple[str, str]], bytes]:
        """The status line, headers and body of a reply, without building a werkzeug Response."""
        # The headers werkzeug's Response would send: a body's default type is UTF-8 text, even empty.
        if reply.body is None or isinstance(reply.body, str):
            body: bytes = reply.body.encode() if reply.body else b""
            content_type = reply.content_type or "text/plain; charset=utf-8"
        elif self.speaks_xml and request.accept_mimetypes.best_match([JSON, XML], default=JSON) == XML:
            body, content_type = to_xml(reply.body), XML
        else:
            body = json.dumps(reply.body, separators=(",", ":")).encode()
            content_type = reply.content_type or JSON
        headers = [*reply.headers.items(), ("Content-Type", content_type)]
        if not (100 <= reply.status < 200 or reply.status in (204, 304)):  # RFC 9110: none on these
            headers.append(("Content-Length", str(len(body))))
        return f"{reply.status} {reason(reply.status)}", headers, body

    def _response(self, reply: Reply, request: Request) -> Response:
        """The same answer as a werkzeug Response, which faults change (sms_mocks.faults)."""
        status, headers, body = self._render(reply, request)
        response = Response(body, status=status)
        response.headers = Headers(headers)
        return response

    def handle(self, request: Request) -> Reply:
        environ = request.environ
        path: str = environ.get("PATH_INFO") or "/"
        # Repeated slashes are one, as in most HTTP servers (smSend's samples build "REST//login").
        if "//" in path:
            path = _SLASHES.sub("/", path)
        base = self.base_path
        if not path.startswith(base + "/") and path != base:
            return self.provider.error(404, "Not Found")
        local = path[len(base) :] or "/"
        method: str = request.method
        op_id = self._static.get((method, local.rstrip("/") or "/"))
        path_args: Mapping[str, Any] = {}
        if op_id is None:
            adapter = self.routes.bind("mock", path_info=local)
            try:
                op_id, path_args = adapter.match(method=method)
            except MethodNotAllowed as exc:
                reply = self.provider.error(405, "Method Not Allowed")
                declared = self._declared_methods(local)
                reply.headers["Allow"] = ", ".join(declared or sorted(exc.valid_methods or []))
                return reply
            except NotFound:
                return self.provider.error(404, "Not Found")
        plan = self._plans[op_id]
        fault = self.faults.take(op_id) if self.faults.active else None
        if fault is not None:
            environ["mock.fault"] = fault
            instead: Reply | None = fault.definition.before(fault, self.provider)
            if instead is not None:
                return instead
        raw_headers = environ.get("mock.raw_headers")
        headers = Headers(raw_headers) if raw_headers is not None else request.headers
        call = Call(op_id, dict(path_args), {}, headers, None, request)

        if plan.schemes is not None:
            refusal = self.provider.authenticate(call, plan.schemes)
            if refusal is not None:
                return refusal

        problems = self._parse_parameters(call, plan)
        if plan.body is not None:
            outcome = self._parse_body(call, plan)
            if isinstance(outcome, Reply):
                return outcome
            problems += outcome
        if problems:
            return self.provider.invalid(call, problems)
        handler: Callable[[Call], Reply] = getattr(self.provider, f"op_{op_id}")
        return handler(call)

    def _parse_parameters(self, call: Call, plan: _Plan) -> list[Problem]:
        problems: list[Problem] = []
        request = call.request
        query: str = request.environ.get("QUERY_STRING", "")
        if query:
            # The raw query string, not request.args: werkzeug drops parameters with an empty name.
            text = query.encode("latin-1").decode("utf-8", "replace")
            sent = {name for name, _ in parse_qsl(text, keep_blank_values=True)}
            unknown = sorted(sent - plan.query_names)
            if unknown and self.strict:
                problems += [Problem("query", name, "is not a known parameter") for name in unknown]
            elif unknown:
                request.environ["mock.ignored_query"] = unknown
                note = getattr(self.provider, "note_ignored", None)
                if note is not None:
                    note(call.operation_id, unknown)
                logger.info("ignored unknown query parameters of %s: %s", call.operation_id, ", ".join(unknown))
        for param in plan.params:
            where, name = param.where, param.name
            if where == "path":
                raw: list[str] = [str(call.path[name])] if name in call.path else []
            elif where == "query":
                raw = request.args.getlist(name) if query else []
            else:
                raw = call.headers.getlist(name)
            if not raw:
                if param.required:
                    problems.append(Problem(param.source, name, "is required"))
                continue
            if param.array:
                value: Any = [self._coerce(v, param.types) for part in raw for v in part.split(",")]
            else:
                value = self._coerce(raw[0], param.types) if len(raw) == 1 else raw
            problems += self._problems(param.source, name, value, param.schema)
            if where == "path":
                call.path[name] = value
            elif where == "query":
                call.query[name] = value
        return problems

    def _parse_body(self, call: Call, plan: _Plan) -> Reply | list[Problem]:
        request = call.request
        content = plan.body or {}
        raw = request.get_data(cache=True)
        if not raw:  # an empty body is no body, whatever Content-Type says
            if plan.body_required:
                return [Problem("payload", "", "a request body is required")]
            return []
        mimetype = request.mimetype
        media = content.get(mimetype)
        if media is None:
            accepted = ", ".join(content)
            return self.provider.error(415, f"Unsupported Media Type: send {accepted}")
        if mimetype == FORM:
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                return self.provider.error(400, "Invalid request payload: not UTF-8")
            form: dict[str, list[str]] = {}
            for key, value in parse_qsl(text, keep_blank_values=True):
                form.setdefault(key, []).append(value)
            call.body = self._coerce_fields(form, media)
        elif mimetype == MULTIPART:
            # form fields as in a form body; an uploaded file's bytes become a string (latin-1, one
            # character per byte) so the schema's `type: string, format: binary` can check it. A
            # boolean field may arrive as True/False: what openapi-python-client's multipart encoder
            # writes (str() of a Python bool), and what a Java server's Boolean.parseBoolean accepts.
            fields: dict[str, list[str]] = {}
            for key, value in request.form.items(multi=True):
                boolean = "boolean" in media.fields.get(key, (False, frozenset()))[1]
                fields.setdefault(key, []).append(value.lower() if boolean and value in ("True", "False") else value)
            for key, upload in request.files.items(multi=True):
                fields.setdefault(key, []).append(upload.read().decode("latin-1"))
            call.body = self._coerce_fields(fields, media)
        elif mimetype == JSON:
            try:
                call.body = json.loads(raw)
            except (ValueError, UnicodeDecodeError):
                return self.provider.error(400, "Invalid request payload JSON format")
        else:
            call.body = raw
            return []
        return self._problems("payload", "", call.body, media.schema)


def credential_names(spec: Mapping[str, Any]) -> frozenset[str]:
    """The query parameter and body field names whose values are credentials (see sms_mocks.credentials)."""
    return credentials(spec).names


def redact(text: str, names: Iterable[str]) -> str:
    """``text`` with the value of every query parameter named in ``names`` (a provider's
    :attr:`Credentials.names <sms_mocks.credentials.Credentials.names>`, the outbox's too) replaced by
    ``***``, wherever a query string appears in it: a request line, a URL, an error message."""
    alternatives = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    if not alternatives:
        return text
    return re.sub(rf"(?<=[?&;])({alternatives})=[^&\s'\"#]*", r"\1=***", text)


def reason(status: int) -> str:
    """The HTTP reason phrase for a status code."""
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"
