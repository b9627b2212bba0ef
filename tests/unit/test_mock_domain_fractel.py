"""The FracTEL mock's domain rules, without HTTP: tokens, senders, delivery states, callbacks.

sms_mocks.fractel.domain is plain state and rules; these tests drive it directly with a clock they
move by hand, so each rule is checked in microseconds and without a server.
"""

from __future__ import annotations

import pytest
from sms_mocks.fractel.domain import (
    DEMO_NUMBERS,
    DEMO_PASSWORD,
    DEMO_USERNAME,
    BadCredentials,
    CallbackSetting,
    CannotReceive,
    ConfirmationUnavailable,
    FracTELDomain,
    InvalidToken,
    NotOwnNumber,
    SenderNotOwned,
    TokenExpired,
)

from tests.unit.conftest import Clock


@pytest.fixture
def fractel(clock: Clock) -> FracTELDomain:
    return FracTELDomain(clock)


def test_a_token_is_valid_for_its_lifetime_and_then_forgotten(fractel: FracTELDomain, clock: Clock) -> None:
    token, issued = fractel.login(DEMO_USERNAME, DEMO_PASSWORD, 60)
    assert issued.expires_at == clock.now + 60 and fractel.logins == 1
    clock.now += 59
    assert fractel.holder(token) == DEMO_USERNAME
    clock.now += 1
    with pytest.raises(TokenExpired):
        fractel.holder(token)
    with pytest.raises(InvalidToken, match="Invalid token"):  # expired once, then unknown
        fractel.holder(token)


def test_wrong_credentials_and_unknown_tokens_are_refused(fractel: FracTELDomain) -> None:
    with pytest.raises(BadCredentials):
        fractel.login(DEMO_USERNAME, "wrong")
    with pytest.raises(BadCredentials):
        fractel.login("1999999999", DEMO_PASSWORD)
    assert fractel.logins == 0
    with pytest.raises(InvalidToken, match="Missing authentication"):
        fractel.holder("")
    token, _ = fractel.login(DEMO_USERNAME, DEMO_PASSWORD)
    fractel.revoke_tokens()
    with pytest.raises(InvalidToken):
        fractel.holder(token)


def test_a_message_comes_from_an_own_number_and_is_delivered(fractel: FracTELDomain) -> None:
    with pytest.raises(SenderNotOwned):
        fractel.send(DEMO_USERNAME, to="3125550100", from_="3125550199", message="hi")
    sent = fractel.send(DEMO_USERNAME, to="3125550100", from_=DEMO_NUMBERS[0], message="hi")
    assert fractel.messages == [sent] and sent.state == "delivered" and len(sent.uid) == 32


def test_delivery_fails_for_undeliverable_and_failed_numbers_and_follows_reports(fractel: FracTELDomain) -> None:
    fractel.undeliverable.add("3125550101")
    assert fractel.send(DEMO_USERNAME, to="3125550101", from_=DEMO_NUMBERS[0], message="x").state == "failed"
    failed = fractel.send(DEMO_USERNAME, to="3125550102", from_=DEMO_NUMBERS[0], message="x", outcome="failed")
    assert failed.state == "failed"
    fractel.report(failed, delivered=True)
    assert failed.state == "delivered"


def test_refused_and_unconfirmable_destinations_send_nothing(fractel: FracTELDomain) -> None:
    with pytest.raises(CannotReceive) as refused:
        fractel.send(DEMO_USERNAME, to="3125999992", from_=DEMO_NUMBERS[0], message="x", outcome="refused")
    assert refused.value.recipient == "3125999992"
    fractel.unconfirmable.add("3125550103")
    with pytest.raises(ConfirmationUnavailable):
        fractel.send(DEMO_USERNAME, to="3125550103", from_=DEMO_NUMBERS[0], message="x", require_confirmation=True)
    fractel.send(DEMO_USERNAME, to="3125550103", from_=DEMO_NUMBERS[0], message="x")  # without: sent
    assert [m.to for m in fractel.messages] == ["3125550103"]


def test_callbacks_are_set_on_own_numbers_only_and_found_in_order(fractel: FracTELDomain) -> None:
    with pytest.raises(NotOwnNumber):
        fractel.set_callback(DEMO_USERNAME, "3125550100", "sms-url", CallbackSetting("POST", "http://127.0.0.1/x"))
    trigger, url = CallbackSetting("GET", "http://127.0.0.1/t"), CallbackSetting("POST", "http://127.0.0.1/u")
    fractel.set_callback(DEMO_USERNAME, DEMO_NUMBERS[0], "sms-trigger", trigger)
    fractel.set_callback(DEMO_USERNAME, DEMO_NUMBERS[0], "sms-url", url)
    assert fractel.inbound_callbacks(DEMO_NUMBERS[0]) == [url, trigger]
    assert fractel.inbound_callbacks(DEMO_NUMBERS[1]) == []
    assert fractel.owns(DEMO_NUMBERS[1]) and not fractel.owns("3125550100")
