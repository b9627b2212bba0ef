"""smSend mock: sessions and access tokens, an address book, aliases, SMS orders and email lists.

Behaviour, as smSend documents it (line numbers in the spec's sources):

- ``GET /login`` and ``GET /token`` answer ``USER_KEY;SESSION_KEY`` / ``USER_KEY;ACCESS_TOKEN`` as
  plain text, 404 for wrong credentials; the credentials come in the query (as documented) or as
  HTTP Basic (as public clients of the same platform send them), 400 when neither is given.
  Every other call needs ``user_key`` plus ``Session_key``
  or ``Access_token``, with exactly those names: ``User-Key``/``Session-Key`` are refused with 401.
- creations answer 201 (or the documented 200) with an empty body and ``Location``.
- SMS orders consume credits; a scheduled order can be deleted until its time comes, a sent one
  cannot (404, as documented). A sent order is WAITING for ``delivery_delay`` seconds, then
  DELIVERED. A custom ``order_id`` that is already used is refused, so a retried send with the same
  id can never deliver twice.
- lists are paginated with ``pageNumber``/``pageSize`` and a total (``Total`` for groups, as
  documented).
- bad input is a 400 whose ``message`` names the field; an id in the path that names nothing is a
  404 (the documentation's "[Not found]" status, declared on every operation), while the conditions
  the documentation lists under 400 (unknown groups in a body, a duplicate name, not enough credit,
  a campaign that is not active) stay 400. Where the documentation answers 500 ("the issue can't be
  created/sent"), the mock answers 400 or 404: only real faults are 5xx.

Inferences are marked where the documentation is silent; the choices are the mock's, recorded here.
"""

from __future__ import annotations

import re
import secrets
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from smskit import segments

from sms_mocks.dates import lenient_datetime
from sms_mocks.engine import Call, Problem, Reply, issue_secret
from sms_mocks.plane import ControlledProvider
from sms_mocks.specs import load_spec

__all__ = ["DEMO_CREDENTIALS", "DEMO_LOGIN", "DEMO_PASSWORD", "DEMO_SIMS", "DEMO_USERNAME", "SmSend"]

DEMO_USERNAME = "demo"
DEMO_PASSWORD = "demo-password"
DEMO_LOGIN = {"username": DEMO_USERNAME, "password": DEMO_PASSWORD}
DEMO_SIMS = ("+393400000001", "+393400000002")
DEMO_CREDENTIALS = f"username {DEMO_USERNAME}, password {DEMO_PASSWORD}, receiving SIMs {', '.join(DEMO_SIMS)}"
MESSAGE_TYPES = ("N", "L", "LL", "GP", "SI", "GS", "EE")
STAMP = "%Y%m%d%H%M%S"


def _fail(status: int, message: str) -> Reply:
    return Reply(status, {"result": "KO", "message": message})


def _created(location: str, status: int = 201) -> Reply:
    return Reply(status, None, {"Location": location})


GSON_US = re.compile(r"([A-Z][a-z]{2}) ([0-9]{1,2}), ([0-9]{4}),? ([0-9]{1,2}):([0-9]{2}):([0-9]{2})[ \u202f](AM|PM)")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def parse_date(value: str) -> datetime:
    """A date in a format the spec's DeliveryTime or FlexibleDate accepts (its pattern has checked
    the shape): ISO 8601 and Gson's US default as the quick starts send them, otherwise a documented
    format, with days rolling over as a lenient Java parser does: 31 February is 3 March."""
    if "T" in value:
        # the pattern allows any day up to 31 in any month: read it from the first of the month and
        # roll over like the other formats (30 November + 1 day is 1 December)
        first = value[:8] + "01" + value[10:]
        rollover = timedelta(days=int(value[8:10]) - 1)
        return datetime.fromisoformat(first.replace("Z", "+00:00")) + rollover
    gson = GSON_US.fullmatch(value)
    if gson:
        month, day, year, hour, minute, second, half = gson.groups()
        hour24 = int(hour) % 12 + (12 if half == "PM" else 0)
        return lenient_datetime(int(year), MONTHS.index(month) + 1, int(day), hour24, int(minute), int(second))
    digits = value.replace("-", "").replace(" ", "").replace(":", "").removesuffix(".0")
    if len(digits) in (6, 10):  # ddMMyy[HHmm]
        digits = f"20{digits[4:6]}{digits[2:4]}{digits[0:2]}{digits[6:]}"
    return lenient_stamp(digits.ljust(14, "0"))


def lenient_stamp(value: str) -> datetime:
    """yyyyMMddHHmmss (already checked by the spec's pattern), read leniently (sms_mocks.dates)."""
    return lenient_datetime(
        int(value[:4]), int(value[4:6]), int(value[6:8]), int(value[8:10]), int(value[10:12]), int(value[12:14])
    )


def _page(items: list[Any], call: Call, default_size: int = 10) -> tuple[list[Any], int, int]:
    number = call.query.get("pageNumber", 1)
    size = call.query.get("pageSize", default_size)
    return items[(number - 1) * size : number * size], number, size


def _sms_parts(message: str, encoding: str) -> int:
    return segments(message, encoding).parts


