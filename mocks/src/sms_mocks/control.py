"""The mocks' control API: ``/__mock/...`` on every mock's origin (its OpenAPI document is
``control-api.yaml`` beside this module, served at ``/__mock/openapi.json``).

Why its own small WSGI app in front of the provider's: the control API must never be a provider
path nor go through the provider's auth, faults or latency, so :class:`sms_mocks.engine.SpecApp`
hands every ``/__mock`` request here before anything else. Requests are checked against the same
document users read (parameters and bodies, with jsonschema-rs), so the document and the checks
cannot drift apart; the contract test (tests/contract/test_control_contract.py) checks the answers.

Everything that reads or changes the mock goes through the provider's public methods
(:class:`sms_mocks.plane.ControlledProvider`), which run under its lock.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from importlib.resources import files
from typing import Any, Protocol

import jsonschema_rs
import yaml
from werkzeug.exceptions import MethodNotAllowed, NotFound
from werkzeug.routing import Map, Rule
from werkzeug.wrappers import Request, Response

from sms_mocks import ui
from sms_mocks._generated.spec import operations
from sms_mocks.faults import KINDS, Fault, Faults, default_menu
from sms_mocks.plane import ControlledProvider, parse_iso

__all__ = ["PREFIX", "ControlAPI", "control_document"]

#: the reserved path prefix of the control API, at the origin's root.
PREFIX = "/__mock"
#: the clock may be set or moved up to here (later moments cannot be written as ISO 8601 for long).
LATEST = parse_iso("9000-01-01T00:00:00Z")


class _App(Protocol):
    """What the control API uses of :class:`sms_mocks.engine.SpecApp`."""

    # Any: mypy may see this module's SpecApp under two names (the source tree and the installation).
    provider: Any
    faults: Any
    base_path: str
    operations: Any


@cache
def control_document() -> dict[str, Any]:
    """The control API's OpenAPI 3.1 document (package data)."""
    text = (files("sms_mocks") / "control-api.yaml").read_text(encoding="utf-8")
    document: dict[str, Any] = yaml.safe_load(text)
    return document


