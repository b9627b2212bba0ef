"""The smSend mock's domain rules, without HTTP: credits per part and recipient, order states in
time, deleting scheduled orders, sessions, groups, received SMS and pageNumber/pageSize paging.

sms_mocks.smsend.domain is plain state and rules; these tests drive it directly with a clock they
move by hand.
"""

from __future__ import annotations

import pytest
from sms_mocks.domain import page_by_number
from sms_mocks.smsend.domain import (
    DEMO_PASSWORD,
    DEMO_SIMS,
    DEMO_USERNAME,
    BadCredentials,
    CannotReceive,
    InsufficientCredit,
    InvalidRecipient,
    NotAuthenticated,
    NoValidRecipient,
    OrderIdUsed,
    OrderNotFound,
    SmSendDomain,
    UnknownGroups,
    WrongCreditMode,
)

from tests.unit.conftest import Clock

TO = "+393471234567"


@pytest.fixture
def smsend(clock: Clock) -> SmSendDomain:
    return SmSendDomain(clock, delivery_delay=10.0, demo_objects=False)


def test_an_order_costs_one_credit_per_part_and_recipient(smsend: SmSendDomain) -> None:
    demo = smsend.demo
    demo.credits["N"] = 5
    order = smsend.send(demo, [TO, "+393471234568"], message="a" * 161, message_type="N")  # 2 parts x 2
    assert order.credits == 4 and demo.credits["N"] == 1
    with pytest.raises(InsufficientCredit):
        smsend.send(demo, [TO], message="a" * 161, message_type="N")
    assert demo.credits["N"] == 1 and list(demo.orders) == [order.order_id]
    smsend.send(demo, [TO], message="è" * 70, message_type="N", encoding="ucs2")
    assert demo.credits["N"] == 0


def test_an_order_id_sends_once_and_bad_or_refused_recipients_send_nothing(smsend: SmSendDomain) -> None:
    demo = smsend.demo
    before = dict(demo.credits)
    smsend.send(demo, [TO], message="x", message_type="GP", order_id="order-1")
    with pytest.raises(OrderIdUsed):
        smsend.send(demo, [TO], message="x", message_type="GP", order_id="order-1")
    with pytest.raises(InvalidRecipient):
        smsend.send(demo, ["12ab"], message="x", message_type="GP")
    with pytest.raises(CannotReceive) as refused:
        smsend.send(demo, [TO, "+39348999992"], message="x", message_type="GP", outcome={"+39348999992": "refused"}.get)
    assert refused.value.recipients == ["+39348999992"]
    assert list(demo.orders) == ["order-1"] and demo.credits["GP"] == before["GP"] - 1


def test_an_order_goes_scheduled_waiting_delivered_in_time(smsend: SmSendDomain, clock: Clock) -> None:
    order = smsend.send(smsend.demo, [TO], message="x", message_type="N", send_at=clock.now + 100)
    assert smsend.status(order, TO) == ("SCHEDULED", "")
    clock.now += 100
    assert smsend.status(order, TO) == ("WAITING", "")
    clock.now += 9.9
    assert smsend.status(order, TO)[0] == "WAITING"
    clock.now += 0.1
    status, date = smsend.status(order, TO)
    assert status == "DELIVERED" and len(date) == 14
    past = smsend.send(smsend.demo, [TO], message="x", message_type="N", send_at=clock.now - 5)
    assert past.scheduled is None, "a time already past sends now"


def test_only_a_scheduled_order_can_be_deleted_and_its_credits_come_back(smsend: SmSendDomain, clock: Clock) -> None:
    demo = smsend.demo
    before = demo.credits["N"]
    later = smsend.send(demo, [TO], message="x", message_type="N", send_at=clock.now + 60)
    now = smsend.send(demo, [TO], message="x", message_type="N")
    with pytest.raises(OrderNotFound):
        smsend.delete_scheduled(demo, now.order_id)
    smsend.delete_scheduled(demo, later.order_id)
    assert smsend.status(later)[0] == "DELETED" and demo.credits["N"] == before - 1
    with pytest.raises(OrderNotFound):
        smsend.delete_scheduled(demo, later.order_id)


def test_delivery_reports_and_outcomes_end_a_recipient(smsend: SmSendDomain, clock: Clock) -> None:
    order = smsend.send(smsend.demo, [TO, "+393471234568"], message="x", message_type="N", outcome={TO: "failed"}.get)
    assert smsend.status(order, TO) == ("ERROR", "") and smsend.status(order, "+393471234568")[0] == "WAITING"
    smsend.report(order, "+393471234568", delivered=True)
    assert smsend.status(order, "+393471234568")[0] == "DELIVERED"
    scheduled = smsend.send(smsend.demo, [TO], message="x", message_type="N", send_at=clock.now + 60)
    with pytest.raises(ValueError):
        smsend.report(scheduled, TO, delivered=True)


