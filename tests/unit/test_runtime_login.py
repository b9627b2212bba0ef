"""Unit tests of runtime/login.py with httpx.MockTransport: no server, full control of answers."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from urllib.parse import parse_qs

import httpx
import pytest

from runtime.login import LoginAuth, LoginError, LoginSpec

JSON_LOGIN = LoginSpec(
    method="POST",
    path="/auth",
    credentials_in="form",
    credentials={"username": "username", "password": "password"},
    result_format="json",
    result_fields={"token": "token"},
    lifetime_field="expires",
    expires_at_field="expires",
    headers={"token": "{token}"},
)
TEXT_LOGIN = LoginSpec(
    method="GET",
    path="/login",
    credentials_in="query",
    credentials={"username": "username", "password": "password"},
    result_format="text",
    text_separator=";",
    text_names=("user_key", "session_key"),
    headers={"user_key": "{user_key}", "Session_key": "{session_key}"},
)
SECRET = "s3cret-pa55"


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Server:
    """A scripted provider: counts logins, issues token-N, can be told to reject tokens."""

    def __init__(self, *, lifetime: int = 3600, skew: float = 0.0, expires: str | None = None) -> None:
        #: seconds the server's clock is ahead of ours (negative: behind); sent in its Date header.
        self.skew = skew
        #: a fixed expiry time to answer, such as an example token's.
        self.expires = expires
        self.logins = 0
        self.valid: set[str] = set()
        self.seen: list[httpx.Request] = []
        self.lifetime = lifetime
        self.login_status = 200

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        if request.url.path == "/auth":
            if self.login_status != 200:
                return httpx.Response(self.login_status, json={"message": "Invalid username or password"})
            self.logins += 1
            token = f"token-{self.logins}"
            self.valid.add(token)
            server_now = datetime.now(UTC) + timedelta(seconds=self.skew)
            expires = self.expires or (server_now + timedelta(seconds=self.lifetime)).isoformat()
            date = format_datetime(server_now, usegmt=True)
            return httpx.Response(200, json={"token": token, "expires": expires}, headers={"date": date})
        if request.url.path == "/login":
            self.logins += 1
            return httpx.Response(200, text=f"UK{self.logins};SK{self.logins}")
        if request.headers.get("token") in self.valid or request.headers.get("Session_key"):
            return httpx.Response(200, json={"ok": True, "body": request.content.decode()})
        return httpx.Response(401, json={"message": "Invalid token"})


def client_for(server: Server, auth: LoginAuth) -> httpx.Client:
    return httpx.Client(base_url="http://provider.test/v2", transport=httpx.MockTransport(server), auth=auth)


def make_auth(spec: LoginSpec = JSON_LOGIN, clock: Callable[[], float] | None = None, **kw: int) -> LoginAuth:
    return LoginAuth(
        spec, "http://provider.test", {"username": "u1", "password": SECRET}, clock=clock or FakeClock(), **kw
    )


def test_logs_in_once_and_sends_the_token_header_verbatim() -> None:
    server, auth = Server(), make_auth()
    with client_for(server, auth) as client:
        assert client.post("/sms", data={"a": "1"}).status_code == 200
        assert client.post("/sms", data={"a": "2"}).status_code == 200
    assert server.logins == 1
    login, first, second = server.seen
    assert parse_qs(login.content.decode()) == {"username": ["u1"], "password": [SECRET]}
    assert first.headers["token"] == "token-1" and second.headers["token"] == "token-1"
    assert "authorization" not in first.headers


def test_requested_lifetime_is_sent_and_renewal_happens_before_expiry() -> None:
    server, clock = Server(lifetime=100), FakeClock()
    auth = make_auth(clock=clock, lifetime=100)
    with client_for(server, auth) as client:
        client.get("/x")
        assert parse_qs(server.seen[0].content.decode())["expires"] == ["100"]
        clock.now += 85  # inside the lifetime, before the renewal margin (10% of 100s)
        client.get("/x")
        assert server.logins == 1
        clock.now += 6  # now within 10s of expiry: renew before the token dies
        client.get("/x")
    assert server.logins == 2
    assert [r.headers.get("token") for r in server.seen if r.url.path == "/v2/x"] == ["token-1", "token-1", "token-2"]


def test_expiry_time_from_the_answer_is_honoured_without_a_requested_lifetime() -> None:
    server, clock = Server(lifetime=20), FakeClock()
    with client_for(server, make_auth(clock=clock)) as client:
        client.get("/x")
        clock.now += 19
        client.get("/x")
    assert server.logins == 2


def test_a_401_triggers_exactly_one_new_login_and_a_replay_with_the_same_body() -> None:
    server, auth = Server(), make_auth()
    with client_for(server, auth) as client:
        client.post("/sms", data={"n": "1"})
        server.valid.clear()  # the provider forgets every token
        response = client.post("/sms", data={"n": "2"})
    assert response.status_code == 200
    assert response.json()["body"] == "n=2"
    assert server.logins == 2


def test_a_second_401_is_returned_not_looped() -> None:
    server, auth = Server(), make_auth()

    def always_401(request: httpx.Request) -> httpx.Response:
        return server(request) if request.url.path == "/auth" else httpx.Response(401, json={})

    with httpx.Client(base_url="http://provider.test/v2", transport=httpx.MockTransport(always_401), auth=auth) as c:
        assert c.get("/x").status_code == 401
    assert server.logins == 2


def test_wrong_credentials_raise_login_error_without_the_password() -> None:
    server, auth = Server(), make_auth()
    server.login_status = 401
    with client_for(server, auth) as client, pytest.raises(LoginError) as failure:
        client.get("/x")
    assert failure.value.status_code == 401
    assert "401" in str(failure.value)
    assert SECRET not in str(failure.value) and SECRET not in repr(failure.value)


def test_query_string_credentials_never_reach_error_messages() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, text="bad credentials")

    auth = make_auth(TEXT_LOGIN)
    with httpx.Client(transport=httpx.MockTransport(refuse), auth=auth) as client, pytest.raises(LoginError) as err:
        client.get("http://provider.test/x")
    assert SECRET not in str(err.value)
    assert "http://provider.test/login" in str(err.value)


def test_text_answers_are_split_into_named_headers() -> None:
    server, auth = Server(), make_auth(TEXT_LOGIN)
    with client_for(server, auth) as client:
        client.get("/x")
    login, request = server.seen
    assert login.url.params["password"] == SECRET and login.method == "GET"
    assert request.headers["user_key"] == "UK1" and request.headers["Session_key"] == "SK1"
    assert request.headers.raw[-2:] == [(b"user_key", b"UK1"), (b"Session_key", b"SK1")]


@pytest.mark.parametrize("answer", ["ONLYONEPART", "A;B;C", ";B", ""])
def test_malformed_text_answers_are_a_clear_login_error(answer: str) -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, text=answer))
    with httpx.Client(transport=transport, auth=make_auth(TEXT_LOGIN)) as client, pytest.raises(LoginError) as err:
        client.get("http://provider.test/x")
    assert "expected 'user_key;session_key'" in str(err.value)


@pytest.mark.parametrize("body", [b"not json", b"[1]", json.dumps({"token": 5}).encode()])
def test_malformed_json_answers_are_a_clear_login_error(body: bytes) -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    with httpx.Client(transport=transport, auth=make_auth()) as client, pytest.raises(LoginError):
        client.get("http://provider.test/x")


def test_header_values_with_cr_or_lf_are_refused() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json={"token": "abc\r\nX-Evil: 1"}))
    with httpx.Client(transport=transport, auth=make_auth()) as client, pytest.raises(LoginError, match="CR or LF"):
        client.get("http://provider.test/x")


def test_missing_credentials_are_a_type_error() -> None:
    with pytest.raises(TypeError, match="password"):
        LoginAuth(JSON_LOGIN, "http://provider.test", {"username": "u"})


def test_repr_and_debug_logs_never_show_secrets(caplog: pytest.LogCaptureFixture) -> None:
    server, auth = Server(), make_auth()
    caplog.set_level(logging.DEBUG)
    with client_for(server, auth) as client:
        client.get("/x")
        server.valid.clear()
        client.get("/x")
    text = caplog.text + repr(auth) + repr(client)
    assert SECRET not in text
    assert "token-1" not in text and "token-2" not in text
    assert "redacted" in repr(auth)


def test_login_headers_for_tools() -> None:
    server, auth = Server(), make_auth()
    with httpx.Client(transport=httpx.MockTransport(server)) as client:
        assert auth.login_headers(client) == {"token": "token-1"}
        assert auth.login_headers(client) == {"token": "token-1"}
    assert server.logins == 1


def test_async_flow_logs_in_once_for_concurrent_requests_and_relogs_on_401() -> None:
    server, auth = Server(), make_auth()

    async def scenario() -> list[int]:
        async with httpx.AsyncClient(
            base_url="http://provider.test/v2", transport=httpx.MockTransport(server), auth=auth
        ) as client:
            first = await asyncio.gather(*(client.get("/x") for _ in range(20)))
            server.valid.clear()
            second = await asyncio.gather(*(client.get("/x") for _ in range(5)))
            return [r.status_code for r in first + second]

    assert set(asyncio.run(scenario())) == {200}
    assert server.logins == 2


@pytest.mark.parametrize("skew", [-3600.0, 3600.0], ids=["server-behind", "server-ahead"])
def test_clock_skew_does_not_make_every_request_log_in(skew: float, caplog: pytest.LogCaptureFixture) -> None:
    """A token valid for 20 minutes by the server's clock, from a server an hour behind (or ahead
    of) ours: judged by the server's Date header it stays valid, and the skew is logged once."""
    server, clock = Server(lifetime=1200, skew=skew), FakeClock()
    with caplog.at_level(logging.WARNING, logger="runtime.login"), client_for(server, make_auth(clock=clock)) as client:
        for _ in range(3):
            client.get("/x")
        assert server.logins == 1
        clock.now += 1200  # the token's own lifetime later, it is renewed
        client.get("/x")
    assert server.logins == 2
    notes = [r.getMessage() for r in caplog.records if "clock" in r.getMessage()]
    assert len(notes) == 1 and ("behind" if skew < 0 else "ahead of") in notes[0], notes


def test_an_expiry_already_past_by_the_servers_clock_is_renewed_only_after_a_401(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """An example token from 2017: no login before every request, one line in the log."""
    server, clock = Server(expires="2017-07-01T00:00:00Z"), FakeClock()
    with caplog.at_level(logging.WARNING, logger="runtime.login"), client_for(server, make_auth(clock=clock)) as client:
        for _ in range(3):
            client.get("/x")
            clock.now += 600
    assert server.logins == 1
    notes = [r.getMessage() for r in caplog.records if "in the past" in r.getMessage()]
    assert len(notes) == 1 and SECRET not in notes[0]