@dataclass
class Order:
    order_id: str
    recipients: list[str]
    message: str
    message_type: str
    sender: str
    created: float
    scheduled: float | None
    credits: int
    deleted: bool = False
    #: delivery reports that came for a recipient: its final status (DELIVERED or ERROR) and when.
    finals: dict[str, tuple[str, float]] = field(default_factory=dict)


@dataclass
class Received:
    id_message: int
    id_sim: str
    sender: str
    message: str
    received: float
    keyword: str = ""


@dataclass
class Subaccount:
    id: int
    data: dict[str, Any]
    credits: dict[str, int] = field(default_factory=dict)
    purchases: dict[int, dict[str, Any]] = field(default_factory=dict)
    locked: bool = False


@dataclass
class Account:
    """One smSend user and everything it owns."""

    username: str
    password: str
    user_key: str
    sims: tuple[str, ...]
    credits: dict[str, int]
    money: float = 100.0
    sessions: set[str] = field(default_factory=set)
    tokens: set[str] = field(default_factory=set)
    contacts: dict[str, dict[str, Any]] = field(default_factory=dict)
    groups: dict[str, dict[str, Any]] = field(default_factory=dict)
    aliases: dict[int, dict[str, Any]] = field(default_factory=dict)
    orders: dict[str, Order] = field(default_factory=dict)
    received: list[Received] = field(default_factory=list)
    new_cursor: dict[str, int] = field(default_factory=dict)
    lists: dict[int, dict[str, Any]] = field(default_factory=dict)
    issues: dict[int, dict[str, Any]] = field(default_factory=dict)
    templates: set[int] = field(default_factory=lambda: {1})
    subaccounts: dict[int, Subaccount] = field(default_factory=dict)


