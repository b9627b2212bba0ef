"""The Smstools mock's domain rules, without HTTP: pricing by parts, credit, SMS states in time,
cancelling, contacts, OTP codes, push, and offset paging.

sms_mocks.smstools.domain is plain state and rules; these tests drive it directly with a clock they
move by hand.
"""

from __future__ import annotations

import pytest
from sms_mocks.domain import page_by_offset
from sms_mocks.smstools.domain import (
    OTP_LIFETIME,
    PRICE,
    BadRecipients,
    CannotReceive,
    ContactExists,
    DuplicateTransaction,
    GroupNotFound,
    InsufficientCredit,
    NoValidRecipient,
    PastDate,
    SmstoolsDomain,
    TooManyRecipients,
    UnknownGroup,
)

from tests.unit.conftest import Clock

TO = "393481234567"


@pytest.fixture
def smstools(clock: Clock) -> SmstoolsDomain:
    return SmstoolsDomain(clock, delivery_delay=10.0, credit=1.0)


def test_a_send_costs_the_price_of_each_part_for_each_recipient(smstools: SmstoolsDomain) -> None:
    demo = smstools.demo
    assert smstools.plan(demo, "a" * 160, "7BIT", TO, None) == ([TO], 1, PRICE)
    long = "a" * 161  # two parts of GSM 03.38
    assert smstools.plan(demo, long, "7BIT", f"{TO},393481234568,{TO}", None)[1:] == (4, round(4 * PRICE, 4))
    assert smstools.plan(demo, "è" * 70, "UCS2", TO, None)[1] == 1
    assert smstools.plan(demo, "è" * 71, "UCS2", TO, None)[1] == 2
    sent = smstools.send(demo, text=long, to=TO)
    assert demo.credit == round(1.0 - 2 * PRICE, 4) and [s.price for s in sent.sms] == [round(2 * PRICE, 4)]


def test_credit_duplicates_and_dates_are_checked_before_anything_is_sent(
    smstools: SmstoolsDomain, clock: Clock
) -> None:
    demo = smstools.demo
    many = ",".join(f"39348000{i:04d}" for i in range(11))  # 11 x 0.0945 > 1.0
    with pytest.raises(InsufficientCredit):
        smstools.send(demo, text="x", to=many)
    with pytest.raises(PastDate):
        smstools.send(demo, text="x", to=TO, send_at=clock.now - 61)
    smstools.send(demo, text="x", to=TO, send_at=clock.now - 59, transaction_id="t1")
    with pytest.raises(DuplicateTransaction):
        smstools.send(demo, text="x", to=TO, transaction_id="t1")
    assert len(demo.sms) == 1 and demo.credit == round(1.0 - PRICE, 4)


def test_a_sandbox_send_checks_everything_and_changes_nothing(smstools: SmstoolsDomain) -> None:
    demo = smstools.demo
    sent = smstools.send(demo, text="x", to=TO, sandbox=True, transaction_id="t1")
    assert sent.recipients == [TO] and sent.sms == [] and sent.cost == PRICE
    assert demo.sms == {} and demo.credit == 1.0 and demo.transactions == set()
    with pytest.raises(InsufficientCredit):
        smstools.send(demo, text="x" * 1600, to=TO, sandbox=True)


def test_an_sms_goes_pending_sent_delivered_in_time(smstools: SmstoolsDomain, clock: Clock) -> None:
    [sms] = smstools.send(smstools.demo, text="x", to=TO, send_at=clock.now + 100).sms
    assert smstools.status(sms)[0] == "PENDING"
    clock.now += 100
    assert smstools.status(sms) == ("SENT", sms.send_at, None)
    clock.now += 9.9
    assert smstools.status(sms)[0] == "SENT"
    clock.now += 0.1
    assert smstools.status(sms) == ("DELIVERED", sms.send_at, sms.send_at + 10.0)


def test_undeliverable_numbers_end_notdelivered_and_reports_override(smstools: SmstoolsDomain, clock: Clock) -> None:
    smstools.undeliverable.add(TO)
    [sms] = smstools.send(smstools.demo, text="x", to=TO).sms
    with pytest.raises(ValueError):  # no report while pending
        smstools.report(smstools.send(smstools.demo, text="y", to=TO, send_at=clock.now + 50).sms[0], True)
    clock.now += 10
    assert smstools.status(sms)[0] == "NOTDELIVERED"
    smstools.report(sms, delivered=True)
    assert smstools.status(sms)[0] == "DELIVERED"


def test_control_plane_outcomes_refuse_or_report_at_once(smstools: SmstoolsDomain) -> None:
    outcomes = {"393480999992": "refused", "393480999991": "failed"}
    with pytest.raises(CannotReceive) as refused:
        smstools.send(smstools.demo, text="x", to="393480999992," + TO, outcome=outcomes.get)
    assert refused.value.recipients == ["393480999992"] and smstools.demo.sms == {}
    [sms] = smstools.send(smstools.demo, text="x", to="393480999991", outcome=outcomes.get).sms
    assert smstools.status(sms)[0] == "NOTDELIVERED"


