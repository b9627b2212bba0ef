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

import contextlib
import functools
import itertools
import json
import logging
import re
import socket
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any, TypeVar
from urllib.parse import parse_qsl, urlsplit

import jsonschema_rs
from werkzeug.datastructures import Headers, MultiDict
from werkzeug.exceptions import MethodNotAllowed, NotFound
from werkzeug.routing import Map, Rule
from werkzeug.wrappers import Request, Response

from sms_mocks._generated.spec import deref, path_pattern
from sms_mocks.faults import Fault, Faults
from sms_mocks.xml import to_xml

__all__ = [
    "IGNORED_QUERY_HEADER",
    "ISSUED_SECRETS",
    "Call",
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


HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
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
    """Cut the connection without an answer (the client sees it closed mid-exchange)."""
    connection = environ.get("werkzeug.socket")
    if connection is not None:
        with contextlib.suppress(OSError):
            connection.shutdown(socket.SHUT_RDWR)
    start_response("500 Internal Server Error", [("Content-Length", "0")])
    return [b""]


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
        for path, item in self.spec["paths"].items():
            shared = [self._resolve(p) for p in item.get("parameters", [])]
            for method in HTTP_METHODS:
                operation = item.get(method)
                if operation is None:
                    continue
                op_id = operation["operationId"]
                handler = getattr(provider, f"op_{op_id}", None)
                if handler is None:
                    raise TypeError(f"{type(provider).__name__} has no handler op_{op_id} for {method.upper()} {path}")
                own = [self._resolve(p) for p in operation.get("parameters", [])]
                names = {(p["in"], p["name"]) for p in own}
                params = own + [p for p in shared if (p["in"], p["name"]) not in names]
                self.operations[op_id] = (method.upper(), operation, params)
                rules.append(Rule(self._rule(path, params), endpoint=op_id, methods=[method.upper()]))
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
        self.credential_names = credential_names(self.spec)
        self._served = itertools.count()
        #: how many requests this app has answered (any status).
        self.served = 0
        #: faults to inject (see mocks/src/sms_mocks/faults.py); none unless a test or ``--faults`` asks.
        self.faults = Faults()
        #: seconds every answer waits, standing in for the network and the provider (benchmarks).
        self.latency = 0.0
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

    def coerce(self, value: str, schema: Mapping[str, Any]) -> Any:
        """Turn one form or query string into the JSON value the schema asks for, when it reads as one;
        otherwise leave it a string so validation reports it."""
        types = self._types(schema)
        if "integer" in types and re.fullmatch(r"-?[0-9]+", value):
            return int(value)
        if "number" in types and re.fullmatch(r"-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?", value):
            return float(value)
        if "boolean" in types and value in self.booleans:
            return self.booleans[value]
        return value

    def _coerce_fields(self, values: MultiDict[str, str], schema: Mapping[str, Any]) -> dict[str, Any]:
        properties = self._resolve(schema).get("properties", {})
        result: dict[str, Any] = {}
        for name in values:
            raw = values.getlist(name)
            prop = self._resolve(properties.get(name, {}))
            if "array" in self._types(prop):
                result[name] = [self.coerce(v, prop.get("items", {})) for v in raw]
            elif len(raw) == 1:
                result[name] = self.coerce(raw[0], prop)
            else:
                result[name] = raw  # repeated where one value is expected: validation names it
        return result

    def _problems(self, source: str, name: str, value: Any, schema: Mapping[str, Any]) -> list[Problem]:
        problems = []
        for error in self._validator(schema).iter_errors(value):
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
            reply.headers[IGNORED_QUERY_HEADER] = ", ".join(ignored)
        fault: Fault | None = environ.get("mock.fault")
        response = self._render(reply, request)
        if fault is not None:
            changed = fault.definition.after(fault, response)
            if changed is None:
                return _reset(environ, start_response)
            response = changed
        return response(environ, start_response)

    def _render(self, reply: Reply, request: Request) -> Response:
        headers = Headers(reply.headers)
        if reply.body is None:
            return Response(b"", status=reply.status, headers=headers, content_type=reply.content_type)
        if isinstance(reply.body, str):
            content_type = reply.content_type or "text/plain; charset=utf-8"
            return Response(reply.body, status=reply.status, headers=headers, content_type=content_type)
        if self.speaks_xml and request.accept_mimetypes.best_match([JSON, XML], default=JSON) == XML:
            return Response(to_xml(reply.body), status=reply.status, headers=headers, content_type=XML)
        payload = json.dumps(reply.body, separators=(",", ":"))
        return Response(payload, status=reply.status, headers=headers, content_type=reply.content_type or JSON)

    def handle(self, request: Request) -> Reply:
        # Repeated slashes are one, as in most HTTP servers (smSend's samples build "REST//login").
        path = re.sub("/{2,}", "/", request.path)
        if not path.startswith(self.base_path + "/") and path != self.base_path:
            return self.provider.error(404, "Not Found")
        adapter = self.routes.bind("mock", path_info=path[len(self.base_path) :] or "/")
        try:
            op_id, path_args = adapter.match(method=request.method)
        except MethodNotAllowed as exc:
            reply = self.provider.error(405, "Method Not Allowed")
            declared = self._declared_methods(path[len(self.base_path) :] or "/")
            reply.headers["Allow"] = ", ".join(declared or sorted(exc.valid_methods or []))
            return reply
        except NotFound:
            return self.provider.error(404, "Not Found")
        _, operation, params = self.operations[op_id]
        fault = self.faults.take(op_id) if self.faults.active else None
        if fault is not None:
            request.environ["mock.fault"] = fault
            instead: Reply | None = fault.definition.before(fault, self.provider)
            if instead is not None:
                return instead
        raw_headers = request.environ.get("mock.raw_headers")
        headers = Headers(raw_headers) if raw_headers is not None else request.headers
        call = Call(op_id, dict(path_args), {}, headers, None, request)

        security = operation.get("security", self.spec.get("security", []))
        # An empty requirement ({}) makes authentication optional (OpenAPI): the handler reads
        # whatever credentials came (smSend's login takes them as HTTP Basic or in the query).
        if security and all(security):
            schemes = [name for requirement in security for name in requirement]
            refusal = self.provider.authenticate(call, schemes)
            if refusal is not None:
                return refusal

        problems = self._parse_parameters(call, params)
        body_spec = self._resolve(operation.get("requestBody", {}))
        if body_spec:
            outcome = self._parse_body(call, body_spec)
            if isinstance(outcome, Reply):
                return outcome
            problems += outcome
        if problems:
            return self.provider.invalid(call, problems)
        handler: Callable[[Call], Reply] = getattr(self.provider, f"op_{op_id}")
        return handler(call)

    def _parse_parameters(self, call: Call, params: list[Mapping[str, Any]]) -> list[Problem]:
        problems: list[Problem] = []
        request = call.request
        known = {p["name"] for p in params if p["in"] == "query"} | self.query_keys
        # The raw query string, not request.args: werkzeug drops parameters with an empty name.
        sent = {name for name, _ in parse_qsl(request.query_string.decode("utf-8", "replace"), keep_blank_values=True)}
        unknown = sorted(sent - known)
        if unknown and self.strict:
            problems += [Problem("query", name, "is not a known parameter") for name in unknown]
        elif unknown:
            request.environ["mock.ignored_query"] = unknown
            note = getattr(self.provider, "note_ignored", None)
            if note is not None:
                note(call.operation_id, unknown)
            logger.info("ignored unknown query parameters of %s: %s", call.operation_id, ", ".join(unknown))
        sources = {"path": "params", "query": "query", "header": "headers"}
        for param in params:
            where, name, schema = param["in"], param["name"], param.get("schema", {})
            if where == "path":
                raw: list[str] = [str(call.path[name])] if name in call.path else []
            elif where == "query":
                raw = request.args.getlist(name)
            elif where == "header":
                raw = call.headers.getlist(name)
            else:
                continue
            if not raw:
                if param.get("required"):
                    problems.append(Problem(sources[where], name, "is required"))
                continue
            if "array" in self._types(schema):
                items = self._resolve(schema).get("items", {})
                value: Any = [self.coerce(v, items) for part in raw for v in part.split(",")]
            else:
                value = self.coerce(raw[0], schema) if len(raw) == 1 else raw
            problems += self._problems(sources[where], name, value, schema)
            target = {"path": call.path, "query": call.query}.get(where)
            if target is not None:
                target[name] = value
        return problems

    def _parse_body(self, call: Call, body_spec: Mapping[str, Any]) -> Reply | list[Problem]:
        request = call.request
        content = body_spec.get("content", {})
        raw = request.get_data(cache=True)
        if not raw:  # an empty body is no body, whatever Content-Type says
            if body_spec.get("required"):
                return [Problem("payload", "", "a request body is required")]
            return []
        if request.mimetype not in content:
            accepted = ", ".join(content)
            return self.provider.error(415, f"Unsupported Media Type: send {accepted}")
        schema = content[request.mimetype].get("schema", {})
        if request.mimetype == FORM:
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                return self.provider.error(400, "Invalid request payload: not UTF-8")
            form: MultiDict[str, str] = MultiDict()
            for key, value in parse_qsl(text, keep_blank_values=True):
                form.add(key, value)
            call.body = self._coerce_fields(form, schema)
        elif request.mimetype == MULTIPART:
            # form fields as in a form body; an uploaded file's bytes become a string (latin-1, one
            # character per byte) so the schema's `type: string, format: binary` can check it. A
            # boolean field may arrive as True/False: what openapi-python-client's multipart encoder
            # writes (str() of a Python bool), and what a Java server's Boolean.parseBoolean accepts.
            properties = self._resolve(schema).get("properties", {})
            fields: MultiDict[str, str] = MultiDict()
            for key, value in request.form.items(multi=True):
                boolean = "boolean" in self._types(self._resolve(properties.get(key, {})))
                fields.add(key, value.lower() if boolean and value in ("True", "False") else value)
            for key, upload in request.files.items(multi=True):
                fields.add(key, upload.read().decode("latin-1"))
            call.body = self._coerce_fields(fields, schema)
        elif request.mimetype == JSON:
            try:
                call.body = json.loads(raw)
            except (ValueError, UnicodeDecodeError):
                return self.provider.error(400, "Invalid request payload JSON format")
        else:
            call.body = raw
            return []
        return self._problems("payload", "", call.body, schema)


def credential_names(spec: Mapping[str, Any]) -> frozenset[str]:
    """The query parameter names whose values are credentials, from the spec alone: API keys its
    security schemes carry in the query, and query parameters whose schema is ``format: password``
    (login parameters, as OpenAPI marks them)."""
    names = {
        scheme["name"]
        for scheme in spec.get("components", {}).get("securitySchemes", {}).values()
        if scheme.get("type") == "apiKey" and scheme.get("in") == "query"
    }
    for item in spec.get("paths", {}).values():
        for operation in [item, *(item.get(m, {}) for m in HTTP_METHODS)]:
            for param in operation.get("parameters", []):
                param = deref(spec, param)
                if param.get("in") == "query" and deref(spec, param.get("schema", {})).get("format") == "password":
                    names.add(param["name"])
    return frozenset(names)


def redact(text: str, names: Iterable[str]) -> str:
    """``text`` with the value of every query parameter named in ``names`` replaced by ``***``
    (wherever a query string appears in it: a request line, a URL, an error message)."""
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