class SmSend(ControlledProvider):
    """The smSend mock's state and handlers; thread-safe through one lock."""

    provider_name = "smsend"

    def __init__(self, *, delivery_delay: float = 1.0, demo_objects: bool = True) -> None:
        self.spec = load_spec("smsend")
        self.delivery_delay = delivery_delay
        self.accounts: dict[str, Account] = {}
        self.add_account(DEMO_USERNAME, DEMO_PASSWORD, sims=DEMO_SIMS)
        self.logins = 0
        self.auth_failures = 0
        self._ids = iter(range(1, 10**9))
        self._reserved_ids: set[int] = set()
        self._add_document_examples(self.demo)
        if demo_objects:
            self._add_demo_objects(self.demo)

    # -- accounts and test controls --------------------------------------------------------------

    def add_account(
        self, username: str, password: str, *, sims: Iterable[str] = (), credits: int = 1_000_000_000
    ) -> Account:
        account = Account(
            username, password, secrets.token_hex(8).upper(), tuple(sims), dict.fromkeys(MESSAGE_TYPES, credits)
        )
        self.accounts[username] = account
        return account

    @property
    def demo(self) -> Account:
        return self.accounts[DEMO_USERNAME]

    def expire_credentials(self) -> None:
        self.expire_sessions()

    def expire_sessions(self) -> None:
        """End every session and token, as a server-side timeout would."""
        for account in self.accounts.values():
            account.sessions.clear()
            account.tokens.clear()

    def receive(
        self, sim: str, sender: str, message: str, keyword: str = "", account: Account | None = None
    ) -> Received:
        """An SMS arrives on one of the account's SIMs."""
        owner = account or self.demo
        item = Received(self._next_id(), sim, sender, message, self.clock(), keyword)
        owner.received.append(item)
        return item

    def set_alias_state(self, alias_id: int, state: int) -> None:
        self.demo.aliases[alias_id]["alias-state"] = state

    def _next_id(self) -> int:
        return next(i for i in self._ids if i not in self._reserved_ids)

    def _add_document_examples(self, account: Account) -> None:
        """The demo account holds the subaccount and the purchase that smSend's document shows in its
        answers ("Get subaccount": id-user 5, login "logon", credit-eat-mode 2; "Get a subaccount's
        purchases": id_purchase 20), so requests built from the spec's examples, which use those ids,
        reach a resource that exists."""
        data = {
            "login": "logon",
            "credit-eat-mode": 2,
            "address": "via viotta",
            "cell": "+393385958233",
            "city": "Città",
            "email": "prova@prova.pr",
            "name": "Nome",
            "surname": "Cognome",
            "province": "PR",
            "zip-code": "35123",
            "company": False,
        }
        purchase = {
            "id_purchase": 20,
            "super-to-sub": False,
            "price": 37,
            "amount": 37,
            "available": 0,
            "create-time": "20160826104539",
            "message-types": [{"message-type": "N", "unit-price": 1.2}, {"message-type": "LL", "unit-price": 0.8}],
        }
        self._reserved_ids |= {5, 20}
        account.subaccounts[5] = Subaccount(5, data, dict.fromkeys(("N", "L", "LL", "GS"), 0), {20: purchase})

    def _add_demo_objects(self, account: Account) -> None:
        """The demo account's address book, email objects and a scheduled SMS order, which the spec's
        examples name (the document shows no ids for them, except the contact of "Get a contact"):

        - contacts ``AVvZEwZHHnl8wUZve6CT`` (the document's "Get a contact" answer) and
          ``DemoContact000000002``, both with a phone number and an email address;
        - groups ``11`` "Group1" (holding both contacts) and ``12`` "Group2" (the group names of the
          document's "Send an SMS message to a group" sample), and ``13`` "Former customers", empty;
        - email list ``14`` (active, holding both contacts), with draft ``15`` in it;
        - email template ``1`` (templates cannot be created through the API);
        - SMS order ``DemoScheduledOrder1``, scheduled ten years ahead (so that it can be deleted).

        ``SmSend(demo_objects=False)`` starts without them (no contacts, groups, lists, drafts or
        orders), for tests that count what they create.
        """
        contact = {
            "fax": None,
            "address": None,
            "city": None,
            "province": None,
            "zip": None,
        }
        account.contacts["AVvZEwZHHnl8wUZve6CT"] = contact | {
            "email": "alessandro.magno@macedonia.com",
            "phoneNumber": "+39349123456789",
            "name": "Alessandro",
            "surname": "Magno",
            "gender": "m",
            "birthdate": "2017-05-11",
            "groupIds": ["11"],
        }
        account.contacts["DemoContact000000002"] = contact | {
            "email": "mario.rossi@example.com",
            "phoneNumber": "+393471234567",
            "name": "Mario",
            "surname": "Rossi",
            "gender": "m",
            "birthdate": None,
            "groupIds": ["11"],
        }
        members = ["AVvZEwZHHnl8wUZve6CT", "DemoContact000000002"]
        account.groups["11"] = {"name": "Group1", "description": "Demo group", "contacts": list(members)}
        account.groups["12"] = {"name": "Group2", "description": "Demo group", "contacts": []}
        account.groups["13"] = {"name": "Former customers", "description": "Demo group", "contacts": []}
        account.lists[14] = {
            "title": "Demo list",
            "id_language": "ita",
            "email_sender": "ema@il.com",
            "reply_to": "ema@il.com",
            "company_name": "MyCompany",
            "status": 0,
            "groups": ["11"],
            "contacts": list(members),
        }
        account.issues[15] = {"title": "Demo draft", "subject": "Hello world!", "list_id": 14, "sent_to": []}
        self._reserved_ids |= {11, 12, 13, 14, 15}
        now = self.clock()
        account.credits["GP"] -= 1
        account.orders["DemoScheduledOrder1"] = Order(
            "DemoScheduledOrder1", ["+393471234567"], "Hello world!", "GP", "", now, now + 10 * 365 * 86400, 1
        )

    # -- engine hooks ---------------------------------------------------------------------------

    def authenticate(self, call: Call, schemes: list[str]) -> Reply | None:
        headers = call.headers
        user_key, session, token = headers.get("user_key"), headers.get("Session_key"), headers.get("Access_token")
        account = next((a for a in self.accounts.values() if a.user_key == user_key), None)
        if account is not None and ((session and session in account.sessions) or (token and token in account.tokens)):
            call.principal = account
            return None
        self.auth_failures += 1
        if any(name in headers for name in ("User-Key", "Session-Key", "Access-Token")):
            return _fail(
                401,
                "User-Key/Session-Key/Access-Token are not supported: send user_key plus Session_key or Access_token",
            )
        return _fail(401, "User_key, Token or Session_key are invalid or not provided")

    def invalid(self, call: Call, problems: list[Problem]) -> Reply:
        return _fail(400, "; ".join(f"{p.field}: {p.message}" if p.field else p.message for p in problems))

    def error(self, status: int, message: str) -> Reply:
        return _fail(status, message)

    # -- auth -------------------------------------------------------------------------------------

    def _login(self, call: Call, keys: Callable[[Account], set[str]]) -> Reply:
        username, password = call.query.get("username"), call.query.get("password")
        basic = call.request.authorization
        if basic is not None and basic.type == "basic" and username is None and password is None:
            username, password = basic.username, basic.password
        if username is None or password is None:
            return _fail(400, "username, password: send both in the query or as HTTP Basic")
        account = self.accounts.get(username)
        if account is None or not secrets.compare_digest(account.password.encode(), password.encode()):
            return _fail(404, "Credentials are incorrect")
        secret = issue_secret(secrets.token_hex(16).upper())
        keys(account).add(secret)
        self.logins += 1
        return Reply(200, f"{account.user_key};{secret}")

    def op_login(self, call: Call) -> Reply:
        return self._login(call, lambda account: account.sessions)

    def op_token(self, call: Call) -> Reply:
        return self._login(call, lambda account: account.tokens)

    # -- user -------------------------------------------------------------------------------------

    def op_getDashboard(self, call: Call) -> Reply:
        base = call.request.host_url.rstrip("/") + "/API/v1.0/REST/"
        return Reply(200, f"{base}/s/user/external-auth?k={secrets.token_hex(20).upper()}")

    def op_checkSession(self, call: Call) -> Reply:
        return Reply(200, "true")

    def op_resetPassword(self, call: Call) -> Reply:
        call.principal.password = issue_secret(call.query["password"])
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

    def _store_contact(self, account: Account, body: Mapping[str, Any]) -> Reply | str:
        birthdate = body.get("birthdate")
        parsed = parse_date(birthdate) if birthdate else None
        unknown = [g for g in body.get("groupIds", []) if g not in account.groups]
        if unknown:
            return _fail(400, f"groupIds: group(s) not owned: {', '.join(unknown)}")
        contact_id = secrets.token_urlsafe(15)[:20]
        contact = {
            key: body.get(key)
            for key in (
                "email",
                "phoneNumber",
                "name",
                "surname",
                "gender",
                "fax",
                "address",
                "city",
                "province",
                "zip",
            )
        }
        contact["birthdate"] = parsed.strftime("%Y-%m-%d") if parsed else None
        group_ids = list(dict.fromkeys(body.get("groupIds", [])))
        contact["groupIds"] = group_ids
        account.contacts[contact_id] = contact
        for group_id in group_ids:
            account.groups[group_id]["contacts"].append(contact_id)
        return contact_id

    def op_addContact(self, call: Call) -> Reply:
        outcome = self._store_contact(call.principal, call.body)
        return outcome if isinstance(outcome, Reply) else _created(f"/contact/{outcome}")

    def op_getContact(self, call: Call) -> Reply:
        contact = call.principal.contacts.get(call.path["contactid"])
        return Reply(200, contact) if contact else _fail(404, f"contact {call.path['contactid']} not found")

    def op_addContactToList(self, call: Call) -> Reply:
        account: Account = call.principal
        email_list = account.lists.get(call.path["campaign_id"])
        if email_list is None or email_list["status"] != 0:
            return _fail(400, f"campaign_id: campaign {call.path['campaign_id']} is not active or not found")
        outcome = self._store_contact(account, call.body)
        if isinstance(outcome, Reply):
            return outcome
        email_list["contacts"].append(outcome)
        return _created(f"/contact/{outcome}")

    # -- groups -----------------------------------------------------------------------------------

    def op_createGroup(self, call: Call) -> Reply:
        account: Account = call.principal
        name = call.body["name"].strip()
        if not name or any(g["name"] == name for g in account.groups.values()):
            return _fail(400, f"name: the group name {name!r} is invalid or already used")
        group_id = str(self._next_id())
        account.groups[group_id] = {"name": name, "description": call.body["description"], "contacts": []}
        return _created(f"/group/{group_id}")

    def op_modifyGroup(self, call: Call) -> Reply:
        group = call.principal.groups.get(call.path["group_id"])
        if group is None:
            return _fail(404, f"group_id: group {call.path['group_id']} not found")
        group.update(name=call.body["name"], description=call.body["description"])
        return Reply(200, None, {"Location": f"/group/{call.path['group_id']}"})

    def op_deleteGroup(self, call: Call) -> Reply:
        account: Account = call.principal
        group = account.groups.pop(call.path["group_id"], None)
        if group is None:
            return _fail(404, f"group_id: group {call.path['group_id']} not found")
        for contact_id in group["contacts"]:
            if call.query.get("deletecontacts"):
                account.contacts.pop(contact_id, None)
            elif contact_id in account.contacts:
                account.contacts[contact_id]["groupIds"].remove(call.path["group_id"])
        return Reply(200, None)

    def op_listGroups(self, call: Call) -> Reply:
        groups = [
            {"id_group": gid, "group_name": g["name"], "group_description": g["description"]}
            for gid, g in call.principal.groups.items()
        ]
        page, number, size = _page(groups, call, default_size=5)
        return Reply(200, {"groups": page, "pageNumber": number, "pageSize": size, "Total": len(groups)})

    def _membership(self, call: Call) -> tuple[Account, dict[str, Any], str] | Reply:
        account: Account = call.principal
        group = account.groups.get(call.path["group_id"])
        contact_id = call.path["contact_id"]
        if group is None:
            return _fail(404, f"group_id: group {call.path['group_id']} not found")
        if contact_id not in account.contacts:
            return _fail(404, f"contact_id: contact {contact_id} not found")
        return account, group, contact_id

    def op_addContactToGroup(self, call: Call) -> Reply:
        found = self._membership(call)
        if isinstance(found, Reply):
            return found
        account, group, contact_id = found
        if contact_id not in group["contacts"]:
            group["contacts"].append(contact_id)
            account.contacts[contact_id]["groupIds"].append(call.path["group_id"])
        return Reply(200, None, {"Location": f"/contact/{contact_id}"})

    def op_removeContactFromGroup(self, call: Call) -> Reply:
        found = self._membership(call)
        if isinstance(found, Reply):
            return found
        account, group, contact_id = found
        if contact_id in group["contacts"]:
            group["contacts"].remove(contact_id)
            account.contacts[contact_id]["groupIds"].remove(call.path["group_id"])
        return Reply(200, None, {"Location": f"/contact/{contact_id}"})

    # -- aliases ----------------------------------------------------------------------------------

    def op_createAlias(self, call: Call) -> Reply:
        account: Account = call.principal
        data = call.body["alias"]
        if any(a["alias"] == data["alias"] for a in account.aliases.values()):
            return _fail(400, f"alias: {data['alias']!r} already exists")
        alias_id = self._next_id()
        fields = (
            "company-name",
            "contact-name",
            "contact-surname",
            "cod-fiscale",
            "vat-number",
            "contact-address",
            "contact-city",
            "contact-pcode",
            "contact-type",
            "contact-info",
        )
        alias = {
            "id-alias": alias_id,
            "alias": data["alias"],
            "notification-time": time.strftime(STAMP, time.localtime(self.clock())),
            "alias-state": 0,
            "is-numeric": data["alias"].lstrip("+").isdigit(),
        }
        alias |= {name: data.get(name) for name in fields}
        account.aliases[alias_id] = alias
        body: dict[str, Any] = {"result": "OK"}
        if call.query.get("getAlias"):
            body["string"] = data["alias"]
        return Reply(200, body, {"Location": f"/alias/{alias_id}"})

    def op_listAliases(self, call: Call) -> Reply:
        aliases = list(call.principal.aliases.values())
        if call.query.get("hide-not-approved"):
            aliases = [a for a in aliases if a["alias-state"] in (1, 2, 9)]
        page, number, size = _page(aliases, call)
        return Reply(
            200, {"alias": page, "total": len(aliases), "pageNumber": number, "result": "OK", "pageSize": size}
        )

    def op_getAlias(self, call: Call) -> Reply:
        alias = call.principal.aliases.get(call.path["alias_id"])
        return Reply(200, {"result": "OK", "alias": alias}) if alias else _fail(404, "The alias was not found")

    def op_deleteAlias(self, call: Call) -> Reply:
        alias = call.principal.aliases.pop(call.path["alias_id"], None)
        return Reply(200, {"result": "OK"}) if alias else _fail(404, "The alias was not found")

    # -- sending ----------------------------------------------------------------------------------

    def _send(self, call: Call, account: Account, body: Mapping[str, Any], recipients: list[str], status: int) -> Reply:
        bad = [r for r in recipients if not _is_phone_number(r)]
        if bad:
            return _fail(400, f"recipient: not a valid phone number: {', '.join(bad[:5])}")
        refused = [r for r in recipients if self._outcome(r) == "refused"]
        if refused:
            refusal = _fail(400, f"recipient: cannot receive SMS: {', '.join(refused[:5])}")
            for number in refused:
                self._record_send(
                    call, refusal, message_id=None, recipient=number, sender=body.get("sender"), text=body["message"]
                )
            return refusal
        scheduled = None
        if body.get("scheduled_delivery_time"):
            when = parse_date(body["scheduled_delivery_time"])
            scheduled = when.timestamp() if when.timestamp() > self.clock() else None
        order_id = body.get("order_id") or secrets.token_hex(16)
        kind = body["message_type"]
        encoding = body.get("encoding", "gsm")
        needed = len(recipients) * _sms_parts(body["message"], encoding)
        if order_id in account.orders:
            return _fail(400, f"order_id: {order_id!r} is already used by another order")
        if account.credits[kind] < needed:
            return _fail(400, f"not enough {kind} credits: {needed} needed, {account.credits[kind]} available")
        account.credits[kind] -= needed
        order = Order(
            order_id, recipients, body["message"], kind, body.get("sender") or "", self.clock(), scheduled, needed
        )
        account.orders[order_id] = order
        result: dict[str, Any] = {
            "result": "OK",
            "order_id": order_id,
            "total_sent": needed if body.get("returnCredits") else len(recipients),
        }
        if body.get("returnRemaining"):
            result["remaining"] = account.credits[kind]
        reply = Reply(status, result)
        for index, number in enumerate(recipients, start=1):
            outcome = self._outcome(number)
            if outcome in ("delivered", "failed"):
                order.finals[number] = ("DELIVERED" if outcome == "delivered" else "ERROR", order.created)
            elif outcome == "slow":
                self._slow_answer(call)
            self._record_send(
                call,
                reply,
                message_id=order_id if len(recipients) == 1 else f"{order_id}.{index}",
                recipient=number,
                sender=body.get("sender"),
                text=body["message"],
                encoding=encoding,
                scheduled_at=scheduled,
                ref=(order, number),
            )
        return reply

    def op_sendSms(self, call: Call) -> Reply:
        return self._send(call, call.principal, call.body, list(call.body["recipient"]), 201)

    def op_sendParametricSms(self, call: Call) -> Reply:
        body = call.body
        recipients = [entry["recipient"] for entry in body["recipients"].values()]
        if body.get("allowInvalidRecipients"):
            recipients = [r for r in recipients if _is_phone_number(r)]
            if not recipients:
                return _fail(400, "recipients: no valid recipient")
        return self._send(call, call.principal, body, recipients, 201)

    def op_sendSmsToGroups(self, call: Call) -> Reply:
        account: Account = call.principal
        by_name = {g["name"]: gid for gid, g in account.groups.items()}
        wanted = [by_name.get(name, name) for name in call.body["recipient"]]
        missing = [name for name, gid in zip(call.body["recipient"], wanted, strict=True) if gid not in account.groups]
        if missing:
            return _fail(400, f"recipient: groups could not be found: {', '.join(missing)}")
        numbers = [
            account.contacts[c]["phoneNumber"]
            for gid in wanted
            for c in account.groups[gid]["contacts"]
            if account.contacts.get(c, {}).get("phoneNumber")
        ]
        if not numbers:
            return _fail(400, "recipient: the groups contain no contact with a phone number")
        return self._send(call, account, call.body, list(dict.fromkeys(numbers)), 201)

    def _status(self, order: Order, recipient: str | None = None) -> tuple[str, str]:
        """(status, delivery_date) of an order, or of one of its recipients."""
        now = self.clock()
        if order.deleted:
            return "DELETED", ""
        if order.scheduled is not None and order.scheduled > now:
            return "SCHEDULED", ""
        sent_at = order.scheduled or order.created
        if recipient in order.finals:
            # ERROR for a failed delivery: smSend documents only WAITING; the platform's other
            # clients report ERROR (an inference, recorded here).
            final, at = order.finals[recipient]
            return final, time.strftime(STAMP, time.localtime(max(at, sent_at))) if final == "DELIVERED" else ""
        if now < sent_at + self.delivery_delay:
            return "WAITING", ""
        return "DELIVERED", time.strftime(STAMP, time.localtime(sent_at + self.delivery_delay))

    def op_getSmsState(self, call: Call) -> Reply:
        order = call.principal.orders.get(call.path["order_id"])
        if order is None:
            return _fail(404, f"order_id {call.path['order_id']} was not found")
        recipients = []
        for number in order.recipients:
            status, delivered = self._status(order, number)
            recipients.append({"status": status, "destination": number, "delivery_date": delivered})
        return Reply(200, {"recipient_number": len(order.recipients), "result": "OK", "recipients": recipients})

    def op_deleteScheduledSms(self, call: Call) -> Reply:
        account: Account = call.principal
        order = account.orders.get(call.path["order_id"])
        if order is None or self._status(order)[0] != "SCHEDULED":
            return _fail(404, f"order_id {call.path['order_id']} was not found or is not SCHEDULED")
        order.deleted = True
        account.credits[order.message_type] += order.credits
        return Reply(200, {"result": "OK"})

    def op_getSmsHistory(self, call: Call) -> Reply:
        start, end = self._window(call)
        orders = [o for o in call.principal.orders.values() if start <= o.created <= end]
        items = [
            {
                "order_id": o.order_id,
                "create_time": time.strftime(STAMP, time.localtime(o.created)),
                "schedule_time": time.strftime(STAMP, time.localtime(o.scheduled or o.created)),
                "message_type": o.message_type,
                "sender": o.sender,
                "num_recipients": len(o.recipients),
            }
            for o in orders
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

    def _sims(self, account: Account, call: Call) -> list[str] | Reply:
        if "id_sim" not in call.path:
            return list(account.sims)
        wanted = [s.replace("00", "+", 1) if s.startswith("00") else s for s in call.path["id_sim"].split(",")]
        unknown = [s for s in wanted if s not in account.sims]
        if unknown:
            return _fail(404, f"id_sim: reception is not enabled on {', '.join(unknown)}")
        return wanted

    @staticmethod
    def _received_json(item: Received) -> dict[str, Any]:
        return {
            "id_message": str(item.id_message),
            "id_sim": item.id_sim,
            "sender": item.sender,
            "message": item.message,
            "sms_date": time.strftime(STAMP, time.localtime(item.received)),
            "keyword": item.keyword,
        }

    def _new(self, call: Call) -> Reply:
        account: Account = call.principal
        sims = self._sims(account, call)
        if isinstance(sims, Reply):
            return sims
        limit = call.query.get("limit", 100)
        fresh = [m for m in account.received if m.id_sim in sims and m.id_message > account.new_cursor.get(m.id_sim, 0)]
        fresh = fresh[:limit]
        for item in fresh:
            account.new_cursor[item.id_sim] = max(account.new_cursor.get(item.id_sim, 0), item.id_message)
        return Reply(200, {"result": "OK", "srsmshistory": [self._received_json(m) for m in fresh]})

    def op_getNewReceivedMessages(self, call: Call) -> Reply:
        return self._new(call)

    def op_getNewReceivedMessagesBySim(self, call: Call) -> Reply:
        return self._new(call)

    def _history(self, call: Call) -> Reply:
        account: Account = call.principal
        sims = self._sims(account, call)
        if isinstance(sims, Reply):
            return sims
        window = self._window(call)
        items = [
            self._received_json(m)
            for m in account.received
            if m.id_sim in sims and window[0] <= m.received <= window[1]
        ]
        page, number, size = _page(items, call)
        return Reply(
            200, {"result": "OK", "srsmshistory": page, "pageNumber": number, "pageSize": size, "total": len(items)}
        )

    def op_getReceivedMessages(self, call: Call) -> Reply:
        return self._history(call)

    def op_getReceivedMessagesBySim(self, call: Call) -> Reply:
        return self._history(call)

    def op_getReceivedMessagesAfter(self, call: Call) -> Reply:
        account: Account = call.principal
        sims = self._sims(account, call)
        if isinstance(sims, Reply):
            return sims
        after = call.path["id_message"]
        items = [m for m in account.received if m.id_sim in sims and m.id_message > after][
            : call.query.get("limit", 100)
        ]
        return Reply(200, {"result": "OK", "srsmshistory": [self._received_json(m) for m in items]})

    # -- control plane hooks (sms_mocks.plane) ----------------------------------------------------

    def provider_status(self, ref: Any) -> str:
        order, recipient = ref
        status = self._status(order, recipient)[0]
        return {"SCHEDULED": "scheduled", "WAITING": "accepted", "DELIVERED": "delivered", "ERROR": "failed"}.get(
            status, "cancelled"
        )

    def apply_delivery(self, ref: Any, delivered: bool) -> None:
        order, recipient = ref
        status = self._status(order, recipient)[0]
        if status in ("SCHEDULED", "DELETED"):
            raise ValueError(f"order {order.order_id} is {status}: it gets no delivery report")
        order.finals[recipient] = ("DELIVERED" if delivered else "ERROR", self.clock())

    def receive_inbound(self, sender: str, recipient: str | None, text: str) -> str:
        sim = recipient or self.demo.sims[0]
        sim = "+" + sim[2:] if sim.startswith("00") else sim
        owner = next((a for a in self.accounts.values() if sim in a.sims), None)
        if owner is None:
            raise ValueError(f"recipient: {sim} is not a receiving SIM of any account (demo: {', '.join(DEMO_SIMS)})")
        return str(self.receive(sim, sender, text, account=owner).id_message)

    # -- email campaigns ----------------------------------------------------------------------------

    def op_createList(self, call: Call) -> Reply:
        list_id = self._next_id()
        call.principal.lists[list_id] = {**call.body, "status": 0, "groups": [], "contacts": []}
        return _created(f"/list/{list_id}")

    def op_modifyList(self, call: Call) -> Reply:
        email_list = call.principal.lists.get(call.path["list_id"])
        if email_list is None:
            return _fail(404, f"list_id: list {call.path['list_id']} not found")
        email_list.update(call.body)
        return Reply(204, None, {"Location": f"/list/{call.path['list_id']}"})

    def op_addGroupToList(self, call: Call) -> Reply:
        account: Account = call.principal
        email_list = account.lists.get(call.path["list_id"])
        group = account.groups.get(call.path["group_id"])
        if email_list is None or group is None:
            return _fail(404, "list_id/group_id: the list or the group does not exist")
        email_list["groups"].append(call.path["group_id"])
        email_list["contacts"] += [c for c in group["contacts"] if c not in email_list["contacts"]]
        return Reply(200, None)

    def op_createEmailDraft(self, call: Call) -> Reply:
        account: Account = call.principal
        if call.path["list_id"] not in account.lists:
            return _fail(404, f"list_id: list {call.path['list_id']} not found")
        issue_id = self._next_id()
        account.issues[issue_id] = {**call.body, "list_id": call.path["list_id"], "sent_to": []}
        return _created(f"/issue/{issue_id}")

    def op_createIssueFromTemplate(self, call: Call) -> Reply:
        # The documentation answers 500 when the issue cannot be created; the mock answers 404 for
        # an unknown list or template, so that only real server faults are ever 5xx.
        account: Account = call.principal
        if call.path["campaignId"] not in account.lists or call.path["template"] not in account.templates:
            return _fail(404, "campaignId/template: the list or the template does not exist")
        issue_id = self._next_id()
        account.issues[issue_id] = {**call.body, "list_id": call.path["campaignId"], "sent_to": []}
        return Reply(201, None, {"Location": f"/issue/{issue_id}"})

    def op_sendIssue(self, call: Call) -> Reply:
        account: Account = call.principal
        issue = account.issues.get(call.path["idIssue"])
        if call.path["campaignId"] not in account.lists or issue is None:
            return _fail(404, "campaignId/idIssue: the list or the issue does not exist")
        if not call.body["contactIds"]:
            return _fail(400, "contactIds: the contacts Ids array is empty")
        # Only an empty array is documented as refused; ids that name no contact are skipped (an
        # inference: the document does not say what happens to them).
        try:
            datetime.strptime(call.body["scheduleTime"], "%Y-%m-%d %H:%M:%S")
        except ValueError:
            return _fail(400, f"scheduleTime: {call.body['scheduleTime']!r} is not a valid date")
        issue["sent_to"] = [c for c in call.body["contactIds"] if c in account.contacts]
        issue["scheduleTime"] = call.body["scheduleTime"]
        return Reply(201, None)

    # -- subaccounts ----------------------------------------------------------------------------------

    def _subaccount(self, account: Account, key: Any) -> Subaccount | None:
        for sub in account.subaccounts.values():
            if str(sub.id) == str(key) or sub.data.get("login") == key:
                return sub
        return None

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

    def _check_subaccount_body(
        self, account: Account, body: Mapping[str, Any], current: Subaccount | None
    ) -> Reply | None:
        taken = self._subaccount(account, body["login"])
        if taken is not None and taken is not current:
            return _fail(400, f"login: {body['login']!r} is already used")
        return None

    def op_listSubaccounts(self, call: Call) -> Reply:
        subs = [self._subaccount_json(s) for s in call.principal.subaccounts.values()]
        page, number, size = _page(subs, call)
        return Reply(
            200, {"result": "OK", "pageNumber": number, "pageSize": size, "total": len(subs), "subaccount": page}
        )

    def op_createSubaccount(self, call: Call) -> Reply:
        account: Account = call.principal
        refusal = self._check_subaccount_body(account, call.body, None)
        if refusal:
            return refusal
        sub_id = self._next_id()
        account.subaccounts[sub_id] = Subaccount(sub_id, dict(call.body), dict.fromkeys(("N", "L", "LL"), 0))
        return Reply(200, None, {"Location": f"/subaccount/{sub_id}"})

    def op_editSubaccount(self, call: Call) -> Reply:
        account: Account = call.principal
        sub = account.subaccounts.get(call.path["subaccount_id"])
        if sub is None:
            return _fail(404, f"subaccount {call.path['subaccount_id']} not found")
        refusal = self._check_subaccount_body(account, call.body, sub)
        if refusal:
            return refusal
        sub.data.update(call.body)
        sub.locked = bool(call.query.get("lock-subaccount"))
        return Reply(200, None, {"Location": f"/subaccount/{sub.id}"})

    def op_getSubaccount(self, call: Call) -> Reply:
        sub = call.principal.subaccounts.get(call.path["subaccount_id"])
        return Reply(200, self._subaccount_json(sub)) if sub else _fail(404, "subaccount not found")

    def op_changeSubaccountPassword(self, call: Call) -> Reply:
        sub = call.principal.subaccounts.get(call.path["subaccount_id"])
        if sub is None:
            return _fail(404, f"subaccount {call.path['subaccount_id']} not found")
        sub.data["password"] = call.body["passwd"]
        return _created(f"/subaccount/{sub.id}/changepwd")

    def op_moveSubaccountCredits(self, call: Call) -> Reply:
        account: Account = call.principal
        sub = self._subaccount(account, call.path["subaccount_id"])
        if sub is None:
            return _fail(404, f"subaccount {call.path['subaccount_id']} not found")
        if sub.data["credit-eat-mode"] not in (0, 2):
            return _fail(400, "credit-eat-mode: the subaccount cannot own credits (mode 1)")
        for move in call.body["credits"]:
            kind, amount = move["message-type"], move.get("amount", 0)
            if amount <= 0:
                return _fail(400, f"credits: an amount of {amount} {kind} credits cannot be moved")
            source, target = (account.credits, sub.credits) if move["super-to-sub"] else (sub.credits, account.credits)
            if source.get(kind, 0) < amount:
                return _fail(400, f"credits: not enough {kind} credits to move {amount}")
            source[kind] -= amount
            target[kind] = target.get(kind, 0) + amount
        return _created(f"/subaccount/{sub.id}/credit")

    def op_getSubaccountCredits(self, call: Call) -> Reply:
        sub = self._subaccount(call.principal, call.path["subaccount_id"])
        if sub is None:
            return _fail(404, f"subaccount {call.path['subaccount_id']} not found")
        credits = [{"message-type": kind, "amount": qty} for kind, qty in sub.credits.items()]
        return Reply(200, {"result": "OK", "credits": credits})

    def op_listSubaccountPurchases(self, call: Call) -> Reply:
        sub = self._subaccount(call.principal, call.path["subaccount_id"])
        if sub is None:
            return _fail(404, f"subaccount {call.path['subaccount_id']} not found")
        purchases = list(sub.purchases.values())
        page, number, size = _page(purchases, call)
        return Reply(
            200, {"result": "OK", "purchases": page, "pageNumber": number, "pageSize": size, "total": len(purchases)}
        )

    def op_createSubaccountPurchase(self, call: Call) -> Reply:
        sub = self._subaccount(call.principal, call.path["subaccount_id"])
        if sub is None:
            return _fail(404, f"subaccount {call.path['subaccount_id']} not found")
        if sub.data["credit-eat-mode"] != 2:
            return _fail(400, "credit-eat-mode: purchases need a subaccount with credit-eat-mode 2")
        bad = [p["price"] for p in call.body["purchases"] if p["price"] <= 0]
        bad += [t["unit-price"] for p in call.body["purchases"] for t in p["message-types"] if t["unit-price"] <= 0]
        if bad:
            return _fail(400, f"purchases: prices must be positive, not {bad[0]}")
        for purchase in call.body["purchases"]:
            purchase_id = self._next_id()
            sub.purchases[purchase_id] = {
                "id_purchase": purchase_id,
                "super-to-sub": purchase.get("super-to-sub", True),
                "price": purchase["price"],
                "amount": purchase["price"],
                "available": purchase["price"],
                "create-time": time.strftime(STAMP, time.localtime(self.clock())),
                "message-types": purchase["message-types"],
            }
        return Reply(200, None, {"Location": f"/subaccount/{sub.id}/purchase"})

    def op_deleteSubaccountPurchase(self, call: Call) -> Reply:
        sub = self._subaccount(call.principal, call.path["subaccount_id"])
        removed = sub.purchases.pop(call.path["purchase_id"], None) if sub else None
        return Reply(200, {"result": "OK"}) if removed else _fail(404, "subaccount or purchase not found")


def _is_phone_number(value: str) -> bool:
    """The spec's PhoneNumber pattern: optional + or 00, then 6 to 16 digits."""
    return re.fullmatch(r"(\+|00)?[0-9]{6,16}", value) is not None