class _Refusal(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def _json(body: Any, status: int = 200, headers: Mapping[str, str] | None = None) -> Response:
    return Response(json.dumps(body), status=status, content_type="application/json", headers=dict(headers or {}))


class ControlAPI:
    """The WSGI app of ``/__mock/`` for one :class:`~sms_mocks.engine.SpecApp`."""

    def __init__(self, app: _App) -> None:
        self.app = app
        self.document = control_document()
        rules = []
        self._operations: dict[str, Mapping[str, Any]] = {}
        for found in operations(self.document):
            self._operations[found.id] = {**found.operation, "parameters": list(found.parameters)}
            rule = re.sub(r"\{(\w+)\}", r"<\1>", found.path)
            rules.append(Rule(rule, endpoint=found.id, methods=[found.method]))
        rules.append(Rule(f"{PREFIX}/ui/<path:name>", endpoint="getOutboxPageFile", methods=["GET"]))
        self.routes = Map(rules, strict_slashes=False, merge_slashes=False)
        components = self.document.get("components", {})
        self._validators: dict[str, jsonschema_rs.Draft202012Validator] = {}
        for op_id, operation in self._operations.items():
            body = operation.get("requestBody")
            if body:
                schema = body["content"]["application/json"]["schema"]
                self._validators[op_id] = jsonschema_rs.Draft202012Validator(
                    {**schema, "components": components}, validate_formats=True
                )

    @property
    def provider(self) -> ControlledProvider:
        provider = self.app.provider
        if not isinstance(provider, ControlledProvider):
            raise _Refusal(404, f"this mock ({type(provider).__name__}) has no control plane")
        return provider

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        request = Request(environ)
        adapter = self.routes.bind("mock", path_info=request.path)
        try:
            op_id, args = adapter.match(method=request.method)
            response = self._handle(op_id, args, request)
        except MethodNotAllowed as exc:
            allowed = ", ".join(sorted(exc.valid_methods or []))
            response = _json({"error": f"method {request.method} is not allowed here; use {allowed}"}, 405)
            response.headers["Allow"] = allowed
        except NotFound:
            response = _json({"error": f"path {request.path} is not part of the control API"}, 404)
        except _Refusal as refusal:
            response = _json({"error": refusal.message}, refusal.status)
        return response(environ, start_response)

    # -- parsing ----------------------------------------------------------------------------------

    def _query(self, op_id: str, request: Request) -> dict[str, Any]:
        params = {p["name"]: p for p in self._operations[op_id].get("parameters", []) if p["in"] == "query"}
        unknown = sorted(set(request.args) - set(params))
        if unknown:
            raise _Refusal(400, f"{unknown[0]}: not a parameter of this operation")
        values: dict[str, Any] = {}
        for name, raw in request.args.items(multi=True):
            if name in values:
                raise _Refusal(400, f"{name}: given more than once")
            schema = params[name]["schema"]
            value: Any = raw
            if schema.get("type") == "integer":
                if not re.fullmatch(r"-?[0-9]{1,15}", raw):
                    raise _Refusal(400, f"{name}: {raw!r} is not an integer")
                value = int(raw)
            errors = [e.message for e in jsonschema_rs.Draft202012Validator(schema).iter_errors(value)]
            if errors:
                raise _Refusal(400, f"{name}: {errors[0]}")
            values[name] = value
        return values

    def _body(self, op_id: str, request: Request) -> dict[str, Any]:
        raw = request.get_data()
        try:
            body = json.loads(raw) if raw else None
        except (ValueError, UnicodeDecodeError):
            raise _Refusal(400, "body: not JSON") from None
        for error in self._validators[op_id].iter_errors(body):
            path = list(error.instance_path)
            where = str(path[0]) if path else "body"
            if not path and isinstance(error.kind, jsonschema_rs.ValidationErrorKind.Required):
                where = str(error.kind.property)
            raise _Refusal(400, f"{where}: {error.message}")
        assert isinstance(body, dict)
        return body

    # -- operations -------------------------------------------------------------------------------

    def _path(self, op_id: str, args: Mapping[str, str]) -> None:
        for param in self._operations[op_id].get("parameters", []):
            if param["in"] == "path":
                value = args[param["name"]]
                for error in jsonschema_rs.Draft202012Validator(param["schema"]).iter_errors(value):
                    raise _Refusal(400, f"{param['name']}: {error.message}")

    def _handle(self, op_id: str, args: Mapping[str, str], request: Request) -> Response:
        if op_id in self._operations:
            self._path(op_id, args)
        query = self._query(op_id, request) if op_id in self._operations else {}
        body = self._body(op_id, request) if op_id in self._validators else {}
        handler: Callable[[Mapping[str, str], dict[str, Any], dict[str, Any]], Response] = getattr(self, f"_{op_id}")
        return handler(args, query, body)

    def _getMock(self, args: Mapping[str, str], query: dict[str, Any], body: dict[str, Any]) -> Response:
        info = self.provider.describe()
        return _json({**info, "api_base_path": self.app.base_path or "/", "fault_kinds": list(KINDS)})

    def _getControlOpenapi(self, args: Mapping[str, str], query: dict[str, Any], body: dict[str, Any]) -> Response:
        return _json(self.document)

    def _resetMock(self, args: Mapping[str, str], query: dict[str, Any], body: dict[str, Any]) -> Response:
        self.reset()
        return Response(status=204)

    def reset(self) -> None:
        """Swap in a fresh provider (built as the running one was) and clear the faults."""
        old = self.provider
        with old.lock:
            new = old.fresh()
            new.slow_delay = old.slow_delay
            self.app.provider = new
            self.app.faults = Faults()
        old.close()

    def _listOutbox(self, args: Mapping[str, str], query: dict[str, Any], body: dict[str, Any]) -> Response:
        messages, version = self.provider.outbox(
            recipient=query.get("recipient"),
            text=query.get("text"),
            since=query.get("since", 0),
            limit=query.get("limit"),
        )
        return _json({"messages": messages, "version": version})

    def _getOutboxMessage(self, args: Mapping[str, str], query: dict[str, Any], body: dict[str, Any]) -> Response:
        message = self.provider.outbox_message(args["id"])
        if message is None:
            raise _Refusal(404, f"id: no message {args['id']} in the outbox")
        return _json(message)

    def _deliverMessage(self, args: Mapping[str, str], query: dict[str, Any], body: dict[str, Any]) -> Response:
        try:
            message = self.provider.deliver(args["id"], body["status"])
        except ValueError as exc:
            raise _Refusal(409, f"id: {exc}") from None
        if message is None:
            raise _Refusal(404, f"id: no message {args['id']} in the outbox")
        return _json(message)

    def _receiveInbound(self, args: Mapping[str, str], query: dict[str, Any], body: dict[str, Any]) -> Response:
        try:
            inbound_id = self.provider.inbound(body["sender"], body.get("recipient"), body["text"])
        except ValueError as exc:
            raise _Refusal(409, str(exc)) from None
        return _json({"id": inbound_id}, 201)

    def _listNumbers(self, args: Mapping[str, str], query: dict[str, Any], body: dict[str, Any]) -> Response:
        provider = self.provider
        return _json({"outcomes": provider.outcomes(), "magic_numbers": provider.describe()["magic_numbers"]})

    def _setNumberOutcome(self, args: Mapping[str, str], query: dict[str, Any], body: dict[str, Any]) -> Response:
        self.provider.set_outcome(args["number"], body["outcome"])
        return _json({"number": args["number"], "outcome": body["outcome"]})

    def _clearNumberOutcome(self, args: Mapping[str, str], query: dict[str, Any], body: dict[str, Any]) -> Response:
        self.provider.clear_outcome(args["number"])
        return Response(status=204)

    def _listFaults(self, args: Mapping[str, str], query: dict[str, Any], body: dict[str, Any]) -> Response:
        return _json(self.app.faults.describe())

    def _injectFault(self, args: Mapping[str, str], query: dict[str, Any], body: dict[str, Any]) -> Response:
        operation = body.get("operation")
        if operation is not None and operation not in self.app.operations:
            raise _Refusal(404, f"operation: {operation!r} is not an operationId of this provider's API")
        delay = body.get("delay")
        fault = Fault(
            body["kind"],
            status=body.get("status", 503),
            retry_after=body.get("retry_after"),
            delay=self.provider.slow_delay if delay is None else float(delay),
        )
        count = int(body.get("count", 1))
        self.app.faults.inject(operation, *[fault] * count)
        return _json({"kind": fault.kind, "operation": operation, "remaining": count}, 201)

    def _clearFaults(self, args: Mapping[str, str], query: dict[str, Any], body: dict[str, Any]) -> Response:
        self.app.faults.clear()
        return Response(status=204)

    def _setRandomFaults(self, args: Mapping[str, str], query: dict[str, Any], body: dict[str, Any]) -> Response:
        kinds = body.get("kinds") or list(KINDS)
        menu = [fault for fault in default_menu(slow_delay=self.provider.slow_delay) if fault.kind in kinds]
        seed = body.get("seed", 0)
        self.app.faults.randomly(body["rate"], menu, seed=seed)
        chosen = sorted(set(kinds), key=KINDS.index)
        return _json({"rate": body["rate"], "seed": seed, "kinds": chosen})

    def _getClock(self, args: Mapping[str, str], query: dict[str, Any], body: dict[str, Any]) -> Response:
        return _json(self.provider.clock_state())

    def _setClock(self, args: Mapping[str, str], query: dict[str, Any], body: dict[str, Any]) -> Response:
        try:
            moment = parse_iso(body["now"])
        except ValueError:
            raise _Refusal(400, f"now: {body['now']!r} is not an ISO 8601 moment") from None
        if moment >= LATEST:
            raise _Refusal(400, "now: choose a moment before the year 9000")
        return _json(self.provider.set_clock(moment))

    def _advanceClock(self, args: Mapping[str, str], query: dict[str, Any], body: dict[str, Any]) -> Response:
        provider = self.provider
        seconds = float(body["seconds"])
        if provider.clock() + seconds >= LATEST:
            raise _Refusal(409, "seconds: the clock would pass the year 9000")
        return _json(provider.advance_clock(seconds))

    def _listCallbacks(self, args: Mapping[str, str], query: dict[str, Any], body: dict[str, Any]) -> Response:
        return _json({"callbacks": self.provider.callback_log()})

    def _listIgnored(self, args: Mapping[str, str], query: dict[str, Any], body: dict[str, Any]) -> Response:
        return _json({"ignored": self.provider.ignored()})

    def _getOutboxPage(self, args: Mapping[str, str], query: dict[str, Any], body: dict[str, Any]) -> Response:
        return self._ui_file("index.html")

    def _getOutboxPageFile(self, args: Mapping[str, str], query: dict[str, Any], body: dict[str, Any]) -> Response:
        return self._ui_file(args["name"])

    def _ui_file(self, name: str) -> Response:
        """A file of the web outbox page (``sms_mocks.ui``), with the page's headers (its CSP)."""
        status, content_type, body = ui.serve(name)
        return Response(body, status=status, content_type=content_type, headers=ui.HEADERS)