def test_sessions_and_tokens_authenticate_until_they_expire(smsend: SmSendDomain) -> None:
    with pytest.raises(BadCredentials):
        smsend.login(DEMO_USERNAME, "wrong")
    account, session = smsend.login(DEMO_USERNAME, DEMO_PASSWORD)
    _, token = smsend.login(DEMO_USERNAME, DEMO_PASSWORD, token=True)
    assert smsend.logins == 2 and session in account.sessions and token in account.tokens
    assert smsend.principal(account.user_key, session, None) is account
    assert smsend.principal(account.user_key, None, token) is account
    with pytest.raises(NotAuthenticated):
        smsend.principal(account.user_key, token, None)  # a token is not a session key
    smsend.expire_sessions()
    with pytest.raises(NotAuthenticated):
        smsend.principal(account.user_key, session, None)


def test_groups_give_their_contacts_numbers_once(smsend: SmSendDomain) -> None:
    demo = smsend.demo
    friends = smsend.create_group(demo, "Friends", "")
    smsend.store_contact(demo, {"phoneNumber": TO, "groupIds": [friends]})
    smsend.store_contact(demo, {"email": "a@b.it", "groupIds": [friends]})
    family = smsend.create_group(demo, "Family", "")
    smsend.store_contact(demo, {"phoneNumber": TO, "groupIds": [family]})
    assert smsend.group_numbers(demo, ["Friends", family]) == [TO]
    with pytest.raises(UnknownGroups):
        smsend.group_numbers(demo, ["Friends", "Nobody"])
    with pytest.raises(NoValidRecipient):
        smsend.group_numbers(demo, [smsend.create_group(demo, "Empty", "")])
    with pytest.raises(UnknownGroups):
        smsend.store_contact(demo, {"phoneNumber": TO, "groupIds": ["999999"]})


def test_new_received_messages_are_new_once(smsend: SmSendDomain) -> None:
    demo = smsend.demo
    for i in range(3):
        smsend.receive(DEMO_SIMS[0], TO, f"m{i}")
    smsend.receive(DEMO_SIMS[1], TO, "other sim")
    assert [m.message for m in smsend.new_received(demo, [DEMO_SIMS[0]], 2)] == ["m0", "m1"]
    assert [m.message for m in smsend.new_received(demo, list(DEMO_SIMS), 10)] == ["m2", "other sim"]
    assert smsend.new_received(demo, list(DEMO_SIMS), 10) == []
    assert len(smsend.received_between(demo, [DEMO_SIMS[0]], 0, 2e9)) == 3, "the history keeps them all"


def test_credits_move_only_to_a_subaccount_that_may_own_them(smsend: SmSendDomain) -> None:
    demo = smsend.demo
    demo.credits["N"] = 10
    sub = smsend.subaccount(demo, smsend.create_subaccount(demo, {"login": "shop", "credit-eat-mode": 0}))
    smsend.move_credits(demo, "shop", [{"message-type": "N", "amount": 4, "super-to-sub": True}])
    assert (demo.credits["N"], sub.credits["N"]) == (6, 4)
    with pytest.raises(InsufficientCredit):
        smsend.move_credits(demo, sub.id, [{"message-type": "N", "amount": 5, "super-to-sub": False}])
    shared = smsend.create_subaccount(demo, {"login": "shared", "credit-eat-mode": 1})
    with pytest.raises(WrongCreditMode):
        smsend.move_credits(demo, shared, [{"message-type": "N", "amount": 1, "super-to-sub": True}])


def test_a_refused_credit_move_changes_no_balance(smsend: SmSendDomain) -> None:
    demo = smsend.demo
    demo.credits.update({"N": 10, "L": 0})
    sub = smsend.subaccount(demo, smsend.create_subaccount(demo, {"login": "shop", "credit-eat-mode": 0}))
    moves = [
        {"message-type": "N", "amount": 4, "super-to-sub": True},
        {"message-type": "L", "amount": 1, "super-to-sub": True},
    ]
    with pytest.raises(InsufficientCredit):
        smsend.move_credits(demo, sub.id, moves)  # the second move fails: the first must not stay applied
    assert (demo.credits["N"], sub.credits.get("N", 0)) == (10, 0)


def test_number_paging_shows_each_stored_item_once(smsend: SmSendDomain) -> None:
    for i in range(7):
        smsend.send(smsend.demo, [TO], message=f"m{i}", message_type="N")
    orders = smsend.orders_between(smsend.demo, 0, 2e9)
    pages = [page_by_number(orders, number, 3) for number in (1, 2, 3, 4)]
    assert [len(p) for p in pages] == [3, 3, 1, 0]
    assert [o.message for p in pages for o in p] == [f"m{i}" for i in range(7)]
