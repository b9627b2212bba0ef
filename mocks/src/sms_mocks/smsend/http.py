"""smSend mock, the HTTP side: logins in plain text, ``user_key`` plus ``Session_key`` or
``Access_token`` headers, ``{"result": "KO", "message"}`` errors, ``Location`` on creations.

What the answers look like, as smSend documents them (line numbers in the spec's sources); the
rules themselves are in :mod:`sms_mocks.smsend.domain`:

- ``GET /login`` and ``GET /token`` answer ``USER_KEY;SESSION_KEY`` / ``USER_KEY;ACCESS_TOKEN`` as
  plain text, 404 for wrong credentials; the credentials come in the query (as documented) or as
  HTTP Basic (as public clients of the same platform send them), 400 when neither is given.
  Every other call needs ``user_key`` plus ``Session_key``
  or ``Access_token``, with exactly those names: ``User-Key``/``Session-Key`` are refused with 401.
- creations answer 201 (or the documented 200) with an empty body and ``Location``.
- lists are paginated with ``pageNumber``/``pageSize`` and a total (``Total`` for groups, as
  documented).
- bad input is a 400 whose ``message`` names the field; an id in the path that names nothing is a
  404 (the documentation's "[Not found]" status, declared on every operation), while the conditions
  the documentation lists under 400 (unknown groups in a body, a duplicate name, not enough credit,
  a campaign that is not active) stay 400. Where the documentation answers 500 ("the issue can't be
  created/sent"), the mock answers 400 or 404: only real faults are 5xx. :data:`ERRORS` is the one
  table from domain error to status.

Inferences are marked where the documentation is silent; the choices are the mock's, recorded here.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Mapping
from typing import Any, ClassVar

from sms_mocks.domain import DomainError, DomainProvider, page_by_number
from sms_mocks.engine import Call, Problem, Reply, issue_secret
from sms_mocks.smsend.domain import (
    DEMO_CREDENTIALS,
    DEMO_LOGIN,
    DEMO_PASSWORD,
    DEMO_SIMS,
    DEMO_USERNAME,
    Account,
    AliasExists,
    AliasNotFound,
    BadAmount,
    BadCredentials,
    BadScheduleTime,
    CannotReceive,
    ContactNotFound,
    GroupNameTaken,
    GroupNotFound,
    InsufficientCredit,
    InvalidRecipient,
    IssueNotFound,
    ListNotActive,
    ListNotFound,
    LoginTaken,
    NoContacts,
    NotAuthenticated,
    NoValidRecipient,
    OrderIdUsed,
    OrderNotFound,
    Received,
    SimNotEnabled,
    SmSendDomain,
    Subaccount,
    SubaccountNotFound,
    UnknownGroups,
    WrongCreditMode,
    is_phone_number,
    lenient_stamp,
    parse_date,
    stamp,
)
from sms_mocks.specs import load_spec

__all__ = ["DEMO_CREDENTIALS", "DEMO_LOGIN", "DEMO_PASSWORD", "DEMO_SIMS", "DEMO_USERNAME", "ERRORS", "SmSend"]

#: every smSend domain error -> the status of its answer (the message is the error's).
ERRORS: dict[type[DomainError], int] = {
    BadCredentials: 404,
    NotAuthenticated: 401,
    UnknownGroups: 400,
    GroupNameTaken: 400,
    GroupNotFound: 404,
    ContactNotFound: 404,
    ListNotActive: 400,
    ListNotFound: 404,
    IssueNotFound: 404,
    NoContacts: 400,
    BadScheduleTime: 400,
    AliasExists: 400,
    AliasNotFound: 404,
    InvalidRecipient: 400,
    NoValidRecipient: 400,
    CannotReceive: 400,
    OrderIdUsed: 400,
    InsufficientCredit: 400,
    OrderNotFound: 404,
    SimNotEnabled: 404,
    LoginTaken: 400,
    SubaccountNotFound: 404,
    WrongCreditMode: 400,
    BadAmount: 400,
}


def _fail(status: int, message: str) -> Reply:
    return Reply(status, {"result": "KO", "message": message})


def _created(location: str, status: int = 201) -> Reply:
    return Reply(status, None, {"Location": location})


def _page(items: list[Any], call: Call, default_size: int = 10) -> tuple[list[Any], int, int]:
    number = call.query.get("pageNumber", 1)
    size = call.query.get("pageSize", default_size)
    return page_by_number(items, number, size), number, size


class SmSend(DomainProvider):
    """The smSend mock: its handlers over a :class:`SmSendDomain` that only they reach (held in
    ``_domain``; every public method runs under the provider's lock, see sms_mocks.domain)."""

    provider_name = "smsend"
    ERRORS: ClassVar[Mapping[type[DomainError], Any]] = ERRORS

    def __init__(self, *, delivery_delay: float = 1.0, demo_objects: bool = True) -> None:
        self.spec = load_spec("smsend")
        self._domain = SmSendDomain(lambda: self.clock(), delivery_delay=delivery_delay, demo_objects=demo_objects)
        self.auth_failures = 0

    def answer_error(self, entry: Any, error: DomainError) -> Reply:
        return _fail(entry, str(error))

    # -- the domain's state, for tests that inspect a quiet mock -------------------------------------

    @property
    def accounts(self) -> dict[str, Account]:
        return self._domain.accounts

    @property
    def demo(self) -> Account:
        return self._domain.demo

    @property
    def delivery_delay(self) -> float:
        """Seconds an order stays WAITING before it is DELIVERED."""
        return self._domain.delivery_delay

    @delivery_delay.setter
    def delivery_delay(self, seconds: float) -> None:
        self._domain.delivery_delay = seconds

    @property
    def logins(self) -> int:
        return self._domain.logins

    # -- accounts and test controls --------------------------------------------------------------

    def add_account(
        self, username: str, password: str, *, sims: Iterable[str] = (), credits: int = 1_000_000_000
    ) -> Account:
        return self._domain.add_account(username, password, sims=sims, credits=credits)

    def expire_credentials(self) -> None:
        self._domain.expire_sessions()

    def expire_sessions(self) -> None:
        """End every session and token, as a server-side timeout would."""
        self._domain.expire_sessions()

    def receive(
        self, sim: str, sender: str, message: str, keyword: str = "", account: Account | None = None
    ) -> Received:
        """An SMS arrives on one of the account's SIMs."""
        return self._domain.receive(sim, sender, message, keyword, account)

    def set_alias_state(self, alias_id: int, state: int) -> None:
        self._domain.set_alias_state(alias_id, state)

    # -- engine hooks ---------------------------------------------------------------------------

    def authenticate(self, call: Call, schemes: list[str]) -> Reply | None:
        headers = call.headers
        try:
            call.principal = self._domain.principal(
                headers.get("user_key"), headers.get("Session_key"), headers.get("Access_token")
            )
        except NotAuthenticated as error:
            self.auth_failures += 1
            if any(name in headers for name in ("User-Key", "Session-Key", "Access-Token")):
                return _fail(
                    ERRORS[NotAuthenticated],
                    "User-Key/Session-Key/Access-Token are not supported: "
                    "send user_key plus Session_key or Access_token",
                )
            return self.refuse(error)
        return None

    def invalid(self, call: Call, problems: list[Problem]) -> Reply:
        return _fail(400, "; ".join(f"{p.field}: {p.message}" if p.field else p.message for p in problems))

    def error(self, status: int, message: str) -> Reply:
        return _fail(status, message)

    # -- auth -------------------------------------------------------------------------------------

    def _login(self, call: Call, *, token: bool) -> Reply:
        username, password = call.query.get("username"), call.query.get("password")
        basic = call.request.authorization
        if basic is not None and basic.type == "basic" and username is None and password is None:
            username, password = basic.username, basic.password
        if username is None or password is None:
            return _fail(400, "username, password: send both in the query or as HTTP Basic")
        account, secret = self._domain.login(username, password, token=token)
        issue_secret(secret)
        return Reply(200, f"{account.user_key};{secret}")

    def op_login(self, call: Call) -> Reply:
        return self._login(call, token=False)

    def op_token(self, call: Call) -> Reply:
        return self._login(call, token=True)

    # -- user -------------------------------------------------------------------------------------

    def op_getDashboard(self, call: Call) -> Reply:
        base = call.request.host_url.rstrip("/") + "/API/v1.0/REST/"
        return Reply(200, f"{base}/s/user/external-auth?k={secrets.token_hex(20).upper()}")

    def op_checkSession(self, call: Call) -> Reply:
        return Reply(200, "true")

    def op_resetPassword(self, call: Call) -> Reply:
        self._domain.reset_password(call.principal, issue_secret(call.query["password"]))
        return Reply(200, "true")

    def op_getUserStatus(self, call: Call) -> Reply:
        account: Account = call.principal
        return Reply(
            200,
            {
                "money": account.money if call.query.get("getMoney") else None,
                "sms": [{"type": kind, "quantity": qty} for kind, qty in account.credits.items()],
                "email": {
                    "bandwidth": 2000.0,
                    "purchased": "2015-01-16",
                    "billing": "EMAILPERHOUR",
                    "expiry": "2016-01-17",
                },
                "landing": None,
            },
        )

    # -- contacts ---------------------------------------------------------------------------------

    def op_addContact(self, call: Call) -> Reply:
        return _created(f"/contact/{self._domain.store_contact(call.principal, call.body)}")

    def op_getContact(self, call: Call) -> Reply:
        return Reply(200, self._domain.contact(call.principal, call.path["contactid"]))

    def op_addContactToList(self, call: Call) -> Reply:
        contact_id = self._domain.add_contact_to_list(call.principal, call.path["campaign_id"], call.body)
        return _created(f"/contact/{contact_id}")

    # -- groups -----------------------------------------------------------------------------------

    def op_createGroup(self, call: Call) -> Reply:
        group_id = self._domain.create_group(call.principal, call.body["name"], call.body["description"])
        return _created(f"/group/{group_id}")

    def op_modifyGroup(self, call: Call) -> Reply:
        group = self._domain.group(call.principal, call.path["group_id"])
        group.update(name=call.body["name"], description=call.body["description"])
        return Reply(200, None, {"Location": f"/group/{call.path['group_id']}"})

    def op_deleteGroup(self, call: Call) -> Reply:
        self._domain.delete_group(call.principal, call.path["group_id"], bool(call.query.get("deletecontacts")))
        return Reply(200, None)

    def op_listGroups(self, call: Call) -> Reply:
        groups = [
            {"id_group": gid, "group_name": g["name"], "group_description": g["description"]}
            for gid, g in call.principal.groups.items()
        ]
        page, number, size = _page(groups, call, default_size=5)
        return Reply(200, {"groups": page, "pageNumber": number, "pageSize": size, "Total": len(groups)})

    def op_addContactToGroup(self, call: Call) -> Reply:
        self._domain.join(call.principal, call.path["group_id"], call.path["contact_id"], member=True)
        return Reply(200, None, {"Location": f"/contact/{call.path['contact_id']}"})

    def op_removeContactFromGroup(self, call: Call) -> Reply:
        self._domain.join(call.principal, call.path["group_id"], call.path["contact_id"], member=False)
        return Reply(200, None, {"Location": f"/contact/{call.path['contact_id']}"})

    # -- aliases ----------------------------------------------------------------------------------

    def op_createAlias(self, call: Call) -> Reply:
        alias = self._domain.create_alias(call.principal, call.body["alias"])
        body: dict[str, Any] = {"result": "OK"}
        if call.query.get("getAlias"):
            body["string"] = alias["alias"]
        return Reply(200, body, {"Location": f"/alias/{alias['id-alias']}"})

    def op_listAliases(self, call: Call) -> Reply:
        aliases = list(call.principal.aliases.values())
        if call.query.get("hide-not-approved"):
            aliases = [a for a in aliases if a["alias-state"] in (1, 2, 9)]
        page, number, size = _page(aliases, call)
        return Reply(
            200, {"alias": page, "total": len(aliases), "pageNumber": number, "result": "OK", "pageSize": size}
        )

    def op_getAlias(self, call: Call) -> Reply:
        return Reply(200, {"result": "OK", "alias": self._domain.alias(call.principal, call.path["alias_id"])})

    def op_deleteAlias(self, call: Call) -> Reply:
        self._domain.delete_alias(call.principal, call.path["alias_id"])
        return Reply(200, {"result": "OK"})

    # -- sending ----------------------------------------------------------------------------------

    def _send(self, call: Call, recipients: list[str], status: int) -> Reply:
        """Send an order from the body; the answer, or the refusal of refused numbers (put in the
        outbox). Other domain errors propagate to the table."""
        body = call.body
        account: Account = call.principal
        when = body.get("scheduled_delivery_time")
        encoding = body.get("encoding", "gsm")
        try:
            order = self._domain.send(
                account,
                recipients,
                message=body["message"],
                message_type=body["message_type"],
                encoding=encoding,
                sender=body.get("sender"),
                send_at=parse_date(when).timestamp() if when else None,
                order_id=body.get("order_id"),
                outcome=self._outcome,
            )
        except CannotReceive as refused:
            refusal = self.refuse(refused)
            for number in refused.recipients:
                self._record_send(
                    call, refusal, message_id=None, recipient=number, sender=body.get("sender"), text=body["message"]
                )
            return refusal
        result: dict[str, Any] = {
            "result": "OK",
            "order_id": order.order_id,
            "total_sent": order.credits if body.get("returnCredits") else len(recipients),
        }
        if body.get("returnRemaining"):
            result["remaining"] = account.credits[order.message_type]
        reply = Reply(status, result)
        for index, number in enumerate(recipients, start=1):
            if self._outcome(number) == "slow":
                self._slow_answer(call)
            self._record_send(
                call,
                reply,
                message_id=order.order_id if len(recipients) == 1 else f"{order.order_id}.{index}",
                recipient=number,
                sender=body.get("sender"),
                text=body["message"],
                encoding=encoding,
                scheduled_at=order.scheduled,
                ref=(order, number),
            )
        return reply

    def op_sendSms(self, call: Call) -> Reply:
        return self._send(call, list(call.body["recipient"]), 201)

    def op_sendParametricSms(self, call: Call) -> Reply:
        body = call.body
        recipients = [entry["recipient"] for entry in body["recipients"].values()]
        if body.get("allowInvalidRecipients"):
            recipients = [r for r in recipients if is_phone_number(r)]
            if not recipients:
                return self.refuse(NoValidRecipient("recipients: no valid recipient"))
        return self._send(call, recipients, 201)

    def op_sendSmsToGroups(self, call: Call) -> Reply:
        return self._send(call, self._domain.group_numbers(call.principal, call.body["recipient"]), 201)

    def op_getSmsState(self, call: Call) -> Reply:
        order = self._domain.order(call.principal, call.path["order_id"])
        recipients = []
        for number in order.recipients:
            status, delivered = self._domain.status(order, number)
            recipients.append({"status": status, "destination": number, "delivery_date": delivered})
        return Reply(200, {"recipient_number": len(order.recipients), "result": "OK", "recipients": recipients})

    def op_deleteScheduledSms(self, call: Call) -> Reply:
        self._domain.delete_scheduled(call.principal, call.path["order_id"])
        return Reply(200, {"result": "OK"})

    def op_getSmsHistory(self, call: Call) -> Reply:
        start, end = self._window(call)
        items = [
            {
                "order_id": o.order_id,
                "create_time": stamp(o.created),
                "schedule_time": stamp(o.scheduled or o.created),
                "message_type": o.message_type,
                "sender": o.sender,
                "num_recipients": len(o.recipients),
            }
            for o in self._domain.orders_between(call.principal, start, end)
        ]
        # sort/dir are not documented (a public client of the same platform sends them): sort by the
        # named field when items have it, in the given direction.
        sort = call.query.get("sort")
        if sort and all(sort in item for item in items):
            items.sort(key=lambda item: str(item[sort]), reverse=call.query.get("dir") == "desc")
        page, number, size = _page(items, call)
        return Reply(
            200, {"total": len(items), "pageNumber": number, "result": "OK", "pageSize": size, "smshistory": page}
        )

    def _window(self, call: Call) -> tuple[float, float]:
        """The from/to query window; the spec makes ``from`` required and checks both patterns."""
        start = lenient_stamp(call.query["from"]).timestamp()
        end = lenient_stamp(call.query["to"]).timestamp() if "to" in call.query else self.clock()
        return start, end

    # -- received ---------------------------------------------------------------------------------

    def _sims(self, call: Call) -> list[str]:
        return self._domain.sims(call.principal, call.path.get("id_sim"))

    @staticmethod
    def _received_json(item: Received) -> dict[str, Any]:
        return {
            "id_message": str(item.id_message),
            "id_sim": item.id_sim,
            "sender": item.sender,
            "message": item.message,
            "sms_date": stamp(item.received),
            "keyword": item.keyword,
        }

    def _new(self, call: Call) -> Reply:
        fresh = self._domain.new_received(call.principal, self._sims(call), call.query.get("limit", 100))
        return Reply(200, {"result": "OK", "srsmshistory": [self._received_json(m) for m in fresh]})

    def op_getNewReceivedMessages(self, call: Call) -> Reply:
        return self._new(call)

    def op_getNewReceivedMessagesBySim(self, call: Call) -> Reply:
        return self._new(call)

    def _history(self, call: Call) -> Reply:
        sims = self._sims(call)
        start, end = self._window(call)
        items = [self._received_json(m) for m in self._domain.received_between(call.principal, sims, start, end)]
        page, number, size = _page(items, call)
        return Reply(
            200, {"result": "OK", "srsmshistory": page, "pageNumber": number, "pageSize": size, "total": len(items)}
        )

    def op_getReceivedMessages(self, call: Call) -> Reply:
        return self._history(call)

    def op_getReceivedMessagesBySim(self, call: Call) -> Reply:
        return self._history(call)

    def op_getReceivedMessagesAfter(self, call: Call) -> Reply:
        sims = self._sims(call)
        items = self._domain.received_after(call.principal, sims, call.path["id_message"], call.query.get("limit", 100))
        return Reply(200, {"result": "OK", "srsmshistory": [self._received_json(m) for m in items]})

    # -- control plane hooks (sms_mocks.plane) ----------------------------------------------------

    def provider_status(self, ref: Any) -> str:
        order, recipient = ref
        status = self._domain.status(order, recipient)[0]
        return {"SCHEDULED": "scheduled", "WAITING": "accepted", "DELIVERED": "delivered", "ERROR": "failed"}.get(
            status, "cancelled"
        )

    def apply_delivery(self, ref: Any, delivered: bool) -> None:
        order, recipient = ref
        self._domain.report(order, recipient, delivered)

    def receive_inbound(self, sender: str, recipient: str | None, text: str) -> str:
        return self._domain.receive_on(recipient, sender, text)

    # -- email campaigns ----------------------------------------------------------------------------

    def op_createList(self, call: Call) -> Reply:
        return _created(f"/list/{self._domain.create_list(call.principal, call.body)}")

    def op_modifyList(self, call: Call) -> Reply:
        self._domain.email_list(call.principal, call.path["list_id"]).update(call.body)
        return Reply(204, None, {"Location": f"/list/{call.path['list_id']}"})

    def op_addGroupToList(self, call: Call) -> Reply:
        self._domain.add_group_to_list(call.principal, call.path["list_id"], call.path["group_id"])
        return Reply(200, None)

    def op_createEmailDraft(self, call: Call) -> Reply:
        return _created(f"/issue/{self._domain.create_issue(call.principal, call.path['list_id'], call.body)}")

    def op_createIssueFromTemplate(self, call: Call) -> Reply:
        # The documentation answers 500 when the issue cannot be created; the mock answers 404 for
        # an unknown list or template, so that only real server faults are ever 5xx.
        path = call.path
        issue_id = self._domain.create_issue(call.principal, path["campaignId"], call.body, template=path["template"])
        return Reply(201, None, {"Location": f"/issue/{issue_id}"})

    def op_sendIssue(self, call: Call) -> Reply:
        self._domain.send_issue(
            call.principal,
            call.path["campaignId"],
            call.path["idIssue"],
            call.body["contactIds"],
            call.body["scheduleTime"],
        )
        return Reply(201, None)

    # -- subaccounts ----------------------------------------------------------------------------------

    def _subaccount_json(self, sub: Subaccount) -> dict[str, Any]:
        data = sub.data
        eat_mode = data["credit-eat-mode"]
        credits = [{"id": kind, "qty": qty} for kind, qty in sub.credits.items()] if eat_mode == 2 else []
        return {
            "id-user": sub.id,
            "login": data["login"],
            "active": not sub.locked,
            "subaccount": True,
            "superaccount": data.get("superaccount", False),
            "company": data.get("company", True),
            "credit-eat-mode": eat_mode,
            "credits-sum": f"&euro; {sum(sub.credits.values())},000" if eat_mode == 2 else None,
            "credits": credits,
            **{
                key: data.get(key)
                for key in (
                    "address",
                    "cell",
                    "city",
                    "company-name",
                    "email",
                    "fax",
                    "name",
                    "piva",
                    "province",
                    "surname",
                    "zip-code",
                    "language",
                )
            },
        }

    def op_listSubaccounts(self, call: Call) -> Reply:
        subs = [self._subaccount_json(s) for s in call.principal.subaccounts.values()]
        page, number, size = _page(subs, call)
        return Reply(
            200, {"result": "OK", "pageNumber": number, "pageSize": size, "total": len(subs), "subaccount": page}
        )

    def op_createSubaccount(self, call: Call) -> Reply:
        sub_id = self._domain.create_subaccount(call.principal, call.body)
        return Reply(200, None, {"Location": f"/subaccount/{sub_id}"})

    def op_editSubaccount(self, call: Call) -> Reply:
        lock = bool(call.query.get("lock-subaccount"))
        sub = self._domain.edit_subaccount(call.principal, call.path["subaccount_id"], call.body, lock)
        return Reply(200, None, {"Location": f"/subaccount/{sub.id}"})

    def op_getSubaccount(self, call: Call) -> Reply:
        sub = self._domain.subaccount(call.principal, call.path["subaccount_id"], "subaccount not found")
        return Reply(200, self._subaccount_json(sub))

    def op_changeSubaccountPassword(self, call: Call) -> Reply:
        sub = self._domain.change_subaccount_password(call.principal, call.path["subaccount_id"], call.body["passwd"])
        return _created(f"/subaccount/{sub.id}/changepwd")

    def op_moveSubaccountCredits(self, call: Call) -> Reply:
        sub = self._domain.move_credits(call.principal, call.path["subaccount_id"], call.body["credits"])
        return _created(f"/subaccount/{sub.id}/credit")

    def op_getSubaccountCredits(self, call: Call) -> Reply:
        sub = self._domain.find_subaccount(call.principal, call.path["subaccount_id"])
        credits = [{"message-type": kind, "amount": qty} for kind, qty in sub.credits.items()]
        return Reply(200, {"result": "OK", "credits": credits})

    def op_listSubaccountPurchases(self, call: Call) -> Reply:
        sub = self._domain.find_subaccount(call.principal, call.path["subaccount_id"])
        purchases = list(sub.purchases.values())
        page, number, size = _page(purchases, call)
        return Reply(
            200, {"result": "OK", "purchases": page, "pageNumber": number, "pageSize": size, "total": len(purchases)}
        )

    def op_createSubaccountPurchase(self, call: Call) -> Reply:
        sub = self._domain.add_purchases(call.principal, call.path["subaccount_id"], call.body["purchases"])
        return Reply(200, None, {"Location": f"/subaccount/{sub.id}/purchase"})

    def op_deleteSubaccountPurchase(self, call: Call) -> Reply:
        self._domain.delete_purchase(call.principal, call.path["subaccount_id"], call.path["purchase_id"])
        return Reply(200, {"result": "OK"})
