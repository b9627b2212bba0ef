"""A spec-driven mock application: the generic half of every mock server.

Why spec-driven: the mock must agree with the spec it is tested against, so routing, the accepted
media types, parameter and body parsing, type coercion of form and query strings and validation all
come from the resolved spec. A provider module adds only what the spec cannot say: state, how auth
is checked, what its error bodies look like, and one handler per operationId.

Order of checks, as an API gateway does it: route (404, 405 with ``Allow``), authentication
(provider), media type (415), parsing and validation (provider-style 400 naming each field), then the
handler. An exception in a handler is a 500 and is logged, so fuzzing surfaces mock bugs.

One core, two doors: :meth:`SpecApp.exchange` takes a :class:`MockRequest` (method, path, query
string, the header names exactly as sent, the body) and gives an :class:`Answer`, as a generator that
yields the seconds to wait first (``--latency``, a ``slow`` fault or number), so that each caller
sleeps its own way. The HTTP server reaches it through WSGI (:meth:`SpecApp.__call__`, which builds
the request from the environ and hands sleeps back as a :class:`Deferred`); the in-process httpx
transports (sms_mocks.transport) build the request from the ``httpx.Request`` and sleep with
``time.sleep`` or ``asyncio.sleep``. Routing, authentication, validation and the handlers are the
same code on both.
"""

from __future__ import annotations

import functools
import io
import itertools
import json
import logging
import re
import sys
import threading
import time
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any, Generic, TypeVar, overload
from urllib.parse import parse_qsl, quote, unquote_to_bytes, urlsplit

import jsonschema_rs
import werkzeug.urls  # noqa: F401  (registers the "werkzeug.url_quote" codec error handler args use)
from werkzeug.datastructures import Authorization, EnvironHeaders, Headers, ImmutableMultiDict, MIMEAccept
from werkzeug.exceptions import MethodNotAllowed, NotFound
from werkzeug.formparser import FormDataParser
from werkzeug.http import parse_accept_header, parse_options_header
from werkzeug.routing import Map, Rule
from werkzeug.sansio.utils import get_content_length, get_current_url, get_host
from werkzeug.wrappers import Request, Response
from werkzeug.wsgi import get_input_stream

from sms_mocks._generated.spec import HTTP_METHODS, deref, operations, path_pattern
from sms_mocks.credentials import credentials, credentials_of
from sms_mocks.faults import Fault, Faults
from sms_mocks.xml import to_xml

