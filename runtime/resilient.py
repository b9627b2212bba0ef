"""httpx clients that raise typed errors, retry what is safe and never send an SMS twice.

Why subclass ``httpx.Client.send``: every generated operation function ends in
``client.get_httpx_client().request(...)``, so one override gives all of them (``sync``,
``sync_detailed`` and their async twins) the same behaviour. Each such request carries its
operation's :class:`.call.Call` in its extensions, which is how the flow knows the operation and
parses its answer (see :mod:`.call`). It sits above httpx's auth flow, so a login renewed after a
401 happens inside one attempt.

The decisions live in one generator, :meth:`Engine.flow`, which yields "send this" and "sleep
this long" and receives the outcomes; :class:`ResilientClient` and :class:`AsyncResilientClient`
only carry them out. The sync and async clients therefore cannot drift apart.

The rules, in order:

- a header value with CR or LF is refused before anything is sent;
- a request that provably never reached the server (connection refused, connect timeout, a login
  that failed before the request left, a 429) is retried, whatever the operation;
- an idempotent request (GET, PUT, DELETE) is also retried after a timeout, a broken connection,
  502, 503 or 504;
- a send declared with a key is reconciled after an ambiguous failure: the client asks the
  provider whether the key was accepted and returns the rebuilt answer, or sends once more with the
  same key, or, if the provider cannot tell, raises with ``may_have_been_sent`` set;
- any other non-idempotent request is not repeated after an ambiguous failure: the error says the
  request may have been carried out;
- a success is checked against the operation's documented statuses and parsed once before it is
  returned, so a malformed answer raises :class:`.DecodingError` naming the operation and field
  (an idempotent request is first tried again: a truncated read is safe to repeat; a send's
  unreadable answer is rebuilt from its lookup).
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Generator
from typing import Any, NamedTuple

import httpx
from httpx._client import USE_CLIENT_DEFAULT, BaseClient, UseClientDefault
from httpx._types import CookieTypes

from .call import CALL, PARSED, Call, checked_parse
from .errors import (
    ApiError,
    DecodingError,
    ErrorShape,
    NotFoundError,
    RequestTimeoutError,
    TransportError,
    ValidationError,
    error_for_response,
    public_url,
)
from .login import LoginAuth
from .operation import Catalogue, Operation, join_path
from .policy import RetryPolicy, current_policy, retry_after_seconds
from .reconcile import SEND_KEY, build_reply, ensure_key, key_arguments, lookup_request, lookup_verdict

__all__ = ["AsyncResilientClient", "Engine", "ResilientClient"]

logger = logging.getLogger(__name__)

RETRYABLE_STATUSES = frozenset({502, 503, 504})

#: how many parsed request URLs a client keeps (see :meth:`_Resilient.build_request`).
KEPT_URLS = 256
#: request extension: the base URL the client built the request against (see Engine.base_url)
BASE_URL = "sms_base_url"


class _Send(NamedTuple):
    request: httpx.Request


class _Sleep(NamedTuple):
    seconds: float


_Outcome = httpx.Response | Exception | None
_AuthArgument = (
    tuple[str | bytes, str | bytes] | Callable[[httpx.Request], httpx.Request] | httpx.Auth | UseClientDefault | None
)
_Flow = Generator[_Send | _Sleep, _Outcome, httpx.Response]


def _not_sent(exc: Exception, request: httpx.Request) -> bool:
    """True when ``exc`` proves ``request`` never reached the server."""
    if isinstance(exc, ApiError):  # raised by the auth flow (a failed login) before the request left
        return exc.status_code is None or exc.status_code == 429 or exc.status_code >= 500
    if isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)):
        return True
    try:
        failed = exc.request if isinstance(exc, httpx.RequestError) else None
    except RuntimeError:
        failed = None
    return failed is not None and failed is not request  # the login request failed, not this one


class Engine:
    """The decisions of :mod:`resilient`, shared by the sync and async clients."""

    def __init__(
        self,
        catalogue: Catalogue,
        errors: ErrorShape,
        policy: RetryPolicy,
        base_url: httpx.URL,
        *,
        renewable_auth: bool = False,
    ) -> None:
        self.catalogue = catalogue
        #: the auth logs in and can renew (a 401 may be a session that expired meanwhile).
        self.renewable_auth = renewable_auth
        #: the base URL the client was built with; a request built by the client carries the one it
        #: used (:data:`BASE_URL`), which is the one its lookups and path matching follow.
        self.base_url = base_url
        self.base_path = base_url.path
        self.errors = errors
        self.policy = policy

    def operation_name(self, request: httpx.Request, operation: Operation | None) -> str:
        return operation.id if operation else f"{request.method} {public_url(request.url)}"

    def decode(self, operation: Operation, call: Call[Any] | None, response: httpx.Response) -> None:
        """Check a success answer against the spec; raise DecodingError if it does not match.

        With the generated function's :class:`.Call`, the body is parsed once here and the value
        kept on the response for the generated ``_parse_response`` (see :mod:`.call`); a request
        the runtime built itself (a lookup) or a raw one is checked by status, and a JSON body by
        whether it is JSON at all.
        """
        if call is not None:
            response.extensions[PARSED] = checked_parse(call, response, operation.id)
            return
        problem = ""
        if response.status_code not in operation.success:
            documented = ", ".join(map(str, operation.success))
            problem = f"the provider accepted the request with HTTP {response.status_code}, "
            problem += f"which the spec does not document (documented: {documented})"
        elif response.content and "application/json" in operation.media:
            try:  # what a lookup's verdict and rebuilt reply read: a truncated body must not get there
                json.loads(response.content)
            except ValueError as exc:
                problem = f"HTTP {response.status_code} answer is not JSON: {exc}"
        if problem:
            raise DecodingError(
                f"{operation.id}: {problem}",
                operation=operation.id,
                status_code=response.status_code,
                response=response,
                may_have_been_sent=True,
            )

    def operation_of(self, request: httpx.Request) -> tuple[Operation | None, Call[Any] | None]:
        """The request's operation: by the name its generated function declared, else by method and path.

        Matching by path serves only requests without a :class:`.Call`: the lookups the runtime
        builds itself and requests a caller makes directly on the httpx client.
        """
        call: Call[Any] | None = request.extensions.get(CALL)
        if call is not None:
            return self.catalogue.named(call.name), call
        base: httpx.URL = request.extensions.get(BASE_URL, self.base_url)
        return self.catalogue.match(request.method, request.url.path, base.path), None

    def keyed(self, options: dict[str, Any]) -> str | None:
        """Set a send's key in ``build_request``'s arguments (see :func:`.reconcile.key_arguments`)."""
        extensions = options.get("extensions")
        call: Call[Any] | None = extensions.get(CALL) if extensions else None
        if call is not None:
            operation = self.catalogue.named(call.name)
            if operation.send is not None:
                return key_arguments(operation.send, options)
        return None

    def _check_headers(self, request: httpx.Request, name: str) -> None:
        raw = request.headers.raw
        joined = b"\0".join([value for _, value in raw])  # one search in C instead of two per header
        if b"\r" not in joined and b"\n" not in joined:
            return
        for key, value in raw:
            if b"\r" in value or b"\n" in value:
                raise ValidationError(
                    f"{name}: header {key.decode('latin-1')!r} contains CR or LF; refused before sending",
                    operation=name,
                )

    def flow(self, request: httpx.Request, *, lookup: bool = False) -> _Flow:
        """Carry out ``request`` under the rules of the module docstring; return the final response.

        ``lookup`` marks the check of a send, retried on any 5xx: whether an SMS goes out twice
        depends on its answer."""
        operation, call = self.operation_of(request)
        name = self.operation_name(request, operation)
        policy = current_policy(self.policy)
        if policy.timeout != self.policy.timeout:
            request.extensions = {**request.extensions, "timeout": httpx.Timeout(policy.timeout).as_dict()}
        self._check_headers(request, name)
        send = operation.send if operation is not None else None
        key = request.extensions.get(SEND_KEY) if send is not None else None
        if send is not None and key is None:
            try:
                request, key = ensure_key(request, send)
            except ValueError as exc:
                raise ValidationError(f"{name}: {exc}", operation=name) from exc
        attempt = 0
        while True:
            outcome = yield _Send(request)
            assert outcome is not None
            retry_after: float | None = None
            if isinstance(outcome, httpx.Response):
                if outcome.is_success:
                    if operation is None:
                        return outcome
                    try:
                        self.decode(operation, call, outcome)
                    except DecodingError as unreadable:
                        if operation.idempotent and attempt < policy.retries:  # a garbled read is safe to repeat
                            logger.info("%s: %s; attempt %d", name, unreadable, attempt + 2)
                            attempt += 1
                            yield _Sleep(policy.delay(attempt - 1))
                            continue
                        if key is None or send is None or send.lookup is None:
                            raise
                        logger.warning("%s: unreadable answer to send key %s; rebuilding it from the lookup", name, key)
                        _, rebuilt = yield from self._reconcile(request, operation, key, name, outcome)
                        if rebuilt is None:
                            raise
                        return rebuilt
                    return outcome
                retry_after = retry_after_seconds(outcome)
                verdict_name = self._verdict_for_status(outcome.status_code, operation, retry_after, policy, lookup)
                failure: Exception = error_for_response(
                    outcome, operation=name, shape=self.errors, retry_after=retry_after
                )
            else:
                failure = outcome
                if _not_sent(outcome, request):
                    verdict_name = "retry"
                elif isinstance(outcome, httpx.RequestError):
                    verdict_name = "retry" if operation is not None and operation.idempotent else "ambiguous"
                else:
                    verdict_name = "fail"

            if verdict_name == "ambiguous":
                if key is None or operation is None or send is None or send.lookup is None:
                    raise self._wrap(failure, request, name, MAY_HAVE_BEEN_SENT, may_have_been_sent=True)
                verdict, rebuilt = yield from self._reconcile(request, operation, key, name, None)
                if rebuilt is not None:
                    return rebuilt
                if verdict is None:
                    note = (
                        f"the send with key {key!r} may have been accepted and the provider could not confirm it; "
                        f"look it up with {send.lookup.operation} before sending again"
                    )
                    raise self._wrap(failure, request, name, note, may_have_been_sent=True)
                verdict_name = "retry"  # the provider says the key was not accepted: sending again is safe
            if verdict_name == "fail" or attempt >= policy.retries:
                raise self._wrap(failure, request, name, "", may_have_been_sent=False)
            delay = policy.delay(attempt, retry_after)
            logger.info(
                "%s: %s; attempt %d of %d in %.2fs", name, _describe(failure), attempt + 2, policy.retries + 1, delay
            )
            attempt += 1
            yield _Sleep(delay)

    def _verdict_for_status(
        self, status: int, operation: Operation | None, retry_after: float | None, policy: RetryPolicy, lookup: bool
    ) -> str:
        if status == 429:  # RFC 6585: the request was not processed
            return "retry" if retry_after is None or retry_after <= policy.max_retry_after else "fail"
        if status == 401 and self.renewable_auth:
            # Not processed, and the login was renewed in the auth flow yet refused again: another
            # request saw the session expire meanwhile. Try again with the newest login.
            return "retry"
        if lookup and status >= 500:
            return "retry"
        if status >= 500 and (operation is None or not operation.idempotent):
            return "ambiguous"
        return "retry" if status in RETRYABLE_STATUSES else "fail"

    def _reconcile(
        self,
        request: httpx.Request,
        operation: Operation,
        key: str,
        name: str,
        answer: httpx.Response | None,
    ) -> Generator[_Send | _Sleep, _Outcome, tuple[bool | None, httpx.Response | None]]:
        """Ask the provider whether send ``key`` was accepted: (verdict, the rebuilt answer if it was)."""
        assert operation.send is not None and operation.send.lookup is not None
        lookup = operation.send.lookup
        # the lookup asks where the send went, even if the client's base URL changed since
        base: httpx.URL = request.extensions.get(BASE_URL, self.base_url)
        probe = lookup_request(base, lookup, key, _without_body_headers(request))
        probe.extensions = {**probe.extensions, BASE_URL: base}
        target = self.catalogue.by_id.get(lookup.operation)
        lookup_call = self.catalogue.call_for(target) if target is not None else None
        if lookup_call is not None:  # checked against the spec like a generated call: a garbled answer is retried
            probe.extensions = {**probe.extensions, CALL: lookup_call}
        found: httpx.Response | None = None
        try:
            found = yield from self.flow(probe, lookup=True)
            verdict = lookup_verdict(found, lookup)
        except NotFoundError:
            verdict = False
        except ApiError as exc:
            logger.warning("%s: looking up send key %s failed: %s", name, key, exc)
            verdict = None
        logger.info("%s: send key %s %s", name, key, _VERDICTS[verdict])
        if verdict is not True or found is None:
            return verdict, None
        status = answer.status_code if answer is not None else operation.success[0]
        rebuilt = httpx.Response(
            status,
            headers={"content-type": "application/json", "x-sms-reconciled": key},
            content=build_reply(lookup, found, key),
            request=request,
        )
        return verdict, rebuilt

    def _wrap(
        self, failure: Exception, request: httpx.Request, name: str, note: str, *, may_have_been_sent: bool
    ) -> ApiError:
        if isinstance(failure, ApiError):
            if note:
                failure.args = (f"{failure.args[0]} ({note})",)
                failure.may_have_been_sent = may_have_been_sent
            return failure
        cls = RequestTimeoutError if isinstance(failure, httpx.TimeoutException) else TransportError
        text = f"{name}: {_describe(failure)} on {request.method} {public_url(request.url)}"
        if note:
            text += f" ({note})"
        error = cls(text, operation=name, may_have_been_sent=may_have_been_sent)
        error.__cause__ = failure
        return error


MAY_HAVE_BEEN_SENT = (
    "the request may have been carried out: it reached the provider before failing, the provider offers "
    "no way to check, and it was not repeated so that it cannot happen twice"
)
_VERDICTS = {True: "was accepted", False: "was not accepted", None: "is unknown"}


def _describe(failure: Exception) -> str:
    if isinstance(failure, ApiError):
        return f"HTTP {failure.status_code}" if failure.status_code else type(failure).__name__
    detail = str(failure).split("\n")[0]
    return f"{type(failure).__name__}" + (f" ({detail})" if detail and "://" not in detail else "")


def _without_body_headers(request: httpx.Request) -> httpx.Headers:
    headers = httpx.Headers(request.headers)
    for name in ("content-length", "content-type", "transfer-encoding"):
        headers.pop(name, None)
    return headers


class _SetCookieOnly(httpx.Cookies):
    """A client's cookies that read an answer only when it sets one: the same cookies as httpx's.

    Why: httpx hands every response to ``extract_cookies``, which wraps the response and its request
    in urllib's objects before the cookie jar finds nothing to take (the providers set none): about
    30% of the client's own cost of a call. A cookie jar takes cookies only from ``Set-Cookie`` and
    ``Set-Cookie2``, so skipping answers with neither changes nothing else.
    """

    def extract_cookies(self, response: httpx.Response) -> None:
        headers = response.headers
        if "set-cookie" in headers or "set-cookie2" in headers:
            super().extract_cookies(response)


class _Resilient(BaseClient):
    """What the sync and async clients share: the engine, its timeout, and send keys set at build time."""

    def __init__(self, *, engine: Engine, **options: Any) -> None:
        options.setdefault("timeout", httpx.Timeout(engine.policy.timeout))
        super().__init__(**options)
        # the jar httpx made from ``cookies=`` (copied, or the caller's CookieJar shared), kept as it is
        self._cookies = _SetCookieOnly(self._cookies.jar)
        self.engine = engine
        #: (base URL, its text, each path a generated function passed joined to it and parsed once), one
        #: tuple replaced whole (see build_request), so no thread pairs one base with another's text or URLs.
        self._memo: tuple[httpx.URL | None, str, dict[str, httpx.URL]] = (None, "", {})

    @property
    def cookies(self) -> httpx.Cookies:
        """Cookie values to include when sending requests (httpx's ``Client.cookies``)."""
        return self._cookies

    @cookies.setter
    def cookies(self, cookies: CookieTypes) -> None:
        self._cookies = _SetCookieOnly(cookies)

    def build_request(self, method: str, url: httpx.URL | str, **options: Any) -> httpx.Request:
        """httpx's ``build_request``, with the send key set (:meth:`Engine.keyed`) and the URL parsed once per path.

        Why keep the parsed URL: httpx parses a URL given as text on every request, in Python, which
        is about a tenth of a call's cost (more than all of this runtime's own work per call). The
        generated functions pass the same few paths again and again; an ``httpx.URL`` is immutable
        and httpx takes one as it is, so each path is joined to the base URL and parsed on its first
        use only. Paths holding values (``/sms/{id}``) are kept too, up to :data:`KEPT_URLS` of them,
        then the memo starts again; it also starts again when ``base_url`` changes.
        """
        key = self.engine.keyed(options)
        base = self.base_url
        joined, text, urls = self._memo
        if base is not joined:  # the base URL's text, formatted again only when the base URL changes
            text, urls = str(base).rstrip("/"), {}
            self._memo = (base, text, urls)
        if isinstance(url, str):
            parsed = urls.get(url)
            if parsed is None:
                parsed = httpx.URL(join_path(base, url, text))
                if len(urls) >= KEPT_URLS:
                    urls = {}
                    self._memo = (base, text, urls)
                urls[url] = parsed  # a dict a concurrent base change replaced is only dropped, never read again
            url = parsed
        request = super().build_request(method, url, **options)
        request.extensions = (
            {**request.extensions, BASE_URL: base, SEND_KEY: key}
            if key is not None
            else {**request.extensions, BASE_URL: base}
        )
        return request


class ResilientClient(_Resilient, httpx.Client):
    """An ``httpx.Client`` whose every ``send`` follows :meth:`Engine.flow`."""

    def send(
        self,
        request: httpx.Request,
        *,
        stream: bool = False,
        auth: _AuthArgument = USE_CLIENT_DEFAULT,
        follow_redirects: bool | UseClientDefault = USE_CLIENT_DEFAULT,
    ) -> httpx.Response:
        flow = self.engine.flow(request)
        outcome: _Outcome = None
        try:
            while True:
                action = flow.send(outcome)
                if isinstance(action, _Sleep):
                    time.sleep(action.seconds)
                    outcome = None
                    continue
                try:
                    outcome = super().send(action.request, auth=auth, follow_redirects=follow_redirects)
                except (httpx.RequestError, ApiError) as exc:
                    outcome = exc
        except StopIteration as done:
            response: httpx.Response = done.value
            return response


class AsyncResilientClient(_Resilient, httpx.AsyncClient):
    """The ``httpx.AsyncClient`` twin of :class:`ResilientClient`, driven by the same flow."""

    async def send(
        self,
        request: httpx.Request,
        *,
        stream: bool = False,
        auth: _AuthArgument = USE_CLIENT_DEFAULT,
        follow_redirects: bool | UseClientDefault = USE_CLIENT_DEFAULT,
    ) -> httpx.Response:
        flow = self.engine.flow(request)
        outcome: _Outcome = None
        try:
            while True:
                action = flow.send(outcome)
                if isinstance(action, _Sleep):
                    await _sleep(action.seconds)
                    outcome = None
                    continue
                try:
                    outcome = await super().send(action.request, auth=auth, follow_redirects=follow_redirects)
                except (httpx.RequestError, ApiError) as exc:
                    outcome = exc
        except StopIteration as done:
            response: httpx.Response = done.value
            return response


async def _sleep(seconds: float) -> None:
    import asyncio  # here, not at the top: a sync user should not pay for importing asyncio

    await asyncio.sleep(seconds)


def build_client(
    client_class: Callable[..., Any],
    base_url: str,
    *,
    auth: httpx.Auth,
    catalogue: Catalogue,
    errors: ErrorShape,
    policy: RetryPolicy,
    verify_ssl: Any = True,
    headers: dict[str, str] | None = None,
    cookies: dict[str, str] | None = None,
    follow_redirects: bool = False,
    httpx_args: dict[str, Any] | None = None,
    raise_on_unexpected_status: bool = False,
) -> Any:
    """A generated ``Client`` whose sync and async httpx clients are the resilient ones."""
    engine = Engine(catalogue, errors, policy, httpx.URL(base_url), renewable_auth=isinstance(auth, LoginAuth))
    options: dict[str, Any] = {
        "base_url": base_url,
        "headers": headers or {},
        "cookies": cookies or {},
        "verify": verify_ssl,
        "follow_redirects": follow_redirects,
        **(httpx_args or {}),
        "auth": auth,
        "timeout": httpx.Timeout(policy.timeout),
    }
    client = client_class(
        base_url=base_url, timeout=httpx.Timeout(policy.timeout), raise_on_unexpected_status=raise_on_unexpected_status
    )
    client.set_httpx_client(ResilientClient(engine=engine, **options))
    client.set_async_httpx_client(AsyncResilientClient(engine=engine, **options))
    return client