def test_cancelling_stops_pending_sms_only_and_gives_the_price_back(smstools: SmstoolsDomain, clock: Clock) -> None:
    demo = smstools.demo
    [now] = smstools.send(demo, text="x", to=TO, transaction_id="a").sms
    [later] = smstools.send(demo, text="x", to=TO, transaction_id="b", send_at=clock.now + 60).sms
    assert demo.credit == round(1.0 - 2 * PRICE, 4)
    assert smstools.cancel(demo, None, None) == [later]
    assert smstools.status(later)[0] == "NOSENT" and smstools.status(now)[0] != "NOSENT"
    assert demo.credit == round(1.0 - PRICE, 4)
    assert smstools.cancel(demo, {later.id}, None) == []  # once


def test_due_callbacks_come_once_when_the_final_state_is_reached(smstools: SmstoolsDomain, clock: Clock) -> None:
    [sms] = smstools.send(smstools.demo, text="x", to=TO, callback="http://127.0.0.1:9/cb").sms
    smstools.send(smstools.demo, text="x", to=TO)  # no callback: never due
    assert smstools.due_callbacks() == []
    clock.now += 10
    assert smstools.due_callbacks() == [(sms, "DELIVERED", sms.send_at + 10)]
    assert smstools.due_callbacks() == []


def test_recipients_come_from_lists_json_and_groups(smstools: SmstoolsDomain) -> None:
    demo = smstools.demo
    group = smstools.create_group(demo, "Friends")
    smstools.write_contact(demo, {"msisdn": "393480000001", "groupsId": str(group)})
    smstools.write_contact(demo, {"name": "no number", "email": "a@b.c", "groupsId": str(group)})
    assert smstools.recipients(demo, f"{TO},{TO}", str(group)) == [TO, "393480000001"]
    assert smstools.recipients(demo, '[{"msisdn": 393480000002}]', None) == ["393480000002"]
    with pytest.raises(BadRecipients):
        smstools.recipients(demo, '[{"number": 1}]', None)
    with pytest.raises(UnknownGroup):
        smstools.recipients(demo, TO, "424242")
    with pytest.raises(NoValidRecipient):
        smstools.recipients(demo, "", str(smstools.create_group(demo, "Empty")))


def test_contacts_are_unique_by_their_key_and_groups_must_exist(smstools: SmstoolsDomain) -> None:
    demo = smstools.demo
    first = smstools.write_contact(demo, {"msisdn": TO, "name": "Mario"})
    with pytest.raises(ContactExists):
        smstools.write_contact(demo, {"msisdn": TO})
    smstools.write_contact(demo, {"msisdn": "393480000009", "code": "A1", "customFieldUniqueKey": "code"})
    with pytest.raises(ContactExists):
        smstools.write_contact(demo, {"msisdn": "393480000010", "code": "A1", "customFieldUniqueKey": "code"})
    smstools.write_contact(demo, {"name": "Luigi"}, first)  # an update keeps the same contact
    assert demo.contacts[first["id"]]["name"] == "Luigi" and len(demo.contacts) == 2
    with pytest.raises(GroupNotFound):
        smstools.members(demo, 424242)


def test_an_otp_code_verifies_once_within_its_lifetime(smstools: SmstoolsDomain, clock: Clock) -> None:
    demo = smstools.demo
    first = smstools.remember_code(demo, "111111", TO, "app")
    assert smstools.verify(demo, first, "222222") == "NOT_VERIFIED"
    second = smstools.remember_code(demo, "333333", TO, "app")
    assert smstools.verify(demo, first, "111111") == "EXPIRED", "a new code for the same number ends the old one"
    assert smstools.verify(demo, second, "333333") == "VERIFIED"
    assert smstools.verify(demo, second, "333333") == "EXPIRED"
    late = smstools.remember_code(demo, "444444", TO, "other")
    clock.now += OTP_LIFETIME + 1
    assert smstools.verify(demo, late, "444444") == "EXPIRED"
    assert smstools.verify(demo, "nope", "444444") == "NOT_FOUND"


def test_push_reaches_app_users_and_falls_back_to_sms_with_text(smstools: SmstoolsDomain) -> None:
    smstools.app_users.add(TO)
    other = "393480000001"
    assert smstools.push_split([TO, other], has_text=True, only_push=False) == ([TO], [other])
    assert smstools.push_split([TO, other], has_text=False, only_push=False) == ([TO], [])
    assert smstools.push_split([TO, other], has_text=True, only_push=True) == ([TO], [])
    with pytest.raises(NoValidRecipient):
        smstools.push_split([other], has_text=False, only_push=False)


def test_email_addresses_are_bounded_and_checked() -> None:
    assert SmstoolsDomain.addresses("a@b.it") == ["a@b.it"]
    assert SmstoolsDomain.addresses('[{"to": "a@b.it"}, {"to": "c@d.it"}]') == ["a@b.it", "c@d.it"]
    with pytest.raises(TooManyRecipients):
        SmstoolsDomain.addresses(str([{"to": f"{i}@b.it"} for i in range(51)]).replace("'", '"'))
    with pytest.raises(BadRecipients):
        SmstoolsDomain.addresses("not-an-address")


def test_offset_paging_shows_each_stored_item_once(smstools: SmstoolsDomain) -> None:
    demo = smstools.demo
    demo.credit = 100.0
    for i in range(7):
        smstools.send(demo, text=f"m{i}", to=TO)
    found = smstools.search_sms(demo, msisdn=TO)
    pages = [page_by_offset(found, offset, 3) for offset in range(0, 9, 3)]
    assert [len(p) for p in pages] == [3, 3, 1]
    assert [s.text for p in pages for s in p] == [f"m{i}" for i in range(7)]
    assert page_by_offset(found, 7, 3) == []