__all__ = [
    "IGNORED_QUERY_HEADER",
    "ISSUED_SECRETS",
    "Answer",
    "Call",
    "Deferred",
    "MockProvider",
    "MockRequest",
    "Problem",
    "Reply",
    "RequestHeaders",
    "SpecApp",
    "credential_names",
    "in_process_request",
    "issue_secret",
    "reason",
    "redact",
    "run_blocking",
    "unlocked",
    "wsgi_body",
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
    #: the request's headers, names as sent (``call.headers.get("user_key")``), case-insensitive.
    headers: RequestHeaders | EnvironHeaders
    body: Any
    request: MockRequest
    #: whatever the provider's ``authenticate`` returned (an account, a session...).
    principal: Any = None


@dataclass
class Reply:
    """A handler's answer: a dict/list is sent as JSON, a str as text/plain, None as no body."""

    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str | None = None


@dataclass
class Answer:
    """What the mock answers: status code, headers (names and values as sent) and the body."""

    status: int
    headers: list[tuple[str, str]]
    body: bytes


class RequestHeaders:
    """A request's headers, names exactly as sent, in order; lookups ignore case (the part of
    werkzeug's ``Headers`` the handlers use, without its per-header checks on every request)."""

    __slots__ = ("_index", "_items")

    def __init__(self, items: list[tuple[str, str]]) -> None:
        self._items = items
        self._index: dict[str, list[str]] | None = None

    def _values(self, name: str) -> list[str]:
        index = self._index
        if index is None:
            index = self._index = {}
            for key, value in self._items:
                index.setdefault(key.lower(), []).append(value)
        return index.get(name.lower(), [])

    @overload
    def get(self, name: str) -> str | None: ...

    @overload
    def get(self, name: str, default: str) -> str: ...

    def get(self, name: str, default: str | None = None) -> str | None:
        """The first value of header ``name``, or ``default``."""
        values = self._values(name)
        return values[0] if values else default

    def getlist(self, name: str) -> list[str]:
        """Every value of header ``name``, in order."""
        return list(self._values(name))

    def __getitem__(self, name: str) -> str:
        values = self._values(name)
        if not values:
            raise KeyError(name)
        return values[0]

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and bool(self._values(name))

    def items(self) -> list[tuple[str, str]]:
        """(name, value) pairs, as sent."""
        return list(self._items)

    def keys(self) -> list[str]:
        return [name for name, _ in self._items]

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"RequestHeaders({[name for name, _ in self._items]!r})"


#: header name as sent -> its WSGI environ key (None: a name holding "_"), remembered: clients send
#: the same few names on every request.
_WSGI_KEYS: dict[str, str | None] = {}


def _wsgi_key(name: str) -> str | None:
    key = _WSGI_KEYS.get(name, "")
    if key == "":
        if "_" in name:
            key = None
        else:
            key = name.upper().replace("-", "_")
            if key not in ("CONTENT_TYPE", "CONTENT_LENGTH"):
                key = "HTTP_" + key
        if len(_WSGI_KEYS) < 1024:
            _WSGI_KEYS[name] = key
    return key


def _wsgi_keys(raw_headers: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Header values under their WSGI environ keys, as the mock's HTTP server folds them
    (sms_mocks.server): ``HTTP_`` + upper case with ``-`` as ``_``, repeated names joined by ``,``,
    and names holding ``_`` left out (as a WSGI variable ``user_key`` would pass for ``User-Key``)."""
    folded: dict[str, str] = {}
    for name, value in raw_headers:
        key = _wsgi_key(name)
        if key is None:
            continue
        folded[key] = f"{folded[key]},{value}" if key in folded else value
    return folded


_T = TypeVar("_T")


class _once(Generic[_T]):
    """A property computed on first use and kept in the instance's ``__dict__``: what
    ``functools.cached_property`` does, without the lock it takes on every first use (Python 3.11),
    which cost more than the values it guards. A request is read by the one thread serving it.
    """

    def __init__(self, compute: Callable[[Any], _T]) -> None:
        self.compute = compute
        self.name = compute.__name__
        self.__doc__ = compute.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        if name != self.name:  # the value is kept under the function's name: it must be the attribute's
            raise TypeError(f"{owner.__name__}.{name}: a _once property must keep its function's name ({self.name})")

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> _once[_T]: ...

    @overload
    def __get__(self, instance: object, owner: type | None = None) -> _T: ...

    def __get__(self, instance: object | None, owner: type | None = None) -> _once[_T] | _T:
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.compute(instance)
        return value


class MockRequest:
    """One request as the engine and the provider handlers read it: what arrived, nothing parsed
    until asked for.

    Why not werkzeug's ``Request``: the in-process transports have no WSGI environ to give it, and
    building one (and the request object over it) cost more than the mock's own work. What the
    handlers read (``args``, ``authorization``, ``host_url``, ``path``, ``method``) is computed here
    with werkzeug's own parsing functions from the same values, so it reads the same as
    ``werkzeug.Request`` over the server's environ would.
    """

    def __init__(
        self,
        method: str,
        path_info: str,
        query_string: str,
        raw_headers: list[tuple[str, str]] | None,
        *,
        body: bytes | None = None,
        wsgi: Mapping[str, str] | None = None,
        scheme: str = "http",
        server: tuple[str, int] = ("127.0.0.1", 0),
        environ: dict[str, Any] | None = None,
    ) -> None:
        #: the method, upper case.
        self.method = method
        #: the path, percent-decoded, one character per byte (as WSGI's ``PATH_INFO``).
        self.path_info = path_info
        #: the query string as sent, one character per byte (as WSGI's ``QUERY_STRING``).
        self.query_text = query_string
        #: the headers, names exactly as sent; None where the WSGI server did not keep them.
        self.raw_headers = raw_headers
        self.scheme = scheme
        self.server = server
        #: the fault this request gets (sms_mocks.faults), set by the engine or a handler.
        self.fault: Fault | None = None
        #: unknown query parameter names the mock ignored.
        self.ignored_query: list[str] | None = None
        self._body = body
        self._environ = environ
        self._wsgi: Mapping[str, str] = wsgi if wsgi is not None else environ if environ is not None else {}
        self._args: ImmutableMultiDict[str, str] | None = None

    @classmethod
    def from_environ(cls, environ: dict[str, Any]) -> MockRequest:
        """The request a WSGI server hands over (``environ["mock.raw_headers"]``: the names as sent)."""
        server = (environ.get("SERVER_NAME", ""), int(environ.get("SERVER_PORT") or 0))
        return cls(
            environ.get("REQUEST_METHOD", "GET").upper(),
            environ.get("PATH_INFO") or "",
            environ.get("QUERY_STRING", ""),
            environ.get("mock.raw_headers"),
            scheme=environ.get("wsgi.url_scheme", "http"),
            server=server,
            environ=environ,
        )

    def header(self, name: str) -> str | None:
        """One header's value as the WSGI environ holds it (repeats joined by ``,``), or None."""
        key = name.upper().replace("-", "_")
        return self._wsgi.get(key if key in ("CONTENT_TYPE", "CONTENT_LENGTH") else "HTTP_" + key)

    @property
    def data(self) -> bytes:
        """The body, as much of it as ``Content-Length`` says (none without one, as werkzeug reads it)."""
        if self._body is None:
            if self._environ is None:
                self._body = b""
            else:
                self._body = get_input_stream(self._environ).read()
        return self._body

    def get_data(self, cache: bool = True) -> bytes:
        """The body (as ``werkzeug.Request.get_data()``, for handlers written against it)."""
        return self.data

    @_once
    def headers(self) -> RequestHeaders | EnvironHeaders:
        """The headers, names as sent where known (case-insensitive lookups)."""
        if self.raw_headers is not None:
            return RequestHeaders(self.raw_headers)
        return EnvironHeaders(self.environ)

    @property
    def query_string(self) -> bytes:
        """The query string as sent (as ``werkzeug.Request.query_string``)."""
        return self.query_text.encode("latin-1")

    @property
    def args(self) -> ImmutableMultiDict[str, str]:
        """The query parameters, parsed as ``werkzeug.Request.args`` parses them."""
        if self._args is None:
            self._args = ImmutableMultiDict(
                parse_qsl(self.query_string.decode(), keep_blank_values=True, errors="werkzeug.url_quote")
            )
        return self._args

    @_once
    def path(self) -> str:
        """The path, decoded as UTF-8 (as ``werkzeug.Request.path``)."""
        return "/" + self.path_info.encode("latin-1").decode(errors="replace").lstrip("/")

    @_once
    def mimetype(self) -> str:
        """The body's media type, lower case, without parameters."""
        return parse_options_header(self.header("Content-Type") or "")[0].lower()

    @_once
    def authorization(self) -> Authorization | None:
        """The ``Authorization`` header, parsed (as ``werkzeug.Request.authorization``)."""
        return Authorization.from_header(self.header("Authorization"))

    @_once
    def host_url(self) -> str:
        """The scheme and host the request was sent to, with a trailing slash."""
        return get_current_url(self.scheme, get_host(self.scheme, self.header("Host"), self.server))

    @_once
    def accept_mimetypes(self) -> MIMEAccept:
        return parse_accept_header(self.header("Accept"), MIMEAccept)

    @property
    def environ(self) -> dict[str, Any]:
        """The WSGI environ of this request (built on first use where it came without one)."""
        if self._environ is None:
            body = self.data
            environ: dict[str, Any] = {
                "REQUEST_METHOD": self.method,
                "SCRIPT_NAME": "",
                "PATH_INFO": self.path_info,
                "QUERY_STRING": self.query_text,
                "SERVER_NAME": self.server[0],
                "SERVER_PORT": str(self.server[1]),
                "SERVER_PROTOCOL": "HTTP/1.1",
                "REMOTE_ADDR": "127.0.0.1",
                "wsgi.version": (1, 0),
                "wsgi.url_scheme": self.scheme,
                "wsgi.input": io.BytesIO(body),
                "wsgi.errors": sys.stderr,
                "wsgi.multithread": True,
                "wsgi.multiprocess": False,
                "wsgi.run_once": False,
                "mock.raw_headers": self.raw_headers or [],
                **self._wsgi,
            }
            if "CONTENT_LENGTH" in environ:
                environ["CONTENT_LENGTH"] = str(len(body))
            self._environ = environ
        return self._environ

    def parse_form(self, mimetype: str) -> tuple[Iterable[tuple[str, str]], Iterable[tuple[str, Any]]]:
        """A multipart or form body's fields and files, parsed by werkzeug's form parser with the
        limits ``werkzeug.Request`` sets."""
        body = self.data
        options = dict(parse_options_header(self.header("Content-Type") or "")[1])
        parser = FormDataParser(
            max_form_memory_size=Request.max_form_memory_size,
            max_content_length=Request.max_content_length,
            max_form_parts=Request.max_form_parts,
            cls=ImmutableMultiDict,
        )
        _, form, files = parser.parse(io.BytesIO(body), mimetype, len(body), options)
        return form.items(multi=True), files.items(multi=True)


def in_process_request(
    method: str,
    raw_path: bytes,
    raw_headers: list[tuple[str, str]],
    body: bytes,
    *,
    scheme: str = "http",
    server: tuple[str, int] = ("127.0.0.1", 0),
) -> MockRequest:
    """A request handed over without HTTP (sms_mocks.transport): ``raw_path`` is the request target
    as sent (path and query string, percent-encoded), ``raw_headers`` the names and values as sent.
    The path, query string, headers and body read exactly as the HTTP server would pass them on."""
    path, _, query = raw_path.partition(b"?")
    wsgi = _wsgi_keys(raw_headers)
    length = get_content_length(wsgi.get("CONTENT_LENGTH"), wsgi.get("HTTP_TRANSFER_ENCODING"))
    return MockRequest(
        method,
        (unquote_to_bytes(path) if b"%" in path else path).decode("latin-1"),
        query.decode("latin-1"),
        raw_headers,
        body=b"" if length is None else body[:length],
        wsgi=wsgi,
        scheme=scheme,
        server=server,
    )


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


def _wsgi_answer(answer: Answer | None, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
    if answer is None:
        return _reset(environ, start_response)
    start_response(f"{answer.status} {reason(answer.status)}", answer.headers)
    return [answer.body]


def wsgi_body(result: Iterable[bytes]) -> bytes:
    """A WSGI application's answer body, read whole; the iterable is then closed, as PEP 3333 asks
    of every server, whether reading it ended or failed."""
    try:
        return b"".join(result)
    finally:
        close = getattr(result, "close", None)
        if close is not None:
            close()


def run_blocking(steps: Generator[float, None, Answer | None], delay: float | None = None) -> Answer | None:
    """Drive :meth:`SpecApp.exchange` to its answer, sleeping this thread where it waits (``delay``:
    the wait it has already yielded)."""
    try:
        if delay is None:
            delay = next(steps)
        while True:
            time.sleep(delay)
            delay = steps.send(None)
    except StopIteration as done:
        answer: Answer | None = done.value
        return answer


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
#: what ``json.dumps(..., separators=(",", ":"))`` does, without building an encoder per answer.
_JSON = json.JSONEncoder(separators=(",", ":"))
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
        #: Accept header value -> whether it prefers XML (see _prefers_xml).
        self._accept: dict[str | None, bool] = {}
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
        """The WSGI door (the HTTP server, httpx's ``WSGITransport``)."""
        if environ.get("PATH_INFO", "").startswith(self._control_prefix):
            return self.control(environ, start_response)
        steps = self.exchange(MockRequest.from_environ(environ))
        try:
            delay = next(steps)
        except StopIteration as done:
            return _wsgi_answer(done.value, environ, start_response)
        defer: Callable[[Callable[[], Iterable[bytes]]], Deferred] | None = environ.get("mock.defer")

        def finish() -> Iterable[bytes]:
            return _wsgi_answer(run_blocking(steps, delay), environ, start_response)

        # whatever waits runs off the server's event loop, in one of its worker threads
        return defer(finish) if defer is not None else finish()

    def exchange(self, request: MockRequest) -> Generator[float, None, Answer | None]:
        """Answer one request: a generator yielding the seconds to wait before going on (the caller
        sleeps as it can: ``time.sleep``, ``asyncio.sleep``, a worker thread), returning the answer,
        or None where the connection is to be cut without one (the ``reset`` faults)."""
        if request.path_info.startswith(self._control_prefix):
            return self._control_answer(request)
        self.served = next(self._served) + 1
        if self.latency:
            yield self.latency
        try:
            reply = self.handle(request)
        except Exception:
            logger.exception("mock handler failed on %s %s", request.method, request.path)
            reply = self.provider.error(500, "An internal server error occurred")
        ignored = request.ignored_query
        if ignored:
            # percent-encoded: a header value must be Latin-1, and a name may hold anything (even ", ")
            reply.headers[IGNORED_QUERY_HEADER] = ", ".join(quote(name, safe="") for name in ignored)
        answer = self._render(reply, request)
        fault = request.fault
        if fault is None:
            return answer
        wait = fault.definition.wait(fault)
        if wait:
            yield wait  # outside the provider's lock: the handler has returned
        changed = fault.definition.after(fault, self._response(answer))
        if changed is None:
            return None
        return Answer(changed.status_code, changed.headers.to_wsgi_list(), changed.get_data())

    def _control_answer(self, request: MockRequest) -> Answer:
        """A control API request (``/__mock/``) that came without WSGI, through its WSGI door."""
        started: list[Any] = []

        def start_response(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> None:
            started[:] = [status, headers]

        body = wsgi_body(self.control(request.environ, start_response))
        return Answer(int(started[0][:3]), list(started[1]), body)

    def _render(self, reply: Reply, request: MockRequest) -> Answer:
        """The status, headers and body of a reply."""
        # The headers werkzeug's Response would send: a body's default type is UTF-8 text, even empty.
        if reply.body is None or isinstance(reply.body, str):
            body: bytes = reply.body.encode() if reply.body else b""
            content_type = reply.content_type or "text/plain; charset=utf-8"
        elif self.speaks_xml and self._prefers_xml(request.header("Accept")):
            body, content_type = to_xml(reply.body), XML
        else:
            body = _JSON.encode(reply.body).encode()
            content_type = reply.content_type or JSON
        headers = [*reply.headers.items(), ("Content-Type", content_type)]
        if not (100 <= reply.status < 200 or reply.status in (204, 304)):  # RFC 9110: none on these
            headers.append(("Content-Length", str(len(body))))
        return Answer(reply.status, headers, body)

    def _prefers_xml(self, accept: str | None) -> bool:
        """Whether a client sending this ``Accept`` prefers XML to JSON (remembered per value: clients
        send the same one on every request)."""
        prefers = self._accept.get(accept)
        if prefers is None:
            prefers = parse_accept_header(accept, MIMEAccept).best_match([JSON, XML], default=JSON) == XML
            if len(self._accept) < 256:
                self._accept[accept] = prefers
        return prefers

    @staticmethod
    def _response(answer: Answer) -> Response:
        """The same answer as a werkzeug Response, which faults change (sms_mocks.faults)."""
        response = Response(answer.body, status=answer.status)
        response.headers = Headers(answer.headers)
        return response

    def handle(self, request: MockRequest) -> Reply:
        path = request.path_info or "/"
        # Repeated slashes are one, as in most HTTP servers (smSend's samples build "REST//login").
        if "//" in path:
            path = _SLASHES.sub("/", path)
        base = self.base_path
        if not path.startswith(base + "/") and path != base:
            return self.provider.error(404, "Not Found")
        local = path[len(base) :] or "/"
        method = request.method
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
            request.fault = fault
            instead: Reply | None = fault.definition.before(fault, self.provider)
            if instead is not None:
                return instead
        call = Call(op_id, dict(path_args), {}, request.headers, None, request)

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
        query = request.query_text
        if query:
            # The raw query string, not request.args: werkzeug drops parameters with an empty name.
            text = query.encode("latin-1").decode("utf-8", "replace")
            sent = {name for name, _ in parse_qsl(text, keep_blank_values=True)}
            unknown = sorted(sent - plan.query_names)
            if unknown and self.strict:
                problems += [Problem("query", name, "is not a known parameter") for name in unknown]
            elif unknown:
                request.ignored_query = unknown
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
        raw = request.data
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
            parts, files = request.parse_form(mimetype)
            for key, value in parts:
                boolean = "boolean" in media.fields.get(key, (False, frozenset()))[1]
                fields.setdefault(key, []).append(value.lower() if boolean and value in ("True", "False") else value)
            for key, upload in files:
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
